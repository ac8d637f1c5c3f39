package org.jixiao.rules.internal.text;

/**
 * Years written with their last two digits, as cells often do: 23年底前完成, 24年3月完成, 23年度,
 * 22-23年度. Read as they stand they were a count of years, so 24年1月完成 against 23年12月底前 read
 * as 24 years against at most 23 (95.65 %), and against 2023年12月底前 as month 1 of no year, on
 * time.
 *
 * <p>Two digits from 10 to 49 before 年 are the year 20xx when a part of a year follows: 底, 末, 终,
 * 度, 上半年, 下半年, a month (3月, 十二月) or a quarter (一季度, 第3季度), and the start of a range
 * before such a year (22-23年度). Not two digits that end a
 * longer number or a decimal, and not before 内 or 初 (10年内 may be a span of ten years, 10年初见成效
 * the tenth year).
 */
public final class ShortYears {
  private ShortYears() {}

  /** {@code chars} with its short years written in full; itself when it holds none. */
  public static char[] toFull(char[] chars) {
    int n = chars.length;
    StringBuilder out = null;
    int copied = 0;
    for (int i = 2; i < n; i++) {
      if (chars[i] != '年' || !isAsciiDigit(chars[i - 1]) || !isAsciiDigit(chars[i - 2])) {
        continue;
      }
      int start = i - 2;
      if (start > 0 && (isAsciiDigit(chars[start - 1]) || chars[start - 1] == '.')) {
        continue;
      }
      int yy = (chars[start] - '0') * 10 + (chars[start + 1] - '0');
      if (yy < 10 || yy > 49 || !partOfAYear(chars, i + 1)) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n + 4);
      }
      int from = rangeStart(chars, start);
      if (from >= copied) { // 22-23年度: the range's start is a year too
        out.append(chars, copied, from - copied).append("20");
        copied = from;
      }
      out.append(chars, copied, start - copied).append("20");
      copied = start;
    }
    if (out == null) {
      return chars;
    }
    out.append(chars, copied, n - copied);
    char[] result = new char[out.length()];
    out.getChars(0, out.length(), result, 0);
    return result;
  }

  /**
   * Where the two digits of a range's start (22 of 22-23年度) stand before the short year at {@code
   * start}, or -1.
   */
  private static int rangeStart(char[] chars, int start) {
    int from = start - 3;
    if (from < 0 || "-~至到".indexOf(chars[start - 1]) < 0 || !isAsciiDigit(chars[from]) || !isAsciiDigit(chars[from + 1])) {
      return -1;
    }
    int yy = (chars[from] - '0') * 10 + (chars[from + 1] - '0');
    boolean alone = from == 0 || !(isAsciiDigit(chars[from - 1]) || chars[from - 1] == '.');
    return alone && yy >= 10 && yy <= 49 ? from : -1;
  }

  /** Whether a part of a year starts at {@code k}: 底 末 终 度, a half, a month or a quarter. */
  private static boolean partOfAYear(char[] chars, int k) {
    if (k >= chars.length) {
      return false;
    }
    char c = chars[k];
    if ("底末终度".indexOf(c) >= 0) {
      return true;
    }
    if ((c == '上' || c == '下') && k + 2 < chars.length && chars[k + 1] == '半' && chars[k + 2] == '年') {
      return true;
    }
    int j = c == '第' ? k + 1 : k;
    int e = j;
    while (e < chars.length && e - j < 2 && (isAsciiDigit(chars[e]) || ChineseNumerals.isStart(chars[e]))) {
      e++;
    }
    if (e == j || e >= chars.length) {
      return false;
    }
    if (chars[e] == '月') {
      int month = monthValue(chars, j, e);
      return month >= 1 && month <= 12 && c != '第';
    }
    if (chars[e] == '季' && e + 1 < chars.length && chars[e + 1] == '度') {
      int quarter = monthValue(chars, j, e);
      return quarter >= 1 && quarter <= 4;
    }
    return false;
  }

  /** The value of the one or two digits (ASCII or Chinese) of {@code chars[from, to)}, or 0. */
  private static int monthValue(char[] chars, int from, int to) {
    String text = new String(chars, from, to - from);
    if (isAsciiDigit(chars[from])) {
      return to - from <= 2 && isAsciiDigit(chars[to - 1]) ? Integer.parseInt(text) : 0;
    }
    return ChineseNumerals.parse(text).map(v -> v.intValue()).orElse(0);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

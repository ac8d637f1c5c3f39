package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;

import java.util.List;

/**
 * Years written with their last two digits, as cells often do: 23年底前完成, 24年3月完成, 22-23年底.
 * Read as they stand they were a count of years, so 24年1月完成 against 23年12月底前 read as 24
 * years against at most 23 (95.65 %), and against 2023年12月底前 as month 1 of no year, on time.
 *
 * <p>Two digits from 15 to 35 before 年 are the year 20xx when a part of a year follows: 底 or 末
 * (not 底薪, 底线, 末尾 …), 年底 (23年年底前), 上半年, 下半年, 元月, a month or a run of months (3月,
 * 十二月, 5-6月, 11、12月) or a quarter (一季度, 第3季度), and the start of a range before such a year
 * (22-23年底). Not 年度, which may be a span (设计年限30年度) as well as a year. Not two digits that
 * end a longer number or a decimal, nor a count of years: after 连续, 累计, 使用, 满, 历时, 坚持, 服务,
 * 工作, 运营, 近, 共, 长达, 超过, 约, 第 (连续15年度, 工作满20年底薪), nor before 内, 初 or 终 (10年内 may be
 * a span of years, 15年终于 is no year's end).
 */
public final class ShortYears {
  private ShortYears() {}

  /** Words right before two digits that make them a count of years. */
  private static final List<String> COUNT_CUES =
      List.of("连续", "累计", "使用", "满", "历时", "坚持", "服务", "工作", "运营", "近", "共", "长达", "超过", "约", "第");

  /** Words that start with 底 or 末 and are no end of a year. */
  private static final List<String> NOT_ENDS = List.of("底薪", "底数", "底线", "底层", "底子", "底部", "底稿", "底价", "末尾", "末端", "末位");

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
      if (!standsAlone(chars, start) || !isShortYear(chars, start) || countCueBefore(chars, start) || !partOfAYear(chars, i + 1)) {
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
    return Chars.rewritten(chars, out, copied);
  }

  /**
   * Whether the two digits at {@code start} are not the end of a longer number or a decimal (a list
   * marker's dot is no decimal point: 1.24年3月完成).
   */
  private static boolean standsAlone(char[] chars, int start) {
    return start == 0 || !(isAsciiDigit(chars[start - 1]) || (chars[start - 1] == '.' && !Chars.isListDot(chars, start - 1)));
  }

  /** Whether the two digits at {@code start} are from 15 to 35: 2015 to 2035. */
  private static boolean isShortYear(char[] chars, int start) {
    int yy = (chars[start] - '0') * 10 + (chars[start + 1] - '0');
    return yy >= 15 && yy <= 35;
  }

  private static boolean countCueBefore(char[] chars, int start) {
    for (String cue : COUNT_CUES) {
      int from = start - cue.length();
      if (from >= 0 && new String(chars, from, cue.length()).equals(cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the two digits of a range's start (22 of 22-23年度) stand before the short year at {@code
   * start}, or -1; not a month's (23年12-24年3月).
   */
  private static int rangeStart(char[] chars, int start) {
    int from = start - 3;
    if (from < 0 || "-~至到".indexOf(chars[start - 1]) < 0 || !isAsciiDigit(chars[from]) || !isAsciiDigit(chars[from + 1])) {
      return -1;
    }
    boolean ofAMonth = from > 0 && (chars[from - 1] == '年' || chars[from - 1] == '月');
    return !ofAMonth && standsAlone(chars, from) && isShortYear(chars, from) ? from : -1;
  }

  /**
   * Whether a part of a year starts at {@code k}: 底 末, 年底 年末, a half, 元月, a month or a run of
   * months, or a quarter. Not 度: 30年度 may be a span (设计年限30年度) as well as a year.
   */
  private static boolean partOfAYear(char[] chars, int k) {
    int n = chars.length;
    if (k >= n) {
      return false;
    }
    char c = chars[k];
    if (c == '年' && k + 1 < n && (chars[k + 1] == '底' || chars[k + 1] == '末')) {
      return true; // 23年年底前
    }
    if (c == '底' || c == '末') {
      for (String word : NOT_ENDS) {
        if (Chars.startsWith(new String(chars, k, Math.min(2, n - k)), 0, word)) {
          return false;
        }
      }
      return true;
    }
    if ((c == '上' || c == '下') && k + 2 < n && chars[k + 1] == '半' && chars[k + 2] == '年') {
      return true;
    }
    if (c == '元' && k + 1 < n && chars[k + 1] == '月') {
      return true;
    }
    int j = c == '第' ? k + 1 : k;
    int e = numeralEnd(chars, j);
    int most = e == j ? 0 : value(chars, j, e);
    if (most < 1 || most > 12) {
      return false;
    }
    // 3月, 一季度; a run of them: 5-6月, 11、12月, 10至12月, 一、二季度
    while (e + 1 < n && "-~、,至到".indexOf(chars[e]) >= 0) {
      int next = numeralEnd(chars, e + 1);
      int v = next == e + 1 ? 0 : value(chars, e + 1, next);
      if (v < 1 || v > 12) {
        return false;
      }
      most = Math.max(most, v);
      e = next;
    }
    if (e + 1 < n && chars[e] == '季' && chars[e + 1] == '度') {
      return most <= 4;
    }
    return c != '第' && e < n && chars[e] == '月';
  }

  /** The end of the one or two digits (ASCII or Chinese) from {@code from}. */
  private static int numeralEnd(char[] chars, int from) {
    int e = from;
    while (e < chars.length && e - from < 2 && (isAsciiDigit(chars[e]) || ChineseNumerals.isStart(chars[e]))) {
      e++;
    }
    return e;
  }

  /** The value of the one or two digits (ASCII or Chinese) of {@code chars[from, to)}, or 0. */
  private static int value(char[] chars, int from, int to) {
    String text = new String(chars, from, to - from);
    if (isAsciiDigit(chars[from])) {
      return isAsciiDigit(chars[to - 1]) ? Integer.parseInt(text) : 0;
    }
    return ChineseNumerals.parse(text).map(v -> v.intValue()).orElse(0);
  }

}

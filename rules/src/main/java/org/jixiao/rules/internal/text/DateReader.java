package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.rules.text.DatePeriod;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates and periods of a normalised text, left to right in one pass: {@code 2023-10-15},
 * {@code 2023/10/15}, {@code 2022.3.1-11.30}, {@code 2023年5月}, {@code 12月31日}, {@code 9月底},
 * {@code 九月}, {@code 2024年元月} (1), {@code 6月上旬} (6-10), {@code 6月中旬} (6-20), {@code 6月下旬} (June), {@code 3月初} (3-10), {@code 年底} / {@code 年末} / {@code 年终} / {@code 年内} / {@code 全年} / {@code 不跨年度}
 * (month 12; 当年 is not a date: 以当年为主 says "mostly this year"),
 * {@code 上半年} (6), {@code 三季度} and {@code 第3季度} (9). A year stated once carries to the dates after it
 * ({@code 2023年3月1日至11月30日}); a range yields its start and its end, in order.
 */
public final class DateReader {
  private DateReader() {}

  /** Words that close the year: the period they name ends in December. */
  private static final List<String> YEAR_END =
      List.of("不跨年度", "年度内", "年底", "年末", "年终", "年内", "全年", "本年度", "本年", "下半年");

  /** The year-closing words, for tests. */
  static List<String> yearEndWords() {
    return YEAR_END;
  }

  /** {@link #YEAR_END} looked up by the character at a position, in list order. */
  private static final WordList YEAR_END_WORDS = WordList.of(YEAR_END);

  /** Every date or period in {@code s}, in order. */
  public static List<DatePeriod> periods(String s) {
    List<DatePeriod> out = new ArrayList<>();
    char[] chars = CharArrays.of(s);
    int n = chars.length;
    Integer year = null;
    int lastEnd = -2; // where the last date ended, to attach a day or a range end to it
    int i = 0;
    while (i < n) {
      char c = chars[i];
      if (isAsciiDigit(c) && (i == 0 || !isAsciiDigit(chars[i - 1]))) {
        int j = Chars.digitsEnd(chars, i);
        int len = j - i;
        int v = len <= 4 ? Chars.digitsValue(chars, i, j) : -1;
        char next = j < n ? chars[j] : ' ';
        if (len == 4 && v >= 1900 && v <= 2100 && next == '年') {
          year = v;
          i = j + 1;
          int closed = yearEndAt(s, chars, i);
          if (closed > 0) {
            out.add(of(year, 12, null));
            i += closed;
            lastEnd = i;
          } else if (i < n && "底末终内".indexOf(chars[i]) >= 0) {
            out.add(of(year, 12, null));
            lastEnd = ++i;
          } else if (Chars.startsWith(s, i, "度内")) {
            out.add(of(year, 12, null));
            i += 2;
            lastEnd = i;
          }
          continue;
        }
        if (len == 4 && v >= 1900 && v <= 2100 && "-/.".indexOf(next) >= 0 && j + 1 < n && isAsciiDigit(chars[j + 1])) {
          int k = Chars.digitsEnd(chars, j + 1);
          int month = k - j - 1 <= 2 ? Chars.digitsValue(chars, j + 1, k) : 0;
          if (month >= 1 && month <= 12) {
            year = v;
            Integer day = null;
            if (k + 1 < n && chars[k] == next && isAsciiDigit(chars[k + 1])) {
              int e = Chars.digitsEnd(chars, k + 1);
              int d = e - k - 1 <= 2 ? Chars.digitsValue(chars, k + 1, e) : 0;
              if (d >= 1 && d <= 31) {
                day = d;
                k = e;
              }
            }
            out.add(of(year, month, day));
            lastEnd = k;
            i = k;
            continue;
          }
        }
        if (len == 1 && v >= 1 && v <= 4 && next == '季' && Chars.startsWith(s, j, "季度")) {
          out.add(of(year, v * 3, null)); // 第3季度, 3季度末: the quarter's last month
          lastEnd = j + 2;
          i = j + 2;
          continue;
        }
        if (len <= 2 && v >= 1 && v <= 12 && next == '月') {
          lastEnd = monthAndDay(out, year, v, s, chars, j + 1);
          i = lastEnd;
          continue;
        }
        if (len <= 2 && v >= 1 && v <= 31 && (next == '日' || next == '号') && lastEnd == i && !out.isEmpty()) {
          DatePeriod last = out.remove(out.size() - 1);
          out.add(new DatePeriod(last.year(), last.month(), OptionalInt.of(v)));
          lastEnd = j + 1;
          i = j + 1;
          continue;
        }
        if (len <= 2 && v >= 1 && v <= 12 && next == '.' && lastEnd == i - 1 && i > 0 && Chars.isRangeDash(chars[i - 1])
            && j + 1 < n && isAsciiDigit(chars[j + 1])) {
          int e = Chars.digitsEnd(chars, j + 1);
          int d = e - j - 1 <= 2 ? Chars.digitsValue(chars, j + 1, e) : 0;
          if (d >= 1 && d <= 31) { // 2022.3.1-11.30: the range's end, month.day
            out.add(of(year, v, d));
            lastEnd = e;
            i = e;
            continue;
          }
        }
        i = j;
        continue;
      }
      if (ChineseNumerals.isStart(c) && c != '零' && c != '〇') {
        int j = i;
        while (j < n && j - i < 3 && (ChineseNumerals.isDigit(chars[j]) || chars[j] == '十')) {
          j++;
        }
        if (j < n && chars[j] == '月' && (i == 0 || chars[i - 1] != '个') && !(j == i + 1 && c == '两')
            && !Intervals.monthsBeforeACount(s, i, j + 1)) {
          // not 两月 (two months; 二月 is February) nor the span of 一月一次 (once a month)
          Optional<java.math.BigDecimal> month = ChineseNumerals.parse(s.substring(i, j));
          if (month.isPresent() && month.get().intValue() >= 1 && month.get().intValue() <= 12) {
            lastEnd = monthAndDay(out, year, month.get().intValue(), s, chars, j + 1);
            i = lastEnd;
            continue;
          }
        }
        if (j < n && Chars.startsWith(s, j, "季度") && j - i == 1) {
          int q = ChineseNumerals.parse(s.substring(i, j)).map(x -> x.intValue()).orElse(0);
          if (q >= 1 && q <= 4) {
            out.add(of(year, q * 3, null));
            lastEnd = j + 2;
            i = j + 2;
            continue;
          }
        }
        i = Math.max(j, i + 1);
        continue;
      }
      if (c == '元' && i > 1 && chars[i - 1] == '年' && isAsciiDigit(chars[i - 2]) && Chars.startsWith(s, i, "元月")) {
        // 2024年元月: January; not 次年元月, whose year is not stated, nor 元月 after a figure (money a month)
        lastEnd = monthAndDay(out, year, 1, s, chars, i + 2);
        i = lastEnd;
        continue;
      }
      if (c == '上' && Chars.startsWith(s, i, "上半年")) {
        out.add(of(year, 6, null));
        i += 3;
        lastEnd = i;
        continue;
      }
      int closed = yearEndAt(s, chars, i);
      if (closed > 0 && !(c == '年' && i > 0 && isNumeral(chars[i - 1]))) { // 1年内 is a window
        out.add(of(year, 12, null));
        i += closed;
        lastEnd = i;
        continue;
      }
      i++;
    }
    return out;
  }

  /** The last date or period of {@code s}: the end of a deadline such as {@code 3月1日至11月30日}. */
  public static Optional<DatePeriod> last(String s) {
    List<DatePeriod> all = periods(s);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** The latest-ending date or period of {@code s}: when an actual says the work was done. */
  public static Optional<DatePeriod> latest(String s) {
    return Optional.ofNullable(latestOf(periods(s)));
  }

  private static @Nullable DatePeriod latestOf(List<DatePeriod> periods) {
    DatePeriod best = null;
    for (DatePeriod p : periods) {
      if (best == null || p.compareEnd(best) > 0) {
        best = p;
      }
    }
    return best;
  }

  /**
   * When an actual says the work was done: {@link #latest}, where a year stated alone (2020年,
   * 2020年度, 2020年完成) also counts, as the end of that year. A target's bare year is its
   * deadline's (2019年 is by December 2019), so an actual's is read alike: 2020年 against 2019年 is
   * a year late, not a text without a date. A year that a month or day of the text goes on with
   * (2019年3月) is that date's, not a period of its own.
   */
  public static Optional<DatePeriod> latestDone(String s) {
    List<DatePeriod> found = periods(s);
    DatePeriod best = latestOf(found);
    for (int at = s.indexOf('年'); at >= 4; at = s.indexOf('年', at + 1)) {
      int year = yearBefore(s, at);
      if (year < 0 || stated(found, year)) {
        continue;
      }
      DatePeriod end = of(year, 12, null);
      if (best == null || end.compareEnd(best) > 0) {
        best = end;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Whether {@code s} dates nothing finer than a year (2019年累计结案率…): a year a report covers, not
   * the month or day work was done.
   */
  public static boolean datesOnlyYears(String s) {
    return periods(s).isEmpty();
  }

  /** The four-digit year (1900–2100) right before {@code at}, or -1. */
  private static int yearBefore(String s, int at) {
    if (at < 4 || (at > 4 && isAsciiDigit(s.charAt(at - 5)))) {
      return -1;
    }
    int v = 0;
    for (int k = at - 4; k < at; k++) {
      char c = s.charAt(k);
      if (!isAsciiDigit(c)) {
        return -1;
      }
      v = 10 * v + (c - '0');
    }
    return v >= 1900 && v <= 2100 ? v : -1;
  }

  private static boolean stated(List<DatePeriod> found, int year) {
    for (DatePeriod p : found) {
      if (p.year().isPresent() && p.year().getAsInt() == year) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNumeral(char c) {
    return isAsciiDigit(c) || ChineseNumerals.isPart(c) || c == '半';
  }

  /**
   * Adds the month {@code month} of {@code year}, with its day when a day in Chinese numerals
   * follows at {@code k} (十二月二十日, 1月五日, 元月五号); where the date ends. A day in ASCII digits is
   * attached by the reader's own step (12月31日).
   */
  private static int monthAndDay(List<DatePeriod> out, @Nullable Integer year, int month, String s, char[] chars, int k) {
    int dayEnd = chineseDayEnd(s, chars, k);
    if (dayEnd == 0) {
      int tenEnd = partEnd(chars, k);
      if (tenEnd > 0) { // 6月上旬: a part of the month, which ends on its last day
        int last = partLastDay(chars[tenEnd - 1 - (chars[tenEnd - 1] == '旬' ? 1 : 0)]);
        out.add(of(year, month, last == 0 ? null : last));
        return tenEnd;
      }
    }
    Integer day = dayEnd > 0 ? ChineseNumerals.parse(s.substring(k, dayEnd - 1)).map(v -> v.intValue()).orElse(null) : null;
    out.add(of(year, month, day));
    return dayEnd > 0 ? dayEnd : k;
  }

  /**
   * Where a part of a month named right after it ends ({@code k} is just past 月), or 0: a third of
   * it (上旬, 中旬, 下旬, two of them together: 中下旬, 上、中旬, 上旬、中旬, 中旬至下旬), or its beginning (月初)
   * before a word of finishing, 前, a clause's end or the text's end (not 初步, 初验, 初稿 …). 份 may come
   * between (6月份上旬).
   */
  static int partEnd(char[] chars, int k) {
    int n = chars.length;
    int p = k < n && chars[k] == '份' ? k + 1 : k;
    if (p + 1 < n && isTenDays(chars[p])) {
      int q = p + 1;
      if (q + 1 < n && isAnd(chars[q]) && isTenDays(chars[q + 1]) && chars[q + 1] != chars[p]) {
        q += 2; // 上、中旬
      } else if (isTenDays(chars[q]) && chars[q] != chars[p]) {
        q++; // 中下旬
      }
      if (q >= n || chars[q] != '旬') {
        return 0;
      }
      q++;
      while (q + 2 < n && isAnd(chars[q]) && isTenDays(chars[q + 1]) && chars[q + 2] == '旬') {
        q += 3; // 上旬、中旬分两批: the later part is when the last was done
      }
      return laterPart(chars, q);
    }
    if (p < n && chars[p] == '初' && (p + 1 == n || AFTER_BEGINNING.indexOf(chars[p + 1]) >= 0
        || Clauses.isClauseEnd(chars[p + 1]) || Chars.isRangeDash(chars[p + 1]))) {
      return laterPart(chars, p + 1);
    }
    return 0;
  }

  /**
   * Where a range from a part of a month to a later part of the same month ends (6月上旬至中下旬,
   * 6月初-中旬, 6月上旬至月底), or {@code q} when none follows the part ending there.
   */
  private static int laterPart(char[] chars, int q) {
    int n = chars.length;
    if (q + 1 >= n || !Chars.isRangeDash(chars[q])) {
      return q;
    }
    int r = q + 1;
    if (r + 1 < n && chars[r] == '月' && (chars[r + 1] == '底' || chars[r + 1] == '末')) {
      return r + 2; // …至月底: the month's end
    }
    if (r + 1 < n && isTenDays(chars[r])) {
      int e = isTenDays(chars[r + 1]) ? r + 2 : r + 1;
      return e < n && chars[e] == '旬' ? e + 1 : q;
    }
    return q;
  }

  /** What follows 月初 when it is a date (3月初完成, 3月初前, 3月初已全部拨付), not a word (3月初步完成). */
  private static final String AFTER_BEGINNING = "前之以完已全均基开启交投实即并正拨下发召组 、)）";

  /** 、, 和, 及 or 至 between two parts of a month (上、中旬, 上旬和中旬, 中旬至下旬). */
  private static boolean isAnd(char c) {
    return c == '、' || c == '和' || c == '及' || c == '至' || c == '-' || c == '~';
  }

  private static boolean isTenDays(char c) {
    return c == '上' || c == '中' || c == '下';
  }

  /** The last day of a part of a month by its word's last character: 上 (and 初) 10, 中 20, 下 the month's (0). */
  private static int partLastDay(char c) {
    return c == '上' || c == '初' ? 10 : c == '中' ? 20 : 0;
  }

  /**
   * Where a day in Chinese numerals (三十一日, 五号) starting at {@code k} ends, past its 日 or 号,
   * or 0 when none does: 十二月三十一日 is the 31st, as 12月31日 is.
   */
  static int chineseDayEnd(String s, char[] chars, int k) {
    int e = k;
    while (e < chars.length && e - k < 3 && (ChineseNumerals.isDigit(chars[e]) || chars[e] == '十')) {
      e++;
    }
    if (e == k || e >= chars.length || (chars[e] != '日' && chars[e] != '号')) {
      return 0;
    }
    int day = ChineseNumerals.parse(s.substring(k, e)).map(v -> v.intValue()).orElse(0);
    return day >= 1 && day <= 31 ? e + 1 : 0;
  }

  /** The length of a year-closing word at {@code i} (年底, 不跨年度 …), 0 when there is none. */
  static int yearEndAt(String s, char[] chars, int i) {
    if (i >= chars.length) {
      return 0;
    }
    // asked at nearly every character: the words starting with it, not a comparison of each word
    String word = YEAR_END_WORDS.at(s, chars[i], i);
    return word == null ? 0 : word.length();
  }

  private static DatePeriod of(@Nullable Integer year, int month, @Nullable Integer day) {
    return new DatePeriod(
        year == null ? OptionalInt.empty() : OptionalInt.of(year),
        month,
        day == null ? OptionalInt.empty() : OptionalInt.of(day));
  }
}

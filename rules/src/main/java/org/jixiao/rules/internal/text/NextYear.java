package org.jixiao.rules.internal.text;

import java.util.List;
import java.util.OptionalInt;
import org.jixiao.rules.text.DatePeriod;
import org.jspecify.annotations.Nullable;

/**
 * Months a text puts in the year after the one it is about (次年1月, 翌年三月, 下年1月10日): read
 * without a year they are this year's January or March, and a date done in them looked on time
 * against any deadline of the year.
 */
final class NextYear {
  private NextYear() {}

  /**
   * Words for the next year. Not 第二年, which as often counts the years of a project (建设期两年,
   * 第二年12月完工) as it means the year after, nor 明年 and 来年, as often parts of other words
   * (说明年度, 未来年度) as they are words; each only right before a month (下年度预算 is no date).
   */
  private static final List<String> WORDS = List.of("次年", "翌年", "下一年", "下年");

  /** {@link #WORDS} and 第二年: either may set a deadline with no month. */
  private static final List<String> UNDATED = List.of("次年", "翌年", "下一年", "下年", "第二年");

  /** Whether a deadline {@code by} with no year of its own is put in the next year by {@code text} (次年3月底前). */
  static boolean deadlineIn(DatePeriod by, String text) {
    return by.year().isEmpty() && monthAt(text, by.month()) != null;
  }

  /**
   * Whether {@code target} sets a deadline in the next year or a project's second without a month
   * (下一年度预算编制前完成绩效评价, 第二年底前): a word for it followed in its clause by 前 or 内. A date
   * done in the next year may then be on time, and is not taken to be late.
   */
  static boolean undatedDeadline(String target) {
    for (String word : UNDATED) {
      for (int at = target.indexOf(word); at >= 0; at = target.indexOf(word, at + 1)) {
        for (int k = at + word.length(); k < target.length() && !Clauses.isClauseEnd(target.charAt(k)); k++) {
          char c = target.charAt(k);
          if (c == '前' || c == '内') {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * The words that put {@code month} in the next year in {@code s} (次年1月): a word for the next
   * year right before the month, in digits or in Chinese numerals; null when there are none.
   */
  static @Nullable String monthAt(String s, int month) {
    for (String word : WORDS) {
      for (int at = s.indexOf(word); at >= 0; at = s.indexOf(word, at + 1)) {
        int from = at + word.length();
        int value = monthNumber(s, from);
        if (value == month) {
          return s.substring(at, s.indexOf('月', from) + 1);
        }
      }
    }
    return null;
  }

  /** The month written at {@code from} and ended by 月 (1月, 十二月), or -1. */
  private static int monthNumber(String s, int from) {
    int k = from;
    while (k < s.length() && Chars.isAsciiDigit(s.charAt(k))) {
      k++;
    }
    if (k > from) { // digits only: 1十月 is no month
      return k < s.length() && s.charAt(k) == '月' && k - from <= 2 ? Integer.parseInt(s.substring(from, k)) : -1;
    }
    while (k < s.length() && ChineseNumerals.isPart(s.charAt(k))) {
      k++;
    }
    if (k == from || k >= s.length() || s.charAt(k) != '月') {
      return -1;
    }
    return ChineseNumerals.parse(s.substring(from, k)).map(v -> v.intValue()).orElse(-1);
  }

  /** The earliest year (1900–2100) {@code s} states, of which its 次年 is the next: 2023年9月至2024年6月 gives 2023. */
  static OptionalInt firstYear(String s) {
    int first = Integer.MAX_VALUE;
    for (DatePeriod p : DateReader.periods(s)) {
      if (p.year().isPresent()) {
        first = Math.min(first, p.year().getAsInt());
      }
    }
    return first == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(first);
  }
}

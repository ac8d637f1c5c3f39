package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Chinese numerals in counts: 一期, 两场, 十大, 二十三, 一百零五, 三千, 两万. Only the forms
 * tables print are accepted; anything else (一二三, 十十) is not a number.
 */
public final class ChineseNumerals {
  private ChineseNumerals() {}

  /** Whether {@code c} is a digit 零〇一二两三…九. */
  static boolean isDigit(char c) {
    return digit(c) >= 0;
  }

  /** The characters that start a numeral, asked at every character of every text scanned. */
  private static final CharSet STARTS = CharSet.of(c -> digit((char) c) >= 0 || c == '十');

  /** Whether {@code c} can start a numeral: a digit or 十. */
  public static boolean isStart(char c) {
    return STARTS.contains(c);
  }

  /** Whether {@code c} can appear in a numeral. */
  public static boolean isPart(char c) {
    return isDigit(c) || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿';
  }

  /** The value of the digit {@code c} (零〇一二两三…九), or -1. */
  static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  private static long small(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      default -> 0;
    };
  }

  /**
   * The value of a numeral such as 二十三, 两万 or 两亿五千万, or empty when the text is not one.
   * A numeral is sections of 千 百 十 and digits closed by 万 or 亿: 十 may stand alone only where
   * a section starts (十一, 十万, but not 十十), a section is never empty (万万 is not a number),
   * 亿 appears once and 万 once on each side of it (九亿九亿 is not a number), and 万亿 is 10^12.
   */
  public static Optional<BigDecimal> parse(CharSequence text) {
    if (text.length() == 0 || text.length() > 12) {
      return Optional.empty();
    }
    long yi = 0; // the part in 亿
    long wan = 0; // the part in 万
    long section = 0; // the part below 万
    long pending = -1; // a digit waiting for its multiplier
    boolean seenWan = false;
    boolean seenYi = false;
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        if (pending >= 0 && !(d == 0 || previous == '零' || previous == '〇')) {
          return Optional.empty(); // two digits in a row: 一二 is not a count
        }
        pending = d;
      } else if (small(c) > 0) {
        long factor;
        if (pending >= 0) {
          factor = pending;
        } else if (c == '十' && section == 0) {
          factor = 1; // 十一, 十万: 十 opens a section
        } else {
          return Optional.empty(); // 百, 十十, 二十十
        }
        section += factor * small(c);
        pending = -1;
      } else if (c == '万') {
        long value = section + Math.max(pending, 0);
        if (value == 0 || seenWan) {
          return Optional.empty();
        }
        seenWan = true;
        wan = value;
        section = 0;
        pending = -1;
      } else if (c == '亿') {
        long value = wan * 10_000 + section + Math.max(pending, 0); // 一万亿 is 10^12
        if (value == 0 || seenYi) {
          return Optional.empty();
        }
        seenYi = true;
        yi = value;
        wan = 0;
        seenWan = false;
        section = 0;
        pending = -1;
      } else {
        return Optional.empty();
      }
      previous = c;
    }
    long below = section + Math.max(pending, 0);
    return Optional.of(
        BigDecimal.valueOf(yi)
            .multiply(BigDecimal.valueOf(100_000_000))
            .add(BigDecimal.valueOf(wan * 10_000 + below)));
  }
}

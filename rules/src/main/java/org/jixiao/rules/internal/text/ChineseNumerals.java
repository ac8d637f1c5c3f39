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

  /** Whether {@code c} can start a numeral: a digit or 十. */
  public static boolean isStart(char c) {
    return isDigit(c) || c == '十';
  }

  /** Whether {@code c} can appear in a numeral. */
  public static boolean isPart(char c) {
    return isDigit(c) || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿';
  }

  private static int digit(char c) {
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

  /** The value of a numeral such as 二十三 or 两万, or empty when the text is not one. */
  public static Optional<BigDecimal> parse(CharSequence text) {
    if (text.length() == 0 || text.length() > 12) {
      return Optional.empty();
    }
    long total = 0;
    long section = 0;
    long pending = -1; // a digit waiting for its multiplier
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
        long unit = small(c);
        long factor = pending < 0 ? (c == '十' ? 1 : -1) : pending;
        if (factor < 0) {
          return Optional.empty();
        }
        section += factor * unit;
        pending = -1;
      } else if (c == '万' || c == '亿') {
        long unit = c == '万' ? 10_000L : 100_000_000L;
        long value = section + Math.max(pending, 0);
        if (value == 0) {
          return Optional.empty();
        }
        total = (total + value) * unit;
        section = 0;
        pending = -1;
      } else {
        return Optional.empty();
      }
      previous = c;
    }
    total += section + Math.max(pending, 0);
    return Optional.of(BigDecimal.valueOf(total));
  }
}

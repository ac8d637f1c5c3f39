package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;
import static org.jixiao.rules.internal.text.Chars.isAsciiLetter;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * What stands right after a figure, for {@link QuantityScanner}: the unit symbol at a position
 * ({@code 万元}, {@code 平方米}, {@code km}), a multiplier ({@code 万}, {@code 亿}), what a rate is
 * per ({@code /人}, {@code 每月}), and whether a unit makes the figure a date ({@code 12月}).
 */
final class FigureUnits {
  private FigureUnits() {}

  /**
   * Unit symbols of at most six characters, longest first: {@link WordList#at} then finds the
   * longest one at a position without cutting a substring for every length tried.
   */
  private static final WordList UNIT_SYMBOLS =
      WordList.of(
          Unit.symbols().stream()
              .filter(u -> !u.isEmpty() && u.length() <= 6)
              .sorted(Comparator.comparingInt(String::length).reversed())
              .collect(Collectors.toList()));

  /** A unit found at a position: the text matched and the unit it names. */
  record UnitMatch(String text, Unit unit, int end) {}

  /**
   * Characters that never name a unit after a figure: function words, numerals, multipliers,
   * date words and verbs that follow figures in prose. Any other ideograph right after an Arabic
   * figure that the unit table does not know is a measure word of its own (100盏, 3亩, 2单).
   */
  static final String NOT_UNITS =
      "的以及之内外和与或至到等左右多余后前中为是在于且并共达了也都已将对从被把上下年月日号周天时分秒点每各其这那此该"
          + "个万千百亿第零〇一二两三四五六七八九十来整成折增减提降占比同环超较低高不未无含即约近则就而但还又再均全总合计累"
          + "大小及由向给按经通";

  /** Whether a Latin unit ({@code m2}, {@code km}, {@code TB}, {@code M}) stands alone at {@code at}. */
  static boolean isLatinUnit(String s, int at) {
    UnitMatch unit = unitAt(s, at);
    return unit != null
        && (unit.end() >= s.length() || !(isAsciiLetter(s.charAt(unit.end())) || isAsciiDigit(s.charAt(unit.end()))));
  }

  /** Periods a rate is stated per after 一 or 每: 48万一年, 2次每月. */
  private static final List<String> PERIODS = List.of("学期", "季度", "年", "月", "周", "天", "日", "季", "旬");

  /**
   * What a figure is per, right after its unit: {@code /人}, {@code /年}, {@code /人*月},
   * {@code /人·月}, {@code 一年}, {@code 每月}; null when it is not a rate. {@code end[0]} is moved
   * past it.
   */
  static @Nullable String perAt(String s, int at, int[] end) {
    int n = s.length();
    if (at + 1 < n && s.charAt(at) == '/') {
      String half = halfPeriod(s, at + 1, end);
      if (half != null) {
        return half; // 1次/半月, 2次/半年: not a measure word 半
      }
      int k = perWordEnd(s, at + 1);
      if (k < 0) {
        return null;
      }
      if (k + 1 < n && "*·×、".indexOf(s.charAt(k)) >= 0) {
        int second = perWordEnd(s, k + 1); // 元/人*月, 元/人·月, 元/人、天
        if (second > 0) {
          k = second;
        }
      } else if (k + 1 < n && s.charAt(k) == '/' && !isPeriod(s, at + 1, k)) {
        int second = periodEnd(s, k + 1); // 元/人/月: per person and month, as 元/人·月 (not 次/月/人: whom after a period)
        if (second > 0) {
          end[0] = second;
          return s.substring(at + 1, k) + "*" + s.substring(k + 1, second);
        }
      }
      end[0] = k;
      return s.substring(at + 1, k).replace('·', '*').replace('×', '*').replace('、', '*');
    }
    if (at + 1 < n && (s.charAt(at) == '一' || s.charAt(at) == '每')) {
      for (String period : PERIODS) {
        if (s.startsWith(period, at + 1) && !Chars.startsWith(s, at + 1 + period.length(), "内")) {
          end[0] = at + 1 + period.length();
          return period;
        }
      }
    }
    return null;
  }

  /** Whether {@code s} from {@code from} to {@code to} is a period's name (月, 季度). */
  private static boolean isPeriod(String s, int from, int to) {
    return PERIODS.contains(s.substring(from, to));
  }

  /** Where a period's name at {@code at} ends (月, 年, 季度), or -1 when none stands there. */
  private static int periodEnd(String s, int at) {
    for (String period : PERIODS) {
      if (s.startsWith(period, at)) {
        return at + period.length();
      }
    }
    return -1;
  }

  /** Half periods after a slash, each with the name {@link Periods} reads its span from. */
  private static final List<String[]> HALVES =
      List.of(
          new String[] {"半个月", "半个月"},
          new String[] {"半月", "半个月"},
          new String[] {"半年", "半年"},
          new String[] {"半天", "半天"},
          new String[] {"半小时", "半小时"});

  /** The half period at {@code at} ({@code 半月} as {@code 半个月}, {@code 半年}), moving {@code end[0]} past it; null when none. */
  private static @Nullable String halfPeriod(String s, int at, int[] end) {
    for (String[] half : HALVES) {
      if (s.startsWith(half[0], at)) {
        end[0] = at + half[0].length();
        return half[1];
      }
    }
    return null;
  }

  /** Where a unit or a period word starting at {@code at} ends (人, 亩, 平方米, 年, 季度), or -1. */
  static int perWordEnd(String s, int at) {
    for (String period : PERIODS) {
      if (s.startsWith(period, at)) {
        return at + period.length();
      }
    }
    UnitMatch unit = unitAt(s, at);
    if (unit != null) {
      return unit.end();
    }
    if (at < s.length() && Chars.isCjk(s.charAt(at)) && NOT_UNITS.indexOf(s.charAt(at)) < 0) {
      return at + 1; // 元/株: a measure word of its own
    }
    return -1;
  }

  /** Whether 内, 以内 or 之内 follows at {@code at}: 7日内 is a span of days, not the 7th. */
  static boolean isWithin(String s, int at) {
    return Chars.startsWith(s, at, "内") || Chars.startsWith(s, at, "以内") || Chars.startsWith(s, at, "之内");
  }

  static boolean isDateUnit(UnitMatch unit, BigDecimal value, BigDecimal multiplier) {
    if (unit.text().equals("月")) {
      return true; // 12月 is a month; a duration is written 12个月
    }
    if (unit.text().equals("年") && multiplier.compareTo(BigDecimal.ONE) == 0) {
      return value.scale() <= 0
          && value.compareTo(BigDecimal.valueOf(1000)) >= 0
          && value.compareTo(BigDecimal.valueOf(2999)) <= 0;
    }
    return false;
  }

  static @Nullable BigDecimal multiplier(char c) {
    return switch (c) {
      case '百' -> BigDecimal.valueOf(100);
      case '千' -> BigDecimal.valueOf(1000);
      case '万' -> BigDecimal.valueOf(10_000);
      case '亿' -> BigDecimal.valueOf(100_000_000);
      default -> null;
    };
  }

  /** The longest unit symbol of at most six characters at {@code at}, or null. */
  static @Nullable UnitMatch unitAt(String s, int at) {
    String symbol = at < s.length() ? UNIT_SYMBOLS.at(s, at) : null;
    if (symbol == null || (symbol.charAt(0) == '/' && measuredAfter(s, at + symbol.length()))) {
      return null;
    }
    return new UnitMatch(symbol, Unit.of(symbol).orElseThrow(), at + symbol.length());
  }

  /**
   * Whether a word that measures goes on at {@code at}, right after a rate's base: 5/10万册, 2/10万元
   * and 3.5/万人 count books, money and persons, not a rate per 10万.
   */
  private static boolean measuredAfter(String s, int at) {
    return at < s.length() && Chars.isCjk(s.charAt(at)) && NOT_UNITS.indexOf(s.charAt(at)) < 0;
  }
}

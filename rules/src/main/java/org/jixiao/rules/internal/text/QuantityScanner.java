package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;
import static org.jixiao.rules.internal.text.Chars.isAsciiLetter;
import static org.jixiao.rules.internal.text.Chars.isBoundary;
import static org.jixiao.rules.internal.text.Chars.isMarkerEnd;
import static org.jixiao.rules.internal.text.Chars.isRangeDash;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Finds figures in normalised text by hand scanning, left to right, each character looked at a
 * bounded number of times: linear in the input, whatever it holds.
 *
 * <p>Not figures: list markers ({@code 2.} after a boundary), ordinals ({@code 第三届}),
 * identifiers ({@code 3D}, {@code H5}), adjectives ({@code 一次性}). Dates ({@code 2019年},
 * {@code 12月}, {@code 4-5日}, {@code 2021.1.1-12.31}) are reported as dates.
 */
public final class QuantityScanner {
  private QuantityScanner() {}

  /** The most digits a figure has before or after its decimal point. */
  private static final int MAX_DIGITS = 18;

  /** Nouns after 零 that make a count of zero: 零投诉 is 0 complaints. */
  private static final List<String> ZERO_NOUNS = List.of("投诉", "事故", "差错", "伤亡", "失误", "纠纷");

  /** A unit found at a position: the text matched and the unit it names. */
  private record UnitMatch(String text, Unit unit, int end) {}

  /** Every figure and date in {@code s}, in order. */
  public static List<Found> scan(String s) {
    List<Found> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isAsciiDigit(c)) {
        i = arabic(s, i, out);
      } else if (ChineseNumerals.isStart(c)) {
        i = chinese(s, i, out);
      } else {
        i++;
      }
    }
    return out;
  }

  /** The quantities (not dates) in {@code s}, in order. */
  public static List<Quantity> quantities(String s) {
    List<Quantity> out = new ArrayList<>();
    for (Found found : scan(s)) {
      if (!found.date()) {
        out.add(found.quantity());
      }
    }
    return out;
  }

  private static int arabic(String s, int start, List<Found> out) {
    int n = s.length();
    int j = Chars.digitsEnd(s, start);
    if (start > 0 && isAsciiLetter(s.charAt(start - 1))) {
      return identifierEnd(s, j);
    }
    if (j - start > MAX_DIGITS) {
      return dottedEnd(s, j); // a run of digits no table prints as a figure (and costly to parse)
    }
    if (j - start <= 3) { // thousands separators: 1,500
      while (j + 3 < n
          && s.charAt(j) == ','
          && Chars.digitsEnd(s, j + 1) == j + 4) {
        j += 4;
      }
    }
    if (j + 1 < n && s.charAt(j) == '.' && isAsciiDigit(s.charAt(j + 1))) {
      int f = Chars.digitsEnd(s, j + 1);
      if (f - j - 1 > MAX_DIGITS) {
        return dottedEnd(s, f);
      }
      if (j - start <= 2 && f - j - 1 == 4 && f < n && s.charAt(f) == '年' && isItemStart(s, start)) {
        return j + 1; // "1.2019年…": item 1 about the year 2019, not the number 1.2019
      }
      if (f + 1 < n && s.charAt(f) == '.' && isAsciiDigit(s.charAt(f + 1))) {
        int e = dottedEnd(s, f);
        if (e + 1 < n && isRangeDash(s.charAt(e)) && isAsciiDigit(s.charAt(e + 1))) {
          e = dottedEnd(s, e + 1);
        }
        out.add(date(start, e));
        return e;
      }
      j = f;
    }
    if (j < n && isAsciiLetter(s.charAt(j))) {
      return identifierEnd(s, j);
    }
    if (start > 0 && s.charAt(start - 1) == '第') {
      return j;
    }
    if (isMarker(s, start, j)) {
      return j + 1;
    }
    BigDecimal value = new BigDecimal(s.substring(start, j).replace(",", ""));
    return tail(s, start, j, value, out);
  }

  private static boolean isItemStart(String s, int start) {
    return start == 0 || isBoundary(s.charAt(start - 1));
  }

  /** Whether the digits at {@code start..end} are a list marker such as {@code 2.} or {@code (1)}. */
  static boolean isMarker(String s, int start, int end) {
    int n = s.length();
    if (end - start > 2 || end >= n || !isMarkerEnd(s.charAt(end))) {
      return false;
    }
    if (end + 1 < n && isAsciiDigit(s.charAt(end + 1))) {
      return false;
    }
    if (start == 0 || isBoundary(s.charAt(start - 1))) {
      return true;
    }
    return s.charAt(start - 1) == '(' && s.charAt(end) == ')';
  }

  private static int tail(String s, int start, int numberEnd, BigDecimal value, List<Found> out) {
    int n = s.length();
    int k = numberEnd;
    BigDecimal upper = null;
    if (k < n && isRangeDash(s.charAt(k))) {
      int q = k + 1;
      while (q < n && (s.charAt(q) == '—' || s.charAt(q) == '-')) {
        q++;
      }
      if (q < n && isAsciiDigit(s.charAt(q))) {
        int e = Chars.digitsEnd(s, q);
        if (e + 1 < n && s.charAt(e) == '.' && isAsciiDigit(s.charAt(e + 1))) {
          e = Chars.digitsEnd(s, e + 1);
        }
        if (e >= n || !isAsciiLetter(s.charAt(e))) {
          upper = new BigDecimal(s.substring(q, e));
          k = e;
        }
      }
    }
    k = Chars.skipSpaces(s, k);
    if (k < n && (s.charAt(k) == '日' || s.charAt(k) == '号')) {
      out.add(date(start, k + 1));
      return k + 1;
    }
    boolean approximate = approximateBefore(s, start);
    BigDecimal multiplier = BigDecimal.ONE;
    UnitMatch unit = unitAt(s, k);
    if (unit == null && k < n && multiplier(s.charAt(k)) != null) {
      int m = k + 1;
      boolean hedged = m < n && (s.charAt(m) == '余' || s.charAt(m) == '多');
      UnitMatch after = unitAt(s, hedged ? m + 1 : m);
      if (after != null || hedged) {
        BigDecimal factor = multiplier(s.charAt(k));
        multiplier = factor == null ? BigDecimal.ONE : factor;
        approximate |= hedged;
        k = hedged ? m + 1 : m;
        unit = after;
      }
    }
    if (unit == null && k < n && (s.charAt(k) == '余' || s.charAt(k) == '多')) {
      UnitMatch after = unitAt(s, k + 1);
      if (after != null) {
        approximate = true;
        unit = after;
        k++;
      }
    }
    if (unit != null && isDateUnit(unit, value, multiplier)) {
      int e = unit.end();
      if (e < n && (s.charAt(e) == '度' || s.charAt(e) == '份')) {
        e++;
      }
      out.add(date(start, e));
      return e;
    }
    int end = unit == null ? numberEnd : unit.end();
    if (end < n && s.charAt(end) == '性') {
      return end + 1; // 一次性: an adjective, not a count
    }
    end = skipPerRate(s, end, unit);
    if (Chars.startsWith(s, end, "左右")) {
      approximate = true;
    }
    Unit u = unit == null ? Unit.NONE : unit.unit();
    BigDecimal factor = multiplier;
    out.add(
        new Found(
            false,
            new Quantity(
                value.multiply(factor),
                Optional.ofNullable(upper).map(x -> x.multiply(factor)),
                u,
                approximate,
                start,
                end)));
    return end;
  }

  private static int chinese(String s, int start, List<Found> out) {
    int n = s.length();
    int j = start;
    while (j < n && ChineseNumerals.isPart(s.charAt(j))) {
      j++;
    }
    if (start > 0 && s.charAt(start - 1) == '第') {
      return j;
    }
    if (j < n && s.charAt(j) == '、') {
      return j + 1; // 一、二、 are list markers
    }
    String numeral = s.substring(start, j);
    Optional<BigDecimal> parsed = ChineseNumerals.parse(numeral);
    if (parsed.isEmpty()) {
      return j;
    }
    BigDecimal value = parsed.get();
    if (numeral.equals("零")) {
      for (String noun : ZERO_NOUNS) {
        if (Chars.startsWith(s, j, noun)) {
          out.add(new Found(false, new Quantity(value, Optional.empty(), Unit.NONE, false, start, j)));
          return j;
        }
      }
      return j;
    }
    int k = j;
    boolean approximate = approximateBefore(s, start);
    UnitMatch unit = unitAt(s, k);
    if (unit == null && k < n && (s.charAt(k) == '余' || s.charAt(k) == '多')) {
      unit = unitAt(s, k + 1);
      approximate = unit != null;
    }
    if (unit == null) {
      if (k < n && s.charAt(k) == '大' && numeral.length() <= 2) { // 十大: the top ten
        out.add(new Found(false, new Quantity(value, Optional.empty(), Unit.NONE, false, start, k + 1)));
        return k + 1;
      }
      return j;
    }
    if (unit.text().equals("月")) {
      out.add(date(start, unit.end()));
      return unit.end();
    }
    if (unit.end() < n && s.charAt(unit.end()) == '性') {
      return unit.end() + 1;
    }
    int end = skipPerRate(s, unit.end(), unit);
    out.add(
        new Found(false, new Quantity(value, Optional.empty(), unit.unit(), approximate, start, end)));
    return end;
  }

  /** {@code 人次/年}: a per-year rate of 人次; the period does not change the unit. */
  private static int skipPerRate(String s, int end, @Nullable UnitMatch unit) {
    if (unit != null
        && end + 1 < s.length()
        && s.charAt(end) == '/'
        && "年月日天周季人次".indexOf(s.charAt(end + 1)) >= 0) {
      return end + 2;
    }
    return end;
  }

  private static boolean isDateUnit(UnitMatch unit, BigDecimal value, BigDecimal multiplier) {
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

  private static boolean approximateBefore(String s, int start) {
    return start > 0 && (s.charAt(start - 1) == '约' || s.charAt(start - 1) == '近');
  }

  private static @Nullable BigDecimal multiplier(char c) {
    return switch (c) {
      case '百' -> BigDecimal.valueOf(100);
      case '千' -> BigDecimal.valueOf(1000);
      case '万' -> BigDecimal.valueOf(10_000);
      case '亿' -> BigDecimal.valueOf(100_000_000);
      default -> null;
    };
  }

  /** The longest unit symbol at {@code at}, if any. */
  private static @Nullable UnitMatch unitAt(String s, int at) {
    for (int len = Math.min(4, s.length() - at); len >= 1; len--) {
      String text = s.substring(at, at + len);
      Optional<Unit> unit = Unit.of(text);
      if (unit.isPresent()) {
        return new UnitMatch(text, unit.get(), at + len);
      }
    }
    return null;
  }

  private static int identifierEnd(String s, int from) {
    int j = from;
    while (j < s.length() && (isAsciiLetter(s.charAt(j)) || isAsciiDigit(s.charAt(j)))) {
      j++;
    }
    return j;
  }

  private static int dottedEnd(String s, int from) {
    int j = from;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (isAsciiDigit(c)) {
        j++;
      } else if (c == '.' && j + 1 < s.length() && isAsciiDigit(s.charAt(j + 1))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static Found date(int start, int end) {
    return new Found(true, new Quantity(BigDecimal.ZERO, Optional.empty(), Unit.NONE, false, start, end));
  }
}

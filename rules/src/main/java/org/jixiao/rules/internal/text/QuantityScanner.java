package org.jixiao.rules.internal.text;

import java.util.Collections;
import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;
import static org.jixiao.rules.internal.text.Chars.isAsciiLetter;
import static org.jixiao.rules.internal.text.Chars.isBoundary;
import static org.jixiao.rules.internal.text.Chars.isMarkerEnd;
import static org.jixiao.rules.internal.text.Chars.isRangeDash;
import static org.jixiao.rules.internal.text.FigureUnits.NOT_UNITS;
import static org.jixiao.rules.internal.text.FigureUnits.isDateUnit;
import static org.jixiao.rules.internal.text.FigureUnits.isLatinUnit;
import static org.jixiao.rules.internal.text.FigureUnits.isWithin;
import static org.jixiao.rules.internal.text.FigureUnits.multiplier;
import static org.jixiao.rules.internal.text.FigureUnits.perAt;
import static org.jixiao.rules.internal.text.FigureUnits.unitAt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.text.FigureUnits.UnitMatch;
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
  private static final List<String> ZERO_NOUNS =
      List.of("投诉", "事故", "差错", "伤亡", "失误", "纠纷", "事件", "违规", "违纪", "违法", "案件", "上访", "漏洞", "污染");

  /** Every figure and date in {@code s}, in order. */
  public static List<Found> scan(String s) {
    return scan(s, false);
  }

  /**
   * Every figure and date in {@code s}, in order; in a text about money ({@code money}) a bare
   * multiplier is money: {@code 总成本不超83.32万} is 83.32 万元.
   */
  public static List<Found> scan(String s, boolean money) {
    boolean m = money && hasMultiplier(s);
    return Memo.get(SCAN, s, m, (t, x) -> Collections.unmodifiableList(computeScan(t, x)));
  }

  private static final Object SCAN = new Object();

  /**
   * Whether {@code s} holds a 千, 万 or 亿, the only figures whose reading depends on whether the
   * text is about money: without one, {@link #scan(String, boolean)} reads alike either way, so a
   * caller need not find out.
   */
  public static boolean hasMultiplier(String s) {
    return s.indexOf('万') >= 0 || s.indexOf('千') >= 0 || s.indexOf('亿') >= 0;
  }

  private static List<Found> computeScan(String s, boolean money) {
    List<Found> out = new ArrayList<>();
    char[] chars = CharArrays.of(s);
    int i = 0;
    while (i < chars.length) {
      char c = chars[i];
      if (isAsciiDigit(c)) {
        i = arabic(s, chars, i, out, money);
      } else if (ChineseNumerals.isStart(c)) {
        i = chinese(s, i, out);
      } else if (c == '半') {
        i = half(s, i, out);
      } else if (RoundMagnitudes.isMagnitude(c)) {
        i = RoundMagnitudes.read(s, i, out); // 千余人, 逾百人
      } else if (c == '/' && i > 1) {
        i = onceEach(s, i, out);
      } else {
        i++;
      }
    }
    joinHalves(s, out);
    unitWrittenOnce(s, out);
    Intervals.join(s, out);
    return out;
  }

  private static final BigDecimal HALF = new BigDecimal("0.5");

  /**
   * A span and a half read as one span: 两个半小时, 1个半月 (N 个 before half a span: N.5 of that span's unit) and 两天半,
   * 1年半 (半 right after a span: N.5 of it). Read apart, 两个半小时 was half an hour and 两天半 two days. 两个半天 is two
   * half days, one day.
   */
  private static void joinHalves(String s, List<Found> out) {
    for (int i = 0; i < out.size(); i++) {
      Found found = out.get(i);
      Quantity q = found.quantity();
      int e = q.end();
      if (!found.figure() || e >= s.length() || s.charAt(e) != '半' || q.upper().isPresent() || q.per().isPresent()) {
        continue; // nearly every figure: no 半 right after it
      }
      @Nullable Found next = i + 1 < out.size() ? out.get(i + 1) : null;
      boolean halfNext = next != null && next.figure() && next.quantity().start() == e;
      if (next != null && halfNext && q.unit().symbol().equals("个") && s.charAt(e - 1) == '个' && next.quantity().unit().isDuration()
          && next.quantity().value().compareTo(HALF) == 0 && next.quantity().per().isEmpty()) {
        Quantity half = next.quantity();
        boolean halfDays = half.end() - e == 2 && "天日".indexOf(s.charAt(e + 1)) >= 0; // 两个半天: halves of a day
        BigDecimal value = halfDays ? q.value().multiply(HALF) : q.value().add(HALF);
        out.set(i, Found.figure(new Quantity(value, Optional.empty(), half.unit(), q.approximate() || half.approximate(), q.start(), half.end())));
        out.remove(i + 1);
      } else if (q.unit().isDuration() && !halfNext && (e + 1 >= s.length() || !startsAWord(s, e + 1))) {
        out.set(i, Found.figure(new Quantity(q.value().add(HALF), Optional.empty(), q.unit(), q.approximate(), q.start(), e + 1)));
      }
    }
  }

  /**
   * Bare figures joined by 、 before a figure with a count's unit take that unit (分别为210、185、240人次: three counts of 人次;
   * review 73e), as a list writes it once. Not after 第 (第1、2、3期 are the turns' numbers), nor a figure with a fraction
   * of its own or a range.
   */
  private static void unitWrittenOnce(String s, List<Found> out) {
    for (int i = out.size() - 1; i > 0; i--) {
      Found last = out.get(i);
      if (!last.figure() || !last.quantity().unit().isCount() || last.quantity().per().isPresent()) {
        continue;
      }
      int j = i - 1;
      while (j >= 0 && bareBefore(s, out.get(j), out.get(j + 1).quantity().start())) {
        j--;
      }
      int first = j + 1;
      int start = out.get(first).quantity().start();
      if (first == i || start > 0 && (s.charAt(start - 1) == '第' || s.charAt(start - 1) == '、')) {
        continue; // 第1、2、3期: 1 after 第 is read as no figure, and 2 follows a 、
      }
      Unit unit = last.quantity().unit();
      for (int k = first; k < i; k++) {
        Quantity q = out.get(k).quantity();
        out.set(k, Found.figure(new Quantity(q.value(), Optional.empty(), unit, q.approximate(), q.start(), q.end())));
      }
      i = first;
    }
  }

  /** Whether {@code f} is a bare whole figure right before 、 and the figure at {@code next}. */
  private static boolean bareBefore(String s, Found f, int next) {
    Quantity q = f.quantity();
    return f.figure() && q.unit().equals(Unit.NONE) && q.upper().isEmpty() && q.per().isEmpty() && q.end() + 1 == next
        && s.charAt(q.end()) == '、' && q.value().stripTrailingZeros().scale() <= 0;
  }

  /** Characters after a span's 半 that make 半 the start of another word (3天半数学员, 2年半径): not half of the span. */
  private static boolean startsAWord(String s, int k) {
    return "数径价成岛边山截导壁".indexOf(s.charAt(k)) >= 0;
  }

  /** The quantities (not dates) in {@code s}, in order. */
  public static List<Quantity> quantities(String s) {
    return quantities(s, false);
  }

  /** The quantities (not dates) in {@code s}, in order, bare multipliers as money when asked. */
  public static List<Quantity> quantities(String s, boolean money) {
    List<Found> all = scan(s, money);
    List<Quantity> out = new ArrayList<>(all.size());
    for (int i = 0; i < all.size(); i++) { // by index: the memo's unmodifiable list would wrap an iterator in another
      Found found = all.get(i);
      if (found.figure()) {
        out.add(found.quantity());
      }
    }
    return out;
  }

  /** Whether {@code s} has a quantity (not a date): {@code !quantities(s).isEmpty()}, without the list. */
  public static boolean hasQuantity(String s) {
    List<Found> all = scan(s, false);
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).figure()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first text of {@code s} that stands where a figure does but cannot be read as one
   * ({@code M.8万元}, {@code ≥l00人}), or empty.
   */
  public static Optional<String> unreadable(String s) {
    List<Found> all = scan(s, false);
    for (int i = 0; i < all.size(); i++) {
      Found found = all.get(i);
      if (found.kind() == Found.Kind.UNREADABLE) {
        return Optional.of(s.substring(found.quantity().start(), found.quantity().end()));
      }
    }
    return Optional.empty();
  }

  /** The periods of {@code 每月/次} and its like, longest first where one ends another. */
  private static final List<String> ONCE_PERIODS = List.of("学期", "季度", "年度", "年", "月", "周", "天", "日", "季", "旬");

  /** Units of events, the only ones a figure left out of {@code 每月/次} can count. */
  private static final List<String> EVENTS = List.of("次", "回", "趟", "期", "场", "场次", "批", "批次", "轮");

  /**
   * {@code 每月/次}, {@code 每季度/次}: once per period, the figure 1 left unprinted (the form's
   * {@code 1次/月} with its figure dropped and the period moved before the slash). The slash is at
   * {@code slash}; a unit of events must follow it, 每 must open the period before it, and the
   * text must print no figure of its own (which the 1 would compete with).
   */
  private static int onceEach(String s, int slash, List<Found> out) {
    UnitMatch unit = unitAt(s, slash + 1);
    if (unit == null || !EVENTS.contains(unit.unit().symbol()) || Chars.hasAsciiDigit(s)) {
      return slash + 1; // 每月/人300元: a rate per person; 每月/次，共12次: the figure is printed
    }
    for (String period : ONCE_PERIODS) {
      int each = slash - period.length() - 1;
      if (each >= 0 && s.charAt(each) == '每' && s.startsWith(period, each + 1)) {
        String per = period.equals("年度") ? "年" : period;
        out.add(Found.figure(new Quantity(BigDecimal.ONE, Optional.empty(), unit.unit(), false, each, unit.end(), Optional.of(per))));
        return unit.end();
      }
    }
    return slash + 1;
  }

  /** 半小时, 半天, 半个月, 半年: half of a span of time (not 上半年, a period). */
  private static int half(String s, int start, List<Found> out) {
    int k = start + 1;
    if (start > 0 && "上下一".indexOf(s.charAt(start - 1)) >= 0) {
      return k;
    }
    UnitMatch unit = unitAt(s, k);
    if (unit == null && Chars.startsWith(s, k, "日")) {
      unit = new UnitMatch("日", Unit.of("天").orElseThrow(), k + 1);
    }
    if (unit == null || !unit.unit().isDuration()) {
      return k;
    }
    out.add(Found.figure(new Quantity(new BigDecimal("0.5"), Optional.empty(), unit.unit(), false, start, unit.end())));
    return unit.end();
  }

  /**
   * Where the number of a document whose bracketed year starts at {@code start} ends, past its 号
   * (〔2023〕15号, [2023]15号, (2023)第15号, 【2023】十五号, 〔2023〕15-1号, a blank 〔2023〕 号), or 0 when the
   * digits are no such year. In 〔〕, used for nothing else, the year alone is no figure either.
   */
  private static int documentNumberEnd(char[] a, int start) {
    int close = "〔[(【".indexOf(start > 0 ? a[start - 1] : ' ');
    int year = Chars.digitsEnd(a, start);
    if (close < 0 || !isYear(a, start, year) || year >= a.length || a[year] != "〕])】".charAt(close)) {
      return 0;
    }
    int k = year + 1;
    while (k < a.length && k - year <= 8 && isDocumentNumberPart(a[k])) {
      k++;
    }
    if (k < a.length && a[k] == '号') {
      return k + 1;
    }
    return close == 0 ? year + 1 : 0;
  }

  /** A character of a document's number between its year and 号: 第, digits, 一…十百, - and 、, a letter, a space. */
  private static boolean isDocumentNumberPart(char c) {
    return c == '第' || isAsciiDigit(c) || ChineseNumerals.isPart(c) || c == '-' || c == '、' || c == ' ' || isAsciiLetter(c);
  }

  /** Whether the four digits at {@code start..end} are a year (1900–2100). */
  private static boolean isYear(char[] a, int start, int end) {
    if (end - start != 4) {
      return false;
    }
    int year = Chars.digitsValue(a, start, end);
    return year >= 1900 && year <= 2100;
  }

  private static int arabic(String s, char[] a, int start, List<Found> out, boolean money) {
    int document = documentNumberEnd(a, start);
    if (document > 0) {
      return document; // 深人社发〔2023〕15号: a document's year and number, no figures
    }
    if (start > 1 && standardBefore(a, start)) {
      int number = identifierEnd(s, Chars.digitsEnd(a, start));
      int year = standardYearEnd(s, number);
      if (year > number) {
        return year; // GB/T 50378-2019, GB 50016-2014, GB3838-2002: a standard's number and year, no figures
      }
    }
    if (start > 0 && isAsciiLetter(a[start - 1])) {
      int end = identifierEnd(s, Chars.digitsEnd(a, start));
      int letters = GarbledFigures.lettersStart(a, start - 1);
      UnitMatch unit = unitAt(s, end);
      if (GarbledFigures.inFiguresPlace(a, letters, unit == null ? -1 : unit.end())) {
        out.add(Found.unreadable(letters, unit == null ? end : unit.end())); // ≥l00人: OCR of ≥100人
      }
      return end;
    }
    if (start > 0 && a[start - 1] == '.') {
      int junk = GarbledFigures.junkBeforePoint(a, start - 1);
      if (junk >= 0) {
        // M.8万元 (OCR of 14.8万元), O.5: the figure is read only to find where it ends
        List<Found> read = new ArrayList<>(1);
        int next = number(s, a, start, read, money);
        int end = next;
        for (Found f : read) {
          end = Math.max(end, f.quantity().end());
        }
        out.add(Found.unreadable(junk, end));
        return next;
      }
    }
    int digits = Chars.digitsEnd(a, start);
    if (digits < a.length && (a[digits] == '点' || a[digits] == '时' || a[digits] == ':')) {
      int clock = ClockTimes.markedEnd(s, start);
      if (clock > 0) {
        return clock; // 5点前, 17:30: a time of day, no figure
      }
    }
    return number(s, a, start, out, money);
  }

  /** A figure whose digits start at {@code start}, nothing before it standing in its way. */
  private static int number(String s, char[] a, int start, List<Found> out, boolean money) {
    int n = s.length();
    int j = Chars.digitsEnd(a, start);
    if (j - start > MAX_DIGITS) {
      return dottedEnd(s, j); // a run of digits no table prints as a figure (and costly to parse)
    }
    if (j - start <= 3) { // thousands separators: 1,500
      while (j + 3 < n
          && a[j] == ','
          && Chars.digitsEnd(a, j + 1) == j + 4) {
        j += 4;
      }
    }
    if (isYear(a, start, j) && j + 1 < n && (a[j] == '-' || a[j] == '/') && isAsciiDigit(a[j + 1])) {
      int e = Chars.digitsEnd(a, j + 1); // 2023-10-15, 2023/10/15, 2023-10
      if (e - j - 1 <= 2) {
        if (e + 1 < n && a[e] == a[j] && isAsciiDigit(a[e + 1])) {
          e = Chars.digitsEnd(a, e + 1);
        }
        out.add(Found.date(start, e));
        return e;
      }
    }
    if (j + 1 < n && a[j] == '.' && isAsciiDigit(a[j + 1])) {
      int f = Chars.digitsEnd(a, j + 1);
      if (isYear(a, start, j) && f - j - 1 <= 2 && f + 1 < n && isRangeDash(a[f]) && isAsciiDigit(a[f + 1])) {
        int e = dottedEnd(s, f + 1); // 2023.07-2024.01: a span of months, not the figure 2023.07
        out.add(Found.date(start, e));
        return e;
      }
      if (f - j - 1 > MAX_DIGITS) {
        return dottedEnd(s, f);
      }
      if (j - start <= 2 && f - j - 1 == 4 && f < n && a[f] == '年' && isItemStart(s, start)) {
        return j + 1; // "1.2019年…": item 1 about the year 2019, not the number 1.2019
      }
      if (f + 1 < n && a[f] == '.' && isAsciiDigit(a[f + 1])) {
        int e = dottedEnd(s, f);
        if (e + 1 < n && isRangeDash(a[e]) && isAsciiDigit(a[e + 1])) {
          e = dottedEnd(s, e + 1);
        }
        out.add(Found.date(start, e));
        return e;
      }
      j = f;
    }
    if (j < n && isAsciiLetter(a[j]) && !isLatinUnit(s, j)) {
      return identifierEnd(s, j);
    }
    if (start > 0 && a[start - 1] == '第') {
      int day = OrdinalDays.doneEnd(s, j);
      if (day > j) { // 第45天完成整改: done on the 45th day, 45 days taken
        out.add(Found.figure(new Quantity(Chars.decimal(a, start, j), Optional.empty(), OrdinalDays.unit(s, j), false, start, day)));
        return day;
      }
      return j;
    }
    if (isMarker(s, start, j)) {
      return j + 1;
    }
    BigDecimal value = Chars.decimal(a, start, j);
    return tail(s, a, start, j, value, out, money);
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

  private static int tail(String s, char[] a, int start, int numberEnd, BigDecimal value, List<Found> out, boolean money) {
    int n = s.length();
    int k = numberEnd;
    BigDecimal upper = null;
    if (k < n && isRangeDash(a[k])) {
      int q = k + 1;
      while (q < n && (a[q] == '—' || a[q] == '-')) {
        q++;
      }
      if (q < n && isAsciiDigit(a[q])) {
        int e = Chars.digitsEnd(a, q);
        if (e + 1 < n && a[e] == '.' && isAsciiDigit(a[e + 1])) {
          e = Chars.digitsEnd(a, e + 1);
        }
        if (e >= n || !isAsciiLetter(a[e])) {
          upper = Chars.decimal(a, q, e);
          k = e;
        }
      }
    }
    k = Chars.skipSpaces(s, k);
    boolean daysWithin = k < n && a[k] == '日' && upper == null && isWithin(s, k + 1)
        && !(start > 0 && a[start - 1] == '月');
    if (k < n && (a[k] == '日' || a[k] == '号') && !daysWithin) {
      out.add(Found.date(start, k + 1));
      return k + 1;
    }
    boolean approximate = approximateBefore(s, start);
    BigDecimal multiplier = BigDecimal.ONE;
    UnitMatch unit = daysWithin ? new UnitMatch("日", Unit.of("天").orElseThrow(), k + 1) : unitAt(s, k);
    if (unit == null && k < n && multiplier(a[k]) != null) {
      int m = k + 1;
      boolean hedged = m < n && (a[m] == '余' || a[m] == '多');
      UnitMatch after = unitAt(s, hedged ? m + 1 : m);
      boolean bare = a[k] != '百' && after == null;
      if (after != null || hedged || bare) {
        BigDecimal factor = multiplier(a[k]);
        multiplier = factor == null ? BigDecimal.ONE : factor;
        approximate |= hedged;
        k = hedged ? m + 1 : m;
        unit = after;
        if (after == null && money && a[k - (hedged ? 2 : 1)] != '百') {
          // 83.32万 in a text about money: 万元 (the unit is kept, the value is not multiplied)
          Unit moneyUnit = Unit.of(a[k - (hedged ? 2 : 1)] + "元").orElseThrow();
          unit = new UnitMatch("", moneyUnit, k);
          multiplier = BigDecimal.ONE;
        }
      }
    }
    if (unit == null && k < n && Chars.isCjk(a[k]) && NOT_UNITS.indexOf(a[k]) < 0 && upper == null
        && (multiplier.compareTo(BigDecimal.ONE) == 0 || MEASURE_WORDS.indexOf(a[k]) >= 0)) {
      // after 万 or 千 only a measure word (馆藏3.2万卷 was 32000 with no unit, and a share under a target in %)
      // 方 after a figure in digits is a 立方米 (清运4600方); after a numeral it is a side (四方力量), never read
      unit = new UnitMatch(String.valueOf(a[k]), a[k] == '方' ? CUBIC_METRES : Unit.ofWord(String.valueOf(a[k])), k + 1);
    }
    if (unit == null && k < n && (a[k] == '余' || a[k] == '多')) {
      UnitMatch after = unitAt(s, k + 1);
      if (after != null) {
        approximate = true;
        unit = after;
        k++;
      }
    }
    if (unit != null && isDateUnit(unit, value, multiplier)) {
      int e = unit.end();
      if (e < n && (a[e] == '度' || a[e] == '份')) {
        e++;
      }
      out.add(Found.date(start, e));
      return e;
    }
    int end = unit == null ? (multiplier.compareTo(BigDecimal.ONE) == 0 ? numberEnd : k) : unit.end();
    if (end < n && a[end] == '性') {
      return end + 1; // 一次性: an adjective, not a count
    }
    int[] perEnd = {end};
    String per =
        unit == null && multiplier.compareTo(BigDecimal.ONE) == 0 && !(end + 1 < n && a[end] == '/' && Chars.isCjk(a[end + 1]))
            ? null
            : perAt(s, end, perEnd); // 28.40/株: a bare price per 株
    end = perEnd[0];
    if (Chars.startsWith(s, end, "左右")) {
      approximate = true;
    }
    Unit u = unit == null ? Unit.NONE : unit.unit();
    per = eventsPer(u, per);
    if (upper == null && per == null && end + 1 < n && (a[end - 1] == '%' || a[end - 1] == '‰') && isShareDash(a[end])
        && !(start > 0 && (a[start - 1] == '由' || a[start - 1] == '从'))) { // 由85%-95%: a move
      int e = shareRangeEnd(a, end + 1, a[end - 1]); // 92%-96%: one range, as 92-96% is
      if (e > 0 && Chars.decimal(a, end + 1, e - 1).compareTo(value) >= 0) {
        upper = Chars.decimal(a, end + 1, e - 1);
        end = e;
      }
    }
    BigDecimal factor = multiplier;
    out.add(
        Found.figure(
            new Quantity(
                value.multiply(factor),
                upper == null ? Optional.empty() : Optional.of(upper.multiply(factor)),
                u,
                approximate,
                start,
                end,
                Optional.ofNullable(per))));
    return end;
  }

  /** A dash between the two ends of a range of shares; not 至 or 到, which a move takes (由85%到95%). */
  private static boolean isShareDash(char c) {
    return c != '至' && c != '到' && isRangeDash(c);
  }

  /**
   * Where a share that ends a range (96% of 92%-96%) ends, past its {@code sign}, when the digits from {@code from} are one
   * and no digit follows; else -1.
   */
  private static int shareRangeEnd(char[] a, int from, char sign) {
    int n = a.length;
    if (from >= n || !isAsciiDigit(a[from])) {
      return -1;
    }
    int e = Chars.digitsEnd(a, from);
    if (e + 1 < n && a[e] == '.' && isAsciiDigit(a[e + 1])) {
      e = Chars.digitsEnd(a, e + 1);
    }
    return e < n && a[e] == sign && (e + 1 >= n || !isAsciiDigit(a[e + 1])) ? e + 1 : -1;
  }

  private static int chinese(String s, int start, List<Found> out) {
    int n = s.length();
    int j = start;
    while (j < n && ChineseNumerals.isPart(s.charAt(j))) {
      j++;
    }
    if (start > 0 && s.charAt(start - 1) == '第') {
      int day = OrdinalDays.doneEnd(s, j);
      Optional<BigDecimal> ordinal = day > j ? ChineseNumerals.parse(s.substring(start, j)) : Optional.empty();
      if (ordinal.isPresent()) { // 第十五天完成: done on the 15th day
        out.add(Found.figure(new Quantity(ordinal.get(), Optional.empty(), OrdinalDays.unit(s, j), false, start, day)));
        return day;
      }
      return j;
    }
    if (severalBefore(s, start)) {
      return j; // 数十场, 数百人: tens or hundreds, no number of them (as 近千人 is none)
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
    if (numeral.equals("一") && noneOccurredBefore(s, start)) {
      value = BigDecimal.ZERO; // 未发生一起事故, 无一例: not a single one
    }
    if (numeral.equals("零")) {
      for (String noun : ZERO_NOUNS) {
        if (Chars.startsWith(s, j, noun)) {
          out.add(Found.figure(new Quantity(value, Optional.empty(), Unit.NONE, false, start, j)));
          return j;
        }
      }
      return j;
    }
    int k = j;
    int quarters = quartersEnd(s, k);
    if (quarters > 0 && Intervals.countOfEventsAt(s, quarters) && !ordinalQuarter(s, numeral, k)) {
      // 一季度一次, 两个季度一次: a span of quarters before a count (once a quarter), in months
      out.add(Found.figure(new Quantity(value.multiply(BigDecimal.valueOf(3)), Optional.empty(), MONTHS, false, start, quarters)));
      return quarters;
    }
    if (numeral.equals("一") && Chars.startsWith(s, k, "日") && Intervals.countOfEventsAt(s, k + 1)) {
      // 一日一次, 一日两次: a day before a count, as 一天一次 (not the 1st of a month)
      out.add(Found.figure(new Quantity(value, Optional.empty(), DAYS, false, start, k + 1)));
      return k + 1;
    }
    int report = numeral.equals("一") ? Intervals.reportAt(s, start) : 0;
    if (report > 0 && spanEndsAt(s, out, start)) {
      // 一月一报, 每月一报, 一季一通报: one report after a span, joined with it as 一次 is (Intervals.join)
      out.add(Found.figure(new Quantity(BigDecimal.ONE, Optional.empty(), TIMES, false, start, report)));
      return report;
    }
    boolean approximate = approximateBefore(s, start);
    int tenths = tenthsEnd(s, numeral, k);
    if (tenths > 0) {
      // 九成, 约占三成, 九成五, 八成七: tenths of a whole and a digit of hundredths, a share in %
      BigDecimal share = value.multiply(BigDecimal.TEN).add(tenths > k + 1 ? BigDecimal.valueOf("一二三四五六七八九".indexOf(s.charAt(k + 1)) + 1) : BigDecimal.ZERO);
      out.add(Found.figure(new Quantity(share, Optional.empty(), PERCENT, approximate || Chars.startsWith(s, tenths, "多"), start, tenths)));
      return tenths;
    }
    UnitMatch unit = unitAt(s, k);
    if (unit == null && k < n && (s.charAt(k) == '余' || s.charAt(k) == '多')) {
      unit = unitAt(s, k + 1);
      approximate = unit != null;
    }
    if (unit == null) {
      if (k < n && s.charAt(k) == '大' && numeral.length() <= 2) { // 十大: the top ten
        out.add(Found.figure(new Quantity(value, Optional.empty(), Unit.NONE, false, start, k + 1)));
        return k + 1;
      }
      return j;
    }
    if (unit.text().equals("月")) {
      if (numeral.equals("两") || Intervals.monthsBeforeACount(s, start, unit.end())) {
        // 两月内 (二月 is February), 一月一次 (once a month): a span of months, no month's name
        out.add(Found.figure(new Quantity(value, Optional.empty(), unit.unit(), false, start, unit.end())));
        return unit.end();
      }
      out.add(Found.date(start, unit.end()));
      return unit.end();
    }
    if (unit.end() < n && (s.charAt(unit.end()) == '性' || s.charAt(unit.end()) == '式')) {
      return unit.end() + 1; // 一次性, 一站式: adjectives, not counts
    }
    int[] perEnd = {unit.end()};
    String per = eventsPer(unit.unit(), perAt(s, unit.end(), perEnd));
    out.add(
        Found.figure(
            new Quantity(value, Optional.empty(), unit.unit(), approximate, start, perEnd[0], Optional.ofNullable(per))));
    return perEnd[0];
  }

  /**
   * Whether 数 (several) stands right before the numeral at {@code start} and the numeral is a magnitude (数十, 数百, 数千,
   * 数万), not the end of a noun of a count (人数十二人: 人数, then 12 人).
   */
  private static boolean severalBefore(String s, int start) {
    return start > 0 && s.charAt(start - 1) == '数' && "十百千万".indexOf(s.charAt(start)) >= 0
        && (start < 2 || "人次户件个总场期名家批项所台套处座条本册份天".indexOf(s.charAt(start - 2)) < 0);
  }

  /** Words that deny an occurrence right before a count (未发生一起, 未发生1起: not a single one). */
  private static final List<String> DENIED = List.of("未发生", "没有发生", "没发生", "未出现", "没有出现", "没出现");

  /** Words of none right before 一 (没有一例, 无一): with {@link #DENIED}, the count is none. */
  private static final List<String> NONE = List.of("未有", "没有", "无");

  /** Whether {@code s} right before {@code at} denies an occurrence ({@link #DENIED}). */
  static boolean deniedBefore(String s, int at) {
    return endsAt(s, at, DENIED);
  }

  /** Whether {@code s} right before {@code at} denies an occurrence or says none ({@link #DENIED}, {@link #NONE}). */
  private static boolean noneOccurredBefore(String s, int at) {
    return endsAt(s, at, DENIED) || endsAt(s, at, NONE);
  }

  private static boolean endsAt(String s, int at, List<String> words) {
    for (String w : words) {
      if (at >= w.length() && s.startsWith(w, at - w.length())) {
        return true;
      }
    }
    return false;
  }

  private static final Unit PERCENT = Unit.of("%").orElseThrow();

  private static final Unit CUBIC_METRES = Unit.of("立方米").orElseThrow();

  /** Measure words that follow 万 or 千 as a unit of their own (3.2万卷, 1.5万株, 20万尾). */
  private static final String MEASURE_WORDS = "卷株尾只头羽册本张棵盏块枚粒袋箱瓶包盒顶双";

  /** Characters after 成 that make it a word of its own (成为, 成立, 成效, 成本, 一成不变, 九成新): no tenths. */
  private static final String NOT_AFTER_TENTHS = "员立为功果效本绩熟新长型交品就都语规事才色年人分批套片群不行器材像全千方家形书倍活";

  /**
   * Words of people that open with a character of {@link #NOT_AFTER_TENTHS}: after a numeral and 成 they are the whole the
   * tenths are of (九成员工, 九成人员, 八成人口, 七成家长, 六成年轻人), not a word of 成 (成员, 成人, 成家, 成年).
   */
  private static final WordList PEOPLE_AFTER_TENTHS = WordList.of(List.of("群众", "员工", "人员", "人口", "人民", "人群", "家长", "家庭", "年轻"));

  /**
   * Where tenths written in words end (九成 at {@code k} after the numeral, 九成五 or 九成三 with a hundredth's digit), or -1: a numeral of
   * one character from 一 to 十 (两 too) right before 成, and no word going on from 成 ({@link #NOT_AFTER_TENTHS}).
   */
  private static int tenthsEnd(String s, String numeral, int k) {
    if (k >= s.length() || s.charAt(k) != '成' || numeral.length() != 1 || "一两二三四五六七八九十".indexOf(numeral.charAt(0)) < 0) {
      return -1;
    }
    if (k + 1 < s.length() && NOT_AFTER_TENTHS.indexOf(s.charAt(k + 1)) >= 0 && PEOPLE_AFTER_TENTHS.at(s, k + 1) == null) {
      return -1; // 成群 is in flocks and 成员 members, but 八成群众, 九成员工 are 80 % and 90 % of the people
    }
    boolean digit = k + 1 < s.length() && "一二三四五六七八九".indexOf(s.charAt(k + 1)) >= 0 && numeral.charAt(0) != '十'
        && (k + 2 >= s.length() || !ChineseNumerals.isPart(s.charAt(k + 2)) && unitAt(s, k + 2) == null);
    return digit ? k + 2 : k + 1;
  }

  private static final Unit MONTHS = Unit.of("月").orElseThrow();

  private static final Unit TIMES = Unit.of("次").orElseThrow();

  private static final Unit DAYS = Unit.of("天").orElseThrow();

  /** A count of events per whom and period (1次/人/月, 1次/户/季度) is per the period: whom is set aside. */
  private static @Nullable String eventsPer(Unit unit, @Nullable String per) {
    return per != null && per.indexOf('*') >= 0 && EVENTS.contains(unit.symbol()) ? Periods.periodOf(per) : per;
  }

  /**
   * Whether the numeral before 季度 at {@code at} numbers a quarter of the year rather than counting a span of them: 二季度,
   * 三季度, 四季度 (a span is 两个季度, 三个季度), and 一季度 where the text numbers another quarter so (一季度1次、二季度1次: the
   * first quarter, not once a quarter).
   */
  private static boolean ordinalQuarter(String s, String numeral, int at) {
    if (!Chars.startsWith(s, at, "季度")) {
      return false;
    }
    if ("二三四".contains(numeral)) {
      return true;
    }
    return numeral.equals("一") && (s.contains("二季度") || s.contains("三季度") || s.contains("四季度"));
  }

  /** Where 季度 or 个季度 at {@code at} ends, or -1 when neither stands there. */
  private static int quartersEnd(String s, int at) {
    if (Chars.startsWith(s, at, "季度")) {
      return at + 2;
    }
    if (Chars.startsWith(s, at, "个季度")) {
      return at + 3;
    }
    return Chars.startsWith(s, at, "季") ? at + 1 : -1; // 一季一次 (a count must follow: not 一年三季)
  }

  private static boolean approximateBefore(String s, int start) {
    if (start > 1 && s.charAt(start - 1) == '约' && WORDS_BEFORE_YUE.indexOf(s.charAt(start - 2)) >= 0) {
      return false; // 节约5万元, 签约3家, 预约100人次: a word, not "about"
    }
    return start > 0 && (s.charAt(start - 1) == '约' || s.charAt(start - 1) == '近');
  }

  /** Characters that make a word with 约 after them (节约, 签约, 预约, 履约 …): 约 is then no hedge. */
  private static final String WORDS_BEFORE_YUE = "节签预制履合违特公条相邀集简契解毁践守";

  /**
   * Where a name of letters and digits ends (H5, O3, and PM2.5, V1.0.3: a point and one or two
   * digits after the name's digits are its own; a1.2019年 is a marker before a year).
   */
  /**
   * Whether the digits at {@code start} may be a standard's number: two to five capital letters
   * before them (GB, HJ, JGJ), with /T or /Z and one space allowed between (GB/T 50378, GB 50016).
   * Only with a year after it (-2019) is it taken for one: CT 20台 counts machines.
   */
  private static boolean standardBefore(char[] a, int start) {
    int k = start - 1;
    if (a[k] == ' ') {
      k--;
    }
    if (k >= 2 && (a[k] == 'T' || a[k] == 'Z') && a[k - 1] == '/') {
      k -= 2;
    }
    int letters = 0;
    while (k >= 0 && a[k] >= 'A' && a[k] <= 'Z') {
      letters++;
      k--;
    }
    return letters >= 2 && letters <= 5 && (k < 0 || !isAsciiLetter(a[k]));
  }

  /**
   * The end of a standard's year after its number (-2019, —2014), or {@code end} when none follows:
   * a year from 1900 to 2100 with no unit, 年, 万 or 亿 after it (GDP 1000-2000亿元 is a range).
   */
  private static int standardYearEnd(String s, int end) {
    if (end + 4 < s.length() && (s.charAt(end) == '-' || s.charAt(end) == '—' || s.charAt(end) == '–')) {
      int y = end + 1;
      int e = y;
      while (e < s.length() && isAsciiDigit(s.charAt(e))) {
        e++;
      }
      int year = e - y == 4 ? Integer.parseInt(s.substring(y, e)) : 0;
      boolean counted = e < s.length() && ("年万亿千".indexOf(s.charAt(e)) >= 0 || unitAt(s, e) != null); // GDP 1000-2000亿元
      if (year >= 1900 && year <= 2100 && !counted) {
        return e;
      }
    }
    return end;
  }

  private static int identifierEnd(String s, int from) {
    int j = from;
    while (j < s.length() && (isAsciiLetter(s.charAt(j)) || isAsciiDigit(s.charAt(j)))) {
      j++;
    }
    while (j + 1 < s.length() && s.charAt(j) == '.' && isAsciiDigit(s.charAt(j - 1)) && isAsciiDigit(s.charAt(j + 1))) {
      int e = Chars.digitsEnd(CharArrays.of(s), j + 1);
      if (e - j - 1 > 2) {
        break;
      }
      j = e; // V1.0.3: each point and its digits
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

  /**
   * Whether a span of time ends at {@code at}: the last figure found (一月 of 一月一报) or a period
   * after 每 (每月一报, 每季度一通报), which the per before a figure gives it.
   */
  private static boolean spanEndsAt(String s, List<Found> out, int at) {
    if (!out.isEmpty()) {
      Found last = out.get(out.size() - 1);
      if (last.figure() && last.quantity().end() == at && last.quantity().unit().isDuration()) {
        return true;
      }
    }
    for (int each = at - 2; each >= Math.max(0, at - 4); each--) {
      if (s.charAt(each) == '每') {
        Periods.Named period = Periods.periodAt(s, each + 1);
        return period != null && period.end() == at;
      }
    }
    return false;
  }
}

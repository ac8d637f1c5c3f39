package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The period a figure counts over (每月1次, 全年共12次, 2次/周, 每3个月1次), and an actual's figure
 * restated over the target's period: {@code 每月/次} against {@code 每季度发放一次} is once in three
 * months, a third of what was asked; {@code 4次} against {@code 每季度/次} is four a year, as
 * asked; {@code 每4个月1次} against {@code 每3个月1次} three quarters of it. A target that names no
 * period is a year's (a self-evaluation reports a year).
 *
 * <p>Only counts of events (次, 场, 人次, 件 …), which add up over time, and only between periods
 * of one family, which hold one another exactly: years, quarters, months and their multiples;
 * weeks, days and hours. A rate (95% a month), a level, a standard (15元 a day), people on duty,
 * and a week against a month are left as printed.
 */
public final class Periods {
  private Periods() {}

  /** Periods named without a figure, longest first where one ends another. */
  private static final List<String> NAMES = List.of("学期", "季度", "年度", "小时", "年", "月", "周", "天", "日", "季");

  /** The two families of periods, by the dimension of their units. */
  private static final String MONTHS = "月数";

  private static final String MINUTES = "时长";

  private static final Unit MONTH = Unit.of("月").orElseThrow();

  private static final Unit MINUTE = Unit.of("分钟").orElseThrow();

  /**
   * A period's length: {@code family} tells which lengths compare (months with months, minutes
   * with minutes: the two hold no whole number of each other), {@code length} is in the family's
   * unit.
   */
  record Span(String family, BigDecimal length) {}

  private static Span months(int n) {
    return new Span(MONTHS, BigDecimal.valueOf(n));
  }

  private static Span minutes(int n) {
    return new Span(MINUTES, BigDecimal.valueOf(n));
  }

  /** The span of each of {@link #NAMES}. */
  private static final List<Span> NAMED =
      List.of(months(6), months(3), months(12), minutes(60), months(12), months(1), minutes(10080), minutes(1440), minutes(1440), months(3));

  /**
   * The span of a period as {@link Quantity#per()} holds it: a name (月, 季度, 学期) or a figure
   * and a unit of time (3个月, 2周, 半年, from {@code 每3个月1次}); null when it is no period
   * (人, 亩, 工作日).
   */
  static @Nullable Span span(String per) {
    int k = NAMES.indexOf(per);
    if (k >= 0) {
      return NAMED.get(k);
    }
    int unit = 0;
    while (unit < per.length() && (Chars.isAsciiDigit(per.charAt(unit)) || per.charAt(unit) == '.' || per.charAt(unit) == '半')) {
      unit++;
    }
    if (unit == 0 || unit == per.length()) {
      return null;
    }
    BigDecimal count;
    try {
      count = per.startsWith("半") ? new BigDecimal("0.5") : new BigDecimal(per.substring(0, unit));
    } catch (NumberFormatException e) {
      return null;
    }
    Unit u = Unit.of(per.substring(unit)).orElse(null);
    if (u == null || count.signum() <= 0) {
      return null;
    }
    if (u.isCompatibleWith(MONTH)) {
      return new Span(MONTHS, u.convert(count, MONTH));
    }
    return u.isCompatibleWith(MINUTE) ? new Span(MINUTES, u.convert(count, MINUTE)) : null;
  }

  /**
   * Units of events and of what flows through them (次, 场, 人次, 件): the only figures that add up
   * over time. A rate, a level (分贝), a standard (元 a day), people or cars on duty do not.
   */
  private static final Set<String> EVENTS =
      Set.of("次", "场", "场次", "期", "批", "批次", "轮", "趟", "人次", "户次", "家次", "件", "宗", "例", "起", "课次", "车次", "架次");

  /** Words before a figure that make it a year's total or average. */
  private static final List<String> YEARLY = List.of("全年", "年度", "年均"); // 每年: 每 and a period

  private static boolean yearly(String s, int k) {
    for (String word : YEARLY) {
      if (s.startsWith(word, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The period the words before the figure at {@code start} name in its clause: 每 and a period
   * (每季度发放一次), or 全年, 年度, 年均 (a year's); null when none. At most ten characters back,
   * and not past a figure or a clause's end.
   */
  static @Nullable String before(String s, int start) {
    int from = Math.max(0, start - 10);
    for (int k = start - 1; k >= from; k--) {
      char c = s.charAt(k);
      if (",;。:".indexOf(c) >= 0 || Chars.isAsciiDigit(c)) {
        return null;
      }
      if ((c == '全' || c == '年' || c == '每') && yearly(s, k)) {
        return "年";
      }
      if (c == '每' && k + 1 < start) {
        for (String period : NAMES) {
          if (s.startsWith(period, k + 1)) {
            return period;
          }
        }
        return null;
      }
    }
    return null;
  }

  /**
   * The actual's figure {@code q} of {@code actual}, restated over the period of the target's
   * figure {@code wanted} when the two count over different periods; {@code q} itself when the
   * actual names no period, the periods agree, or either is no period (元/人).
   */
  public static Quantity over(Quantity wanted, Quantity q, String actual) {
    if (!EVENTS.contains(q.unit().symbol()) || !EVENTS.contains(wanted.unit().symbol())) {
      return q; // a rate, a level, a standard, people or cars on duty: no sum over time
    }
    String asked = wanted.per().orElse("年");
    @Nullable String told = q.per().orElse(null);
    if (told == null) {
      told = before(actual, q.start());
      if (told == null) {
        return q; // 1次 against 每月1次: the same period, restated
      }
    }
    Span a = span(asked);
    Span t = span(told);
    if (a == null || t == null || !a.family().equals(t.family())) {
      return q; // 周 and 天 hold no whole number of months: a week's 1 against a month's 4 is no shortfall
    }
    if (a.length().compareTo(t.length()) == 0) {
      // 1次/季度 against 每3个月1次: the same period by another name, told by the target's
      return q.per().isPresent() && wanted.per().isPresent() && !q.per().equals(wanted.per()) ? q.per(wanted.per().get()) : q;
    }
    Optional<BigDecimal> upper = q.upper().map(u -> restated(u, t.length(), a.length()));
    return new Quantity(restated(q.value(), t.length(), a.length()), upper, q.unit(), q.approximate(), q.start(), q.end(), wanted.per());
  }

  /** {@code value} per a period {@code told} long, restated per one {@code asked} long, to 2 decimals. */
  private static BigDecimal restated(BigDecimal value, BigDecimal told, BigDecimal asked) {
    BigDecimal v = Decimals.divide(value.multiply(asked), told);
    return v.scale() > 2 ? v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros() : v.stripTrailingZeros();
  }
}

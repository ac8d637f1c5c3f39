package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * The period a figure counts over (每月1次, 全年共12次, 2次/周), and an actual's figure restated
 * over the target's period: {@code 每月/次} against {@code 每季度发放一次} is once in three months,
 * a third of what was asked; {@code 4次} against {@code 每季度/次} is four a year, as asked. A
 * target that names no period is a year's (a self-evaluation reports a year).
 *
 * <p>Only counts of events (次, 场, 人次, 件 …), which add up over time, and only between years,
 * half-years, quarters and months, which hold one another whole: a rate (95% a month), a level, a
 * standard (15元 a day), people on duty, and a week against a month are left as printed.
 */
public final class Periods {
  private Periods() {}

  /** Periods and how many of each a year holds. */
  private static final List<String> NAMES = List.of("学期", "季度", "年度", "年", "月", "周", "天", "日", "季");

  private static final int[] PER_YEAR = {2, 4, 1, 1, 12, 52, 365, 365, 4};

  /** The most periods a year holds that are whole months (月). */
  private static final int MONTHS = 12;

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

  /** How many of {@code period} a year holds, or 0 when it is no period (人, 亩). */
  static int perYear(String period) {
    int k = NAMES.indexOf(period);
    return k < 0 ? 0 : PER_YEAR[k];
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
    int a = perYear(asked);
    int t = perYear(told);
    if (a == 0 || t == 0 || a == t || a > MONTHS || t > MONTHS) {
      return q; // 周 and 天 hold no whole number of months: a week's 1 against a month's 4 is no shortfall
    }
    Optional<BigDecimal> upper = q.upper().map(u -> restated(u, t, a));
    return new Quantity(restated(q.value(), t, a), upper, q.unit(), q.approximate(), q.start(), q.end(), wanted.per());
  }

  /** {@code value} per a period of which a year holds {@code told}, per one of which it holds {@code asked}, to 2 decimals. */
  private static BigDecimal restated(BigDecimal value, int told, int asked) {
    BigDecimal v = Decimals.divide(value.multiply(BigDecimal.valueOf(told)), BigDecimal.valueOf(asked));
    return v.scale() > 2 ? v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros() : v.stripTrailingZeros();
  }
}

package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.rules.text.Quantity;

/**
 * A count of events every so many periods, {@code 每3个月1次}, {@code 每两周一次}, {@code
 * 每隔2小时巡查1次}: one figure, the count per the span ({@code 1 次/3个月}), not the span read as a
 * time limit or a term and the count as a total. So {@code 每4个月1次} against {@code 每3个月1次}
 * is three quarters as often ({@link Periods#over}), and {@code 至少每两周1次} asks at least once
 * in two weeks.
 */
final class Intervals {
  private Intervals() {}

  /** Units of events, the only figures counted every so many periods. */
  private static final Set<String> EVENTS = Set.of("次", "回", "趟", "期", "场", "场次", "批", "批次", "轮");

  /** The most characters between the span and the count: a verb (每3个月开展1次), 至少. */
  private static final int MAX_BETWEEN = 6;

  /**
   * Joins each span printed after 每 (or 每隔, 隔) and the count of events right after it in
   * {@code found}, the scanner's figures of {@code s} in order, into the count per the span.
   */
  static void join(String s, List<Found> found) {
    for (int k = found.size() - 1; k > 0; k--) {
      Found count = found.get(k);
      Found span = found.get(k - 1);
      if (!count.figure() || !span.figure()) {
        continue;
      }
      Quantity c = count.quantity();
      Quantity d = span.quantity();
      int each = eachBefore(s, d.start());
      if (each < 0
          || !EVENTS.contains(c.unit().symbol())
          || c.per().isPresent()
          || !d.unit().isDuration()
          || d.isRange()
          || d.per().isPresent()
          || d.approximate()
          || !plainBetween(s, d.end(), c.start())) {
        continue;
      }
      String per = per(d);
      if (Periods.span(per) == null) {
        continue; // 每3个工作日: working days hold no whole number of any period
      }
      // nothing between: 至少每3个月1次 compares from 每; a word between: 每3个月至少1次 from the count
      int start = d.end() == c.start() ? each : c.start();
      found.set(k, Found.figure(new Quantity(c.value(), c.upper(), c.unit(), c.approximate(), start, c.end(), Optional.of(per))));
      found.remove(k - 1);
      k--;
    }
  }

  /** Where 每 stands right before {@code start} (每3个月, 每隔3个月, 隔3个月), or -1. */
  private static int eachBefore(String s, int start) {
    int k = start - 1;
    if (k >= 0 && s.charAt(k) == '隔') {
      return k >= 1 && s.charAt(k - 1) == '每' ? k - 1 : k;
    }
    return k >= 0 && s.charAt(k) == '每' ? k : -1;
  }

  /** Whether {@code s} from {@code from} to {@code to} holds a few words and no figure or clause's end. */
  private static boolean plainBetween(String s, int from, int to) {
    if (to - from > MAX_BETWEEN) {
      return false;
    }
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (!Chars.isCjk(c) || ChineseNumerals.isPart(c) || c == '每') {
        return false;
      }
    }
    return true;
  }

  /** The span as a period: {@code 3个月}, {@code 2周}, {@code 半年}; a single period by its name (月). */
  private static String per(Quantity d) {
    String unit = d.unit().symbol();
    BigDecimal n = d.value();
    if (n.compareTo(BigDecimal.ONE) == 0) {
      return unit;
    }
    String count = n.compareTo(new BigDecimal("0.5")) == 0 ? "半" : n.stripTrailingZeros().toPlainString();
    return count + (unit.equals("月") ? "个月" : unit);
  }
}

package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rounds shares to cents so that they add up to an exact total (the largest-remainder method):
 * each share is floored, and the missing cents go to the largest remainders. Ties go by a
 * caller-given order that does not depend on positions, so that a project's result does not
 * depend on the order of its indicators.
 */
final class LargestRemainder {
  private LargestRemainder() {}

  private static final BigDecimal CENT = new BigDecimal("0.01");

  /**
   * The shares rounded to cents, summing to {@code total} (itself in cents).
   *
   * @param ties orders positions with equal remainders; the first gets the cent
   */
  static List<BigDecimal> round(List<BigDecimal> shares, BigDecimal total, Comparator<Integer> ties) {
    List<BigDecimal> out = new ArrayList<>();
    List<BigDecimal> remainders = new ArrayList<>();
    BigDecimal floors = BigDecimal.ZERO;
    for (BigDecimal share : shares) {
      BigDecimal floor = share.setScale(2, RoundingMode.FLOOR);
      out.add(floor);
      remainders.add(share.subtract(floor));
      floors = floors.add(floor);
    }
    int cents = total.subtract(floors).divide(CENT, 0, RoundingMode.HALF_UP).intValueExact();
    cents = Math.max(0, Math.min(cents, shares.size()));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer, BigDecimal>comparing(remainders::get).reversed().thenComparing(ties));
    for (int k = 0; k < cents; k++) {
      int i = order.get(k);
      out.set(i, out.get(i).add(CENT));
    }
    return out;
  }
}

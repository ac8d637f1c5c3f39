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
  static BigDecimal[] round(BigDecimal[] shares, BigDecimal total, Comparator<Integer> ties) {
    int n = shares.length;
    BigDecimal[] out = new BigDecimal[n];
    BigDecimal[] remainders = new BigDecimal[n];
    BigDecimal floors = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal share = shares[i];
      BigDecimal floor = share.setScale(2, RoundingMode.FLOOR);
      out[i] = floor;
      remainders[i] = share.subtract(floor);
      floors = floors.add(floor);
    }
    int cents = total.subtract(floors).divide(CENT, 0, RoundingMode.HALF_UP).intValueExact();
    cents = Math.max(0, Math.min(cents, n));
    if (cents == n) {
      for (int i = 0; i < n; i++) {
        out[i] = out[i].add(CENT);
      }
    } else if (cents > 0) {
      // Only here does the order matter; the ties comparator (which reads text) is asked only
      // for equal remainders.
      List<Integer> order = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        order.add(i);
      }
      order.sort((a, b) -> {
        int byRemainder = remainders[b].compareTo(remainders[a]);
        return byRemainder != 0 ? byRemainder : ties.compare(a, b);
      });
      for (int k = 0; k < cents; k++) {
        int i = order.get(k);
        out[i] = out[i].add(CENT);
      }
    }
    return out;
  }
}

package org.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** How a verdict says that its range holds the budget. */
class BenchMainTest {
  @Test
  void aRangeHoldingTheBudgetIsInconclusive() {
    assertThat(BenchMain.inconclusive(0.80, 4.01, 1.5)).isEqualTo(" (inconclusive: the range holds 1.50)");
    assertThat(BenchMain.inconclusive(1.5, 2.0, 1.5)).isNotEmpty(); // the bounds count
  }

  @Test
  void aRatiosRangeTakesTheScoresAtTheirOppositeEnds() {
    // 2-thread speed-up of the suite of 2026-11-30: one thread 934.3 ± 296.3, two 564.9 ± 104.2
    // the lowest: the slowest one thread (934.3 − 296.3 = 638.0) over the fastest two (564.9 + 104.2 = 669.1)
    assertThat(BenchMain.lowRatio(934.3, 296.3, 564.9, 104.2)).isCloseTo(0.95352, within(1e-5));
    // the highest: 934.3 + 296.3 = 1230.6 over 564.9 − 104.2 = 460.7
    assertThat(BenchMain.highRatio(934.3, 296.3, 564.9, 104.2)).isCloseTo(2.67115, within(1e-5));
    assertThat(BenchMain.lowRatio(1, 2, 4, 1)).isZero(); // a score cannot go below 0
    assertThat(BenchMain.lowRatio(1, Double.NaN, 4, 1)).isNaN();
    assertThat(BenchMain.highRatio(1, 0.1, 4, 4)).isNaN(); // the divisor's range reaches 0
  }

  @Test
  void aRangeClearOfTheBudgetOrUnknownSaysNothing() {
    assertThat(BenchMain.inconclusive(1.6, 4.0, 1.5)).isEmpty();
    assertThat(BenchMain.inconclusive(0.4, 1.2, 1.5)).isEmpty();
    assertThat(BenchMain.inconclusive(Double.NaN, Double.NaN, 1.5)).isEmpty();
  }
}

package org.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a verdict says that its range holds the budget. */
class BenchMainTest {
  @Test
  void aRangeHoldingTheBudgetIsInconclusive() {
    assertThat(BenchMain.inconclusive(0.80, 4.01, 1.5)).isEqualTo(" (inconclusive: the range holds 1.50)");
    assertThat(BenchMain.inconclusive(1.5, 2.0, 1.5)).isNotEmpty(); // the bounds count
  }

  @Test
  void aRangeClearOfTheBudgetOrUnknownSaysNothing() {
    assertThat(BenchMain.inconclusive(1.6, 4.0, 1.5)).isEmpty();
    assertThat(BenchMain.inconclusive(0.4, 1.2, 1.5)).isEmpty();
    assertThat(BenchMain.inconclusive(Double.NaN, Double.NaN, 1.5)).isEmpty();
  }
}

package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.api.Test;

/** The result types refuse numbers no correct rule can produce, so a buggy custom rule fails fast. */
class IndicatorResultTest {

  private static IndicatorResult.Builder scored(String weight, String fraction, String points) {
    return IndicatorResult.builder()
        .index(0)
        .category(Category.OUTPUT)
        .subcategory(Subcategory.QUANTITY)
        .outcome(Outcome.SCORED)
        .weight(new BigDecimal(weight))
        .fraction(new BigDecimal(fraction))
        .points(new BigDecimal(points))
        .trace(Trace.of("test", "positive-ratio", "实际 ≥ 目标"));
  }

  @Test
  void aScoredResultWithinBoundsIsAccepted() {
    IndicatorResult r = scored("12.5", "1", "12.5").build();
    assertThat(r.points()).contains(new BigDecimal("12.5"));
  }

  @Test
  void pointsAboveTheWeightAreRejected() {
    assertThatThrownBy(() -> scored("12.5", "1", "12.51").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points")
        .hasMessageContaining("12.51");
  }

  @Test
  void aFractionAboveOneIsRejected() {
    assertThatThrownBy(() -> scored("10", "1.01", "10").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fraction");
  }

  @Test
  void anUndeterminedResultCarriesNoPoints() {
    assertThatThrownBy(() -> scored("10", "0.5", "5").outcome(Outcome.UNDETERMINED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UNDETERMINED");
    IndicatorResult undetermined =
        IndicatorResult.builder()
            .index(3)
            .category(Category.BENEFIT)
            .outcome(Outcome.UNDETERMINED)
            .weight(BigDecimal.ZERO)
            .trace(Trace.of("test", "none", "无法从文字判断"))
            .build();
    assertThat(undetermined.points()).isEmpty();
  }

  @Test
  void subtotalPointsStayWithinTheirWeight() {
    assertThatThrownBy(
            () -> CategorySubtotal.of(Category.OUTPUT, new BigDecimal("50"), new BigDecimal("50.01")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(CategorySubtotal.of(Category.OUTPUT, new BigDecimal("50"), new BigDecimal("43.75")).points())
        .isEqualByComparingTo("43.75");
  }
}

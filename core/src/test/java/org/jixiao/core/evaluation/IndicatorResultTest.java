package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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

  /** An undetermined result: no fraction, no points, no subcategory. */
  private static IndicatorResult undetermined() {
    return IndicatorResult.builder()
        .index(3)
        .category(Category.BENEFIT)
        .outcome(Outcome.UNDETERMINED)
        .weight(BigDecimal.ZERO)
        .trace(Trace.of("test", "none", "无法从文字判断"))
        .build();
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
    IndicatorResult undetermined = undetermined();
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

  @Test
  @SuppressWarnings("NullAway") // the point of the test: a caller breaking the contract
  void aBuilderNamesEveryRequiredAttributeItLacks() {
    assertThatThrownBy(() -> IndicatorResult.builder().category(Category.OUTPUT).weight(BigDecimal.TEN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build IndicatorResult, some of required attributes are not set [index, outcome, trace]");
    assertThatThrownBy(() -> IndicatorResult.builder().index(0).category(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("category");
  }

  @Test
  void resultsAreEqualExactlyWhenEveryAttributeIs() {
    IndicatorResult one = scored("12.5", "1", "12.5").build();
    assertThat(scored("12.5", "1", "12.5").build()).isEqualTo(one).hasSameHashCodeAs(one);
    List<IndicatorResult> others =
        List.of(
            scored("12.5", "1", "12.5").index(1).build(),
            scored("12.5", "1", "12.5").category(Category.BENEFIT).build(),
            scored("12.5", "1", "12.5").subcategory(Optional.empty()).build(),
            scored("12.5", "1", "12.5").subcategory(Subcategory.QUALITY).build(),
            scored("12.50", "1", "12.5").build(), // BigDecimal equality: the scale counts
            scored("12.5", "0.8", "10").build(),
            scored("12.5", "1", "12.50").build(),
            scored("12.5", "1", "12.5").trace(Trace.of("test", "positive-ratio", "另一理由")).build(),
            scored("12.5", "1", "12.5").addParts(scored("12.5", "1", "12.5").build()).build());
    for (IndicatorResult other : others) {
      assertThat(other).as(other.toString()).isNotEqualTo(one);
    }
  }

  @Test
  void fromCopiesEveryAttributeAndLeavesAPresentOptionalForAnAbsentOne() {
    IndicatorResult part = scored("5", "1", "5").build();
    IndicatorResult whole = scored("12.5", "1", "12.5").addParts(part, part).build();

    assertThat(IndicatorResult.builder().from(whole).build()).isEqualTo(whole);

    IndicatorResult undetermined = undetermined();
    IndicatorResult.Builder builder = scored("12.5", "1", "12.5").from(undetermined);
    // the subcategory, fraction and points given before stay: the copy has none to replace them
    assertThatThrownBy(builder::build).hasMessageContaining("outcome UNDETERMINED");
    IndicatorResult copied = builder.fraction(Optional.empty()).points(Optional.empty()).build();
    assertThat(copied.subcategory()).contains(Subcategory.QUANTITY);
    assertThat(copied.index()).isEqualTo(3);
    assertThat(copied.category()).isEqualTo(Category.BENEFIT);
  }

  @Test
  @SuppressWarnings("NullAway") // a null part, refused
  void thePartsAreAnUnmodifiableCopyThatLaterBuildingLeavesAlone() {
    IndicatorResult part = scored("5", "1", "5").build();
    IndicatorResult.Builder builder = scored("12.5", "1", "12.5").addParts(part);
    IndicatorResult one = builder.build();
    IndicatorResult two = builder.addParts(part).build();

    builder.addAllParts(List.of(part));

    assertThat(one.parts()).containsExactly(part);
    assertThat(two.parts()).containsExactly(part, part);
    assertThat(builder.build().parts()).containsExactly(part, part, part);
    assertThat(builder.parts(List.of()).build().parts()).isEmpty();
    assertThatThrownBy(() -> two.parts().add(part)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> builder.addParts((IndicatorResult) null)).hasMessage("parts element");
  }

  @Test
  void theTextNamesTheAttributesThatArePresent() {
    IndicatorResult r = scored("12.5", "1", "12.5").build();
    assertThat(r.toString())
        .startsWith("IndicatorResult{index=0, category=OUTPUT, subcategory=QUANTITY, outcome=SCORED, weight=12.5, fraction=1, points=12.5, trace=Trace{")
        .endsWith(", parts=[]}");
  }
}

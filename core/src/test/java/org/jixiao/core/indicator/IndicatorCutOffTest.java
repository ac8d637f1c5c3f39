package org.jixiao.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * 副本截断: an indicator is not cut off unless a reader says so, and one cut off before its actual
 * has neither an actual nor a stated score (cells shown there are not cut off).
 */
class IndicatorCutOffTest {
  private static final Indicator CUT =
      Indicator.builder().category(Category.SATISFACTION).name("受益农户满意度").target(">=9").cutOff(true).build();

  @Test
  void anIndicatorIsNotCutOffByDefault() {
    assertThat(Indicator.of(Subcategory.QUANTITY, "≥100人次", "120人次").cutOff()).isFalse();
    assertThat(CUT.cutOff()).isTrue();
    assertThat(CUT).isNotEqualTo(Indicator.builder().from(CUT).cutOff(false).build());
  }

  @Test
  void anIndicatorCutOffBeforeItsActualHasNone() {
    assertThatThrownBy(() -> Indicator.builder().from(CUT).actual("95%").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an indicator cut off (副本截断) before its actual has no actual and no stated score");
    assertThatThrownBy(() -> Indicator.builder().from(CUT).statedScore(java.math.BigDecimal.TEN).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}

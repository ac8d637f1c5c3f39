package org.jixiao.rules.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Trace;
import org.junit.jupiter.api.Test;

/** The verdict value: its fraction bounds, its parts, equality and its printed form. */
class IndicatorVerdictTest {
  private static final Trace TRACE = Trace.of("r", "m", "why");

  @Test
  void aFractionIsWithinZeroAndOne() {
    assertThat(IndicatorVerdict.scored(BigDecimal.ZERO, TRACE).fraction()).contains(BigDecimal.ZERO);
    assertThat(IndicatorVerdict.scored(BigDecimal.ONE, TRACE).fraction()).contains(BigDecimal.ONE);
    assertThatThrownBy(() -> IndicatorVerdict.scored(new BigDecimal("-0.01"), TRACE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fraction must be within 0..1, was -0.01 (r)");
    assertThatThrownBy(() -> IndicatorVerdict.scored(new BigDecimal("1.01"), TRACE, List.of()))
        .hasMessage("fraction must be within 0..1, was 1.01 (r)");
    // an extreme fraction is named in scientific notation, not with a billion digits
    assertThatThrownBy(() -> IndicatorVerdict.scored(new BigDecimal("1e999999999"), TRACE))
        .hasMessage("fraction must be within 0..1, was 1E+999999999 (r)");
    assertThat(IndicatorVerdict.scored(new BigDecimal("1e-999999999"), TRACE).toString())
        .isEqualTo("SCORED 1E-999999999 [r/m: why]");
  }

  @Test
  void aVerdictOfEachOutcomeKeepsItsPartsAndSaysWhetherAnyOfThemIsUndetermined() {
    IndicatorVerdict part = IndicatorVerdict.undetermined(TRACE).forItem(2);
    IndicatorVerdict scored = IndicatorVerdict.scored(new BigDecimal("0.5"), TRACE, List.of(part));
    assertThat(scored.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(scored.parts()).containsExactly(part);
    assertThat(scored.hasUndetermined()).isTrue();
    assertThat(scored.item()).isEmpty();
    assertThat(part.item()).hasValue(2);
    assertThat(part.hasUndetermined()).isTrue();

    IndicatorVerdict notApplicable =
        IndicatorVerdict.notApplicable(TRACE, List.of(IndicatorVerdict.notApplicable(TRACE)));
    assertThat(notApplicable.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(notApplicable.fraction()).isEmpty();
    assertThat(notApplicable.parts()).hasSize(1);
    assertThat(notApplicable.hasUndetermined()).isFalse();
    assertThat(IndicatorVerdict.notApplicable(TRACE).parts()).isEmpty();

    IndicatorVerdict undetermined =
        IndicatorVerdict.undetermined(TRACE, List.of(IndicatorVerdict.scored(BigDecimal.ONE, TRACE)));
    assertThat(undetermined.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(undetermined.fraction()).isEmpty();
    assertThat(undetermined.parts()).hasSize(1);
    assertThat(undetermined.hasUndetermined()).isTrue();
    assertThat(IndicatorVerdict.scored(BigDecimal.ONE, TRACE).hasUndetermined()).isFalse();
    assertThat(undetermined.trace()).isEqualTo(TRACE);
  }

  @Test
  void equalityLooksAtEveryField() {
    IndicatorVerdict a = IndicatorVerdict.scored(new BigDecimal("0.5"), TRACE);
    assertThat(a).isEqualTo(IndicatorVerdict.scored(new BigDecimal("0.5"), TRACE));
    assertThat(a).hasSameHashCodeAs(IndicatorVerdict.scored(new BigDecimal("0.5"), TRACE));
    assertThat(a).isNotEqualTo(IndicatorVerdict.scored(new BigDecimal("0.6"), TRACE));
    assertThat(a).isNotEqualTo(IndicatorVerdict.scored(new BigDecimal("0.5"), Trace.of("r", "m", "other")));
    assertThat(a).isNotEqualTo(IndicatorVerdict.scored(new BigDecimal("0.5"), TRACE, List.of(a)));
    assertThat(a).isNotEqualTo(a.forItem(1));
    assertThat(a.forItem(1)).isNotEqualTo(a.forItem(2));
    assertThat(IndicatorVerdict.notApplicable(TRACE)).isNotEqualTo(IndicatorVerdict.undetermined(TRACE));
    assertThat(a).isNotEqualTo("SCORED");
  }

  @Test
  void aVerdictPrintsItsOutcomeFractionAndTraceForLogs() {
    assertThat(IndicatorVerdict.scored(new BigDecimal("0.5"), TRACE)).hasToString("SCORED 0.5 [r/m: why]");
    assertThat(IndicatorVerdict.undetermined(TRACE)).hasToString("UNDETERMINED [r/m: why]");
  }
}

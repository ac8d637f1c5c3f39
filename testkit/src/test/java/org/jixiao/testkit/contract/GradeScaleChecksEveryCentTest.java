package org.jixiao.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.GradeScale;
import org.junit.jupiter.api.Test;

/**
 * The grade scale contract checks every score in cents: a scale wrong at a single cent, which a
 * sample of scores passes by, fails it.
 */
class GradeScaleChecksEveryCentTest {

  private static final GradeScale BUILT_IN = Evaluator.defaults().part(BuiltInIds.GRADE, GradeScale.class).orElseThrow();

  /** The built-in bands, but {@code grade} (or none) at exactly {@code score}. */
  private static GradeScale wrongAt(String id, String score, Optional<Grade> grade) {
    BigDecimal at = new BigDecimal(score);
    return new GradeScale() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Optional<Grade> grade(BigDecimal s, Profile profile) {
        return s.compareTo(at) == 0 ? grade : BUILT_IN.grade(s, profile);
      }
    };
  }

  @Test
  void aGradeDippingAtOneCentFailsTheMonotonyProperty() {
    GradeScaleContract c = () -> wrongAt("dip-at-85", "85.00", Optional.of(Grade.POOR));
    assertThatThrownBy(c::aHigherScoreNeverGetsAWorseGrade)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("dip-at-85 breaks 'monotone'")
        .hasMessageContaining("GOOD then POOR")
        .hasMessageContaining("input: 84.99 → 85.00");
  }

  @Test
  void aScoreWithoutAGradeAtOneCentFailsTheContract() {
    GradeScaleContract c = () -> wrongAt("gap-at-33.33", "33.33", Optional.empty());
    assertThatThrownBy(c::everyScoreGetsAGrade)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("gap-at-33.33 breaks 'grades every score'")
        .hasMessageContaining("input: 33.33");
  }
}

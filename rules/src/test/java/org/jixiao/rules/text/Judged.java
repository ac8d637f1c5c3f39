package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.IndicatorVerdict;

/** One indicator judged by the default evaluator, as the reading tests state their cases. */
final class Judged {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  private Judged() {}

  /** The verdict on a target and an actual under a subcategory, with a name when it is not empty. */
  static IndicatorVerdict judge(Subcategory sub, String name, String target, String actual) {
    Indicator.Builder b = Indicator.builder().category(sub.category()).subcategory(sub).target(target).actual(actual);
    if (!name.isEmpty()) {
      b.name(name);
    }
    return EVALUATOR.judge(b.build());
  }

  /** Asserts the verdict scores the indicator at {@code fraction}, quoting its reason when it does not. */
  static void scoredAt(IndicatorVerdict v, BigDecimal fraction) {
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  /** Asserts the verdict scores the indicator at {@code fraction} to four places (97 / 98 is 0.9898), quoting its reason when not. */
  static void scoredNear(IndicatorVerdict v, BigDecimal fraction) {
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow().setScale(4, java.math.RoundingMode.HALF_UP)).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  /**
   * Asserts the verdict scores the indicator at {@code fraction} to four places with a figure the reading made by a division
   * it shows (（1071 人次 / 1260 人次）, （1 − 18 台 / 200 台）), quoting its reason when not.
   */
  static void scoredNearByDivision(IndicatorVerdict v, BigDecimal fraction) {
    scoredNear(v, fraction);
    assertThat(v.trace().reason()).contains(" / ");
  }

  /** Asserts the verdict leaves the indicator undetermined, quoting its reason when it does not. */
  static void undetermined(IndicatorVerdict v) {
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
  }

  /** Asserts the verdict leaves the indicator undetermined for the reason of {@code code}, quoting its reason when not. */
  static void undetermined(IndicatorVerdict v, String code) {
    undetermined(v);
    assertThat(v.trace().code()).as(v.trace().reason()).contains(code);
  }

  /** Asserts the verdict scores the indicator in full, quoting its reason when it does not. */
  static void met(IndicatorVerdict v) {
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(BigDecimal.ONE);
  }
}

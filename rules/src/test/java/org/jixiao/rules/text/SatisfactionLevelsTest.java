package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Satisfaction told in its levels is the sum of the satisfied levels (review 74d: the shares read tied), with 基本满意 only
 * where the cell counts it or it does not decide the target.
 */
class SatisfactionLevelsTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "服务对象满意度 | ≥90% | 非常满意占35%、满意占58%、基本满意5%、不满意2% | 1",
        "参训人员满意度 | 不低于90% | 满意88.4%，基本满意8.1%，不满意3.5%（满意度按满意与基本满意合计） | 1",
        "满意度 | ≥90% | 非常满意30%、满意55%、不满意15% | 0.9444", // (30 + 55) / 90
      })
  void theSatisfiedLevelsAddUp(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.SERVED_SATISFACTION, name, target, actual);
    scoredNear(v, fraction);
    assertThat(v.trace().reason()).contains(" + ");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "满意度 | ≥95% | 非常满意60%、满意30%、基本满意8%、不满意2%", // 基本满意 would decide it, not said to count
      })
  void basicSatisfactionThatWouldDecideAndIsNotSaidToCountLeavesItOpen(String name, String target, String actual) {
    undetermined(judge(Subcategory.SERVED_SATISFACTION, name, target, actual));
  }

  @Test
  void sharesThatAreNoLevelsOfOneWholeAreNotAdded() {
    // 满意率 and a part of it (其中非常满意) add up to more than the whole: the rate itself answers
    IndicatorVerdict v = judge(Subcategory.SERVED_SATISFACTION, "学生满意度", "≥95%", "满意率93.5%，其中非常满意41%");
    scoredNear(v, new BigDecimal("0.9842")); // 93.5 / 95
    assertThat(v.trace().reason()).doesNotContain(" + ");
  }

  @Test
  void theSatisfiedShareIsTheSumOfTheSatisfiedLevels() {
    qt().forAll(integers().between(0, 50), integers().between(0, 50), integers().between(50, 100)).checkAssert((very, fairly, floor) -> {
          int not = 100 - very - fairly;
          IndicatorVerdict v = judge(Subcategory.SERVED_SATISFACTION, "满意度", "≥" + floor + "%", "非常满意" + very + "%、满意" + fairly + "%、不满意" + not + "%");
          int sum = very + fairly;
          BigDecimal expected = sum >= floor ? BigDecimal.ONE : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(floor), 4, RoundingMode.HALF_UP);
          scoredNear(v, expected);
        });
  }
}

package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

class LowExecutionCheckTest {
  private final Evaluator sichuan = Evaluator.of(Profiles.get("sichuan-2023"));

  @Test
  void aRateBelowTheThresholdWithoutAStatedProblemIsAWarning() {
    var project = Projects.consistent().actual(new BigDecimal("85.00")).statedExecutionRate(new BigDecimal("85.00")).build();

    assertThat(sichuan.evaluate(project).findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.LOW_EXECUTION))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aRateBelowTheThresholdWithAStatedProblemIsANote() {
    var project =
        Projects.consistent()
            .actual(new BigDecimal("85.00"))
            .statedExecutionRate(new BigDecimal("85.00"))
            .problems("因年中一名教师去世，故执行率未达到100%")
            .build();

    assertThat(sichuan.evaluate(project).findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.LOW_EXECUTION))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void withoutAThresholdInTheProfileTheCheckIsSilent() {
    var project = Projects.consistent().actual(new BigDecimal("50.00")).statedExecutionRate(new BigDecimal("50.00")).build();

    assertThat(Projects.findings(project, BuiltInIds.LOW_EXECUTION)).isEmpty();
  }
}

package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

class OverBudgetCheckTest {
  @Test
  void spendingWithinTheBudgetIsFine() {
    assertThat(Projects.findings(Projects.consistent().build(), BuiltInIds.OVER_BUDGET)).isEmpty();
  }

  @Test
  void spendingAboveTheBudgetIsAWarningWithTheExcess() {
    var project =
        Projects.consistent().actual(new BigDecimal("112.50")).statedExecutionRate(new BigDecimal("112.50")).build();

    assertThat(Projects.findings(project, BuiltInIds.OVER_BUDGET)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("112.50").contains("12.50");
    });
  }

  @Test
  void theAdjustedBudgetIsTheOneCompared() {
    var project =
        Projects.consistent()
            .actual(new BigDecimal("112.50"))
            .adjustedBudget(new BigDecimal("120.00"))
            .statedExecutionRate(new BigDecimal("93.75"))
            .build();

    assertThat(Projects.findings(project, BuiltInIds.OVER_BUDGET)).isEmpty();
  }
}

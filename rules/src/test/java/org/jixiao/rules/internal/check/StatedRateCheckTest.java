package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

class StatedRateCheckTest {
  @Test
  void aStatedRateEqualToActualOverBudgetIsFine() {
    assertThat(Projects.findings(Projects.consistent().build(), BuiltInIds.STATED_RATE)).isEmpty();
  }

  @Test
  void aStatedRateRoundedForDisplayIsFine() {
    // 95.00 printed as 95
    assertThat(Projects.findings(Projects.consistent().statedExecutionRate(new BigDecimal("95")).build(), BuiltInIds.STATED_RATE))
        .isEmpty();
  }

  @Test
  void aStatedRateThatDisagreesIsAnError() {
    var findings =
        Projects.findings(Projects.consistent().statedExecutionRate(new BigDecimal("59.50")).build(), BuiltInIds.STATED_RATE);

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message()).contains("59.50").contains("95.00");
      assertThat(f.location()).hasValueSatisfying(l -> assertThat(l.seq()).hasValue(1));
    });
  }
}

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
  void aStatedRateCutOffAtItsPrintedDecimalsIsFine() {
    // 临沧市临翔区 2023: 全年预算数 32.4, 全年执行数 31.69, 执行率 97.80% (the quotient is 97.8086 %:
    // the form cut it off, as a spreadsheet's TRUNC does, where rounding would print 97.81)
    var cut = Projects.consistent().budget(new BigDecimal("32.4")).actual(new BigDecimal("31.69"));
    assertThat(Projects.findings(cut.statedExecutionRate(new BigDecimal("97.80")).build(), BuiltInIds.STATED_RATE)).isEmpty();
    assertThat(Projects.findings(cut.statedExecutionRate(new BigDecimal("97.81")).build(), BuiltInIds.STATED_RATE)).isEmpty();
    assertThat(Projects.findings(cut.statedExecutionRate(new BigDecimal("97")).build(), BuiltInIds.STATED_RATE)).isEmpty();
    // cutting off explains the last printed digit, not a rate a digit lower
    assertThat(Projects.findings(cut.statedExecutionRate(new BigDecimal("97.79")).build(), BuiltInIds.STATED_RATE))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(Projects.findings(cut.statedExecutionRate(new BigDecimal("96")).build(), BuiltInIds.STATED_RATE))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
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

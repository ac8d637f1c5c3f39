package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

  @Test
  void aFractionShownAtItsOwnDecimalsIsReadAsAFractionNotAsADisagreement() {
    // 施甸县 2019: 预算数 650, 执行数 94, 执行率 0.1 (94 / 650 = 0.1446), 得分 2.9 = 20 × 0.1446
    var shidian = Projects.consistent().budget(new BigDecimal("650")).actual(new BigDecimal("94"));
    assertThat(Projects.findings(shidian.statedExecutionRate(new BigDecimal("0.1")).build(), BuiltInIds.STATED_RATE))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.code()).isEqualTo("JX-R-0263");
          assertThat(f.message()).contains("0.1").contains("14.46%");
        });
    // cut off at two decimals (0.14) or rounded at three (0.145) says the same
    for (String shown : new String[] {"0.14", "0.145", "0.1446"}) {
      assertThat(Projects.findings(shidian.statedExecutionRate(new BigDecimal(shown)).build(), BuiltInIds.STATED_RATE))
          .as(shown).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }
    // a fraction that is another rate at its decimals is still a disagreement, and so is one cut off
    // a decimal short (0.1 for 19.9 %: a fraction is shown rounded)
    for (String other : new String[] {"0.2", "0.13", "0.146"}) {
      assertThat(Projects.findings(shidian.statedExecutionRate(new BigDecimal(other)).build(), BuiltInIds.STATED_RATE))
          .as(other).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }
  }

  @Test
  void aFractionIsShownRoundedNotCutOff() {
    var high = Projects.consistent().budget(new BigDecimal("100")).actual(new BigDecimal("19.9"));
    assertThat(Projects.findings(high.statedExecutionRate(new BigDecimal("0.1")).build(), BuiltInIds.STATED_RATE))
        .singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("JX-R-0261"));
    // 0.2 is 20 %, 19.9 % rounded: a fraction that agrees as a percentage (JX-R-0262)
    assertThat(Projects.findings(high.statedExecutionRate(new BigDecimal("0.2")).build(), BuiltInIds.STATED_RATE))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void aBareOneIsAHundredPercentNotARangeOfRates() {
    // a fraction without decimals would cover 50 % to 150 %: 1 against 60 % disagrees
    var sixty = Projects.consistent().budget(new BigDecimal("100")).actual(new BigDecimal("60"));
    assertThat(Projects.findings(sixty.statedExecutionRate(new BigDecimal("1")).build(), BuiltInIds.STATED_RATE))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    var all = Projects.consistent().budget(new BigDecimal("100")).actual(new BigDecimal("100"));
    assertThat(Projects.findings(all.statedExecutionRate(new BigDecimal("1")).build(), BuiltInIds.STATED_RATE))
        .singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("JX-R-0262"));
  }

  /**
   * Whatever the amounts, B / A printed as a percentage at 0 to 2 decimals, rounded HALF_UP or cut
   * off, or as a fraction at 1 to 3, rounded, is the rate shown, never a disagreement: display is no
   * error.
   */
  @Test
  void theQuotientShownAtAnyPrintedPrecisionIsNeverAnError() {
    qt().withExamples(300)
        .forAll(integers().between(1, 10_000_000), integers().between(0, 15_000_000), integers().between(0, 11))
        .checkAssert(
            (budgetCents, actualCents, shape) -> {
              BigDecimal budget = BigDecimal.valueOf(budgetCents, 2);
              BigDecimal actual = BigDecimal.valueOf(actualCents, 2);
              boolean fraction = shape >= 6;
              // a percentage may be rounded or cut off, a fraction only rounded
              RoundingMode mode = shape % 2 == 0 || fraction ? RoundingMode.HALF_UP : RoundingMode.DOWN;
              int decimals = fraction ? 1 + (shape - 6) / 2 : shape / 2; // percent 0–2, fraction 1–3
              BigDecimal exact = actual.multiply(BigDecimal.valueOf(fraction ? 1 : 100)).divide(budget, 12, RoundingMode.HALF_UP);
              BigDecimal shown = exact.setScale(decimals, mode);
              if (fraction && (shown.signum() == 0 || shown.compareTo(BigDecimal.ONE) > 0)) {
                return; // a fraction of 0 or above 1 is read as a percentage
              }
              var project = Projects.consistent().budget(budget).actual(actual).statedExecutionRate(shown).build();
              assertThat(Projects.findings(project, BuiltInIds.STATED_RATE))
                  .as("%s / %s shown as %s", actual, budget, shown)
                  .noneSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
            });
  }
}

package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Execution rate = actual / effective budget × 100, HALF_UP to two decimals, and its points. */
class ExecutionRateTest {
  private final Evaluator evaluator = Evaluator.defaults();

  static Stream<Integer> seqs() {
    return Seed.seqs().stream();
  }

  @Test
  void theSeedHasThirtyTwoRows() {
    assertThat(Seed.seqs()).hasSize(32);
  }

  @ParameterizedTest(name = "序号 {0}")
  @MethodSource("seqs")
  void derivedRateEqualsThePublishedRateForEverySeedRow(int seq) {
    Evaluation e = evaluator.evaluate(Seed.amounts(seq).build());

    assertThat(e.execution().rate()).contains(Seed.amount(seq, 8));
    assertThat(e.findings()).noneMatch(f -> f.rule().equals(BuiltInIds.STATED_RATE));
  }

  @Test
  void theAdjustedBudgetWinsOverTheBudget() {
    Project p = project("200.00", "150.00").adjustedBudget(new BigDecimal("300.00")).build();

    assertThat(evaluator.evaluate(p).execution().rate()).contains(new BigDecimal("50.00"));
  }

  @Test
  void aZeroBudgetGivesNoRateAndAFinding() {
    Evaluation e = evaluator.evaluate(project("0.00", "10.00").build());

    assertThat(e.execution().rate()).isEmpty();
    assertThat(e.execution().points()).isEmpty();
    assertThat(e.provisional()).isTrue();
    assertThat(e.findings())
        .anyMatch(f -> f.rule().equals(BuiltInIds.EXECUTION_RATE) && f.severity() == Severity.WARNING);
  }

  @Test
  void aMissingBudgetGivesNoRateAndAFinding() {
    Project p = Project.builder().name("无预算").moneyUnit(MoneyUnit.WAN_YUAN).actual(BigDecimal.TEN).build();
    Evaluation e = evaluator.evaluate(p);

    assertThat(e.execution().rate()).isEmpty();
    assertThat(e.findings()).anyMatch(f -> f.rule().equals(BuiltInIds.EXECUTION_RATE));
  }

  @Test
  void withoutATotalTheFundSourcesAreSummed() {
    Project p =
        Project.builder()
            .name("分项")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .budget(new BigDecimal("100.00"))
            .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("60.00")))
            .addFunds(FundSource.executed(FundKind.NON_FISCAL, new BigDecimal("20.00")))
            .build();

    assertThat(evaluator.evaluate(p).execution().rate()).contains(new BigDecimal("80.00"));
  }

  @Test
  void spendingAboveBudgetIsCappedAtTheWeightByDefault() {
    Evaluation e = evaluator.evaluate(project("100.00", "120.00").build());

    // 120 / 100 = 120.00 %, points capped at 10 (the weight)
    assertThat(e.execution().rate()).contains(new BigDecimal("120.00"));
    assertThat(e.execution().points()).contains(new BigDecimal("10.00"));
    assertThat(e.findings()).anyMatch(f -> f.rule().equals(BuiltInIds.OVER_BUDGET));
  }

  @Test
  void spendingAboveBudgetLosesPointsUnderThePenaliseVariant() {
    Profile penalise =
        Profiles.defaultProfile().toBuilder().id("penalise").executionOverrun(Profile.ExecutionOverrun.PENALISE).build();
    Evaluation e = Evaluator.of(penalise).evaluate(project("100.00", "120.00").build());

    // (200 − 120) % × 10 = 8.00
    assertThat(e.execution().points()).contains(new BigDecimal("8.00"));
  }

  @Test
  void aNegativeActualCountsAsZeroPoints() {
    Evaluation e = evaluator.evaluate(project("100.00", "-5.00").build());

    assertThat(e.execution().rate()).contains(new BigDecimal("-5.00"));
    assertThat(e.execution().points()).contains(new BigDecimal("0.00"));
  }

  @Test
  void thePointsAreTheBasisTimesTheWeightOverAHundredRoundedHalfUp() {
    // the definition, with a division by 100 and the overrun of each policy
    Profile penalise =
        Profiles.defaultProfile().toBuilder().id("penalise").executionOverrun(Profile.ExecutionOverrun.PENALISE).build();
    BigDecimal hundred = new BigDecimal(100);
    // spending from −5 % to 250 % of the budget, in thousandths
    qt().forAll(longs().between(1, 2_000_000_000L), longs().between(-50, 2_500), booleans().all())
        .checkAssert((budgetCents, perMille, capped) -> {
          long actualCents = budgetCents * perMille / 1000 + perMille % 7; // a few cents off the round share
          Project p = project(BigDecimal.valueOf(budgetCents, 2).toPlainString(), BigDecimal.valueOf(actualCents, 2).toPlainString()).build();
          Evaluation e = (capped ? evaluator : Evaluator.of(penalise)).evaluate(p);
          BigDecimal rate = BigDecimal.valueOf(actualCents).multiply(hundred).divide(BigDecimal.valueOf(budgetCents), 2, RoundingMode.HALF_UP);
          BigDecimal basis = rate.max(BigDecimal.ZERO);
          if (basis.compareTo(hundred) > 0) {
            basis = capped ? hundred : hundred.add(hundred).subtract(basis).max(BigDecimal.ZERO);
          }
          // the profile's weight, not the result's own: a result with a wrong weight (0, say)
          // would otherwise make its own expected points
          BigDecimal weight = Profiles.defaultProfile().executionWeight();
          assertThat(e.execution().weight()).isEqualByComparingTo(weight);
          BigDecimal expected = basis.multiply(weight).divide(hundred).setScale(2, RoundingMode.HALF_UP);
          assertThat(e.execution().rate()).contains(rate);
          assertThat(e.execution().points()).hasValueSatisfying(points -> {
            assertThat(points).isEqualTo(expected); // equal in value and in scale (two decimals)
          });
        });
  }

  private static Project.Builder project(String budget, String actual) {
    return Project.builder()
        .name("测试项目")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal(budget))
        .actual(new BigDecimal(actual));
  }
}

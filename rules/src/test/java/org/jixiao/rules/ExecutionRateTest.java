package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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

  private static Project.Builder project(String budget, String actual) {
    return Project.builder()
        .name("测试项目")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal(budget))
        .actual(new BigDecimal(actual));
  }
}

package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.junit.jupiter.api.Test;

/** An evaluation that can be summarised without its table: amounts, withheld reason, losses. */
class StandAloneEvaluationTest {

  private static ExecutionResult execution(String points) {
    return ExecutionResult.builder()
        .rate(new BigDecimal("58.38"))
        .weight(BigDecimal.TEN)
        .points(new BigDecimal(points))
        .trace(Trace.of("execution-rate", "rate-times-weight", "181.85 / 311.47 = 58.38 %"))
        .build();
  }

  private static IndicatorResult scored(int index, String weight, String points, String reason) {
    BigDecimal w = new BigDecimal(weight);
    BigDecimal p = new BigDecimal(points);
    return IndicatorResult.builder()
        .index(index)
        .category(Category.OUTPUT)
        .subcategory(Subcategory.QUANTITY)
        .outcome(Outcome.SCORED)
        .weight(w)
        .fraction(w.signum() == 0 ? BigDecimal.ONE : p.divide(w, 4, java.math.RoundingMode.HALF_UP))
        .points(p)
        .trace(Trace.of("quantitative", "positive-ratio", reason))
        .build();
  }

  private static Evaluation.Builder base() {
    return Evaluation.builder()
        .profile("mof-2020")
        .seq(10)
        .project("调解业务工作")
        .status(Status.MOSTLY_COMPLETED);
  }

  @Test
  void carriesTheProjectsAmountsWithTheirUnit() {
    Evaluation e =
        base()
            .execution(execution("5.84"))
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .budget(new BigDecimal("311.47"))
            .actual(new BigDecimal("181.85"))
            .statedRate(new BigDecimal("58.38"))
            .build();
    assertThat(e.budget()).contains(new BigDecimal("311.47"));
    assertThat(e.actual()).contains(new BigDecimal("181.85"));
    assertThat(e.statedRate()).contains(new BigDecimal("58.38"));
    assertThat(e.moneyUnit()).contains(MoneyUnit.WAN_YUAN);
  }

  @Test
  void amountsWithoutTheirUnitAreRejected() {
    assertThatThrownBy(() -> base().execution(execution("5.84")).budget(BigDecimal.ONE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("money unit");
  }

  @Test
  void aWithheldScoreCannotHaveAScore() {
    assertThatThrownBy(
            () ->
                base()
                    .execution(execution("5.84"))
                    .score(BigDecimal.TEN)
                    .withheld(WithheldReason.CANCELLED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CANCELLED");
    Evaluation withheld =
        base().execution(execution("5.84")).withheld(WithheldReason.UNDETERMINED_SHARE).build();
    assertThat(withheld.withheld()).contains(WithheldReason.UNDETERMINED_SHARE);
    assertThat(WithheldReason.fromLabel("已撤项")).contains(WithheldReason.CANCELLED);
  }

  @Test
  void lostPointsListsEveryLossLargestFirstAndLeavesOutFullMarks() {
    Evaluation e =
        base()
            .execution(execution("5.84")) // 4.16 lost
            .addIndicators(scored(0, "12.50", "12.50", "满分")) // nothing lost: not listed
            .addIndicators(scored(1, "12.50", "6.25", "实际 50 / 目标 100")) // 6.25 lost
            .addIndicators(scored(2, "12.50", "8.34", "实际 2 / 目标 3")) // 4.16 lost, ties execution
            .build();
    assertThat(e.lostPoints())
        .extracting(PointLoss::lost)
        .containsExactly(new BigDecimal("6.25"), new BigDecimal("4.16"), new BigDecimal("4.16"));
    PointLoss first = e.lostPoints().get(0);
    assertThat(first.indicatorIndex()).hasValue(1);
    assertThat(first.reason()).isEqualTo("实际 50 / 目标 100");
    assertThat(first.category()).contains(Category.OUTPUT);
    // The tie keeps the execution rate before indicator 2.
    assertThat(e.lostPoints().get(1).isExecution()).isTrue();
    assertThat(e.lostPoints().get(1).rule()).isEqualTo("execution-rate");
    assertThat(e.lostPoints().get(2).indicatorIndex()).hasValue(2);
  }

  @Test
  void anUnscoredExecutionLosesNothingListed() {
    ExecutionResult none =
        ExecutionResult.builder()
            .weight(BigDecimal.TEN)
            .trace(Trace.of("execution-rate", "no-budget", "没有预算数"))
            .build();
    assertThat(base().execution(none).build().lostPoints()).isEmpty();
  }

  @Test
  void aFindingsCodeDefaultsToItsRuleAndCarriesItsArguments() {
    Finding plain = Finding.of("stated-rate", Severity.ERROR, "m");
    assertThat(plain.code()).isEqualTo("stated-rate");
    Finding coded =
        Finding.builder()
            .rule("stated-rate")
            .code("JX-R-0107")
            .severity(Severity.ERROR)
            .message("填报执行率 58 与计算值 58.38 不符")
            .putArgs("stated", "58")
            .putArgs("computed", "58.38")
            .build();
    assertThat(coded.code()).isEqualTo("JX-R-0107");
    assertThat(coded.args()).containsEntry("stated", "58").containsEntry("computed", "58.38");
    assertThatThrownBy(() -> Finding.builder().rule("r").code(" ").severity(Severity.INFO).message("m").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}

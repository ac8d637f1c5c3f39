package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

/** The whole seed table: 32 rows with 序号 11–14 and 27–28 omitted, and the 合计 row. */
class SeedTableTest {
  private final TableEvaluation evaluation = Evaluator.defaults().evaluate(Seed.table());

  @Test
  void everyRowIsEvaluatedInTableOrder() {
    assertThat(evaluation.profile()).isEqualTo("mof-2020");
    assertThat(evaluation.evaluations()).hasSize(32);
    assertThat(evaluation.evaluations().get(10).seq()).hasValue(15);
  }

  @Test
  void theGapsInTheSequenceNumbersAreNamed() {
    assertThat(rule(BuiltInIds.SEQUENCE))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.message()).contains("11–14, 27–28");
        });
  }

  @Test
  void theTotalsNameTheMissingRowsInsteadOfCallingTheSumsWrong() {
    // budget: 44489.72 − 43710.73 (the 32 rows) = 778.99; actual: 43755.66 − 42997.45 = 758.21
    assertThat(rule(BuiltInIds.TOTALS))
        .hasSize(2)
        .allSatisfy(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("11–14, 27–28").doesNotContain("disagrees");
        });
    assertThat(rule(BuiltInIds.TOTALS).get(0).message()).contains("44489.72").contains("43710.73").contains("778.99");
    assertThat(rule(BuiltInIds.TOTALS).get(1).message()).contains("43755.66").contains("42997.45").contains("758.21");
  }

  @Test
  void row17s38Point76UnderTheGovernmentFundColumnIsReported() {
    assertThat(rule(BuiltInIds.FUND_TOTALS))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.message())
              .contains("38.76")
              .contains("序号 17")
              .contains("政府性基金预算")
              .contains("0.00")
              .contains("非财政拨款");
        });
  }

  @Test
  void noRowHasAnExecutionRateFinding() {
    for (var e : evaluation.evaluations()) {
      assertThat(e.findings())
          .noneMatch(f -> f.rule().equals(BuiltInIds.STATED_RATE) || f.rule().equals(BuiltInIds.FUND_BREAKDOWN));
    }
  }

  @Test
  void theSumOfThePresentBudgetsIsTheOneDomainMdStates() {
    BigDecimal sum = Seed.amountRows().stream().map(p -> p.budget().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);

    assertThat(sum).isEqualByComparingTo("43710.73");
  }

  @Test
  void streamingEvaluatesLazilyOneProjectAtATime() {
    int[] pulled = {0};
    var projects = Seed.amountRows().stream().peek(p -> pulled[0]++);

    var first = Evaluator.defaults().evaluateAll(projects).findFirst();

    assertThat(first).hasValueSatisfying(e -> assertThat(e.seq()).hasValue(1));
    assertThat(pulled[0]).isEqualTo(1);
  }

  @Test
  void streamingGivesWhatEvaluatingOneByOneGives() {
    assertThat(Evaluator.defaults().evaluateAll(Seed.amountRows().stream()).toList()).isEqualTo(evaluation.evaluations());
  }

  private List<Finding> rule(String id) {
    return evaluation.findings().stream().filter(f -> f.rule().equals(id)).toList();
  }
}

package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.custom.ThresholdExecutionScorer;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.rules.spi.IndicatorScorer;
import org.junit.jupiter.api.Test;

class EvaluatorListenerAndPartsTest {

  @Test
  void theListenerSeesEveryEvaluationInTableOrderAndTheResultIsUnchanged() {
    PerformanceTable table =
        PerformanceTable.builder().moneyUnit(MoneyUnit.WAN_YUAN).addProjects(Seed.row1(), Seed.row2(), Seed.row24()).build();
    List<Evaluation> seen = new ArrayList<>();

    TableEvaluation withListener = Evaluator.defaults().evaluate(table, seen::add);

    assertThat(seen).isEqualTo(withListener.evaluations());
    assertThat(withListener).isEqualTo(Evaluator.defaults().evaluate(table));
  }

  @Test
  void partsAreFoundByIdBuiltInAndCustom() {
    assertThat(Evaluator.defaults().part(BuiltInIds.QUANTITATIVE)).containsInstanceOf(IndicatorScorer.class);
    assertThat(Evaluator.defaults().part(BuiltInIds.EXECUTION_RATE)).containsInstanceOf(ExecutionScorer.class);
    assertThat(Evaluator.defaults().part("no-such-part")).isEmpty();

    Evaluator replaced = Evaluator.builder().replace(BuiltInIds.EXECUTION_RATE, new ThresholdExecutionScorer()).build();
    assertThat(replaced.part("threshold-execution")).containsInstanceOf(ThresholdExecutionScorer.class);
    assertThat(replaced.part(BuiltInIds.EXECUTION_RATE)).isEmpty();
  }
}

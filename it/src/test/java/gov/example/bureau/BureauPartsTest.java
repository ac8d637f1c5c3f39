package gov.example.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

/** The adopter's path: parts by builder and by ServiceLoader, then the evaluation as JSON. */
class BureauPartsTest {

  private static Project spent(String budget, String actual) {
    return Project.builder()
        .seq(7)
        .name("就业见习补贴")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal(budget))
        .actual(new BigDecimal(actual))
        .build();
  }

  @Test
  void theBuilderReplacesTheBuiltInExecutionScorerAndAddsTheCheck() {
    Evaluator local =
        Evaluator.builder()
            .replace(BuiltInIds.EXECUTION_RATE, new LowExecutionPolicy())
            .add(new LowExecutionCheck())
            .build();
    assertThat(local.partIds())
        .contains(LowExecutionPolicy.ID, LowExecutionCheck.ID)
        .doesNotContain(BuiltInIds.EXECUTION_RATE);

    Evaluation low = local.evaluate(spent("100", "59.99"));
    assertThat(low.execution().points()).contains(new BigDecimal("0.00"));
    // The policy explains itself in a finding of its own code.
    assertThat(low.findings()).anyMatch(f -> f.rule().equals(LowExecutionPolicy.ID) && f.code().equals("BUREAU-0001"));

    Evaluation fine = local.evaluate(spent("100", "60"));
    assertThat(fine.execution().points()).contains(new BigDecimal("6.00"));
    assertThat(fine.findings()).noneMatch(f -> f.rule().equals(LowExecutionPolicy.ID));

    Evaluation none = local.evaluate(spent("100", "0"));
    assertThat(none.findings()).anyMatch(f -> f.code().equals("BUREAU-0002"));
  }

  @Test
  void serviceLoaderFindsThePartsThisModuleProvides() {
    Evaluator loaded =
        Evaluator.builder().loadParts(BureauPartsTest.class.getClassLoader()).build();
    assertThat(loaded.partIds()).contains(LowExecutionPolicy.ID, LowExecutionCheck.ID);
    assertThat(loaded.evaluate(spent("200", "100")).execution().points())
        .contains(new BigDecimal("0.00"));
  }

  @Test
  void theEvaluationOfATableWritesAndReadsBackAsJsonWithTheLibrarysMapper() {
    Evaluator local =
        Evaluator.builder().replace(BuiltInIds.EXECUTION_RATE, new LowExecutionPolicy()).build();
    PerformanceTable table =
        PerformanceTable.builder()
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .addProjects(spent("100", "59.99"), spent("311.47", "181.85"))
            .build();
    TableEvaluation result = local.evaluate(table);
    JixiaoJson json = JixiaoJson.builder().build();
    String text = json.evaluationToJson(result);
    assertThat(text).contains("\"schema\"").contains(LowExecutionPolicy.ID);
    assertThat(json.readEvaluation(text)).isEqualTo(result);
  }
}

package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.api.Test;

/** The evaluation document has the shape design.md fixes for the command line. */
class EvaluationContractTest {
  private static final JixiaoJson JSON = JixiaoJson.defaults();

  static TableEvaluation sample() {
    Evaluation scored =
        Evaluation.builder()
            .profile("mof-2020")
            .seq(10)
            .project("调解业务工作")
            .unit("龙岗区人力资源局(本级)")
            .execution(
                ExecutionResult.builder()
                    .rate(new BigDecimal("58.38"))
                    .weight(new BigDecimal("10"))
                    .points(new BigDecimal("5.84"))
                    .trace(Trace.of("execution-rate", "rate-times-weight", "181.85 / 311.47"))
                    .build())
            .addIndicators(
                IndicatorResult.builder()
                    .index(0)
                    .category(Category.OUTPUT)
                    .subcategory(Subcategory.QUANTITY)
                    .outcome(Outcome.SCORED)
                    .weight(new BigDecimal("12.5"))
                    .fraction(BigDecimal.ONE)
                    .points(new BigDecimal("12.5"))
                    .trace(Trace.of("quantitative", "positive-ratio", "实际 1500 ≥ 目标 1500 → 满分"))
                    .build())
            .score(new BigDecimal("85.84"))
            .grade(Grade.GOOD)
            .status(Status.MOSTLY_COMPLETED)
            .addFindings(Finding.of("execution.low", Severity.WARNING, "执行率低于90%"))
            .build();
    Evaluation unscored =
        Evaluation.builder()
            .profile("mof-2020")
            .project("培训学校总部建设项目")
            .execution(
                ExecutionResult.builder()
                    .weight(BigDecimal.TEN)
                    .trace(Trace.of("execution-rate", "none", "no budget"))
                    .build())
            .status(Status.UNDETERMINED)
            .build();
    return TableEvaluation.builder()
        .profile("mof-2020")
        .addEvaluations(scored, unscored)
        .build();
  }

  @Test
  void theDocumentHasTheContractsKeysAndValues() throws Exception {
    String json = JSON.evaluationToJson(sample());
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("schema").asText()).isEqualTo("jixiao.evaluation/1");
    assertThat(root.get("profile").asText()).isEqualTo("mof-2020");
    assertThat(root.get("findings").isArray()).isTrue();
    JsonNode first = root.get("evaluations").get(0);
    assertThat(first.get("seq").asInt()).isEqualTo(10);
    assertThat(first.get("project").asText()).isEqualTo("调解业务工作");
    assertThat(first.get("unit").asText()).isEqualTo("龙岗区人力资源局(本级)");
    assertThat(first.get("executionRate").isNumber()).isTrue();
    assertThat(first.get("executionScore").isNumber()).isTrue();
    assertThat(first.get("score").isNumber()).isTrue();
    assertThat(first.get("grade").asText()).isEqualTo("GOOD");
    assertThat(first.get("status").asText()).isEqualTo("MOSTLY_COMPLETED");
    JsonNode indicator = first.get("indicators").get(0);
    assertThat(indicator.get("category").asText()).isEqualTo("QUANTITY");
    assertThat(indicator.get("fraction").isNumber()).isTrue();
    assertThat(indicator.get("points").isNumber()).isTrue();
    assertThat(indicator.get("method").asText()).isEqualTo("positive-ratio");
    assertThat(indicator.get("reason").asText()).isEqualTo("实际 1500 ≥ 目标 1500 → 满分");
    JsonNode finding = first.get("findings").get(0);
    // the contract's keys, in the contract's order, the rule first
    assertThat(iterable(finding.fieldNames())).startsWith("rule").containsSubsequence("rule", "code", "severity", "message");
    assertThat(finding.get("severity").asText()).isEqualTo("WARNING");
    JsonNode second = root.get("evaluations").get(1);
    for (String key : List.of("seq", "unit", "executionRate", "executionScore", "score", "grade")) {
      assertThat(second.has(key)).as(key).isTrue();
      assertThat(second.get(key).isNull()).as(key).isTrue();
    }
  }

  @Test
  void decimalsAreWrittenExactlyAsTheirBigDecimalText() {
    String json = JSON.evaluationToJson(sample());
    assertThat(json)
        .contains("\"executionRate\":58.38")
        .contains("\"executionScore\":5.84")
        .contains("\"score\":85.84")
        .contains("\"fraction\":1,")
        .contains("\"points\":12.5");
  }

  @Test
  void everyKeyOfTheContractIsPresentInEveryEvaluation() throws Exception {
    JsonNode root = new ObjectMapper().readTree(JSON.evaluationToJson(sample()));
    for (JsonNode evaluation : root.get("evaluations")) {
      assertThat(iterable(evaluation.fieldNames()))
          .contains(
              "seq",
              "project",
              "unit",
              "executionRate",
              "executionScore",
              "indicators",
              "score",
              "grade",
              "status",
              "findings");
    }
  }

  @Test
  void theSampleReadsBackEqual() {
    TableEvaluation sample = sample();
    assertThat(JSON.readEvaluation(JSON.evaluationToJson(sample))).isEqualTo(sample);
  }

  @Test
  void labelsAreExtraFieldsWhenAskedFor() throws Exception {
    JixiaoJson labelled = JixiaoJson.builder().writeLabels(true).build();
    JsonNode first =
        new ObjectMapper().readTree(labelled.evaluationToJson(sample())).get("evaluations").get(0);
    assertThat(first.get("grade").asText()).isEqualTo("GOOD");
    assertThat(first.get("gradeLabel").asText()).isEqualTo("良");
    assertThat(first.get("statusLabel").asText()).isEqualTo("基本完成");
    assertThat(JSON.readEvaluation(labelled.evaluationToJson(sample()))).isEqualTo(sample());
  }

  /** The fields whose values are enum identifiers (or /1's point-loss EXECUTION). */
  private static final java.util.Set<String> ENUM_FIELDS =
      java.util.Set.of(
          "moneyUnit", "category", "level1", "subcategory", "outcome", "grade", "withheld",
          "status", "severity");

  /** Each enum field of {@code node} and below, with its label beside it; names of fields without. */
  private static void unlabelled(JsonNode node, String path, List<String> out) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        unlabelled(node.get(i), path + "[" + i + "]", out);
      }
    } else if (node.isObject()) {
      for (String name : iterable(node.fieldNames())) {
        JsonNode value = node.get(name);
        if (ENUM_FIELDS.contains(name) && value.isTextual()
            && !(node.has(name + "Label") && !node.get(name + "Label").asText().isBlank())) {
          out.add(path + "." + name);
        }
        // the names of arguments, figures and metadata are the data's own, no fields
        if (!List.of("args", "reasonArgs", "figures", "metadata").contains(name)) {
          unlabelled(value, path + "." + name, out);
        }
      }
    }
  }

  @Test
  void withLabelsEveryEnumFieldHasItsLabelInBothVersions() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<TableEvaluation> documents = new java.util.ArrayList<>(List.of(sample()));
    org.quicktheories.QuickTheory.qt()
        .withFixedSeed(3).withExamples(30).forAll(org.jixiao.io.testing.Gens.tableEvaluations())
        .checkAssert(documents::add);
    for (EvaluationSchema version : EvaluationSchema.values()) {
      JixiaoJson labelled = JixiaoJson.builder().writeLabels(true).evaluationSchema(version).build();
      for (TableEvaluation document : documents) {
        List<String> missing = new java.util.ArrayList<>();
        unlabelled(mapper.readTree(labelled.evaluationToJson(document)), "$", missing);
        assertThat(missing).as(version.name()).isEmpty();
      }
    }
    // /1's most specific category is labelled as what it is; the execution rate's loss too
    JsonNode one =
        mapper.readTree(JixiaoJson.builder().writeLabels(true).build().evaluationToJson(sample()));
    JsonNode indicator = one.get("evaluations").get(0).get("indicators").get(0);
    assertThat(indicator.get("category").asText()).isEqualTo("QUANTITY");
    assertThat(indicator.get("categoryLabel").asText()).isEqualTo(Subcategory.QUANTITY.label());
    JsonNode loss = one.get("summary").get("lowest").get(0).get("losses").get(0);
    assertThat(loss.get("category").asText()).isEqualTo("EXECUTION");
    assertThat(loss.get("categoryLabel").asText()).isEqualTo("预算执行率");
  }

  @Test
  void theSecondSchemasSummaryCountsProvisionalScoresApartFromFinalOnes() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<TableEvaluation> documents = new java.util.ArrayList<>();
    org.quicktheories.QuickTheory.qt()
        .withFixedSeed(5).withExamples(60).forAll(org.jixiao.io.testing.Gens.tableEvaluations())
        .checkAssert(documents::add);
    int provisional = 0;
    for (EvaluationSchema version : EvaluationSchema.values()) {
      JixiaoJson json = JixiaoJson.builder().evaluationSchema(version).build();
      for (TableEvaluation document : documents) {
        if (version == EvaluationSchema.V1) { // /1 is frozen: no new keys
          assertThat(new ObjectMapper().readTree(json.evaluationToJson(document)).get("summary").has("provisional")).isFalse();
          continue;
        }
        org.jixiao.core.evaluation.TableSummary expected = org.jixiao.core.evaluation.TableSummary.of(document);
        JsonNode summary = mapper.readTree(json.evaluationToJson(document)).get("summary");
        assertThat(summary.get("provisional").asInt()).isEqualTo(expected.provisional());
        expected.provisionalByGrade().forEach((grade, count) -> {
          assertThat(summary.get("provisionalByGrade").get(grade.name()).asInt()).as(grade.name()).isEqualTo(count);
          assertThat(count).isLessThanOrEqualTo(summary.get("byGrade").get(grade.name()).asInt());
        });
        provisional += expected.provisional();
      }
    }
    assertThat(provisional).as("generated documents with provisional scores").isPositive();
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> out = new java.util.ArrayList<>();
    names.forEachRemaining(out::add);
    return out;
  }
}

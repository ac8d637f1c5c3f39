package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.StringWriter;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.testing.Gens;
import org.junit.jupiter.api.Test;

/** A summary evaluation document: the figures and findings without the traces. */
class EvaluationDetailTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SUMMARY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JixiaoJson.schema("evaluation-summary"));
  private static final JixiaoJson FULL = JixiaoJson.defaults();
  private static final JixiaoJson BRIEF = JixiaoJson.builder().evaluationDetail(EvaluationDetail.SUMMARY).build();

  @Test
  void aSummaryKeepsEveryFigureAndFindingButNoTrace() throws Exception {
    keepsEveryFigureAndFindingButNoTrace(EvaluationContractTest.sample());
  }

  @Test
  void generatedSummariesKeepEveryFigureAndFindingButNoTrace() {
    // the sample has no budget, actual, money unit or subtotals; generated evaluations have them
    qt().withExamples(50).forAll(Gens.tableEvaluations()).checkAssert(EvaluationDetailTest::keepsEveryFigureAndFindingButNoTrace);
  }

  private static void keepsEveryFigureAndFindingButNoTrace(TableEvaluation evaluations) {
    JsonNode full = read(FULL.evaluationToJson(evaluations));
    JsonNode brief = read(BRIEF.evaluationToJson(evaluations));
    assertThat(brief.get("schema").asText()).isEqualTo("jixiao.evaluation-summary/1");
    assertThat(SUMMARY.validate(brief)).isEmpty();
    assertThat(brief.get("evaluations")).hasSameSizeAs(full.get("evaluations"));
    for (int i = 0; i < full.get("evaluations").size(); i++) {
      JsonNode f = full.get("evaluations").get(i);
      JsonNode b = brief.get("evaluations").get(i);
      for (String key : new String[] {"seq", "project", "moneyUnit", "budget", "actual", "executionRate", "executionScore", "executionWeight", "score", "grade", "status", "findings", "subtotals"}) {
        assertThat(b.get(key)).as(key).isEqualTo(f.get(key));
      }
      assertThat(b.has("executionTrace")).isFalse();
      assertThat(b.has("statusTrace")).isFalse();
      for (int k = 0; k < f.get("indicators").size(); k++) {
        JsonNode fi = f.get("indicators").get(k);
        JsonNode bi = b.get("indicators").get(k);
        for (String key : new String[] {"index", "category", "outcome", "weight", "fraction", "points"}) {
          assertThat(bi.get(key)).as(key).isEqualTo(fi.get(key));
        }
        assertThat(bi.has("reason")).isFalse();
        assertThat(bi.has("parts")).isFalse();
      }
    }
  }

  @Test
  void generatedSummariesValidateAndAreSmallerThanTheFullDocument() {
    qt().withExamples(50)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            te -> {
              String brief = BRIEF.evaluationToJson(te);
              assertThat(SUMMARY.validate(read(brief))).isEmpty();
              // Only the schema key is longer ("-summary"); every evaluation is smaller or equal.
              assertThat(read(brief).get("evaluations").toString().length())
                  .isLessThanOrEqualTo(read(FULL.evaluationToJson(te)).get("evaluations").toString().length());
            });
  }

  @Test
  void aSummaryIsRefusedWhenReadBackByItsSchemaKey() {
    String brief = BRIEF.evaluationToJson(EvaluationContractTest.sample());
    assertThatThrownBy(() -> FULL.readEvaluation(brief))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("jixiao.evaluation-summary/1");
  }

  @Test
  void summaryLinesCarryNoTraces() throws Exception {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter<Evaluation> lines = BRIEF.evaluationLinesWriter(out)) {
      for (Evaluation e : EvaluationContractTest.sample().evaluations()) {
        lines.write(e);
      }
    }
    assertThat(out.toString()).isNotEmpty().doesNotContain("\"reason\"").doesNotContain("executionTrace");
  }

  private static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.PointLoss;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.TableSummary;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.evaluation.WithheldReason;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.testing.Gens;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code jixiao.evaluation/2} names what the Java model names, and both versions read into the
 * same values: the frozen /1 document of the seed table, the contract sample and generated
 * evaluations, as documents and as JSON Lines.
 */
class EvaluationSchemaVersionsTest {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JixiaoJson V1 = JixiaoJson.defaults();
  private static final JixiaoJson V2 =
      JixiaoJson.builder().evaluationSchema(EvaluationSchema.V2).build();
  private static final JixiaoJson V2_LABELLED_PRETTY =
      JixiaoJson.builder()
          .evaluationSchema(EvaluationSchema.V2)
          .writeLabels(true)
          .prettyPrint(true)
          .build();
  private static final JixiaoJson V2_SUMMARY =
      JixiaoJson.builder()
          .evaluationSchema(EvaluationSchema.V2)
          .evaluationDetail(EvaluationDetail.SUMMARY)
          .build();

  /** The /1 document jixiao wrote for the seed table before /2 existed (see SOURCES.md). */
  static String frozenV1() {
    try (InputStream in =
        EvaluationSchemaVersionsTest.class.getResourceAsStream(
            "/evaluations/longgang-hr-2019.evaluation-1.json")) {
      if (in == null) {
        throw new IllegalStateException("frozen evaluation missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonSchema schema(String name) {
    return FACTORY.getSchema(JixiaoJson.schema(name));
  }

  // ---------------------------------------------------------------- equal values

  @Test
  void theFrozenV1DocumentReadsAndItsV2RewriteReadsEqual() {
    String frozen = frozenV1();
    TableEvaluation fromV1 = V1.readEvaluation(frozen);
    assertThat(fromV1.evaluations()).hasSize(32);
    String v2 = V2.evaluationToJson(fromV1);
    assertThat(tree(v2).get("schema").asText()).isEqualTo("jixiao.evaluation/2");
    assertThat(V1.readEvaluation(v2)).isEqualTo(fromV1);
    assertThat(V2.readEvaluation(v2)).isEqualTo(fromV1);
  }

  @Test
  void theV1WriterStillWritesTheFrozenDocumentByteForByte() {
    // The contract does not move: reading the frozen /1 and writing /1 gives its very bytes.
    String frozen = frozenV1();
    assertThat(V1.evaluationToJson(V1.readEvaluation(frozen))).isEqualTo(frozen);
  }

  @Test
  void theContractSampleRoundTripsInV2WithLabelsAndIndentation() {
    TableEvaluation sample = EvaluationContractTest.sample();
    assertThat(V2.readEvaluation(V2.evaluationToJson(sample))).isEqualTo(sample);
    assertThat(V1.readEvaluation(V2_LABELLED_PRETTY.evaluationToJson(sample))).isEqualTo(sample);
  }

  @Test
  void bothVersionsRoundTripAndReadIntoEqualValues() {
    qt().withExamples(200)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            document -> {
              String one = V1.evaluationToJson(document);
              String two = V2.evaluationToJson(document);
              assertThat(V1.readEvaluation(one)).isEqualTo(document);
              assertThat(V1.readEvaluation(two)).isEqualTo(document);
              assertThat(V2.readEvaluation(one)).isEqualTo(document);
              assertThat(V2_LABELLED_PRETTY.readEvaluation(
                      V2_LABELLED_PRETTY.evaluationToJson(document)))
                  .isEqualTo(document);
            });
  }

  @Test
  void bothVersionsOfJsonLinesRoundTripAndOneStreamMayHoldBoth() {
    qt().withExamples(100)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            document -> {
              List<Evaluation> evaluations = document.evaluations();
              String one = lines(V1, evaluations);
              String two = lines(V2, evaluations);
              assertThat(readLines(one)).isEqualTo(evaluations);
              assertThat(readLines(two)).isEqualTo(evaluations);
              // Each line says (or shows) its own version: lines of both, interleaved, read too.
              List<String> mixed = new ArrayList<>();
              List<String> ones = one.lines().toList();
              List<String> twos = two.lines().toList();
              for (int i = 0; i < evaluations.size(); i++) {
                mixed.add(i % 2 == 0 ? ones.get(i) : twos.get(i));
              }
              assertThat(readLines(String.join("\n", mixed))).isEqualTo(evaluations);
            });
  }

  @Test
  void aTextReasonsArgumentsWithoutACodeRoundTripInBothVersions() {
    // a custom rule's reason given as text, with the figures and texts it was made from
    Trace custom = Trace.builder().rule("custom").method("m").text("理由").putArgs("k", "v").build();
    Evaluation evaluation =
        Evaluation.builder()
            .profile("mof-2020")
            .project("项目")
            .execution(ExecutionResult.builder().weight(BigDecimal.TEN).trace(custom).build())
            .addIndicators(
                IndicatorResult.builder()
                    .index(0)
                    .category(Category.OUTPUT)
                    .outcome(org.jixiao.core.evaluation.Outcome.NOT_APPLICABLE)
                    .weight(BigDecimal.ONE)
                    .trace(custom)
                    .build())
            .status(org.jixiao.core.evaluation.Status.UNDETERMINED)
            .statusTrace(custom)
            .build();
    TableEvaluation document =
        TableEvaluation.builder().profile("mof-2020").addEvaluations(evaluation).build();
    for (JixiaoJson json : List.of(V1, V2, V2_LABELLED_PRETTY)) {
      assertThat(json.readEvaluation(json.evaluationToJson(document))).isEqualTo(document);
      assertThat(readLines(lines(json, List.of(evaluation)))).containsExactly(evaluation);
    }
    // /1 carries them as reasonArgs without a reasonCode, which its schema allows
    String one = V1.evaluationToJson(document);
    JsonNode trace = tree(one).get("evaluations").get(0).get("executionTrace");
    assertThat(trace.has("reasonCode")).isFalse();
    assertThat(trace.get("reasonArgs").get("k").asText()).isEqualTo("v");
    assertThat(schema("evaluation").validate(tree(one))).isEmpty();
    assertThat(schema("evaluation-2").validate(tree(V2.evaluationToJson(document)))).isEmpty();
  }

  @Test
  void aStreamedV2DocumentIsTheSameAsOneWrittenWhole() throws IOException {
    TableEvaluation sample = EvaluationContractTest.sample();
    StringWriter out = new StringWriter();
    EvaluationDocumentWriter writer = V2.evaluationDocumentWriter(sample.profile(), out);
    for (Evaluation e : sample.evaluations()) {
      writer.write(e);
    }
    writer.finish(sample.findings(), sample.readDiagnostics());
    assertThat(out.toString()).isEqualTo(V2.evaluationToJson(sample));
  }

  // ---------------------------------------------------------------- names

  @Test
  void v2NamesMeanWhatTheJavaAccessorsOfTheSameNameMean() {
    TableEvaluation seed = V1.readEvaluation(frozenV1());
    JsonNode root = tree(V2.evaluationToJson(seed));
    for (int i = 0; i < seed.evaluations().size(); i++) {
      Evaluation e = seed.evaluations().get(i);
      JsonNode json = root.get("evaluations").get(i);
      assertThat(json.get("project").asText()).isEqualTo(e.project());
      ExecutionResult execution = e.execution();
      JsonNode ex = json.get("execution");
      assertSameNumber(ex.get("rate"), execution.rate().orElse(null));
      assertSameNumber(ex.get("points"), execution.points().orElse(null));
      assertSameNumber(ex.get("weight"), execution.weight());
      assertTrace(ex.get("trace"), execution.trace());
      for (int k = 0; k < e.indicators().size(); k++) {
        IndicatorResult r = e.indicators().get(k);
        JsonNode ir = json.get("indicators").get(k);
        assertThat(ir.get("category").asText()).isEqualTo(r.category().name());
        assertThat(ir.get("subcategory").isNull() ? null : ir.get("subcategory").asText())
            .isEqualTo(r.subcategory().map(Enum::name).orElse(null));
        assertTrace(ir.get("trace"), r.trace());
      }
      assertThat(json.has("executionScore")).isFalse();
      assertThat(json.get("indicators").findValues("level1")).isEmpty();
    }
    TableSummary summary = TableSummary.of(seed);
    JsonNode lowest = root.get("summary").get("lowest");
    assertThat(lowest).hasSize(summary.lowest().size());
    for (int i = 0; i < summary.lowest().size(); i++) {
      List<PointLoss> losses = summary.lowest().get(i).losses();
      for (int k = 0; k < losses.size(); k++) {
        PointLoss loss = losses.get(k);
        JsonNode json = lowest.get(i).get("losses").get(k);
        assertThat(json.get("indicatorIndex").isNull() ? null : json.get("indicatorIndex").asInt())
            .isEqualTo(loss.isExecution() ? null : loss.indicatorIndex().getAsInt());
        assertThat(json.get("category").isNull() ? null : json.get("category").asText())
            .isEqualTo(loss.category().map(Enum::name).orElse(null));
        assertThat(json.get("subcategory").isNull() ? null : json.get("subcategory").asText())
            .isEqualTo(loss.subcategory().map(Enum::name).orElse(null));
        assertSameNumber(json.get("lost"), loss.lost());
      }
    }
  }

  @Test
  void anIndicatorOfQuantityUnderOutputIsCategoryOutputSubcategoryQuantityInV2() {
    TableEvaluation sample = EvaluationContractTest.sample();
    JsonNode v2 = tree(V2.evaluationToJson(sample)).get("evaluations").get(0);
    JsonNode v1 = tree(V1.evaluationToJson(sample)).get("evaluations").get(0);
    assertThat(v2.get("indicators").get(0).get("category").asText()).isEqualTo("OUTPUT");
    assertThat(v2.get("indicators").get(0).get("subcategory").asText()).isEqualTo("QUANTITY");
    assertThat(v1.get("indicators").get(0).get("category").asText()).isEqualTo("QUANTITY");
    assertThat(v1.get("indicators").get(0).get("level1").asText()).isEqualTo("OUTPUT");
    assertThat(v2.get("execution").get("points").decimalValue()).isEqualByComparingTo("5.84");
    assertThat(v1.get("executionScore").decimalValue()).isEqualByComparingTo("5.84");
    JsonNode unscored = tree(V2.evaluationToJson(sample)).get("evaluations").get(1);
    for (String key : List.of("seq", "unit", "moneyUnit", "budget", "withheld", "statusTrace")) {
      assertThat(unscored.get(key)).as(key).isNotNull();
      assertThat(unscored.get(key).isNull()).as(key).isTrue();
    }
    assertThat(unscored.get("execution").get("rate").isNull()).isTrue();
    assertThat(unscored.get("execution").get("points").isNull()).isTrue();
  }

  @Test
  void aV2LineNamesItsSchemaAndAV1LineDoesNot() {
    Evaluation e = EvaluationContractTest.sample().evaluations().get(0);
    assertThat(tree(lines(V2, List.of(e))).get("schema").asText())
        .isEqualTo("jixiao.evaluation/2");
    assertThat(tree(lines(V1, List.of(e))).has("schema")).isFalse();
    assertThat(tree(lines(V2_SUMMARY, List.of(e))).get("schema").asText())
        .isEqualTo("jixiao.evaluation-summary/2");
  }

  @Test
  void theJacksonModuleWritesV2WhenAskedAndReadsBoth() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(JixiaoJson.module(EvaluationSchema.V2));
    IndicatorResult quantity = EvaluationContractTest.sample().evaluations().get(0).indicators().get(0);
    JsonNode json = tree(mapper.writeValueAsString(quantity));
    assertThat(json.get("category").asText()).isEqualTo("OUTPUT");
    assertThat(json.get("subcategory").asText()).isEqualTo("QUANTITY");
    TableEvaluation sample = EvaluationContractTest.sample();
    assertThat(mapper.readValue(V1.evaluationToJson(sample), TableEvaluation.class))
        .isEqualTo(sample);
    assertThat(mapper.readValue(mapper.writeValueAsString(sample), TableEvaluation.class))
        .isEqualTo(sample);
  }

  // ---------------------------------------------------------------- schemas

  @Test
  void writtenDocumentsValidateAgainstTheSchemaOfTheirVersion() {
    JsonSchema one = schema("evaluation");
    JsonSchema two = schema("jixiao.evaluation/2");
    JsonSchema summaryTwo = schema("evaluation-summary-2");
    assertThat(one.validate(tree(frozenV1()))).isEmpty();
    assertThat(two.validate(tree(V2.evaluationToJson(V1.readEvaluation(frozenV1()))))).isEmpty();
    qt().withExamples(100)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            document -> {
              assertThat(two.validate(tree(V2_LABELLED_PRETTY.evaluationToJson(document))))
                  .isEmpty();
              assertThat(summaryTwo.validate(tree(V2_SUMMARY.evaluationToJson(document))))
                  .isEmpty();
              // The versions are told apart: neither schema takes the other's document.
              assertThat(one.validate(tree(V2.evaluationToJson(document)))).isNotEmpty();
              assertThat(two.validate(tree(V1.evaluationToJson(document)))).isNotEmpty();
            });
  }

  @Test
  void theSchemasAreFoundByNameByIdAndByVersion() {
    assertThat(JixiaoJson.schema("evaluation-2")).isEqualTo(JixiaoJson.schema("jixiao.evaluation/2"));
    assertThat(JixiaoJson.schema(EvaluationSchema.V2, EvaluationDetail.FULL))
        .contains("\"const\": \"jixiao.evaluation/2\"");
    assertThat(JixiaoJson.schema(EvaluationSchema.V2, EvaluationDetail.SUMMARY))
        .contains("\"const\": \"jixiao.evaluation-summary/2\"");
    assertThat(JixiaoJson.schema(EvaluationSchema.V1, EvaluationDetail.FULL))
        .isEqualTo(JixiaoJson.schema("evaluation"));
    assertThatThrownBy(() -> JixiaoJson.schema("evaluation-3"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theEvaluationSchemasEnumsAreTheModelsIdentifiers() {
    for (String name :
        List.of("evaluation", "evaluation-summary", "evaluation-2", "evaluation-summary-2")) {
      JsonNode schema = tree(JixiaoJson.schema(name));
      assertThat(JsonSchemaTest.enumOf(schema.at("/$defs/evaluation/properties/moneyUnit")))
          .as(name)
          .isEqualTo(JsonSchemaTest.names(MoneyUnit.values()));
      assertThat(JsonSchemaTest.enumOf(schema.at("/$defs/evaluation/properties/withheld")))
          .as(name)
          .isEqualTo(JsonSchemaTest.names(WithheldReason.values()));
      assertThat(JsonSchemaTest.enumOf(schema.at("/$defs/indicatorResult/properties/subcategory")))
          .as(name)
          .isEqualTo(JsonSchemaTest.names(Subcategory.values()));
    }
    for (String name : List.of("evaluation-2", "evaluation-summary-2")) {
      JsonNode schema = tree(JixiaoJson.schema(name));
      assertThat(JsonSchemaTest.enumOf(schema.at("/$defs/indicatorResult/properties/category")))
          .isEqualTo(JsonSchemaTest.names(Category.values()));
      assertThat(JsonSchemaTest.enumOf(schema.at("/$defs/pointLoss/properties/category")))
          .isEqualTo(JsonSchemaTest.names(Category.values()));
      assertThat(JsonSchemaTest.enumOf(schema.at("/$defs/tableSummary/properties/moneyUnit")))
          .isEqualTo(JsonSchemaTest.names(MoneyUnit.values()));
    }
  }

  // ---------------------------------------------------------------- one version per document

  @Test
  void aV2DocumentWithAV1FieldIsRejectedWithItsPath() {
    String v2 = V2.evaluationToJson(EvaluationContractTest.sample());
    String mixed = v2.replaceFirst("\"execution\":\\{", "\"executionScore\":1,\"execution\":{");
    assertThatThrownBy(() -> V1.readEvaluation(mixed))
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> {
              assertThat(e.path()).hasValue("$.evaluations[0].executionScore");
              assertThat(e.getMessage()).contains("jixiao.evaluation/1").contains("jixiao.evaluation/2");
            });
  }

  @Test
  void aV2CategoryMustBeALevelOneCategory() {
    String v2 = V2.evaluationToJson(EvaluationContractTest.sample());
    String wrong = v2.replaceFirst("\"category\":\"OUTPUT\"", "\"category\":\"QUANTITY\"");
    assertThatThrownBy(() -> V2.readEvaluation(wrong))
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> {
              assertThat(e.path()).hasValue("$.evaluations[0].indicators[0].category");
              assertThat(e.text()).hasValue("QUANTITY");
            });
  }

  @Test
  void aV1LineWithAV2FieldIsRejected() {
    String line = lines(V1, EvaluationContractTest.sample().evaluations().subList(0, 1));
    String mixed = line.replaceFirst("\"indicators\":\\[\\{", "\"indicators\":[{\"trace\":{},");
    assertThatThrownBy(() -> readLines(mixed))
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> assertThat(e.path()).hasValue("$.indicators[0].trace"));
  }

  @Test
  void aV2SummaryIsRefusedWhenReadBack() {
    String brief = V2_SUMMARY.evaluationToJson(EvaluationContractTest.sample());
    assertThatThrownBy(() -> V2.readEvaluation(brief))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("jixiao.evaluation-summary/2");
  }

  // ---------------------------------------------------------------- helpers

  private static void assertTrace(JsonNode json, Trace trace) {
    assertThat(json.get("rule").asText()).isEqualTo(trace.rule());
    assertThat(json.get("method").asText()).isEqualTo(trace.method());
    assertThat(json.get("reason").asText()).isEqualTo(trace.reason());
    assertThat(json.get("code").isNull() ? null : json.get("code").asText())
        .isEqualTo(trace.code().orElse(null));
    assertThat(json.get("args").size()).isEqualTo(trace.args().size());
    assertThat(json.get("figures").size()).isEqualTo(trace.figures().size());
  }

  /** The same number, or both absent (Jackson's tree drops trailing zeros, so by value). */
  private static void assertSameNumber(JsonNode node, @Nullable BigDecimal expected) {
    if (expected == null) {
      assertThat(node.isNull()).isTrue();
    } else {
      assertThat(node.decimalValue()).isEqualByComparingTo(expected);
    }
  }


  /** The evaluations as JSON Lines written by {@code json}. */
  static String lines(JixiaoJson json, List<Evaluation> evaluations) {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter<Evaluation> writer = json.evaluationLinesWriter(out)) {
      for (Evaluation e : evaluations) {
        writer.write(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static List<Evaluation> readLines(String text) {
    try (JsonLinesReader<Evaluation> reader = V1.evaluationLines(new StringReader(text))) {
      return reader.stream().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

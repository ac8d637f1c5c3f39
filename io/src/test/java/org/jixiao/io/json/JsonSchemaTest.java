package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.table.TableReader;
import org.jixiao.io.testing.Gens;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;

/** Documents the library writes validate against the JSON Schema files it ships. */
class JsonSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final JsonSchema TABLE = FACTORY.getSchema(JixiaoJson.schema("table"));
  private static final JsonSchema PROJECT = FACTORY.getSchema(JixiaoJson.schema("project"));
  private static final JsonSchema EVALUATION = FACTORY.getSchema(JixiaoJson.schema("evaluation"));
  private static final JixiaoJson JSON = JixiaoJson.builder().writeLabels(true).build();

  private static Set<ValidationMessage> validate(JsonSchema schema, String json) {
    try {
      return schema.validate(MAPPER.readTree(json));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theSeedTablesJsonIsValid() {
    PerformanceTable seed = TableReader.builder().build().read(Seed.bytes()).value();
    assertThat(validate(TABLE, JSON.tableToJson(seed))).isEmpty();
    assertThat(validate(PROJECT, JSON.projectToJson(seed.projects().get(0)))).isEmpty();
  }

  @Test
  void generatedTablesAndEvaluationsAreValid() {
    qt().withExamples(100)
        .forAll(Gens.tables(false))
        .checkAssert(table -> assertThat(validate(TABLE, JSON.tableToJson(table))).isEmpty());
    qt().withExamples(100)
        .forAll(Gens.tableEvaluations())
        .checkAssert(
            evaluation ->
                assertThat(validate(EVALUATION, JSON.evaluationToJson(evaluation))).isEmpty());
  }

  @Test
  void theContractSampleIsValid() {
    assertThat(validate(EVALUATION, JSON.evaluationToJson(EvaluationContractTest.sample())))
        .isEmpty();
  }

  @Test
  void theSchemasRejectWhatTheReadersReject() {
    assertThat(validate(TABLE, "{\"schema\":\"jixiao.table/1\"}")).isNotEmpty();
    assertThat(validate(TABLE, "{\"schema\":\"jixiao.table/1\",\"moneyUnit\":\"万元\"}"))
        .isNotEmpty();
    assertThat(
            validate(
                PROJECT,
                "{\"schema\":\"jixiao.project/1\",\"name\":\"x\",\"moneyUnit\":\"YUAN\","
                    + "\"statedExecutionWeight\":-1}"))
        .isNotEmpty();
    assertThat(
            validate(
                EVALUATION,
                "{\"schema\":\"jixiao.evaluation/1\",\"profile\":\"p\",\"evaluations\":[],"
                    + "\"findings\":[{\"rule\":\"r\",\"severity\":\"FATAL\",\"message\":\"m\"}]}"))
        .isNotEmpty();
  }

  @Test
  void theSchemasEnumsAreTheModelsIdentifiers() throws Exception {
    JsonNode table = MAPPER.readTree(JixiaoJson.schema("table"));
    JsonNode evaluation = MAPPER.readTree(JixiaoJson.schema("evaluation"));
    assertThat(enumOf(table.at("/properties/moneyUnit"))).isEqualTo(names(MoneyUnit.values()));
    assertThat(enumOf(table.at("/$defs/fund/properties/kind"))).isEqualTo(names(FundKind.values()));
    assertThat(enumOf(table.at("/$defs/indicator/properties/category")))
        .isEqualTo(names(Category.values()));
    assertThat(enumOf(table.at("/$defs/indicator/properties/subcategory")))
        .isEqualTo(names(Subcategory.values()));
    assertThat(enumOf(table.at("/$defs/indicator/properties/nature")))
        .isEqualTo(names(TargetNature.values()));
    assertThat(enumOf(evaluation.at("/$defs/finding/properties/severity")))
        .isEqualTo(names(Severity.values()));
    assertThat(enumOf(evaluation.at("/$defs/evaluation/properties/grade")))
        .isEqualTo(names(Grade.values()));
    assertThat(enumOf(evaluation.at("/$defs/evaluation/properties/status")))
        .isEqualTo(names(Status.values()));
    assertThat(enumOf(evaluation.at("/$defs/indicatorResult/properties/outcome")))
        .isEqualTo(names(Outcome.values()));
  }

  /** The non-null values of a schema node's {@code enum}. */
  static List<String> enumOf(JsonNode node) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : node.get("enum")) {
      if (!value.isNull()) {
        values.add(value.asText());
      }
    }
    return values;
  }

  /** The names of an enum's constants, in order. */
  static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}

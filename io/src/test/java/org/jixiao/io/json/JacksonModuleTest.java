package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.testing.Gens;
import org.junit.jupiter.api.Test;

class JacksonModuleTest {
  /** A user's own type. */
  public static final class Invoice {
    public BigDecimal amount = new BigDecimal("1E+3");
    public String note = "n";
    public List<Double> rates = List.of(0.1, 2.5);
  }

  @Test
  void registeringTheModuleChangesNoOtherTypesJson() throws Exception {
    Map<String, Object> plain = new LinkedHashMap<>();
    plain.put("amount", new BigDecimal("58.38"));
    plain.put("list", List.of(1, "two", 3.0));
    ObjectMapper theirs = new ObjectMapper();
    String before = theirs.writeValueAsString(plain) + theirs.writeValueAsString(new Invoice());
    theirs.registerModule(JixiaoJson.module());
    String after = theirs.writeValueAsString(plain) + theirs.writeValueAsString(new Invoice());
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aUsersMapperWithTheModuleRoundTripsTheModel() {
    ObjectMapper theirs = new ObjectMapper().registerModule(JixiaoJson.module());
    qt().withExamples(50)
        .forAll(Gens.tables(false))
        .checkAssert(
            table -> {
              try {
                String json = theirs.writeValueAsString(table);
                assertThat(json).isEqualTo(JixiaoJson.defaults().tableToJson(table));
                assertThat(theirs.readValue(json, PerformanceTable.class)).isEqualTo(table);
                for (Project project : table.projects()) {
                  assertThat(theirs.readValue(theirs.writeValueAsString(project), Project.class))
                      .isEqualTo(project);
                }
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  @Test
  void ourMapperRoundTripsEvaluationsAndUsesBigDecimalForFloats() throws Exception {
    ObjectMapper ours = JixiaoJson.newObjectMapper();
    TableEvaluation sample = EvaluationContractTest.sample();
    assertThat(ours.readValue(ours.writeValueAsString(sample), TableEvaluation.class))
        .isEqualTo(sample);
    assertThat(ours.readValue("0.1", Object.class)).isEqualTo(new BigDecimal("0.1"));
  }

  @Test
  void invalidInputThroughAMapperStillNamesThePath() {
    ObjectMapper ours = JixiaoJson.newObjectMapper();
    assertThatThrownBy(
            () -> ours.readValue("{\"name\":\"x\",\"moneyUnit\":\"LIANG\"}", Project.class))
        .isInstanceOfSatisfying(
            JixiaoReadException.class, e -> assertThat(e.path()).contains("$.moneyUnit"));
  }

  @Test
  void aFindingsArgumentsThatAreNoObjectFailAtTheirPathRatherThanEndTheDocument() {
    // Read as the finding's own fields, [{"message":"m"}] used to end the evaluation there: a
    // plain mapper returned the first evaluation alone, the rest of the document dropped unsaid.
    String evaluation =
        "{\"profile\":\"p\",\"project\":\"%s\",\"executionWeight\":10,\"executionTrace\":"
            + "{\"rule\":\"r\",\"method\":\"m\",\"reason\":\"x\"},\"status\":\"COMPLETED\",\"findings\":[%s]}";
    String bad = "{\"rule\":\"r\",\"severity\":\"INFO\",\"args\":[{\"message\":\"m\"}]}";
    String good = "{\"rule\":\"r\",\"severity\":\"INFO\",\"message\":\"ok\"}";
    String document =
        "{\"schema\":\"jixiao.evaluation/1\",\"profile\":\"p\",\"evaluations\":["
            + String.format(evaluation, "A", bad) + "," + String.format(evaluation, "B", good)
            + "],\"findings\":[{\"rule\":\"t\",\"severity\":\"ERROR\",\"message\":\"table\"}]}";
    for (ObjectMapper mapper :
        List.of(new ObjectMapper().registerModule(JixiaoJson.module()), JixiaoJson.newObjectMapper())) {
      assertThatThrownBy(() -> mapper.readValue(document, TableEvaluation.class))
          .isInstanceOfSatisfying(
              JixiaoReadException.class,
              e -> {
                assertThat(e.code()).contains("JX-I-0302");
                assertThat(e.path()).contains("$.evaluations[0].findings[0].args");
              });
    }
  }

  @Test
  void jixiaoJsonCanUseAUsersMapperWithoutChangingIt() {
    ObjectMapper theirs = new ObjectMapper();
    JixiaoJson json = JixiaoJson.builder().objectMapper(theirs).build();
    qt().withExamples(20)
        .forAll(Gens.tables(false))
        .checkAssert(table -> assertThat(json.readTable(json.tableToJson(table))).isEqualTo(table));
    assertThat(theirs.getRegisteredModuleIds()).isEmpty();
  }

  @Test
  void ourMapperHasNoDefaultTyping() {
    ObjectMapper ours = JixiaoJson.newObjectMapper();
    assertThat(
            ours.getSerializationConfig()
                .getDefaultTyper(ours.constructType(Object.class)))
        .isNull();
  }
}

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

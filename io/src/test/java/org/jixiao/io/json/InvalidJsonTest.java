package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.util.Locale;
import org.jixiao.io.JixiaoReadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Invalid documents fail with a JixiaoReadException naming the JSON path and the problem. */
class InvalidJsonTest {
  // The English words of the problems; their Chinese and codes are JsonProblemsTest's.
  private static final JixiaoJson JSON = JixiaoJson.builder().locale(Locale.ENGLISH).build();

  private static String table(String projects) {
    return "{\"schema\":\"jixiao.table/1\",\"moneyUnit\":\"WAN_YUAN\",\"projects\":["
        + projects
        + "]}";
  }

  private static final String GOOD_PROJECT = "{\"name\":\"调解业务工作\",\"moneyUnit\":\"WAN_YUAN\"}";

  private static void assertFails(String json, String path, String problem) {
    assertThatThrownBy(() -> JSON.readTable(json))
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> {
              assertThat(e.path().orElseThrow()).startsWith(path);
              assertThat(e.problem()).contains(problem);
              assertThat(e.getMessage()).contains(path).contains(problem);
            });
  }

  @Test
  void aValidDocumentReads() {
    assertThat(JSON.readTable(table(GOOD_PROJECT + "," + GOOD_PROJECT)).projects()).hasSize(2);
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    assertFails(
        table(GOOD_PROJECT + ",{\"moneyUnit\":\"WAN_YUAN\"}"),
        "$.projects[1].name",
        "missing required field 'name'");
    assertFails("{\"schema\":\"jixiao.table/1\"}", "$.moneyUnit", "missing required field");
    assertFails("{\"moneyUnit\":\"YUAN\"}", "$.schema", "missing required field 'schema'");
  }

  @Test
  void aWrongTypeIsNamed() {
    assertFails(
        table("{\"name\":\"x\",\"moneyUnit\":\"WAN_YUAN\",\"budget\":\"318.14\"}"),
        "$.projects[0].budget",
        "expected a number, found a string");
    assertFails(
        table("{\"name\":3,\"moneyUnit\":\"WAN_YUAN\"}"),
        "$.projects[0].name",
        "expected a string, found a number");
    assertFails(
        table("{\"name\":\"x\",\"moneyUnit\":\"WAN_YUAN\",\"funds\":{}}"),
        "$.projects[0].funds",
        "expected an array, found an object");
  }

  @Test
  void anUnknownEnumValueIsNamed() {
    assertFails(
        "{\"schema\":\"jixiao.table/1\",\"moneyUnit\":\"万元\"}",
        "$.moneyUnit",
        "unknown MoneyUnit value");
    assertFails(
        table(
            "{\"name\":\"x\",\"moneyUnit\":\"WAN_YUAN\",\"funds\":[{\"kind\":\"LOTTERY\"}]}"),
        "$.projects[0].funds[0].kind",
        "unknown FundKind value");
  }

  @Test
  void anIndicatorCutOffBeforeItsActualReadsAndOneWithAnActualIsRefusedAtTheIndicator() {
    String cut = "{\"name\":\"x\",\"moneyUnit\":\"WAN_YUAN\",\"indicators\":[{\"category\":\"SATISFACTION\",\"target\":\">=9\",\"cutOff\":true}]}";
    assertThat(JSON.readTable(table(cut)).projects().get(0).indicators().indicators().get(0).cutOff()).isTrue();
    assertThat(JSON.readTable(table(cut.replace("true", "null"))).projects().get(0).indicators().indicators().get(0).cutOff()).isFalse();
    assertFails(table(cut.replace("\"target\"", "\"actual\"")), "$.projects[0].indicators[0]", "cut off");
  }

  @Test
  void aNegativeNumberWhereTheSchemaForbidsOneIsNamed() {
    assertFails(
        table("{\"name\":\"x\",\"moneyUnit\":\"WAN_YUAN\",\"statedExecutionWeight\":-10}"),
        "$.projects[0].statedExecutionWeight",
        "must not be negative");
    assertFails(
        table(
            "{\"name\":\"x\",\"moneyUnit\":\"WAN_YUAN\",\"indicators\":"
                + "[{\"category\":\"OUTPUT\",\"weight\":-1.5}]}"),
        "$.projects[0].indicators[0].weight",
        "must not be negative");
    assertThatThrownBy(
            () ->
                JSON.readEvaluation(
                    "{\"schema\":\"jixiao.evaluation/1\",\"profile\":\"p\",\"evaluations\":[{"
                        + "\"project\":\"x\",\"executionWeight\":10,\"executionTrace\":"
                        + "{\"rule\":\"r\",\"method\":\"m\",\"reason\":\"\"},\"status\":"
                        + "\"COMPLETED\",\"score\":-1}]}"))
        .isInstanceOfSatisfying(
            JixiaoReadException.class,
            e -> assertThat(e.path()).contains("$.evaluations[0].score"));
  }

  @Test
  void negativeAmountsAreAllowedWhereTheModelKeepsThemAsPublished() {
    assertThat(
            JSON.readTable(table("{\"name\":\"x\",\"moneyUnit\":\"WAN_YUAN\",\"budget\":-3.50}"))
                .projects()
                .get(0)
                .budget())
        .contains(new java.math.BigDecimal("-3.50"));
  }

  @Test
  void aModelRuleBrokenByTheDocumentIsNamedAtItsObject() {
    assertFails(
        table("{\"name\":\"  \",\"moneyUnit\":\"WAN_YUAN\"}"),
        "$.projects[0]",
        "must not be blank");
    assertFails(
        table("{\"name\":\"x\",\"moneyUnit\":\"YUAN\"}"),
        "$.projects[0].moneyUnit",
        "states amounts in YUAN but the table in WAN_YUAN");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"schema\":\"jixiao.table/2\",\"moneyUnit\":\"YUAN\"}|$.schema|unsupported schema",
        "{\"schema\":\"jixiao.table/1\",\"moneyUnit\":\"YUAN\"|$|Unexpected end-of-input",
        "{\"schema\":\"jixiao.table/1\",\"moneyUnit\":\"YUAN\"} {}|$|content after the end",
        "[1,2]|$|expected a table (an object), found an array",
        "{\"schema\":\"jixiao.table/1\",\"moneyUnit\":\"YUAN\",\"moneyUnit\":\"YUAN\"}|$|not valid JSON",
        "{\"schema\":\"jixiao.table/1\",\"moneyUnit\":YUAN}|$|not valid JSON",
      })
  void brokenDocumentsAreRejected(String json, String path, String problem) {
    assertFails(json, path, problem);
  }

  @Test
  void readConstraintsBoundWhatADocumentMayCost() {
    JixiaoJson small =
        JixiaoJson.builder().locale(Locale.ENGLISH)
            .readConstraints(
                StreamReadConstraints.builder().maxStringLength(20).maxNestingDepth(3).build())
            .build();
    assertThatThrownBy(() -> small.readTable(table("{\"name\":\"a name that is too long\"}")))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("String value length");
    assertThatThrownBy(
            () ->
                small.readTable(
                    table("{\"name\":\"x\",\"moneyUnit\":\"YUAN\",\"funds\":[{\"a\":[[]]}]}")))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("nesting depth");
    assertThat(JixiaoJson.defaultReadConstraints().getMaxStringLength())
        .isEqualTo(JixiaoJson.DEFAULT_MAX_STRING_LENGTH);
  }

  @Test
  void numbersAreReadExactlyNeverThroughDouble() {
    String digits = "12345678901234567890.123456789012345678901";
    PerformanceTableProbe probe =
        new PerformanceTableProbe(
            JSON.readTable(
                table("{\"name\":\"x\",\"moneyUnit\":\"WAN_YUAN\",\"budget\":" + digits + "}")));
    assertThat(probe.budget()).isEqualTo(new java.math.BigDecimal(digits));
    assertThat(
            new PerformanceTableProbe(
                    JSON.readTable(
                        table("{\"name\":\"x\",\"moneyUnit\":\"WAN_YUAN\",\"budget\":1E+3}")))
                .budget())
        .isEqualTo(new java.math.BigDecimal("1E+3"));
  }

  /** The first project's budget. */
  private record PerformanceTableProbe(org.jixiao.core.table.PerformanceTable table) {
    java.math.BigDecimal budget() {
      return table.projects().get(0).budget().orElseThrow();
    }
  }
}

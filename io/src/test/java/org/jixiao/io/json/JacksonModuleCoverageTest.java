package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.TableSummary;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/** A REST controller can return any public jixiao value through the library's mapper (adopter F9). */
class JacksonModuleCoverageTest {
  private static final ObjectMapper MAPPER = JixiaoJson.newObjectMapper();

  @Test
  void findingsAndListsOfThemWriteAndReadBack() throws Exception {
    Finding f =
        Finding.builder()
            .rule("stated-rate")
            .code("JX-R-0261")
            .severity(Severity.ERROR)
            .message("不符")
            .putArgs("stated", "58")
            .location(Location.builder().seq(10).path("statedExecutionRate").text("58").build())
            .build();
    String json = MAPPER.writeValueAsString(List.of(f, f));
    JsonNode node = MAPPER.readTree(json);
    assertThat(node.get(0).get("code").asText()).isEqualTo("JX-R-0261");
    assertThat(node.get(0).get("location").get("seq").asInt()).isEqualTo(10);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(f), Finding.class)).isEqualTo(f);
  }

  @Test
  void partsSummariesAndReadResultsWrite() throws Exception {
    ExecutionResult e =
        ExecutionResult.builder().rate(new BigDecimal("58.38")).weight(BigDecimal.TEN).points(new BigDecimal("5.84")).trace(Trace.of("execution-rate", "m", "r")).build();
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(e)).get("points").decimalValue()).isEqualByComparingTo("5.84");
    TableSummary s = TableSummary.of(TableEvaluation.builder().profile("mof-2020").build());
    assertThat(MAPPER.readTree(MAPPER.writeValueAsString(s)).get("projects").asInt()).isZero();
    ReadResult<PerformanceTable> read =
        ReadResult.of(PerformanceTable.builder().moneyUnit(MoneyUnit.WAN_YUAN).build(), List.of(Finding.of("read.x", Severity.INFO, "信息")));
    JsonNode r = MAPPER.readTree(MAPPER.writeValueAsString(read));
    assertThat(r.get("value").get("schema").asText()).isEqualTo("jixiao.table/1");
    assertThat(r.get("diagnostics").get(0).get("rule").asText()).isEqualTo("read.x");
  }
}

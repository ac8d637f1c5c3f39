package org.jixiao.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.math.BigDecimal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.evaluation.WithheldReason;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.junit.jupiter.api.Test;

/**
 * What an evaluation carries to stand alone (amounts, why a score was withheld, coded findings
 * with their arguments, the reader's diagnostics) and what a declaration carries (项目编码, the
 * bases, 指标解释) survive JSON both ways and validate against the shipped schemas.
 */
class StandAloneJsonTest {
  private static final JixiaoJson JSON = JixiaoJson.builder().build();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private static void valid(String schema, String json) throws Exception {
    JsonSchema s = FACTORY.getSchema(JixiaoJson.schema(schema));
    assertThat(s.validate(new ObjectMapper().readTree(json))).isEmpty();
  }

  @Test
  void anEvaluationWithAmountsAWithheldScoreAndCodedFindingsRoundTrips() throws Exception {
    Finding coded =
        Finding.builder()
            .rule("stated-rate")
            .code("JX-R-0261")
            .severity(Severity.ERROR)
            .message("填报的预算执行率58%与实际支出/预算×100=58.38%不符")
            .putArgs("stated", "58")
            .putArgs("derived", "58.38")
            .location(Location.ofSeq(10))
            .build();
    Evaluation e =
        Evaluation.builder()
            .profile("mof-2020")
            .seq(10)
            .project("调解业务工作")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .budget(new BigDecimal("311.47"))
            .actual(new BigDecimal("181.85"))
            .statedRate(new BigDecimal("58"))
            .execution(
                ExecutionResult.builder()
                    .rate(new BigDecimal("58.38"))
                    .weight(BigDecimal.TEN)
                    .points(new BigDecimal("5.84"))
                    .trace(Trace.of("execution-rate", "rate-times-weight", "181.85 / 311.47"))
                    .addFindings(Finding.of("local", Severity.INFO, "本地政策说明"))
                    .build())
            .status(Status.CANCELLED)
            .withheld(WithheldReason.CANCELLED)
            .addFindings(coded)
            .build();
    TableEvaluation doc =
        TableEvaluation.builder()
            .profile("mof-2020")
            .addEvaluations(e)
            .addReadDiagnostics(Finding.builder().rule("read.realigned").code("read.realigned").severity(Severity.INFO).message("moved").build())
            .build();
    String json = JSON.evaluationToJson(doc);
    assertThat(json).contains("\"code\"").contains("\"args\"").contains("\"withheld\"").contains("\"readDiagnostics\"").contains("\"budget\"");
    assertThat(JSON.readEvaluation(json)).isEqualTo(doc);
    valid("evaluation", json);
  }

  @Test
  void aDeclarationRoundTripsWithItsCodeBasesAndExplanations() throws Exception {
    Project declaration =
        Project.builder()
            .code("440306231391500000189")
            .seq(6)
            .name("政府购买服务（物业后勤类社区工作站经费）潭头社区工作站")
            .projectType("15 其他经费")
            .period("3")
            .newProject(false)
            .allocationMethod("因素法和项目法")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .totalAmount(new BigDecimal("740400"))
            .budget(new BigDecimal("246800"))
            .policyBasis("《深圳市宝安区社区工作站管理办法》")
            .calculationBasis("保洁服务费18.51万元")
            .goal("保障党群服务中心保洁")
            .longTermGoal("持续改善")
            .indicators(
                IndicatorSet.of(
                    Indicator.builder()
                        .category(Subcategory.OTHER_SATISFACTION.category())
                        .subcategory(Subcategory.OTHER_SATISFACTION)
                        .name("不适用")
                        .target("不适用")
                        .explanation("不适用")
                        .build()))
            .build();
    PerformanceTable table = PerformanceTable.builder().moneyUnit(MoneyUnit.WAN_YUAN).addProjects(declaration).putMetadata("layout", "declaration").build();
    String json = JSON.tableToJson(table);
    assertThat(JSON.readTable(json)).isEqualTo(table);
    valid("table", json);
  }
}

package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rate whose best value is 0 (结转结余率, 预算调整率, 差错率, 投诉率, 事故率, “三公”经费变动率) filed
 * under 成本指标 with a target printed without a comparator, as the Chongqing department-wide
 * form prints them ({@code 结转结余率 | 2% | 0}): an actual of 0 is the best outcome, not "nothing
 * was spent". The rows are those of the audit probes {@code p2_control_rates.tsv},
 * {@code p2d_cost_zero.tsv} and {@code p2f_bare_rate_zero_pct.tsv}, made from the real 棠溪 2022
 * 委托业务项目 form (项目支出绩效自评表, 池州市贵池区棠溪镇人民政府; source
 * http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2, io/src/test/resources/forms/SOURCES.md
 * file 4) with the rows of 重庆科学城融媒体中心 2021 部门整体支出绩效自评表.
 */
class CostRateBestAtZeroTest {
  @ParameterizedTest(name = "{0} {1} / {2}")
  @CsvSource({
    "结转结余率, 2%, 0",
    "预算调整率, 3%, 0",
    "结转结余率, 2%, 0%",
    "结余率, 5%, 0%",
    "差错率, 1%, 0",
    "投诉率, 2%, 0%",
    "安全事故发生率, 1%, 0",
    "“三公”经费变动率, 5%, 0",
  })
  void aRateBestAtZeroUnderCostAnsweredByZeroIsMet(String name, String target, String actual) {
    IndicatorResult r = evaluate(Subcategory.COST, name, target, actual, Locale.CHINA).indicators().get(0);
    assertThat(r.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(r.trace().method()).isNotEqualTo("nothing-spent").isEqualTo("reverse-deployed");
    assertThat(r.trace().code()).hasValue("JX-T-0246");
    assertThat(r.trace().args()).containsEntry("percent", "100%");
  }

  @Test
  void theBareRateScoresAsTheExplicitCeilingAndAsTheSameRowUnderQuality() {
    // p2_control_rates (成本, bare), p2g_le_rate_zero (成本, ≤2%), p2c_control_rates_quality (质量, bare)
    String bare = evaluate(Subcategory.COST, "结转结余率", "2%", "0", Locale.CHINA).indicators().get(0).trace().args().get("percent");
    String explicit = evaluate(Subcategory.COST, "结转结余率", "≤2%", "0", Locale.CHINA).indicators().get(0).trace().args().get("percent");
    String quality = evaluate(Subcategory.QUALITY, "结转结余率", "2%", "0", Locale.CHINA).indicators().get(0).trace().args().get("percent");
    assertThat(bare).isEqualTo(explicit).isEqualTo(quality).isEqualTo("100%");
  }

  @Test
  void aRateBestAtZeroAboveItsCeilingIsStillAShortfall() {
    IndicatorResult r = evaluate(Subcategory.COST, "预算调整率", "3%", "4.5%", Locale.CHINA).indicators().get(0);
    assertThat(r.trace().method()).isEqualTo("reverse-deployed");
    assertThat(r.trace().args()).containsEntry("percent", "50%");
  }

  /** The rule keeps its class: an amount of money, or money put in, answered by 0 was not spent. */
  @ParameterizedTest(name = "{0} {1} / {2}")
  @CsvSource({"项目总成本, 90万元, 0", "项目资金投入, 10万元, 0万元", "单位培训成本, 200元/人, 0"})
  void anAmountUnderCostAnsweredByZeroIsStillNothingSpent(String name, String target, String actual) {
    IndicatorResult r = evaluate(Subcategory.COST, name, target, actual, Locale.CHINA).indicators().get(0);
    assertThat(r.trace().method()).isEqualTo("nothing-spent");
    assertThat(r.trace().code()).hasValue("JX-T-0242");
  }

  @Test
  void aCostRateThatWantsMoreIsScoredByThePositiveRule() {
    // 价格执行率, 资金到位率: no rate best at zero, so 0 against 100 % is a shortfall by the rule itself
    IndicatorResult r = evaluate(Subcategory.COST, "资金到位率", "100%", "0", Locale.CHINA).indicators().get(0);
    assertThat(r.trace().method()).isEqualTo("positive-ratio");
    assertThat(r.trace().args()).containsEntry("percent", "0%");
  }

  private static Evaluation evaluate(Subcategory sub, String name, String target, String actual, Locale locale) {
    Project p =
        Project.builder()
            .seq(1)
            .name("委托业务项目")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .indicators(
                IndicatorSet.of(
                    List.of(Indicator.builder().category(sub.category()).subcategory(sub).name(name).target(target).actual(actual).build())))
            .build();
    return Evaluator.builder().locale(locale).build().evaluate(p);
  }
}

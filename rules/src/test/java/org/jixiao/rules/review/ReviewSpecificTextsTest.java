package org.jixiao.rules.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Texts the review misjudged on real declarations (an audit of the 40 projects of 宝安区松岗街道
 * 2023 and 29 published declarations): a short 政策依据 that cites a document by its number, a
 * 测算依据 that restates one total however long, a time limit written in the indicator's name or
 * as a frequency, and a period as a benefit's target.
 */
class ReviewSpecificTextsTest {
  private static final BudgetYear Y2023 = new BudgetYear(2023, BudgetYear.Source.GIVEN);

  private static List<String> codes(Project p) {
    return Reviewer.defaults().review(p, Y2023).opinions().stream().map(o -> o.finding().code()).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"甘财科 [2022]78号", "深宝府〔2021〕12号", "《预算法》"})
  void aShortPolicyBasisThatCitesADocumentIsSpecific(String basis) {
    assertThat(codes(Declarations.clean().policyBasis(basis).build())).doesNotContain("JX-V-0102");
  }

  @Test
  void aShortPolicyBasisThatCitesNothingIsStillATokenSentence() {
    assertThat(codes(Declarations.clean().policyBasis("根据相关规定").build())).contains("JX-V-0102");
  }

  @ParameterizedTest
  @ValueSource(strings = {"按实际合同196.2576万元", "党群服务中心租金评估费0.3万元", "食堂生鲜、食堂干货53.718万"})
  void aCalculationBasisThatOnlyRestatesOneTotalShowsNoComputation(String basis) {
    assertThat(codes(Declarations.clean().calculationBasis(basis).build())).contains("JX-V-0114").doesNotContain("JX-V-0113");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "按每人每月2000元标准测算，合计2.4万元",
    "办公设备10台，共5万元",
    "保洁服务费：3人×4000元/月×12个月=14.4万元"
  })
  void aBasisWithARateOrSeveralFiguresIsAComputation(String basis) {
    assertThat(codes(Declarations.clean().calculationBasis(basis).build())).doesNotContain("JX-V-0114", "JX-V-0113");
  }

  @ParameterizedTest
  @ValueSource(strings = {"预算资金当年下达率", "资金及时发放率", "项目按计划完成率"})
  void aTimeLimitWrittenInTheNameIsATimeLimit(String name) {
    Project p = Declarations.withIndicator(2, Declarations.row(Subcategory.TIMELINESS, name, "100%", "考核资金下达的及时程度"));
    assertThat(codes(p)).doesNotContain("JX-V-0501");
  }

  @Test
  void aRateWithoutAnyTimeInNameOrTargetStillLacksALimit() {
    Project p = Declarations.withIndicator(2, Declarations.row(Subcategory.TIMELINESS, "项目完成率", "100%", "考核项目完成情况"));
    assertThat(codes(p)).contains("JX-V-0501");
  }

  @Test
  void aFigureWithoutAUnitIsNoLimitWhateverTheName() {
    // 服务周期 | 180 (湘潭 2024): 180 of what is not said, so no time is stated
    Project p = Declarations.withIndicator(2, Declarations.row(Subcategory.TIMELINESS, "服务周期", "180", "考核服务的周期"));
    assertThat(codes(p)).contains("JX-V-0501");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1次/月", "按月安排", "每2个月一次", "逐季开展"})
  void aFrequencyIsATimeStandard(String target) {
    Project p = Declarations.withIndicator(2, Declarations.row(Subcategory.TIMELINESS, "巡查频次", target, "考核巡查的频次"));
    assertThat(codes(p)).doesNotContain("JX-V-0501");
  }

  @Test
  void aPeriodAsABenefitsTargetIsMeasuredAgainstTheCalendar() {
    Project p = Declarations.withIndicator(5, Declarations.row(Subcategory.SOCIAL, "保障期限", "2023年1月--2023年11月", "考核保障服务的期限"));
    assertThat(codes(p)).doesNotContain("JX-V-0204");
    Project vague = Declarations.withIndicator(5, Declarations.row(Subcategory.SOCIAL, "社区服务环境", "提高满意度", "考核服务环境"));
    assertThat(codes(vague)).contains("JX-V-0204");
  }
}

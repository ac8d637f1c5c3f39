package org.jixiao.rules.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.indicator.Indicator;
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

  /** The codes of the clean declaration with its 时效 indicator replaced. */
  private static List<String> timeliness(String name, String target) {
    return codes(Declarations.withIndicator(2, Declarations.row(Subcategory.TIMELINESS, name, target, "考核" + name)));
  }

  /** The codes of the clean declaration with its 社会效益 indicator replaced. */
  private static List<String> benefit(String name, String target) {
    return codes(Declarations.withIndicator(5, Declarations.row(Subcategory.SOCIAL, name, target, "考核" + name)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"甘财科 [2022]78号", "深宝府〔2021〕12号", "《预算法》", "财政部令第10号", "财办〔2021〕第12号", "《通知》及《预算法》", "2022年第5号公告",
    "农业部令2013年第5号", "税务总局公告2023年第1号", "区长办公会议纪要第12号", "省政府第2号总林长令", "根据〈预算法〉",
    "国务院令第七百零七号", "依据主席令第二十八号", "财政部令第十号", "第一号总林长令"})
  void aShortPolicyBasisThatCitesADocumentIsSpecific(String basis) {
    assertThat(basis.length()).as("short enough for JX-V-0102 to apply").isLessThan(ReviewProfile.defaults().minBasisLength());
    assertThat(codes(Declarations.clean().policyBasis(basis).build())).doesNotContain("JX-V-0102");
  }

  @ParameterizedTest
  @ValueSource(strings = {"根据相关规定", "依据《通知》", "依据《XX文件》", "按《关于…的通知》执行", "《××办法》", "见第3号楼公示栏",
    "依据《实施方案》", "根据《管理办法》", "依据《相关文件》执行",
    "见第2号地块公示", "第1号标段招标", "第12号选手名单", "依据《工作计划》", "依据<br/>执行",
    "见第三号楼公示栏", "第一号标段招标", "第十二号选手名单", "见第二号楼公告栏", "见第2号楼公告栏", "第3号楼的批复"})
  void aShortPolicyBasisThatCitesNoDocumentIsStillATokenSentence(String basis) {
    // a template's placeholder title, a title of two characters or of a kind only, a building's number
    assertThat(codes(Declarations.clean().policyBasis(basis).build())).contains("JX-V-0102");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "按实际合同196.2576万元",
    "党群服务中心租金评估费0.3万元",
    "食堂生鲜、食堂干货53.718万",
    "依据深宝府〔2021〕12号文件，本年度合同金额120万元",
    "详见附件2，物业服务费共计80万元",
    "合同编号2023-015，合同金额45万元",
    "服务期1年，按合同约定支付服务费120万元",
    "按规定标准执行，全年经费共计60万元",
    "由各社区平均分摊，合计经费30万元",
    "推进办公标准化建设，所需经费共计20万元",
    "按2023年标准执行，全年经费共计20万元",
    "按所需经费测算，本年度共计50万元",
    "按名单发放慰问金，共计30万元",
    "按台账登记数据，全年合计12万元",
    "按户籍人口发放，全年合计12万元",
    "按次序分批采购设备，合计经费40万元",
    "按季度支付，合同总额80万元，据实结算",
    "本项目资金规模1200万，按进度拨付",
    "按年龄段分组发放，本年度共计30万元",
    "按月支付，合同总额80万元，据实结算",
    "按人员实际需要安排，本年度共计50万元",
    "执行GB/T 50300-2013标准，工程总价120万元",
    "按GB 5749-2022标准检测，全年经费共计15万元",
    "符合JGJ 59-2011标准要求，合同总额80万元"
  })
  void aCalculationBasisThatOnlyRestatesOneTotalShowsNoComputation(String basis) {
    assertThat(codes(Declarations.clean().calculationBasis(basis).build())).contains("JX-V-0114").doesNotContain("JX-V-0113");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "按每人每月2000元标准测算，合计2.4万元",
    "采购办公设备10台，共需资金5万元",
    "保洁服务费：3人×4000元/月×12个月=14.4万元",
    "耕地地力保护补贴按亩发放，共计120万元",
    "困难家庭按户补助，总额约50万元",
    "保安员月薪4500元，全年合同总额待定",
    "补助标准200元，按实际人数发放",
    "党群服务中心月租金2.5万元，租期以合同为准",
    "按项目总投资的1%计提，共计20万元",
    "按1‰计提安全生产经费，共计20万元",
    "采购电脑1台，需资金0.6万元",
    "运输车辆按辆补贴，本年度共计50万元",
    "机械作业按台班计，本年度共计50万元",
    "路面维修单价120元/m2，共计36万元",
    "化肥补贴50元/t，本年度共计20万元",
    "购置CT 1台，按合同价196万元",
    "采购LED 300盏，合同总额80万元",
    "铺设管网DN300 5km，合同价196万元",
    "租用服务器CPU 64核，年租金共计20万元"
  })
  void aBasisWithARateOrSeveralFiguresIsAComputation(String basis) {
    assertThat(codes(Declarations.clean().calculationBasis(basis).build())).doesNotContain("JX-V-0114", "JX-V-0113", "JX-V-0112");
  }

  @ParameterizedTest
  @ValueSource(strings = {"某镇人口约3.5万，覆盖全部行政村", "服务对象约2万，覆盖全部行政村和社区"})
  void aBareTenThousandThatCountsPeopleIsNoAmount(String basis) {
    assertThat(codes(Declarations.clean().calculationBasis(basis).build())).doesNotContain("JX-V-0114", "JX-V-0112");
  }

  @ParameterizedTest
  @ValueSource(strings = {"预算资金当年下达率", "资金及时发放率", "项目按计划完成率"})
  void aTimeLimitWrittenInTheNameIsATimeLimit(String name) {
    assertThat(timeliness(name, "100%")).doesNotContain("JX-V-0501");
  }

  @Test
  void aRateWithoutAnyTimeInNameOrTargetStillLacksALimit() {
    assertThat(timeliness("项目完成率", "100%")).contains("JX-V-0501");
  }

  @Test
  void aFigureWithoutAUnitIsNoLimitWhateverTheName() {
    // 服务周期 | 180 (湘潭 2024): 180 of what is not said, so no time is stated
    assertThat(timeliness("服务周期", "180")).contains("JX-V-0501");
  }

  @ParameterizedTest
  @ValueSource(strings = {"项目完成及时率", "资金到位及时率"})
  void aLimitInTheNameExcusesAFigureWhoseUnitStandsInItsOwnColumn(String name) {
    // 丽江 and 永德 print 100 | % in 指标值 | 度量单位
    Indicator row = Indicator.builder().category(Subcategory.TIMELINESS.category()).subcategory(Subcategory.TIMELINESS)
        .name(name).target("100").measureUnit("%").explanation("考核" + name).build();
    assertThat(codes(Declarations.withIndicator(2, row))).doesNotContain("JX-V-0501");
  }

  @Test
  void aRateOfTimeWithoutItsPercentSignLacksAUnitNotALimit() {
    // 廊坊 2019 prints 项目完成及时率 | 100: the name's 及时 is the limit, the % is what is missing
    assertThat(timeliness("项目完成及时率", "100")).contains("JX-V-0205").doesNotContain("JX-V-0501");
    assertThat(timeliness("服务周期", "180")).doesNotContain("JX-V-0205", "JX-V-0201");
  }

  @ParameterizedTest
  @ValueSource(strings = {"是否按时完成", "资金是否及时拨付"})
  void aYesToAQuestionOfTimeIsATimeLimit(String name) {
    assertThat(timeliness(name, "是")).doesNotContain("JX-V-0501");
    assertThat(timeliness(name, "否")).contains("JX-V-0501");
  }

  @Test
  void aNoToAQuestionOfLatenessIsATimeLimit() {
    assertThat(timeliness("项目是否逾期", "否")).doesNotContain("JX-V-0501");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "≥0.95"})
  void aRateOfTimeWrittenAsAFractionIsNotToldToAddAPercentSign(String target) {
    assertThat(timeliness("资金拨付及时率", target)).doesNotContain("JX-V-0205", "JX-V-0501");
  }

  @ParameterizedTest
  @ValueSource(strings = {"三季度前", "第三季度", "上半年"})
  void aQuarterOrAHalfOfTheYearIsATimeLimit(String target) {
    assertThat(timeliness("完成时间", target)).doesNotContain("JX-V-0501");
  }

  @ParameterizedTest
  @ValueSource(strings = {"当期完成", "年末前完成", "月末前发放到位", "限期完成整改"})
  void theEndOfThePeriodOrAGivenTermIsATimeLimit(String target) {
    assertThat(timeliness("资金发放", target)).doesNotContain("JX-V-0501");
    assertThat(timeliness("资金发放", "按要求完成")).as("a target of words without a time").contains("JX-V-0501");
  }

  @ParameterizedTest
  @ValueSource(strings = {"无限期", "不限期", "相当期望"})
  void aWordThatHoldsATimeWordButStatesNoLimitIsNoTimeLimit(String target) {
    assertThat(timeliness("资金发放", target)).contains("JX-V-0501");
  }

  @Test
  void aLifeCycleAsTheTargetIsNoTimeLimit() {
    assertThat(timeliness("设备运维时效", "全生命周期")).contains("JX-V-0501");
  }

  @Test
  void aLimitInTheNameDoesNotExcuseATargetOfWords() {
    // the name's 及时 is a limit of a rate or a count; 按要求完成 states neither a figure nor a time
    assertThat(timeliness("资金及时发放率", "按要求完成")).contains("JX-V-0501");
  }

  @Test
  void aLifeCycleInTheNameIsNoTimeLimit() {
    assertThat(timeliness("设备生命周期完好率", "≥95%")).contains("JX-V-0501");
  }

  @ParameterizedTest
  @ValueSource(strings = {"按日常安排开展", "按季节变化调整", "按周边需求开展"})
  void aWordThatBeginsWithAPeriodCharacterStatesNoFrequency(String target) {
    assertThat(timeliness("巡查工作", target)).contains("JX-V-0501");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1次/月", "按月安排", "每2个月一次", "逐季开展", "按季度开展"})
  void aFrequencyIsATimeStandard(String target) {
    assertThat(timeliness("巡查频次", target)).doesNotContain("JX-V-0501");
  }

  @Test
  void aPeriodAsABenefitsTargetIsMeasuredAgainstTheCalendar() {
    assertThat(benefit("保障期限", "2023年1月--2023年11月")).doesNotContain("JX-V-0204");
    assertThat(benefit("社区服务环境", "提高满意度")).contains("JX-V-0204");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2023年12月底前完成", "2023年1月至2023年6月", "2023年1月-2023年12月", "2023.1-2023.12", "2023年1月到12月",
    "2023年底", "2023年6月30日", "2023年12月"
  })
  void aDateSomethingIsDoneByOrASpanIsMeasuredAgainstTheCalendar(String target) {
    assertThat(benefit("社区服务环境改善", target)).doesNotContain("JX-V-0204");
  }

  @Test
  void aDateDoesNotAnswerACount() {
    assertThat(benefit("带动就业人数", "2023年底前完成")).contains("JX-V-0204");
    assertThat(benefit("行政审批效率", "2023年6月底前实现全程网办")).doesNotContain("JX-V-0204");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023年底有所改善", "2023年12月得到改善", "2023年内逐步提高", "2023-2025年持续改善"})
  void aDateBesideAVagueWordIsStillVague(String target) {
    assertThat(benefit("社区服务环境", target)).contains("JX-V-0204");
  }

  @Test
  void aBareYearUnderANameThatMeasuresNoTimeSaysHowMuchOfNothing() {
    assertThat(benefit("社区服务环境改善", "2023年有所改善")).contains("JX-V-0204");
    assertThat(benefit("带动就业人数", "2023年")).contains("JX-V-0204");
    assertThat(benefit("项目投用时间", "2023年")).doesNotContain("JX-V-0204");
    assertThat(benefit("政策有效期", "2025年")).doesNotContain("JX-V-0204");
    assertThat(benefit("社区服务环境改善", "2023年得到改善")).contains("JX-V-0204");
    assertThat(benefit("社区服务环境改善", "2023年兜底保障")).contains("JX-V-0204");
    assertThat(benefit("惠及群众", "到2025年")).doesNotContain("JX-V-0204");
  }
  /** The codes of the clean declaration with its satisfaction indicator's target replaced. */
  private static List<String> satisfaction(String target) {
    return codes(Declarations.withIndicator(Declarations.SATISFACTION, Declarations.with(Declarations.SATISFACTION, target)));
  }

  /** a11, b5 of the 2023 declarations: 基本满意 asks for less than the floor; 满意 or a rate of 90 % does not. */
  @ParameterizedTest
  @ValueSource(strings = {"基本满意", "基本满意。", "达到基本满意", "基本满意以上", "一般"})
  void aSatisfactionGradeBelowSatisfiedIsBelowTheFloor(String target) {
    assertThat(satisfaction(target)).contains("JX-V-0522");
  }

  @ParameterizedTest
  @ValueSource(strings = {"满意", "非常满意", "群众满意", "基本满意率≥90%", "≥90%", "满意度一般不低于90%"})
  void aSatisfiedGradeOrARateAtTheFloorIsNot(String target) {
    assertThat(satisfaction(target)).doesNotContain("JX-V-0522", "JX-V-0521");
  }
}

package org.jixiao.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

/** 具体明确性: a 三级指标 that starts with a goal verb is a sentence unless it names a measure of that verb's action. */
class IndicatorNamesTest {
  private static final BudgetYear Y2023 = new BudgetYear(2023, BudgetYear.Source.GIVEN);

  /**
   * 保障期限 (可持续影响指标 of a district 城市管理委员会's 2020 抗疫特别国债 declaration, mirrored at
   * http://13560281748.com/xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk/202103/t20210304_5374860.html) was
   * called a sentence; so would be 保障人数 of the Yinchuan form
   * (https://m.yzwku.com/doc/476505.html) and every verb followed by what measures its action.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"保障期限", "保障人数", "保障人数(人)", "完成时间", "完成时限", "完成率", "通过率", "实现率", "提升幅度", "完成情况"})
  void aGoalVerbNamingTheMeasureOfItsActionIsAName(String name) {
    assertThat(nameFindings(name)).isEmpty();
  }

  /**
   * Names of the Shenzhen district's 2023 declarations (baoan-songgang workbooks) that name a
   * measure with 的: 保障范围的服务对象满意度 (b10, b14: the verb and a measure of its action make a
   * noun) and 完成档案整理的及时性 (a14: 完成 takes the work, not the measure, as its object).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"保障范围的服务对象满意度", "保障标准的执行情况", "完成档案整理的及时性", "通过验收的项目比例", "完成的任务数"})
  void aGoalVerbWhoseActionIsMeasuredAfterDeIsAName(String name) {
    assertThat(nameFindings(name)).isEmpty();
  }

  /**
   * A verb that takes the measure as its object still states a goal (保障工作人员用餐的及时性 of the
   * same workbooks: ensure the meals' timeliness, as 保障社区工作人员用餐及时性 without 的 does).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"提高群众的满意度", "提升服务对象的满意度", "通过宣传提高群众的满意度", "完成各项任务提高群众的满意度", "通过培训提高农民的积极性", "保障工作人员用餐的及时性", "实现垃圾分类的社区覆盖率", "保障村社区的正常运转", "实现村集体经济发展的目标", "完成档案整理的", "保障范围的"})
  void aVerbOfChangeOrAPhraseNotEndingInAMeasureIsStillASentence(String name) {
    assertThat(nameFindings(name)).extracting(Finding::code).containsExactly("JX-V-0302");
  }

  /**
   * Names of 井研县马踏镇 2023 (https://m.qbidia.com/jyx/zjgk/202412/baa621fd1ec74c86bf45aa16dfd0603d.shtml)
   * that state a goal, and shorter verb-and-object goals: still sentences.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"促进村集体经济发展", "促进农村集体经济发展", "保障村社区正常运转", "提高工作效率", "提高就业率", "完成任务", "保障", "确保安全"})
  void aGoalVerbActingOnSomethingIsStillASentence(String name) {
    assertThat(nameFindings(name)).extracting(Finding::code).containsExactly("JX-V-0302");
  }

  /** Any goal verb with any measure of its action, and nothing else, after it is a name. */
  @Test
  void aGoalVerbAndAMeasureOfItsActionAloneIsAName() {
    ReviewProfile profile = ReviewProfile.builder().build();
    qt().forAll(Generate.pick(profile.goalVerbs()), Generate.pick(profile.actionMeasures()))
        .checkAssert(
            (verb, measure) -> {
              assertThat(nameFindings(verb + measure)).as(verb + measure).isEmpty();
            });
  }

  /**
   * Names filled into the Ministry's template without its numbering and placeholders removed:
   * 金寨 2021 (https://www.ahjinzhai.gov.cn/public/6617781/34383152.html) and 南岳 2018
   * (http://www.nanyue.gov.cn/nyczj/czysgk/2018njyqnddbmyjs/xcj/nyqnyzzf/20200211/i951217.html).
   * The residue is named (JX-V-0303), and the name's length is that of the name itself: none of
   * them is too long once the residue is gone.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "指标1:项目总成本(≤**万元)|项目总成本",
    "指标1:小区居民满意度(≥**%)|小区居民满意度",
    "贫困地区旅游景点开发数量( ≥**个 )|贫困地区旅游景点开发数量",
    "乡村旅游带动增加贫困人口收入(≥**万元)|乡村旅游带动增加贫困人口收入",
    "受益建档立卡贫困人口数≥**人|受益建档立卡贫困人口数",
    "指标二、培训人次|培训人次"})
  void theTemplatesNumberingAndPlaceholdersAreNamedAndNotCountedInTheName(String printed, String name) {
    assertThat(nameFindings(printed)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-V-0303");
      assertThat(f.args()).containsEntry("name", name);
    });
  }

  /** A mark before a name (★ for a core indicator of 衔接资金 forms) is meant: no residue, no length. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"★补助鱼塘面积", "*贫困地区旅游基础设施建设数量", "项目总成本", "指标完成率", "人均补助(元/人)"})
  void namesWithoutTheTemplatesResidueHaveNone(String name) {
    assertThat(nameFindings(name)).isEmpty();
  }

  @Test
  void aGoalStatementLeftWithTheTemplatesNumberingIsBoth() {
    assertThat(nameFindings("指标1:保障村社区正常运转")).extracting(Finding::code).containsExactly("JX-V-0303", "JX-V-0302");
  }

  private static List<Finding> nameFindings(String name) {
    Project p = Declarations.withIndicator(Declarations.SOCIAL, Declarations.named(Declarations.SOCIAL, name));
    return Reviewer.defaults().review(p, Y2023).findings().stream().filter(f -> f.rule().equals(ReviewCheckIds.INDICATOR_NAME)).toList();
  }
}

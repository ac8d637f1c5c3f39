package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts no reading tells apart that each meet the target (review 70f, class "several figures fit"): the target is met
 * whichever the text means (开工12个，完工7个 against ≥ 6 个), so the indicator scores in full and the reason names each
 * figure ({@code every-figure-meets}, JX-T-0295). Not where one falls short, where the name counts a stage no figure's
 * words say or what each figure's words say only half of, nor where a figure is a plan, a restated target, a level of a
 * move or work beside the level; under a ceiling, not where their sum is over (review 71a).
 */
class EveryFigureMeetsTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "老旧小区改造数量 | ≥6个 | 开工12个，完工7个",
        "专利数量 | ≥3件 | 申请专利6件，授权专利3件",
        "法律援助案件数 | ≥280件 | 受理法律援助案件326件，办结298件",
        "农村危房改造户数 | ≥180户 | 开工215户，竣工186户",
        "行政复议案件数 | ≥70件 | 受理行政复议案件96件、办结行政复议案件72件",
        "培训人次 | ≥1000人次 | 参训1260人次，考核合格1071人次",
        "妇女技能培训人数 | ≥100人 | 培训300人，其中女性120人", // a total and its part, the part in other words
        "'' | ≤40件 | 受理投诉35件，其中有效投诉4件", // under a ceiling
        "项目资金 | ≤20万元 | 项目总投资18.5万元，其中财政资金15万元", // session 79: the part is in its total, not added to it (33.5)
        "服务事项 | ≥10项 | 服务清单包含14项，其中已上线11项",
        // 全年发生一般生产安全事故2起、较大生产安全事故0起 under ≤5起: grades of one harm, now their sum (PartSumsTest)
      })
  void figuresThatEachMeetTheTargetMeetIt(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(v.trace().method()).isEqualTo("every-figure-meets");
    assertThat(v.trace().reason()).contains("每一个都达到目标");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "老旧小区改造数量 | ≥12个 | 开工12个，完工7个", // one is short
        // the stage the name counts is in no figure's words
        "法律援助案件办结数 | ≥300件 | 受理法律援助案件326件，指派律师承办318件",
        "职业资格取证人数 | ≥200人 | 培训260人，参加考核238人",
        "授权发明专利数 | ≥4件 | 申请发明专利9件，进入实质审查5件",
        "危房改造竣工户数 | ≥200户 | 鉴定危房230户，开工215户",
        // a sum under a ceiling: what is still to be paid may be part of what is counted
        "'' | ≤100万元 | 实际支出95万元，另有12万元待结算支付",
        // a move: the name asks the change, which neither level is (a fall of 30 张 here)
        "新增床位 | ≥50张 | 床位数由150张减少到120张",
        // under a ceiling the name may count the sum, which is over
        "事故伤亡人数 | ≤5人 | 发生生产安全事故3起，受伤4人，死亡2人",
        // the name counts work added this year; the figures are stocks
        "新增美丽乡村示范村数 | ≥10个 | 全县美丽乡村示范村累计达48个，其中省级示范村15个",
        // each figure says half of what the name counts (授权 of all patents; 发明 applied for)
        "发明专利授权量 | ≥300件 | 全年专利授权2,350件；发明专利申请410件",
        // a plan beside another stage of the work
        "'' | ≥50人 | 计划培训300人，已完成就业推荐80人",
      })
  void figuresThatMayNotAllAnswerStayUndetermined(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    assertThat(v.trace().method()).as(v.trace().reason()).isNotEqualTo("every-figure-meets");
  }

  @Test
  void tiedCountsMeetTheTargetExactlyWhenTheLeastOfThemDoes() {
    qt().forAll(integers().between(1, 500), integers().between(1, 500), integers().between(1, 500))
        .assuming((begun, done, target) -> !begun.equals(done))
        .checkAssert(
            (begun, done, target) -> {
              IndicatorVerdict v = judge(Subcategory.QUANTITY, "老旧小区改造数量", "≥" + target + "个", "开工" + begun + "个，完工" + done + "个");
              if (Math.min(begun, done) >= target) {
                assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(BigDecimal.ONE);
              } else {
                assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
              }
            });
  }
}

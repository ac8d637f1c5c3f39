package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * A change stated with nothing it is from (review 70a: 婴儿死亡率下降1.2‰ met ≤5‰, 满意度提升5% was 5.56 % of ≥90 %,
 * 排放量减少100吨 met ≤1000吨): how far a level moved is no level, so alone it leaves the indicator undetermined
 * (stated-change, JX-T-0278) and beside a level the level answers. A name or target that asks the change (参保率提高,
 * 化肥减量, 增幅, 运行成本降低 ≥ 10 %, ≥ 0.5 个百分点) is answered by it; a fall it asks is met by a fall. Two
 * neighbours: a former year's figure in a bracket after 较上年 is the change's base, not the level; and a former year's
 * figure beside a denial of this year (去年发生2起，今年未发生) leaves the denial to answer.
 */
class BareChangesTest {

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUALITY | 婴儿死亡率 | ≤5‰ | 婴儿死亡率下降1.2‰",
        "SOCIAL | 就业率 | ≥95% | 就业率提高2%",
        "SERVED_SATISFACTION | 提高群众满意度 | ≥90% | 满意度提升5%", // the verb opens the name: the work, not the change asked
        "SOCIAL | 二氧化碳排放量 | ≤1000吨 | 排放量减少100吨",
        "TIMELINESS | 办理时限 | ≤5天 | 办理时限缩短3天",
        "QUANTITY | 培训人数 | ≥300人 | 培训人数增加20人",
        "QUALITY | 投诉次数 | ≤3起 | 投诉减少2起", // was met, as a count of 2 (SignedActualsTest)
        "QUALITY | 失业率 | ≤4% | 失业率下降了0.3%",
        "QUALITY | 即办件比例 | ≥50% | 即办件比例增加了10%",
        "QUALITY | 建成区绿化覆盖率 | ≥40% | 绿化覆盖率增幅达到2%",
        "SERVED_SATISFACTION | 企业满意度 | ＞90% | 企业满意率增幅达到5%",
      })
  void aChangeAloneIsNoLevel(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual), "JX-T-0278");
  }

  @ParameterizedTest(name = "{1} | {2} | {3} → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a level beside the change answers
        "QUANTITY | 培训人数 | ≥300人 | 培训320人，增加20人 | 1",
        "QUANTITY | 农村公路通车里程 | ≥200公里 | 通车里程增加15公里，总里程达到190公里 | 0.95",
        "TIMELINESS | 办理时限 | ≤5天 | 办理时限缩短2天，平均6天办结 | 0.8",
        "SERVED_SATISFACTION | 群众满意度 | ≥90% | 满意度95%，提升5% | 1",
        // a level reached after the verb
        "QUALITY | 覆盖率 | ≥90% | 覆盖率提高到95% | 1",
        "QUALITY | PM2.5年均浓度 | ≤35微克/立方米 | 下降4微克/立方米至33微克/立方米 | 1",
        // the name or target asks the change
        "SOCIAL | 参保率提高 | ≥3% | 参保率提高3.5% | 1",
        "SOCIAL | 就业率提高 | ≥2% | 就业率比上年提高2.4% | 1",
        "SOCIAL | 农民收入增加 | ≥5% | 增加6% | 1",
        "SOCIAL | 农民人均收入增长率 | ≥8% | 农民收入增长9% | 1",
        "QUANTITY | 化肥减量 | ≥50吨 | 化肥使用量减少45吨 | 0.9",
        // a fall asked by the name, met by a fall
        "SOCIAL | 碳排放强度下降 | ≥4% | 排放强度下降3% | 0.75",
        "SOCIAL | PM2.5浓度下降 | ≥5% | PM2.5平均浓度同比下降6.1% | 1",
        "COST | 运行成本降低 | ≥10% | 运行成本较上年降低8% | 0.8",
        "COST | 压减一般性支出 | ≥10% | 一般性支出压减12% | 1",
        "SOCIAL | 单位工业增加值用水量下降 | ≥3% | 单位工业增加值用水量同比下降2.1% | 0.7", // 增加值 is no increase (review 70b)
        "ECOLOGICAL | 二氧化硫减排量 | ≥50吨 | 二氧化硫排放量较上年减少56吨 | 1",
        // a level reached after 为 is no fall (下降幅度为5% is)
        "QUALITY | 食品抽检合格率 | ≥98% | 合格率下降为97% | 0.9898",
        // a former year's figure in a bracket and the change from it make the level
        "SOCIAL | 火灾发生起数 | ≤5起 | 较上年（8起）减少3起 | 1",
        "ECOLOGICAL | 空气质量优良天数比例 | ≥85% | 与上年（80%）相比提高2个百分点 | 0.9647",
        // an aside of a former year before this year's level
        "QUALITY | 肺结核发病率 | ≤10/10万 | （上年12/10万）本年9.5/10万 | 1",
        // a target in points is answered by the points
        "SOCIAL | 森林覆盖率提高 | ≥0.5个百分点 | 森林覆盖率达到62.3%，比上年提高0.4个百分点 | 0.8",
        "SERVED_SATISFACTION | 满意度提升 | ≥3个百分点 | 满意度由88%提升至92%，提升4个百分点 | 1",
      })
  void aLevelOrTheChangeAskedIsScored(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(sub, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUALITY | 发病率 | ≤10/10万 | 较上年（12/10万）有所下降",
        "QUALITY | 居民电子健康档案建档率 | ≥90% | 建档率比去年(86%)有所提高",
        "QUALITY | 道路交通事故起数 | ≤30起 | 较去年同期（35起）下降明显",
        "SOCIAL | 安全生产事故起数 | ≤1起 | 与上年（3起）相比有所减少",
      })
  void aBaseInABracketAfterItsReferenceIsNoLevel(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual), "JX-T-0292");
  }

  @Test
  void aBaseInABracketBesideTheLevelReachedIsSetAside() {
    met(judge(Subcategory.QUALITY, "孕产妇系统管理率", "≥90%", "较上年（85%）提高至92%"));
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SOCIAL | 安全事故 | 0起 | 去年发生2起，今年未发生",
        "SOCIAL | 重大动物疫情 | 0起 | 上一年度发生1起，本年度零发生",
        "SOCIAL | 群众投诉 | ≤2次 | 全年零投诉，上年度为3次",
        "SOCIAL | 特种设备安全事故 | 0起 | 本年度未发生特种设备事故（上年发生2起）",
        "QUALITY | 安全事故发生率 | ≤1% | 上年为2%，今年未发生",
      })
  void aDenialOfThisYearBesideAFormerYearsFigureAnswers(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  @Test
  void aChangeOfANewFlowFromLastYearIsNoLevelOfIt() {
    // 新增 names this year's flow; 较上年多150人 is how it differs from last year's (review 70a)
    undetermined(judge(Subcategory.QUANTITY, "城镇新增就业", "≥1000人", "新增就业人数较上年多150人"), "JX-T-0278");
  }

  @Test
  void aDenialInsideTheFormerYearsClauseDoesNot() {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, "安全事故", "0起", "去年发生2起未造成人员伤亡");
    undetermined(v, "JX-T-0292");
  }

  /** Verbs of a change a share may be said to move by. */
  private static final List<String> VERBS = List.of("提高", "提升", "增长", "增加", "上升", "下降", "降低", "减少", "下降了", "提高了约");

  @Test
  void aChangeNeverStandsForTheLevelNorChangesTheLevelBesideIt() {
    // 覆盖率提高D% alone is undetermined; 覆盖率L%，提高D% reads as 覆盖率L% alone, whatever L and D
    qt().forAll(integers().between(1, 100), integers().between(1, 30), Generate.pick(VERBS))
        .checkAssert((level, change, verb) -> {
          undetermined(judge(Subcategory.QUALITY, "覆盖率", "≥90%", "覆盖率" + verb + change + "%"), "JX-T-0278");
          IndicatorVerdict alone = judge(Subcategory.QUALITY, "覆盖率", "≥90%", "覆盖率" + level + "%");
          IndicatorVerdict beside = judge(Subcategory.QUALITY, "覆盖率", "≥90%", "覆盖率" + level + "%，" + verb + change + "%");
          assertThat(beside.outcome()).as(beside.trace().reason()).isEqualTo(alone.outcome());
          assertThat(beside.fraction()).as(beside.trace().reason()).isEqualTo(alone.fraction());
        });
  }
}

package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * Actual figures that say how far from the target or the budget (超额完成50人, 还差50人, 超支5万元, 节约5万元)
 * or how much something changed since another time (较上年提高5个百分点, 同比增长10%), read as the level the
 * target asks: 超额完成50人 against ≥ 200 人 earned 25 %, 超支5万元 met a ceiling of 100 万元, 较上年提高5个百分点
 * was 5 % of a coverage of 90 %.
 */
class StatedDifferencesTest {

  @ParameterizedTest(name = "{1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a distance from the target: restated as the level it makes
        "QUANTITY | ≥200人 | 超额完成50人 | 1",
        "QUANTITY | ≥200人 | 超出目标50人 | 1",
        "QUANTITY | ≥200人 | 超额完成年度目标50人 | 1",
        "QUANTITY | ≥200人 | 比计划多培训了50人 | 1",
        "QUANTITY | ≥200人 | 比目标少50人 | 0.75",
        "QUANTITY | ≥200人 | 较目标减少50人 | 0.75",
        "QUANTITY | ≥200人 | 还差50人 | 0.75",
        "QUANTITY | ≥200人 | 缺口50人 | 0.75",
        "SOCIAL | ≥90% | 比目标高5个百分点 | 1",
        // a distance from the budget a ceiling holds
        "COST | ≤100万元 | 超支5万元 | 0.95",
        "COST | ≤100万元 | 超出预算5万元 | 0.95",
        "COST | ≤100万元 | 较预算增加5万元 | 0.95",
        "COST | ≤100万元 | 节约5万元 | 1",
        "COST | ≤100万元 | 节约资金5万元 | 1",
        "COST | ≤100万元 | 结余50000元 | 1",
        "COST | ≤100万元 | 比预算节约5万元 | 1",
        // the level stated beside the distance is the one compared (two figures were undetermined)
        "QUANTITY | ≥200人 | 完成250人，超额50人 | 1",
        "COST | ≤100万元 | 实际支出95万元，节约5万元 | 1",
        "COST | ≤100万元 | 实际支出105万元，超支5万元 | 0.95",
        "SOCIAL | ≥90% | 覆盖率95%，较上年提高5个百分点 | 1",
        "SOCIAL | ≥90% | 覆盖率88%，同比增长3% | 0.9778",
        // from the plan, budget or former year the actual states, not from the target
        "QUANTITY | ≥200人 | 计划培训200人，实际还差20人 | 0.9",
        "QUANTITY | ≥200人 | 年度目标200人，比目标少30人 | 0.85",
        "COST | ≤100万元 | 预算100万元，超支5万元 | 0.95",
        "SOCIAL | ≥90% | 比上年的85%提高5个百分点 | 1",
        "SOCIAL | ≥90% | 在上年85%的基础上提高5个百分点 | 1",
        "QUANTITY | ≥200人 | 上年180人，今年较上年增加30人 | 1",
        // a range: from its lower end
        "QUANTITY | 1000-1200头 | 比计划少100头 | 0.9",
        // more ways of saying it
        "QUANTITY | ≥200人 | 超额完成培训任务50人 | 1",
        "QUANTITY | ≥200人 | 低于目标50人 | 0.75",
        "SOCIAL | ≥90% | 距目标差2个百分点 | 0.9778",
        "QUANTITY | ≥200人 | 短缺50人 | 0.75",
        "COST | ≤100万元 | 超出预算共5万元 | 0.95",
        "QUANTITY | ≥200人 | 未完成目标，差距50人 | 0.75",
        "QUANTITY | ≥200人 | 已发放，还差50人 | 0.75",
        // a distance from the target, not from a former year stated beside it; a former year's figure is no level
        "QUANTITY | ≥200人 | 上年180人，今年还差10人 | 0.95",
        "QUANTITY | ≥200人 | 上年培训180人，超额完成20人 | 1",
        "SOCIAL | ≥90% | 上年度覆盖率85%，今年提高5个百分点 | 1",
      })
  void aDistanceIsReadAsTheLevelItMakes(Subcategory sub, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(sub, "", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow().setScale(4, RoundingMode.HALF_UP)).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SOCIAL | ≥90% | 较上年提高5个百分点",
        "SOCIAL | ≥90% | 提高5个百分点",
        "SOCIAL | ≤1% | 较上年下降0.5个百分点",
        "SOCIAL | ≥90% | 同比增长10%",
        "SOCIAL | ≥90% | 与上年相比提高5%",
        "QUANTITY | ≥5000份 | 发放宣传资料较上年少2000份",
        "QUANTITY | ≥200人 | 比2022年增加50人",
        "ECONOMIC | ≥12000元 | 农民人均收入同比减少了500元",
        "ECONOMIC | ≥12000元 | 人均增收1000元",
        "QUANTITY | ≤0起 | 较上年减少2起",
        "COST | ≤100万元 | 较上年节约2万元",
        // a change is from a former time, not from the plan or budget stated beside it
        "QUANTITY | ≥200人 | 计划培训200人，比上年增加30人",
        "COST | ≤100万元 | 年初预算100万元，同比增长5万元",
        "SOCIAL | ≥90% | 目标值90%，同比提高2个百分点",
        // a budget's distance against a floor: the budget is not the target
        "COST | ≥100万元 | 节约资金5万元",
      })
  void aChangeFromSomethingElseIsNoLevel(Subcategory sub, String target, String actual) {
    IndicatorVerdict v = judge(sub, "", target, actual);
    undetermined(v);
  }

  @Test
  void theReasonSaysWhatTheLevelWasRestatedFrom() {
    assertThat(judge(Subcategory.QUANTITY, "", "≥200人", "超额完成50人").trace().reason())
        .isEqualTo("实际 250 人（200 人 + 超额完成 50 人），目标 ≥ 200 人 → 100%（达到目标）");
    assertThat(judge(Subcategory.COST, "", "≤100万元", "节约资金5万元").trace().reason())
        .isEqualTo("实际 95 万元（100 万元 − 节约资金 5 万元），目标 ≤ 100 万元 → 100%（在限度以内）");
    IndicatorVerdict change = judge(Subcategory.SOCIAL, "", "≥90%", "较上年提高5个百分点");
    assertThat(change.trace().code()).hasValue("JX-T-0278");
    assertThat(change.trace().reason()).isEqualTo("目标 ≥ 90 % 要求达到的数值，实际完成值只给出与其他基准相比的变化（5 %），无法比较");
  }

  @ParameterizedTest(name = "{0} {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the target asks a change: the change answers it, as before
        "SOCIAL | 就业率较上年提高 | ≥2个百分点 | 较上年提高3个百分点 | 1",
        "ECONOMIC | 收入增长率 | ≥5% | 同比增长6% | 1",
        "ECONOMIC | 农民收入 | 同比增长≥5% | 同比增长4% | 0.8",
        "COST | 三公经费 | ≤0万元 | 较上年减少3.2万元 | 1",
        "QUALITY | 公用经费变动率 | ≤0 | 同比下降2.3% | 1",
        // a level reached is no change: 提高到, 降至
        "SOCIAL | 覆盖率 | ≥90% | 较上年提高到95% | 1",
        // the target asks the distance itself: the actual's distance is its level
        "COST | 节约资金 | ≥5万元 | 节约资金6万元 | 1",
        "COST | 节约率 | ≥5% | 节约6% | 1",
        "COST | 成本超支率 | ≤5% | 超支2% | 1",
        "COST | 资金缺口 | ≤50万元 | 资金缺口40万元 | 1",
        // a % on a name of an amount or a count asks a growth
        "ECONOMIC | 旅游收入 | ≥10% | 同比增长12% | 1",
        "ECONOMIC | 村集体经济收入 | ≥5% | 较上年增长8% | 1",
        // a level reached after 为 or 达, and the level beside its change
        "SOCIAL | 覆盖率 | ≥90% | 较上年提高为95% | 1",
        "QUANTITY | 培训人数 | ≥200人 | 比上年增加达250人 | 1",
        "COST | 项目成本 | ≤100万元 | 超额完成任务达95万元 | 1",
        "ECONOMIC | 增加农民收入 | ≥12000元 | 农民人均收入13000元，同比增加1000元 | 1",
        "QUANTITY | 安全事故 | ≤0起 | 0起，较上年减少2起 | 1",
        // a negated distance is a bound or a level; a gap filled is what was paid; a figure done is no plan
        "SOCIAL | 满意度 | ≥90% | 满意度不低于目标值90% | 1",
        "QUANTITY | 培训人数 | ≥200人 | 不少于计划200人 | 1",
        "COST | 项目成本 | ≤100万元 | 未超出预算100万元 | 1",
        "COST | 补助资金 | ≥50万元 | 弥补资金缺口50万元 | 1",
        "COST | 补助资金 | ≥50万元 | 补齐差额50万元 | 1",
        // a change from another time pays for nothing: 补助 names what changed (read as 20 人, 4 %)
        "QUANTITY | 补助人数 | ≥500人 | 补助人数较上年增加20人，达到480人 | 0.96",
        "QUANTITY | 补助人数 | ≥500人 | 补助人数同比增长20人，总数达480人 | 0.96",
        "COST | 补助资金 | ≥50万元 | 补助资金较上年增加5万元，共发放48万元 | 0.96",
        "COST | 预算执行率 | ≥95% | 预算执行96%，结余4% | 1",
        "QUANTITY | 培训人数 | ≥250人 | 按计划完成240人 | 0.96",
        "COST | 资金支付率 | 100% | 预算支付92%，较上年提高8个百分点 | 0.92",
        // a count after 增收 is a count; a name that asks an increase takes the increase; 超标天数
        "QUANTITY | 带动农户数 | ≥150户 | 带动增收300户 | 1",
        "ECONOMIC | 农民收入增加 | ≥500元 | 人均增收600元 | 1",
        "SOCIAL | 就业人数增加 | ≥50人 | 较上年增加60人 | 1",
        "ECONOMIC | 年度旅游收入 | ≥10% | 同比增长12% | 1",
        "ECOLOGICAL | 空气质量超标天数 | ≤10天 | 超标准8天 | 1",
        // words that hold 约, 超 or 差 but state no distance
        "QUANTITY | 签约企业 | ≥3家 | 签约5家 | 1",
        "QUANTITY | 培训人数 | ≥200人 | 培训超过250人 | 1",
        "QUALITY | 差错率 | ≤1% | 差错率0.5% | 1",
      })
  void aChangeAnswersATargetOfAChangeAndTheLevelWordsStayLevels(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    scoredAt(judge(sub, name, target, actual), fraction);
  }

  @Test
  void aDistanceAboveAFloorAlwaysMeetsItAndOneBelowEarnsWhatIsLeft() {
    qt().forAll(integers().between(1, 5000), integers().between(1, 5000), Generate.pick(List.of("超额完成", "超出目标", "比计划多", "比目标多完成")))
        .checkAssert((target, extra, words) -> scoredAt(judge(Subcategory.QUANTITY, "", "≥" + target + "人", words + extra + "人"), BigDecimal.ONE));
    qt().forAll(integers().between(2, 5000), integers().between(1, 5000), Generate.pick(List.of("还差", "比目标少", "缺口", "较计划少")))
        .checkAssert(
            (target, n, words) -> {
              int missing = 1 + n % (target - 1); // 1 .. target - 1
              IndicatorVerdict v = judge(Subcategory.QUANTITY, "", "≥" + target + "人", words + missing + "人");
              assertThat(v.trace().figures().get("actual")).as(v.trace().reason()).isEqualByComparingTo(BigDecimal.valueOf(target - missing));
            });
  }
}

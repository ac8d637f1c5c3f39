package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An actual that states only a bound on the wrong side of its target (满意度低于90%, 培训不足200人
 * against ≥; 投诉率超过1% against ≤) read as its figure and met the target in full, even beside 未达标.
 * It earns what 未达到90% earns, the negated fraction (30 %), or less when the bound allows less. A
 * bound that names a group (低于90%的单位0个) or that a negation governs (没有超过1%) is none.
 */
class StatedBoundsTest {

  @ParameterizedTest(name = "{1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SERVED_SATISFACTION | ≥90% | 满意度低于90% | 0.30",
        "SERVED_SATISFACTION | ≥90% | 满意度不足90%，未达标 | 0.30",
        "QUANTITY | ≥200人 | 培训不到200人 | 0.30",
        "QUANTITY | ≥200人 | 培训少于50人 | 0.245", // 49 at most: counts are whole
        "QUANTITY | ≥95% | 完成率达不到95% | 0.30",
        "QUANTITY | ≥1年 | 服务未满1年 | 0.30",
        "QUALITY | ≤1% | 投诉率超过1% | 0.30",
        "COST | ≤100万元 | 成本超过 100万元 | 0.30",
        // what the bound allows when less: none past a ceiling twice over
        "QUALITY | ≤5次 | 投诉超过10次 | 0",
        "QUALITY | ≤3起 | 超过5起，已逐起追责整改 | 0", // review 75d: 6 at least, twice the ceiling (it read 30 %)
        // more than its number against a ceiling it reaches: 逾, 余 or 多 after the number, a word of more before a magnitude
        "QUANTITY | ≤100人 | 每期培训学员逾百人 | 0.30",
        "QUANTITY | ≤100件 | 全年受理群众投诉百余件 | 0.30",
        "QUANTITY | ≤5000人 | 服务5000余人 | 0.30",
        "COST | ≤100万元 | 项目实际支出上百万元 | 0.30",
        "QUANTITY | ≤50件 | 全年受理群众投诉百余件 | 0",
        "QUANTITY | ≥1000人次 | 受疫情影响，演出观众不足千人次 | 0.30", // a magnitude below
        "COST | ≥95% | 资金到位比例不足90% | 0.30",
        // review 55e: a word of negation inside a name, a comparison that ended before the bound, a reference
        "QUALITY | ≥95% | 垃圾无害化处理率低于95% | 0.30",
        "SOCIAL | ≥90% | 无障碍设施覆盖率低于90% | 0.30",
        "SERVED_SATISFACTION | ≥90% | 满意度较上年有所提高但仍低于90% | 0.30",
        "SERVED_SATISFACTION | ≥90% | 满意度低于90%的目标要求 | 0.30",
        // review 55f: hedges, units, comments and references after the figure; adjectives of 较, words of 比
        "SERVED_SATISFACTION | ≥90% | 满意度低于90%左右，未达到目标 | 0.30",
        "QUANTITY | ≥200人 | 培训不足200名学员 | 0.30",
        "QUANTITY | ≥90% | 完成率不足90%主要是资金到位晚 | 0.30",
        "SERVED_SATISFACTION | ≥90% | 满意度低于90%的既定目标 | 0.30",
        "SERVED_SATISFACTION | ≥90% | 满意及较满意比例低于90% | 0.30",
        "QUANTITY | ≥10场 | 举办比赛不足10场 | 0.30",
        "SERVED_SATISFACTION | ≥90% | 满意度较上年提高但低于90% | 0.30",
      })
  void aBoundOnTheWrongSideOfTheTargetMissesIt(Subcategory sub, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(sub, "", target, actual);
    scoredAt(v, fraction);
    assertThat(v.trace().code()).hasValue("JX-T-0277");
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a bound on the right side, a negated comparison, a hedge
        "QUALITY | ≤1% | 投诉率低于1%",
        "SERVED_SATISFACTION | ≥90% | 满意度高于90%",
        "SERVED_SATISFACTION | ≥90% | 满意度不低于90%",
        "QUANTITY | ≥200人 | 培训不少于200人",
        "COST | ≤100万元 | 成本不超过100万元",
        "SERVED_SATISFACTION | ≥80% | 满意度接近90%", // near a figure above the floor: read as it
        "QUANTITY | ≥3000人 | 新增参保近5000人",
        "QUANTITY | ≥50人 | 最近5000人参加", // 最近: of time
        "TIMELINESS | ≤30天 | 工期未满30天",
        // a bound beyond the target says nothing against it: its figure is read
        "SERVED_SATISFACTION | ≥90% | 满意度低于95%",
        "QUALITY | ≤1% | 投诉率超过0.5%",
        // review 55d: a bound that names a group or a rule, or that a negation governs in its clause
        "SERVED_SATISFACTION | ≥90% | 满意度低于90%的单位0个",
        "QUALITY | ≤1% | 未发生投诉率大于1%的情况",
        "QUALITY | ≤1% | 投诉率没有超过1%",
        "SERVED_SATISFACTION | ≥90% | 满意度低于90%单位0个",
        "QUANTITY | ≥100户 | 为未满18周岁的120户家庭提供服务",
        "QUALITY | ≤1% | 杜绝投诉率超过1%",
        "SERVED_SATISFACTION | ≥90% | 满意度无低于90%",
        "QUALITY | ≤1% | 投诉率不会再超过1%",
        "QUALITY | ≤1% | 未发现投诉率超过1%",
        "SERVED_SATISFACTION | ≥90% | 满意度低于90%的指标已全部整改",
      })
  void aBoundOnTheRightSideOrBeyondTheTargetIsReadAsItsFigure(Subcategory sub, String target, String actual) {
    met(judge(sub, "", target, actual));
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // reviews 70c and 72b: near the floor's own figure is short of it, by how much is not said
        "SERVED_SATISFACTION | ≥90% | 满意度接近90%",
        "QUANTITY | ≥5000人 | 年内新增参保近5000人",
        "QUANTITY | ≥1万人 | 全年接种接近1万人",
        "QUANTITY | ≥2万人 | 覆盖农村人口将近2万人",
        "QUALITY | 100% | 配备率接近100%",
      })
  void nearTheFloorsOwnFigureIsShortOfIt(Subcategory sub, String target, String actual) {
    Judged.undetermined(judge(sub, "", target, actual), "JX-T-0502");
  }
}

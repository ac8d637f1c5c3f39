package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the words beside a figure say of it. A figure followed by 的 and a percentage is that share of it
 * (完成…1座的30%投入, 天津 2020, a real row: 0.3 座, was 1 座). A share stated beside a word that names only
 * a band says where in the band (基本完成,达成率为97%, 宁德 2018, a real row: 97 %, was 基本完成's 80 %).
 * Words saying the target itself was missed contradict a figure that meets it (完成1个，未完成绩效目标任务):
 * undetermined, where the figure was read as met.
 */
class SharesAndVerdictsBesideFiguresTest {

  @ParameterizedTest(name = "{1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUANTITY | 1座 | 完成了公共全视频监控建设联网应用1座的30%投入，未完成绩效目标任务 | 0.3",
        "QUANTITY | 5公里 | 完成5公里的60% | 0.6",
        "QUANTITY | ≥500万元 | 完成投资500万元的80% | 0.8",
        // the share of a target's own figure, as before
        "QUANTITY | 100% | 完成年度计划的85% | 0.85",
      })
  void aFigureFollowedByAShareOfItIsThatShare(Subcategory sub, String target, String actual, BigDecimal fraction) {
    scoredAt(judge(sub, "", target, actual), fraction);
  }

  @Test
  void theReasonQuotesTheShareTheLevelWasReadFrom() {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "", "5公里", "完成5公里的60%");
    assertThat(v.trace().reason()).contains("3 公里").contains("“5公里的60%”");
  }

  @ParameterizedTest(name = "{1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUALITY | 确保完成2018年度任务 | 基本完成,达成率为97% | 0.97",
        "QUALITY | 完成年度任务 | 基本完成，完成率95% | 0.95",
        // lower than the word: the share, as before; a share outside a band of the middle: the word
        "QUALITY | 完成年度任务 | 基本完成，完成率60% | 0.6",
        "QUALITY | 完成年度任务 | 部分完成，完成计划的85% | 0.7",
        // a rate of something else says nothing of the work
        "QUALITY | 完成年度任务 | 基本完成，满意度95% | 0.8",
        // review 60b: nor does a share of a part or of an object named
        "QUALITY | 完成年度任务 | 基本完成，其中主体工程完成100%，附属工程正在收尾 | 0.8",
        "QUALITY | 完成年度任务 | 基本完成，已完成100%的设备采购 | 0.8",
        "QUALITY | 完成年度任务 | 基本完成，完成招标采购100% | 0.8",
        // review 60e: all of it beside 基本 contradicts it, and work outstanding after the share keeps the word's place
        "QUALITY | 完成年度任务 | 基本完成，完成率100% | 0.8",
        "QUALITY | 完成年度任务 | 基本完成，完成率96%，尚余少量收尾工作 | 0.8",
      })
  void aShareStatedBesideAWordOfABandSaysWhereInTheBand(Subcategory sub, String target, String actual, BigDecimal fraction) {
    scoredAt(judge(sub, "", target, actual), fraction);
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUANTITY | 1个 | 已完成1个，未完成绩效目标任务",
        "QUANTITY | 100人 | 培训100人，未完成目标任务",
        "QUANTITY | 100人 | 培训100人，但未完成绩效目标",
        "QUANTITY | ≥100人 | 培训120人，因疫情原因未达到年度目标。",
        // review 60d: a cause between the figure and the miss
        "QUANTITY | ≥100人 | 培训120人，由于资金未及时到位，未完成年度目标",
      })
  void wordsThatTheTargetWasMissedContradictAFigureThatMeetsIt(Subcategory sub, String target, String actual) {
    IndicatorVerdict v = judge(sub, "", target, actual);
    undetermined(v);
    assertThat(v.trace().code()).hasValue("JX-T-0281");
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the words say why, what of it, or deny it; another sentence; the figure short of the target agrees
        "QUANTITY | 100人 | 培训100人，未完成目标任务的原因已分析",
        "QUANTITY | 100人 | 培训100人，无未完成目标任务",
        "QUANTITY | 100人 | 培训100人，不存在未完成任务",
        "QUANTITY | 100人 | 培训120人，超额完成目标任务",
        "QUANTITY | 100人 | 1.培训100人。2.就业指导未完成目标",
        // review 60b: a miss of something else, of another time, or denied; a label
        "QUANTITY | 100人 | 1.培训120人，2.就业指导未完成目标",
        "QUANTITY | 100人 | 培训120人，考核通过率未达到预期目标",
        "QUANTITY | 100人 | 培训120人，已弥补上年未完成任务",
        "QUANTITY | 100人 | 培训120人，未出现未完成任务",
        "QUANTITY | 100人 | 培训120人，未完成任务：无",
        // review 60b: a share that says who the figure's people are is no share of the work
        "QUANTITY | 200人 | 培训200人的30%为女性",
        "QUANTITY | 100人 | 参训100人的95%通过考核",
        // review 60d: 达到 before a share names a subset; a miss before the figure, or made good after it, or after
        // a clause of an earlier time
        "QUANTITY | ≥200人 | 培训200人，合格学员达到200人的95%",
        "QUANTITY | ≥100人 | 上半年受疫情影响，未完成计划任务，下半年加大力度，全年培训120人",
        "QUANTITY | ≥10个 | 建成10个，其中3个村原定去年建成，未完成计划任务，今年一并完成",
        "QUANTITY | ≥12期 | 开展培训12期，此前因场地原因，未完成计划任务",
        // review 60e: what follows the miss scopes, answers or undoes it
        "QUANTITY | ≥100人 | 培训120人，未完成目标，系上年数据",
        "QUANTITY | ≥100人 | 培训120人，未完成指标，无",
        "QUANTITY | ≥100人 | 培训120人，受疫情影响未达到预期目标，四季度已补足",
      })
  void wordsThatSayWhyOrDenyItLeaveTheFigure(Subcategory sub, String target, String actual) {
    met(judge(sub, "", target, actual));
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUANTITY | 100人 | 培训80人，未完成目标任务 | 0.8",
      })
  void aFigureShortOfTheTargetAgreesWithTheWords(Subcategory sub, String target, String actual, BigDecimal fraction) {
    scoredAt(judge(sub, "", target, actual), fraction);
  }
}

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
 * The steps of a work of building, in order (设计 → 招标 → 开工 → 主体 → 完工 → 验收 …): a deadline that names one step is
 * met by that step or a later one taken, and says nothing of an earlier one. 已完成招标 against 按期完工 was 100 %; 已开工
 * against 按期开工 was undetermined.
 */
class WorkStepsTest {

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TIMELINESS | 按期完工 | 已完成招标，正在施工",
        "TIMELINESS | 按期完工 | 已完成招标工作，正在组织施工",
        "TIMELINESS | 年内完工 | 已完成项目立项及可研批复",
        "TIMELINESS | 按期竣工 | 招标工作已完成",
        // a date of the earlier step is not the date the step asked was taken
        "TIMELINESS | 2023年12月底前完工 | 2023年5月完成招标，8月开工",
        "TIMELINESS | 2023年6月底前开工 | 2023年5月完成招标",
        // no time indicator, but the target sets a deadline
        "QUANTITY | 2023年12月底前竣工 | 已完成施工图设计",
      })
  void completionOfAnEarlierStepSaysNothingOfTheStepAsked(Subcategory sub, String target, String actual) {
    IndicatorVerdict v = judge(sub, "", target, actual);
    undetermined(v);
    assertThat(v.trace().code()).hasValue("JX-T-0283");
  }

  @Test
  void theReasonNamesTheStepDoneAndTheStepAsked() {
    IndicatorVerdict v = judge(Subcategory.TIMELINESS, "", "按期完工", "已完成招标，正在施工");
    assertThat(v.trace().args()).containsEntry("done", "招标").containsEntry("asked", "完工");
    assertThat(v.trace().reason()).contains("招标").contains("完工");
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TIMELINESS | 按期开工 | 已开工",
        "TIMELINESS | 按期开工建设 | 项目已开工建设",
        "TIMELINESS | 2023年6月前开工 | 已开工",
        "TIMELINESS | 按期开工 | 已进场施工",
        "TIMELINESS | 按期开工 | 项目已于3月开工",
        // the project is not due; the step asked was taken
        "TIMELINESS | 按期开工建设 | 项目已开工，工期未满",
        // review 61b: an earlier step's clause left out, the rest says the step was taken
        "TIMELINESS | 按期完工 | 已完成招标，项目已于11月底全部完工",
        "TIMELINESS | 按期完工 | 已完成施工招标，道路已通车",
        // review 61d: the building under way was begun
        "TIMELINESS | 按期开工 | 已完成招标，目前正在施工",
        "TIMELINESS | 按期开工 | 已完成招标，桩基施工中",
        "TIMELINESS | 按期开工 | 已完成施工招标，施工单位正在进场",
      })
  void theStepAskedOrALaterOneTakenMeetsTheTarget(Subcategory sub, String target, String actual) {
    IndicatorVerdict v = judge(sub, "", target, actual);
    met(v);
    assertThat(v.trace().code()).hasValue("JX-T-0284");
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the step asked, or a later one, done in the same words
        "TIMELINESS | 按期完工 | 已完成招标、施工及验收",
        "TIMELINESS | 按期完工 | 已完成设计、招标和施工",
        "TIMELINESS | 按期完工 | 已完成主体工程及附属工程建设",
        "TIMELINESS | 按期完工 | 通过公开招标选定施工单位，项目已完工",
        "TIMELINESS | 按期完工 | 已建成投入使用",
        "TIMELINESS | 年内完工 | 施工已完成",
        "TIMELINESS | 2023年12月底前完工 | 2023年3月完成招标，11月竣工",
        // a step used as a rule to follow, or of a party
        "TIMELINESS | 按期完工 | 项目已按设计要求全部完成",
        // review 61b: an earlier step beside other work, a purchase, a step that ends in its own word, later words of use
        "TIMELINESS | 按期完工 | 立项批复的建设内容已全部完成",
        "TIMELINESS | 按期完工 | 已完成招标、合同签订及建设任务",
        "TIMELINESS | 按期完工 | 已完成设计施工",
        "TIMELINESS | 按期完工 | 已完成设备采购安装",
        "TIMELINESS | 2023年12月底前完成系统建设 | 已完成系统开发设计并上线运行",
        "TIMELINESS | 按期完工 | 已完成主体工程，正在进行附属工程施工",
        "TIMELINESS | 按期投入使用 | 市场已建成，商户已进场经营",
        // review 61d: the rest of the actual says the step was done in words of its own, read as before
        "TIMELINESS | 按期完工 | 已完成招标，工程于2023年11月竣工",
        "TIMELINESS | 按期完工 | 已完成招标，道路全线贯通",
        "TIMELINESS | 2023年12月底前完工 | 2023年4月开工建设，当年建成投用",
        // review 61e: what follows the building is pending or under way: the building was done
        "TIMELINESS | 按期完工 | 已完成招标，待竣工验收",
        "TIMELINESS | 按期完工 | 已完成招标，目前正在试运行",
        "TIMELINESS | 2023年12月底前完工 | 2023年8月开工，待验收",
        // review 61b: the target's step is the point a time counts from; the payment is asked
        "TIMELINESS | 项目验收后30日内拨付补助资金 | 项目建成后补助资金已及时足额拨付",
        "TIMELINESS | 工程验收后及时拨付尾款 | 竣工后尾款已及时拨付",
        // the target names no step, several, or the same one
        "TIMELINESS | 按期完成 | 已完成招标",
        "TIMELINESS | 2023年6月底前完成招标，12月底前完工 | 已完成招标",
        "TIMELINESS | 按期完成采购 | 已完成采购",
        // no time indicator and no deadline: the scope is deadlines
        "QUANTITY | 完成项目建设 | 已完成招标",
      })
  void otherWordsOfStepsAreReadAsBefore(Subcategory sub, String target, String actual) {
    met(judge(sub, "", target, actual));
  }

  /** Review 61b: the words of taking must stand right before the step, with nothing after it. */
  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TIMELINESS | 按期开工 | 已办理开工手续",
        "TIMELINESS | 按期开工 | 已计划5月开工",
        "TIMELINESS | 按期开工 | 已确定开工时间",
        "TIMELINESS | 按期验收 | 已申请验收",
        "TIMELINESS | 按期开工 | 设计单位已进场开展勘察",
        // the step is the point a time counts from: what is asked after it is not said
        "TIMELINESS | 自开工之日起180天内完成 | 项目已开工",
        "TIMELINESS | 项目开工后拨付50%资金 | 项目已开工",
        // review 61d: a part, or something else, taken; the step named of a thing
        "TIMELINESS | 按期完工 | 部分路段已通车",
        "TIMELINESS | 按期开工 | 建筑材料已进场",
        "TIMELINESS | 按期开工 | 勘察单位已进场",
        "TIMELINESS | 按期竣工 | 预付款已结算",
        "TIMELINESS | 按期验收 | 初步验收工作已结束",
        "TIMELINESS | 开工建设后6个月内完成全部工程 | 项目已于2023年5月开工建设",
        "TIMELINESS | 开工报告按时报送 | 项目已开工",
        // review 61e: a road opens before its acceptance; work remains elsewhere; what comes before the building
        "TIMELINESS | 按期完成竣工验收 | 道路已通车",
        "TIMELINESS | 按期完工 | 全线已通车，绿化工程仍在施工",
        "TIMELINESS | 按期开工 | 已完成招标，正在办理施工许可证",
        "TIMELINESS | 按期开工 | 已完成招标，施工合同正在签订中",
      })
  void wordsNearAStepThatDoNotSayItWasTakenDecideNothing(Subcategory sub, String target, String actual) {
    assertThat(judge(sub, "", target, actual).trace().code()).isNotEqualTo(java.util.Optional.of("JX-T-0284"));
  }

  @Test
  void aShareOfTheWorkStillDecides() {
    scoredAt(judge(Subcategory.TIMELINESS, "", "年内完工", "主体施工已完成80%"), new BigDecimal("0.8"));
  }

  @Test
  void theStepAskedNotTakenIsNotAchieved() {
    // the tender's 完成 no longer mixes with 尚未开工 (70 %): only the step asked is read
    scoredAt(judge(Subcategory.TIMELINESS, "", "按期开工", "已完成招标，尚未开工"), new BigDecimal("0.3"));
  }
}

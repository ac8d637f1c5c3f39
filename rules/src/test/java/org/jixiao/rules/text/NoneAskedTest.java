package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 无 as the target of an indicator that counts something unwanted (review 62b, class I) asks none of it, as
 * 无安全事故 does: 无 / 无 was dropped as not filled, and 无 / 发生1起 or 无 / 0起 left undetermined for want of
 * a target. In an ordinary indicator's cell 无 stays the placeholder it was.
 */
class NoneAskedTest {

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SOCIAL | 建筑施工安全事故 | 无 | 无",
        "SOCIAL | 建筑施工安全事故 | 无 | 未发生",
        "SOCIAL | 建筑施工安全事故 | 无 | 0起",
        "SOCIAL | 建筑施工安全事故 | 无。 | 无",
        "QUALITY | 虚报冒领补助资金情况 | 无 | 无",
        "QUALITY | 违规使用专项资金问题 | 无 | 无",
        "QUALITY | 挪用扶贫项目资金 | 无 | 无",
        "SERVED_SATISFACTION | 游客有效投诉件数 | 无 | 0件",
        "SOCIAL | 进京越级上访 | 无 | 无越级上访",
        "SOCIAL | 有无发生校园欺凌事件 | 无 | 无",
        "ECOLOGICAL | 突发环境污染事件发生率 | 无 | 0",
        // not a single one (review 65b: 一起 after 未发生 was read as 1起)
        "SOCIAL | 学校食品安全事故 | 无 | 全年未发生一起食品安全事故",
        "SOCIAL | 校园安全责任事故 | 无 | 全年未出现一起安全责任事故",
        // review 65c: a count of other work beside none of the thing, or 1 after a denied occurrence
        "SOCIAL | 道路交通安全事故 | 无 | 未发生交通安全事故，开展路面巡查260次",
        "SERVED_SATISFACTION | 旅游服务投诉 | 无 | 接待游客3.2万人次，无投诉",
        "SOCIAL | 燃气安全事故 | 无 | 全年未发生1起燃气安全事故",
      })
  void noneAskedIsMetByNoneReported(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    met(v);
    assertThat(v.trace().rule()).isEqualTo("quantitative");
    assertThat(v.trace().reason()).contains("（“" + target + "”）");
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SOCIAL | 生产安全事故 | 0起 | 全年未发生一起生产安全事故",
        "SOCIAL | 重大疫情 | ≤0例 | 无一例输入病例",
      })
  void notASingleOneIsNone(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SOCIAL | 建筑施工安全事故 | 无 | 发生一般事故1起",
        "SOCIAL | 建筑施工安全事故 | 无 | 2起",
        "SERVED_SATISFACTION | 游客有效投诉件数 | 无 | 收到有效投诉3件，均已办结",
        "QUALITY | 挤占挪用项目资金 | 无 | 审计发现挪用资金1起",
      })
  void noneAskedIsMissedByAnyReported(Subcategory sub, String name, String target, String actual) {
    scoredAt(judge(sub, name, target, actual), BigDecimal.ZERO);
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an ordinary indicator: 无 is not filled
        "QUALITY | 补助资金发放准确率 | 无 | 无",
        "QUANTITY | 培训场次 | 无 | 无",
        // the name counts something else after the unwanted thing, or handles it
        "QUANTITY | 安全事故应急预案修订次数 | 无 | 无",
        "QUALITY | 投诉办结率 | 无 | 无",
        "QUALITY | 安全隐患整改 | 无 | 无",
        "SERVED_SATISFACTION | 投诉人满意度 | 无 | 无",
        // a word unwanted as a figure that names the work as often (review 65b): the cases and changes are the work
        "QUALITY | 畜牧业结构调整 | 无 | 无",
        "QUANTITY | 行政复议案件数 | 无 | 无",
        "QUANTITY | 12345热线受理问题数 | 无 | 无",
        // the name says none itself: 无 may be either
        "SOCIAL | 无事故运行天数 | 无 | 无",
        // other placeholders, or an actual not filled
        "SOCIAL | 建筑施工安全事故 | / | 无",
        "SOCIAL | 建筑施工安全事故 | 暂无 | 无",
        "SOCIAL | 建筑施工安全事故 | 无 | /",
        "SOCIAL | 建筑施工安全事故 | 无 | ''",
      })
  void elsewhereNoneIsStillNotFilled(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.NOT_APPLICABLE);
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an ordinary indicator with 无 as its target has no target to compare a figure with, as before
        "QUANTITY | 培训场次 | 无 | 6场",
        "QUALITY | 验收合格率 | 无 | 98%",
        "QUANTITY | 行政复议案件数 | 无 | 36件",
        // a count of other work only: it says nothing of the thing asked
        "SOCIAL | 道路交通安全事故 | 无 | 开展路面巡查260次",
      })
  void anOrdinaryTargetOfNoneStillAsksNothing(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    assertThat(v.trace().rule()).isNotEqualTo("quantitative");
    if (v.outcome() == Outcome.UNDETERMINED) {
      undetermined(v);
    }
  }
}

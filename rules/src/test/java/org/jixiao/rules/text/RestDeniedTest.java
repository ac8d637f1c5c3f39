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
 * Under a floor on a share of something wanted, a denial of the share's unwanted rest says the share is whole (review
 * 68s): 无一例不合格 under 合格率 read 70 % (as 不合格), 未出现识别错误 under 识别准确率 30 % (as 未…), 无一户遗漏 under
 * 覆盖率 undetermined. A double negation (无…不合格, 无…未办结), a count of one (无一X), words of occurrence and the name's
 * own field between are such a denial (rest-denied, JX-T-0291); a degree, a hedge, a shortfall and a denial of another
 * thing are not, and read as before.
 */
class RestDeniedTest {

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a double negation: the share's wanted word negated, after a count of one
        "QUALITY | 合格率 | ≥90% | 无一例不合格",
        "QUALITY | 培训合格率 | ≥90% | 无一人不合格",
        "QUALITY | 验收合格率 | 100% | 没有一项不合格",
        "QUALITY | 办结率 | 100% | 无一件未办结",
        "QUALITY | 案件办结率 | ≥95% | 全年案件没有一件未办结",
        "TIMELINESS | 兑付及时率 | 100% | 没有一笔拖欠",
        "TIMELINESS | 按时完成率 | 100% | 没有一项逾期",
        "SERVED_SATISFACTION | 满意度 | ≥90% | 无一人不满意",
        "TIMELINESS | 按时完成率 | 100% | 无一项未按时完成",
        "QUALITY | 覆盖率 | 100% | 无未覆盖区域",
        // a word of the rest in the pairs, after words of occurrence, the name's field or a count of one
        "QUALITY | 识别准确率 | ≥98% | 未出现识别错误",
        "QUALITY | 发放准确率 | 100% | 未发生错发漏发",
        "QUALITY | 资金发放准确率 | 100% | 没有出现错发、漏发现象",
        "TIMELINESS | 按时完成率 | 100% | 没有一项逾期",
        "QUALITY | 覆盖率 | 100% | 无遗漏",
        "QUALITY | 覆盖率 | 100% | 无一户遗漏",
        "QUALITY | 设备完好率 | ≥95% | 无一台设备损坏",
        "QUALITY | 路灯完好率 | ≥95% | 没有一盏损坏",
        "QUALITY | 档案完整率 | 100% | 档案无缺失",
        "QUALITY | 传染病报告率 | 100% | 无漏报",
        "TIMELINESS | 项目按时完工率 | ≥90% | 没有一个项目延期",
      })
  void aDenialOfTheRestOfAWantedShareMeetsIt(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    met(v);
    assertThat(v.trace().code()).as(v.trace().reason()).contains("JX-T-0291");
  }

  @ParameterizedTest(name = "{1} | {2} | {3} → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a shortfall that only looks like a denial
        "QUALITY | 合格率 | ≥95% | 未全部合格 | 0.3",
        "QUALITY | 办结率 | 100% | 没有全部办结 | 0.3",
        "TIMELINESS | 按时完成率 | 100% | 无法按期完成 | 0.7",
        "TIMELINESS | 办结率 | 100% | 未能按时办结 | 0.3",
        "QUALITY | 办结率 | 100% | 部分未办结 | 0.7",
        // a count of failures or a failure named beside the denial
        "TIMELINESS | 按时完成率 | 100% | 无一例差错，逾期3件 | 0.3",
        "QUALITY | 覆盖率 | 100% | 无一户遗漏，但有个别户未覆盖 | 0.7",
        // a degree of what is denied: read as the band reads it
        "QUALITY | 合格率 | ≥95% | 无严重不合格 | 0.3",
        // the same words under a share of something unwanted: a ceiling met by absence
        "QUALITY | 差错率 | ≤1% | 未出现差错 | 1",
        "QUALITY | 差错率 | ≤1% | 无一例差错 | 1",
      })
  void aShortfallOrACeilingReadsAsBefore(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    scoredAt(v, fraction);
    assertThat(v.trace().code()).as(v.trace().reason()).isNotEqualTo(java.util.Optional.of("JX-T-0291"));
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // another thing denied, with or without a count of one
        "QUALITY | 合格率 | ≥90% | 无投诉",
        "QUALITY | 覆盖率 | 100% | 无一户投诉",
        "QUALITY | 合格率 | ≥90% | 无一例安全事故",
        // a degree or a hedge: part of the rest
        "QUALITY | 准确率 | ≥98% | 无重大错误",
        "QUALITY | 准确率 | ≥98% | 无一起重大差错",
        "QUALITY | 覆盖率 | 100% | 无明显遗漏",
        "QUALITY | 覆盖率 | 100% | 基本无遗漏",
        // the rest qualifying a report: the complaints are denied
        "QUALITY | 办结率 | 100% | 无未办结投诉",
        // a failure named beside
        "QUALITY | 准确率 | ≥98% | 无一处错误，但有一处遗漏",
      })
  void aDenialOfAnotherThingOrOfAPartIsUndetermined(Subcategory sub, String name, String target, String actual) {
    undetermined(judge(sub, name, target, actual));
  }

  /**
   * Review 68t: the denial must state a result about the whole base the share counts, and of the share the name asks.
   * None of these reads met (they read as the band or the other readings do).
   */
  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a question, an aim, a denial denied
        "QUALITY | 覆盖率 | 100% | 有无遗漏有待核实",
        "QUALITY | 资料完整率 | 100% | 有没有缺失尚不清楚",
        "QUALITY | 覆盖率 | 100% | 确保无遗漏",
        "QUALITY | 覆盖率 | 100% | 目标是无遗漏",
        "QUALITY | 办结率 | 100% | 争取无未办结案件",
        "QUALITY | 覆盖率 | 100% | 并非没有遗漏",
        "QUALITY | 报告率 | 100% | 很难说没有漏报",
        // a part of the base
        "QUALITY | 覆盖率 | 100% | 城区无遗漏",
        "QUALITY | 报告率 | 100% | 本月无漏报",
        "QUALITY | 覆盖率 | 100% | 多数乡镇无遗漏",
        // a pair of a word the share does not count: the share is of time, or of completion
        "TIMELINESS | 传染病报告及时率 | 100% | 无漏报",
        "TIMELINESS | 按时上报率 | 100% | 无漏报",
        "QUALITY | 年度报告审核完成率 | 100% | 无漏报",
        // two shares, one told
        "QUALITY | 救助覆盖率和准确率 | 100% | 无遗漏",
        // a part left beside, a kind or a whole after 一, a consequence denied
        "QUALITY | 准确率 | 100% | 无错发，个别对象信息有误",
        "QUALITY | 办结率 | 100% | 无未办结，另有部分案件转下年度办理",
        "QUALITY | 合格率 | 100% | 无一类不合格项",
        "QUALITY | 覆盖率 | 100% | 无一村整村遗漏",
        "QUALITY | 报告率 | 100% | 无漏报导致的疫情扩散",
        // a report of the rest denied: the reports are (review 68u)
        "QUALITY | 设备完好率 | ≥95% | 无损坏设备报告",
        "QUALITY | 设备完好率 | ≥95% | 无设备损坏报告",
      })
  void aDenialNotOfTheWholeBaseOrNotOfTheShareAskedIsNotMet(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    assertThat(v.trace().method()).isNotEqualTo("rest-denied");
    assertThat(v.fraction().filter(f -> f.compareTo(BigDecimal.ONE) == 0)).as(v.trace().reason()).isEmpty();
  }

  @Test
  void theReasonNamesTheRestDeniedAndTheShare() {
    IndicatorVerdict v = judge(Subcategory.QUALITY, "低保金发放准确率", "100%", "无错发漏发");
    assertThat(v.trace().reason()).isEqualTo("完成情况“无错发漏发”否认了指标“低保金发放准确率”所计比率的其余部分（无错发漏发），即该比率为全部 → 达成年度指标 → 100%");
    assertThat(v.trace().method()).isEqualTo("rest-denied");
  }
}

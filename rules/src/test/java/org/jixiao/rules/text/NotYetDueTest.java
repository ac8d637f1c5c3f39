package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.undetermined;

import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An actual of a time indicator that says the work is not yet due (尚在建设工期内，未到完工日期; 东江
 * 2020, a real row) is neither on time nor late: it was read as 未… (30 %) or, beside 实际完成值为0, as
 * mixed (70 %).
 */
class NotYetDueTest {

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TIMELINESS | 2021年4月15日 | 全年实际完成值为0，因项目尚在建设工期内，未到完工日期",
        "TIMELINESS | 2021年4月15日 | 尚在建设工期内，未到完工日期",
        "TIMELINESS | 2021年12月底前 | 未到完工日期",
        "TIMELINESS | 按合同工期完成 | 项目尚未到期",
        "TIMELINESS | 按时完成 | 未到合同约定的完工时间",
        "TIMELINESS | 按时完成 | 工期未满，尚在施工",
        // the indicator is no time indicator, but its target sets a deadline
        "QUALITY | 2023年10月底前 | 未到验收时间",
      })
  void workNotYetDueIsUndetermined(Subcategory sub, String target, String actual) {
    IndicatorVerdict v = judge(sub, "", target, actual);
    undetermined(v);
    assertThat(v.trace().code()).hasValue("JX-T-0280");
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a time taken, a date done, no date
        "TIMELINESS | ≤30天 | 工期未满30天",
        "TIMELINESS | 2023年10月底前 | 2023年9月完成",
        "TIMELINESS | 按时完成 | 按时完成",
        // review 60b: words that the work was done decide, whatever is not yet due
        "TIMELINESS | 按时完成 | 项目在建设期内按进度推进，已按期完工",
        "TIMELINESS | 按时支付 | 已到期款项均按期支付，未到期款项将按合同支付",
      })
  void timeTakenOrDoneIsReadAsBefore(Subcategory sub, String target, String actual) {
    met(judge(sub, "", target, actual));
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // no date: 未到位, 未到达; and a quality indicator whose target sets no deadline
        "TIMELINESS | 按时完成 | 资金未到位",
        "QUALITY | 合格 | 未到验收时间",
        // words that the work was done: 提前完工 (read as 未…, 30 %, as before: the 未 of 未到期 reaches it)
        "TIMELINESS | 按时完成 | 项目未到期但已提前完工",
        "TIMELINESS | 按时收回 | 尚未到期的贷款已全部收回",
        // review 60d: a step dated, and what is not yet due is a warranty or a contract
        "TIMELINESS | 2023年4月底前开工 | 2023年4月10日开工建设，尚在建设工期内",
        "TIMELINESS | 按时完成 | 设备已安装调试完毕，质保期尚未到期",
        "TIMELINESS | 按时完成 | 补贴资金已发放到位；管护合同尚未到期",
        // review 60e: a step dated by a half or a quarter of the year
        "TIMELINESS | 2023年上半年开工 | 上半年开工，项目尚在建设工期内",
        "TIMELINESS | 2023年底前主体封顶 | 已于2023年第三季度封顶，尚在合同工期内",
      })
  void otherWordsOfNotYetAreNoDueDate(Subcategory sub, String target, String actual) {
    assertThat(judge(sub, "", target, actual).trace().code()).isNotEqualTo(java.util.Optional.of("JX-T-0280"));
  }

  /**
   * 东疆 2020 (https://www.dongjiang.gov.cn/contents/24/15313.html, 直达资金2020年度绩效自评, real rows): a zero
   * explained by work not yet due measures nothing yet. It was 0.
   */
  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUALITY | 项目竣工验收合格率 | 100% | 0,因项目尚在建设工期内,未到竣工验收环节",
        "QUANTITY | 项目计划完工率 | 100% | 0,因项目尚在建设工期内,未到竣工验收环节",
        "TIMELINESS | 验收及时率 | 100% | 0，项目尚未到期",
        // the zero named as the actual value (review 78b h013, h018)
        "QUALITY | 项目竣工验收合格率 | 100% | 全年实际完成值为0,因项目尚在建设工期内,未到竣工验收环节",
        "QUANTITY | 项目计划完工率 | 100% | 实际完成值:0,项目尚在建设工期内",
      })
  void aZeroOfWorkNotYetDueIsUndetermined(Subcategory sub, String name, String target, String actual) {
    IndicatorVerdict v = judge(sub, name, target, actual);
    undetermined(v);
    assertThat(v.trace().code()).hasValue("JX-T-0280");
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a zero that is the answer: a target of none, or a figure beside the words
        "QUALITY | 安全事故 | 0起 | 0起，项目尚在建设工期内",
        "QUANTITY | 完工率 | 100% | 60%，项目尚在建设工期内",
        // review 61b: an amount, not a rate; a word of delay beside the zero
        "QUANTITY | 完成投资 | 500万元 | 0万元，工程尚在建设工期内",
        "QUANTITY | 受益人数 | ≥2000人 | 0，项目尚在合同工期内",
        "QUALITY | 验收合格率 | 100% | 0，工程严重滞后，尚在建设工期内",
        // review 61d: a rate of money, and words of delay or of work stopped
        "COST | 预算执行率 | ≥95% | 0，项目尚在建设工期内",
        "QUANTITY | 完工率 | 100% | 0%，尚在建设工期内，项目已停工",
        // review 61e: money, though the name names a step; work stopped in other words
        "COST | 竣工项目预算执行率 | ≥90% | 0，项目尚在建设工期内",
        "QUALITY | 竣工验收合格率 | 100% | 0，工期未满，项目已暂停施工",
        // the zero named as the actual beside words of delay
        "QUALITY | 验收合格率 | 100% | 全年实际完成值为0,工程严重滞后,尚在建设工期内",
      })
  void otherFiguresBesideWorkNotYetDueStand(Subcategory sub, String name, String target, String actual) {
    assertThat(judge(sub, name, target, actual).outcome()).isEqualTo(org.jixiao.core.evaluation.Outcome.SCORED);
  }
}

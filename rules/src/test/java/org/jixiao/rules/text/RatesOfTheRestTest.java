package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rate that counts the rest of the one asked answers it as 100 % less its figure: 差错率0.5% against
 * 准确率≥98% read 0.51 % (0.5 / 98), 不合格率2% against 合格率≥95% 2.11 %, 逾期率3% against
 * 按时完成率≥95% 30 % (逾期 read as a word); a reader takes them as 99.5 %, 98 % and 97 %.
 */
class RatesOfTheRestTest {

  @ParameterizedTest(name = "{0} {1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // late and on time, errors and accuracy, failure and success
        "按时完成率 | ≥95% | 逾期率3% | 1",
        "办结及时率 | ≥95% | 超期率2% | 1",
        "按时完成率 | 100% | 逾期率为4% | 0.96",
        "准确率 | ≥98% | 差错率0.5% | 1",
        "成功率 | ≥90% | 失败率5% | 1",
        // good and bad reviews, compliance and breaches, the standard met and exceeded, intact and broken
        "好评率 | ≥95% | 差评率2% | 1",
        "好评率 | ≥95% | 差评率为0 | 1",
        "资金使用合规率 | 100% | 违规率3% | 0.97",
        "污水排放达标率 | ≥95% | 超标率2% | 1",
        "设备完好率 | ≥95% | 故障率为0 | 1",
        // a rate and the same rate negated, either way round; 满意度 is 满意's rate too
        "合格率 | ≥95% | 不合格率2% | 1",
        "验收合格率 | 100% | 不合格率10% | 0.90",
        "满意度 | ≥90% | 不满意率5% | 1",
        "资金到位率 | 100% | 未到位率10% | 0.90",
        // a ceiling on the rest answered by the rate asked's other side
        "差错率 | ≤2% | 准确率99% | 1",
        "不合格率 | ≤2% | 合格率99% | 1",
        "逾期率 | ≤5% | 按时完成率96% | 1",
        // zero of the rest: the whole
        "准确率 | 100% | 差错率为0 | 1",
        "准确率 | 100% | 差错率0% | 1",
        // review 54b: 均为, a rate kept to a figure, a negated name of five characters
        "按时完成率 | ≥95% | 逾期率均为2% | 1",
        "按时完成率 | ≥95% | 逾期率控制在3%以内 | 1",
        "项目按时完成率 | ≥95% | 未按时完成率3% | 1",
        // a share of another rate does not answer beside the rest of the one asked
        "整改及时率 | 100% | 整改完成率100%，超期整改率5% | 0.95",
        // review 54c: 完成率 is no 按时完成率, though it ends it
        "按时完成率 | 100% | 完成率100%，逾期率10% | 0.90",
        // review 67s: the wanted word anywhere in the name before its 率, and shares named …性 or …度
        "补贴及时足额发放率 | 100% | 逾期率2% | 0.98",
        "及时(按期)完工率 | 100% | 延期率5% | 0.95",
        "数据报送准确性 | 100% | 差错率1% | 0.99",
        "群众好评度 | 100% | 差评率3% | 0.97",
        // review 67s: pairs added (arrears of payment, pupils dropping out, trees dying, items failing, breaches of norms)
        "工资支付率 | 100% | 拖欠率2% | 0.98",
        "义务教育巩固率 | 100% | 辍学率1% | 0.99",
        "造林成活率 | 100% | 死亡率10% | 0.90",
        "验收通过率 | 100% | 不合格率5% | 0.95",
        "执法行为规范率 | 100% | 违规率4% | 0.96",
      })
  void theRateOfTheRestIsRestated(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, name, target, actual);
    scoredAt(v, fraction);
    if (fraction.signum() > 0 && v.trace().rule().equals("quantitative")) {
      assertThat(v.trace().reason()).contains("100 % −");
    }
  }

  @ParameterizedTest(name = "{0} {1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the rate asked, given beside the rest, answers first
        "按时完成率 | ≥95% | 按时完成率96%，逾期率4% | 1",
        "按时完成率 | 100% | 按时完成率96%，逾期率2% | 0.96",
        // the rate asked itself is no rest of it
        "逾期率 | ≤5% | 逾期率3% | 1",
        "合格率 | 100% | 合格率90% | 0.90",
        "不合格率 | ≤2% | 不合格率5% | 0",
        // no pair: a rate of lateness is no share of coverage (left to its word, 逾期: 30 %)
        "覆盖率 | ≥95% | 逾期率3% | 0.30",
        // review 54c: 非常 and 非遗 are no negations, a satisfaction with complaints no rate of them
        "保护率 | ≥90% | 非遗保护率95% | 1",
        "服务对象满意度 | ≥90% | 投诉满意率95% | 1",
        // a satisfaction with timeliness is no share of it; 不及时率 is the rest, not the share
        "群众对办事及时的满意度 | 100% | 逾期率3% | 0.30",
        "不及时率 | ≤5% | 逾期率3% | 1",
      })
  void otherRatesAreNotRestated(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, name, target, actual);
    scoredAt(v, fraction);
    assertThat(v.trace().reason()).doesNotContain("100 % −");
  }

  @Test
  void theReasonShowsTheFigureAsPrintedAndRestated() {
    IndicatorVerdict v = judge(Subcategory.TIMELINESS, "按时完成率", "≥95%", "逾期率3%");
    assertThat(v.trace().reason()).contains("97 %").contains("100 % − 逾期率 3 %").contains("≥ 95 %");
  }
}

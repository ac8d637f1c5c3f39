package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
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
 * A ceiling on a time taken answered by words of handling on the day or at once (review 70c: 当日办结 under ≤ 3 个工作日
 * had no figure and was undetermined): met, with the words quoted ({@code same-day}, JX-T-0296). Not when denied,
 * aimed at, said of no handling, or on the day against a ceiling of hours; denied, they leave the ceiling undetermined
 * ({@code day-denied}, JX-T-0298).
 */
class SameDayTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "办理时限 | ≤3个工作日 | 当日办结",
        "办理时限 | ≤5天 | 即时办结",
        "办理时限 | ≤1个工作日 | 即来即办",
        "响应时间 | ≤2小时 | 接到报修后立即处理", // at once: within any ceiling
        "办理时限 | ≤3个工作日 | 受理120件，均当日办结", // a count of another unit beside it
        "投诉处理时限 | ≤7天 | 群众投诉当天受理、当场答复",
        "材料审核时限 | ≤2天 | 次日办结", // the next day: within two days or a working day
        "资格审核时限 | ≤1个工作日 | 次日办结",
        "信访事项办理时限 | ≤30天 | 当月受理，当月办结", // review 72a: the month, within 30 days, 22 working days or a month
        "审批办理时限 | ≤1个月 | 当月办结",
        "企业开办办理时限 | ≤7天 | 当周受理当周办结", // the week: within 7 days or 5 working days
        "不动产登记办理时限 | ≤5个工作日 | 本周内办结",
      })
  void handlingOnTheDayOrAtOnceMeetsTheCeiling(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.TIMELINESS, name, target, actual);
    assertThat(v.trace().method()).as(v.trace().reason()).isEqualTo("same-day");
    assertThat(v.fraction().orElseThrow()).isEqualByComparingTo(BigDecimal.ONE);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "响应时间 | ≤2小时 | 当日处理", // which hour of the day is not said
        "办理时限 | ≤3个工作日 | 未能当日办结",
        "办理时限 | ≤3个工作日 | 确保当日办结",
        "办理时限 | ≤3个工作日 | 5个工作日内办结", // a figure of time answers
        "办理时限 | ≤3个工作日 | 当天的会议已召开", // no handling said
        "材料审核时限 | ≤1天 | 次日办结",
        "办理时限 | ≤3个工作日 | 95%的事项当日办结", // what the rest took is not said
        "办理时限 | ≤3个工作日 | 大部分事项当日办结",
        "低保申请审核时限 | ≤30天 | 当月受理，次月办结", // review 72a: the work went on past the month
        "12345工单办结时限 | ≤30天 | 10月受理120件，当月办结115件，5件于次月办结",
        "材料审核时限 | ≤1天 | 当日受理，次日办结", // the widest stretch said is the one the work took
        "审批办理时限 | ≤20个工作日 | 当月办结", // a month may hold 22 working days
        "审批办理时限 | ≤15天 | 当月办结",
        "补贴发放时限 | ≤30天 | 当月15日发放", // a date, not a stretch of handling
      })
  void otherWordsOfTheDayAreNotReadSo(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.TIMELINESS, name, target, actual);
    assertThat(v.trace().method()).as(v.trace().reason()).isNotEqualTo("same-day");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "企业开办办理时限 | ≤3个工作日 | 未能当日办结", // review 71c: it read 30 %, yet three days may have sufficed
        "报修响应时间 | ≤2小时 | 因人手不足未能立即处理",
        "材料审核时限 | ≤5天 | 没能次日办结",
      })
  void wordsOfTheDayDeniedLeaveTheCeilingUndetermined(String name, String target, String actual) {
    undetermined(judge(Subcategory.TIMELINESS, name, target, actual), "JX-T-0298");
  }

  @Test
  void theDayMeetsACeilingOfADayOrMoreAndSettlesNoneShorter() {
    qt().forAll(integers().between(1, 60), Generate.pick(List.of("天", "个工作日", "小时")), Generate.pick(List.of("当日办结", "当天办理", "即日办结")))
        .checkAssert(
            (n, unit, words) -> {
              IndicatorVerdict v = judge(Subcategory.TIMELINESS, "办理时限", "≤" + n + unit, words);
              boolean aDayOrMore = !unit.equals("小时") || n >= 24;
              assertThat(v.trace().method().equals("same-day")).as(v.trace().reason()).isEqualTo(aDayOrMore);
            });
  }
}

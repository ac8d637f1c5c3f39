package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of events every so many periods ({@code 每3个月1次}, {@code 每两周一次}, {@code
 * 每隔2小时巡查1次}) is how often something is done: a count per the span, compared as often as
 * asked. It was read as its span: 每3个月1次 as at least 3 months (so once in four months, less
 * often, was met), 每两周一次 as at most two weeks (scored by the distance past a limit).
 */
class FrequenciesTest {

  private static BigDecimal fraction(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "巡查频次", target, actual);
    assertThat(v.outcome()).as("%s / %s: %s", target, actual, v.trace().reason()).isEqualTo(Outcome.SCORED);
    return v.fraction().orElseThrow();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "每3个月1次 | ≥ 1 次/3个月",
        "至少每3个月1次 | ≥ 1 次/3个月",
        "每3个月至少1次 | ≥ 1 次/3个月",
        "每3个月开展1次 | ≥ 1 次/3个月",
        "每两周一次 | ≥ 1 次/2周",
        "每隔2小时巡查1次 | ≥ 1 次/2小时",
        "每半年1次 | ≥ 1 次/半年",
        "每两个月召开2次 | ≥ 2 次/2个月",
        "每1个月1次 | ≥ 1 次/月",
        "每3个工作日1次 | ≥ 1 次/3个工作日",
        // the count further on in the clause, past words and a count of something else (review 49)
        "每3个月对辖区企业开展1次 | ≥ 1 次/3个月",
        // 隔 with one period is every other one (review 49: 每隔一天 was every day)
        "每隔一天巡查1次 | ≥ 1 次/2天",
        "每隔1周1次 | ≥ 1 次/2周",
        "隔日一次 | ≥ 1 次/2天",
        "隔月巡查一次 | ≥ 1 次/2个月",
        // the span right before the count, or across a slash
        "两周一次 | ≥ 1 次/2周",
        "半月一次 | ≥ 1 次/半个月",
        "1次/3个月 | ≥ 1 次/3个月",
        "每3个月/次 | ≥ 1 次/3个月",
        // a period by another name
        "每个季度1次 | ≥ 1 次/季度",
        "每个月1次 | ≥ 1 次/月",
        "每星期1次 | ≥ 1 次/周",
      })
  void aCountEverySoManyPeriodsIsACountPerTheSpan(String text, String reading) {
    assertThat(IndicatorTexts.parseTarget(text).describe()).isEqualTo(reading);
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // less often than asked: the share of the frequency kept
        "至少每3个月1次 | 每4个月1次 | 0.75", // 3 / 4
        "每3个月1次 | 每半年1次 | 0.5", // 3 / 6
        "每两周一次 | 每三周一次 | 0.6667", // 2 / 3, to 4 places
        "每隔2小时巡查1次 | 每3小时巡查1次 | 0.6667",
        "每3个月开展1次 | 全年巡查3次 | 0.75", // 3 × 3 / 12
        "每半年1次 | 全年1次 | 0.5",
        "每3个工作日1次 | 每5个工作日1次 | 0.6",
        "每天巡查1次 | 每隔一天巡查1次 | 0.5",
        "隔月一次 | 每季度1次 | 0.6667",
        "1次/3个月 | 每半年1次 | 0.5",
        "每个季度1次 | 每半年1次 | 0.5",
        "每3个月对辖区企业开展1次 | 每4个月开展1次 | 0.75",
        "每3个月检查40家机构1次 | 每半年检查1次 | 0.5", // a count of something else between
        // as often or more often: met
        "至少每3个月1次 | 每2个月1次 | 1",
        "每3个月1次 | 全年巡查4次 | 1",
        "每3个月至少1次 | 每季度1次 | 1",
        "每两周一次 | 每周一次 | 1",
        "每隔2小时巡查1次 | 每小时巡查1次 | 1",
        "每隔1周1次 | 每两周1次 | 1",
        // a yearly count asked, a frequency kept: restated over the year
        "4次 | 每3个月1次 | 1",
        "8次 | 每3个月1次 | 0.5", // 4 / 8
      })
  void aFrequencyIsComparedAsOftenAsAsked(String target, String actual, String expected) {
    assertThat(fraction(target, actual)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 49: a month against a week or a day was compared as printed or not at all, so
        // less often scored more (每月1次 100 %, 每10天1次 70 % against 每周1次)
        "每周1次 | 每10天1次 | 0.7",
        "每周1次 | 每月1次 | 0.25", // a month is 28 days at least, in the actual's favour
        "每天1次 | 每月1次 | 0.0357", // 1 / 28
        "每周1次 | 全年4次 | 0.0769", // 4 × 7 / 364
        // the calendar's slack goes to the actual: about as often is as often
        "每周1次 | 每月4次 | 1",
        "每月1次 | 每30天1次 | 1",
        "每季度1次 | 每90天1次 | 1",
        "每月2次 | 每两周1次 | 1",
        "全年不少于24次 | 每两周1次 | 1",
        "≥52次 | 每周1次 | 1",
        "每两周一次 | 全年巡查26次 | 1",
      })
  void periodsOfTheCalendarAreComparedAcrossWeeksMonthsAndYears(String target, String actual, String expected) {
    assertThat(fraction(target, actual)).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 49b: how long each time takes is no frequency (2小时/次, 3天/期)
        "培训时长≥2小时/次 | 2.5小时/次 | 1",
        "培训时长不少于3天/期 | 2天/期 | 0.6667",
        // a count with a period of its own, or past 、 or a bracket, is not the span's
        "每半年开展自查、全年督查2次 | 全年督查2次 | 1",
        "每2小时巡查（全年不少于300次） | 全年巡查4000次 | 1",
        // with two frequencies asked, the one over the actual's own period answers
        "每周巡查1次、每季度通报1次 | 每季度通报1次 | 1",
        "每两周1次 | 每两周1次、每3个月1次 | 1",
        // 隔 one hour is every hour: time runs on
        "每隔1小时巡查1次 | 每2小时巡查1次 | 0.5",
        // a range asked takes the calendar's slack inside it: 4 to 4.43 a month
        "每月2-4次 | 每周1次 | 1",
        // 每周期 is per cycle, not per week; 每日常规 is 每日 常规 (review 49c)
        "每周期检测1次 | 全年检测4次 | 1",
        "每日常规巡查1次 | 全年巡查200次 | 0.5495", // 200 / 364
        // review 49c: a 、 or a bracket inside the frequency does not end it; a total does
        "每3个月对辖区企业、学校开展1次检查 | 全年检查2次 | 0.5",
        "每两周（14天）巡查1次 | 全年巡查13次 | 0.5",
        "每半年自查并累计督查4次 | 全年督查4次 | 1",
        "每3天更新数据并共培训2期 | 全年培训2期 | 1",
        // the same words pair a frequency with its count, not the same period (每月 is no keyword)
        "每月检查1次 | 全年检查6次，每月通报1次 | 0.5",
        "每月检查2次 | 全年检查24次，每月通报1次 | 1",
        "每周巡查1次，每月通报1次 | 每月巡查2次 | 0.5",
        // how long a 期 of months lasts is no frequency
        "培训时长3个月/期 | 4个月/期 | 1",
        // review 49d: a 周期 of months per time is one; a total only after a second activity; 共 in 共建
        "保养周期3个月/次 | 全年保养2次 | 0.5",
        "维护周期每3个月/次 | 全年维护2次 | 0.5",
        "3个月/次 | 每半年1次 | 0.5",
        "每半年累计巡查不少于20次 | 全年巡查20次 | 0.5",
        "每3个月与共建单位开展1次联合检查 | 全年检查2次 | 0.5",
        "每两周组织共青团员学习1次 | 全年学习13次 | 0.5",
      })
  void whatIsNoFrequencyOrNotThisOneIsLeftAlone(String target, String actual, String expected) {
    assertThat(fraction(target, actual)).isCloseTo(new BigDecimal(expected), org.assertj.core.data.Offset.offset(new BigDecimal("0.0001")));
  }

  @Test
  void theReasonStatesBothOverTheTargetsSpan() {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "巡查频次", "至少每3个月1次", "每4个月1次");
    assertThat(v.trace().reason()).contains("0.75 次/3个月").contains("≥ 1 次/3个月");
  }

  @Test
  void aSpanNotReadAsAFrequencyStaysASpan() {
    // 3个月 with words between and no 每: a term and a count, as before
    assertThat(IndicatorTexts.parseTarget("3个月完成1次").describe()).isEqualTo("≥ 3 月");
    // a count of something other than events: people every month is no frequency
    assertThat(IndicatorTexts.parseTarget("每3个月培训100人").quantity().orElseThrow().per()).isEmpty();
  }
}

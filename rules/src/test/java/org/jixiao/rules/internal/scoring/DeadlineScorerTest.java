package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * The deadline scorer: a dated actual against a dated deadline, on time or late; it declines
 * (the words decide) when the target has no deadline, when the actual states no date, or when the
 * actual states a shortfall, whichever it looks at first.
 */
class DeadlineScorerTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  private static String judged(String target, String actual) {
    return SubTargetScorerTest.render(EVALUATOR.judge(Indicator.of(Subcategory.TIMELINESS, target, actual)));
  }

  @Test
  void aDatedActualIsComparedWithTheDeadline() {
    assertThat(judged("9月底前完成", "8月完成")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("9月底前完成", "11月完成")).startsWith("SCORED").contains("deadline/deadline-late");
  }

  @Test
  void aShortfallInTheActualLeavesTheWordsToDecide() {
    // the date is there, but 未能 says the work was not done by it: no deadline verdict
    assertThat(judged("9月底前完成", "8月未能完成")).doesNotContain("deadline/");
    assertThat(judged("9月底前完成", "延期至8月")).doesNotContain("deadline/");
  }

  @Test
  void noDeadlineOrNoDateLeavesTheWordsToDecide() {
    assertThat(judged("完成培训", "8月完成")).doesNotContain("deadline/");
    assertThat(judged("9月底前完成", "已完成")).doesNotContain("deadline/");
  }
  /**
   * 鄂州市财政局 2019, 财政政务管理 (https://czj.ezhou.gov.cn/ztzl/czyjsgk/202008/t20200825_350895.html):
   * 完成时限 | 2019年 | 2020年 | 20 | 10 | 部分项目延续至下年. A bare year is the target's deadline (by
   * December), and was no date in an actual: the row was undetermined, and 2020年完成 met in full.
   */
  @Test
  void aYearStatedAloneInTheActualIsTheEndOfThatYear() {
    assertThat(judged("2019年", "2020年")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("2019年", "2020年完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("2019年底前", "2020年度")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("2019年", "2019年")).startsWith("SCORED 1 deadline/deadline-met");
    // a year a month goes on with is that month's: 2019年3月 is March, not December
    assertThat(judged("2019年6月底前", "2019年3月完成")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("2019年6月底前", "2019年完成，2019年8月验收")).startsWith("SCORED 0.70 deadline/deadline-late");
    // a figure that is no year, and a year inside a longer number, are no date
    assertThat(judged("2019年", "12345年")).doesNotContain("deadline/");
  }

  /**
   * A quarter is a deadline at its last month: 三季度末前完成 / 10月完成 was met in full by the word
   * 完成, the quarter unread, and 2023年第三季度 was read as the year alone (by December).
   */
  @Test
  void aQuarterEndsAtItsLastMonth() {
    assertThat(judged("三季度末前完成", "10月完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("三季度末前完成", "9月完成")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("第三季度前完成", "2023年8月完成")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("一季度内完成", "5月完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("第二季度完成招标", "三季度完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("2023年第三季度", "2023年10月完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("2023年第三季度", "2023年9月完成")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("第3季度完成", "2023年7月完成")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("第四季度完成", "11月完成")).startsWith("SCORED 1 deadline/deadline-met");
    // every quarter, a quarter counted, and a count per quarter are no deadline
    assertThat(judged("每季度末报送", "10月报送")).doesNotContain("deadline/");
    assertThat(judged("一季度一次", "12月完成")).doesNotContain("deadline/");
  }

  /**
   * Review 51b: a quarter that names what the work is about is no deadline, and of several dated
   * deadlines the latest is the one an actual's latest date answers (the first was taken).
   */
  @Test
  void aQuarterNamingTheWorkIsNoDeadlineAndTheLatestOfSeveralCounts() {
    assertThat(judged("第一季度报表4月15日前报送", "4月10日报送")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("开展第二季度考核", "7月完成考核")).doesNotContain("deadline/");
    assertThat(judged("报送第三季度报告", "10月报送")).doesNotContain("deadline/");
    assertThat(judged("三季度完成", "10月完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("一季度开工", "2月开工")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("第一季度至第三季度", "8月完成")).startsWith("SCORED 1 deadline/deadline-met");
    // another clause is another stage: an actual is held to the stage whose work it names
    // (StagedDeadlinesTest), not to the latest (review 51d: 7月完成招标 was on time against 6月底前完成招标，12月前验收)
    assertThat(judged("6月底前完成招标，12月前验收", "7月完成招标")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("3月底前完成招标，次年6月底前完工", "5月完成招标")).startsWith("SCORED 0.70 deadline/deadline-late");
    // a deadline word in quotation marks names something
    assertThat(judged("6月底前完成“年底前攻坚行动”方案", "7月完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("“年底前攻坚行动”9月前完成", "10月完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    // a date right after a period says when in it: 下半年9月份之前 is by September
    assertThat(judged("上半年6月份之前完成1批次采购,下半年9月份之前完成1批次采购", "10月完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    // in one clause, the latest of the periods as each is made specific
    assertThat(judged("11月前、下半年9月前完成", "11月完成")).startsWith("SCORED 1 deadline/deadline-met");
  }

  /** Review 51b: a month in Chinese numerals before 一次性 or a count is a month's name, not a span. */
  @Test
  void aMonthBeforeOnceOrACountIsItsName() {
    assertThat(judged("10月底前", "十一月一次性拨付到位")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("9月底前", "十月一期培训完成")).startsWith("SCORED 0.70 deadline/deadline-late");
  }
}

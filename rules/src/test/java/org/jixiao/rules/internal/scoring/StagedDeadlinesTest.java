package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.junit.jupiter.api.Test;

/**
 * A staged target (dated deadlines in several clauses: 6月底前完成招标，12月前验收) holds each dated
 * clause of an actual to the stage whose work it names. Before, every actual was held to the first
 * stage, so an actual that reported the last stage on time (12月完成验收) was late; review 51d
 * showed that holding it to the last stage instead made a late first stage (7月完成招标) on time.
 */
class StagedDeadlinesTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  private static String judged(String target, String actual) {
    return SubTargetScorerTest.render(EVALUATOR.judge(Indicator.of(Subcategory.TIMELINESS, target, actual)));
  }

  @Test
  void theLastStageReportedOnTimeIsMet() {
    assertThat(judged("6月前完成招标，12月前完成验收", "12月完成验收")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("5月底前开工，10月底前竣工", "10月竣工")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("3月底前完成申报，6月底前完成审核，9月底前资金拨付到位", "9月资金全部拨付到位"))
        .startsWith("SCORED 1 deadline/deadline-met")
        .contains("9月底前");
  }

  @Test
  void everyStageReportedOnTimeIsMet() {
    assertThat(judged("6月底前完成招标，12月前验收", "6月完成招标，12月验收")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("4月底前下达资金，年底前支出完毕", "4月下达资金，12月支出完毕")).startsWith("SCORED 1 deadline/deadline-met");
    // words every stage has (完成, 项目) tell none apart; 招标 and 验收 do
    assertThat(judged("6月底前完成项目招标，12月底前完成项目验收", "5月完成项目招标，11月完成项目验收"))
        .startsWith("SCORED 1 deadline/deadline-met");
    // ordinals name stages: 第一批, 第二批
    assertThat(judged("9月底前完成第一批，12月底前完成第二批", "12月完成第二批")).startsWith("SCORED 1 deadline/deadline-met");
  }

  @Test
  void aStageReportedLateIsLateWhateverTheOthers() {
    assertThat(judged("6月底前完成招标，12月前验收", "7月完成招标")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("2023年6月30日前完成设计，2023年12月31日前完工", "2023年7月15日完成设计"))
        .startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("4月底前下达资金，年底前支出完毕", "5月下达资金，12月支出完毕"))
        .startsWith("SCORED 0.70 deadline/deadline-late")
        .contains("4月底前");
    assertThat(judged("3月底前完成申报，6月底前完成审核，9月底前资金拨付到位", "3月完成申报，6月完成审核，10月资金拨付到位"))
        .startsWith("SCORED 0.70 deadline/deadline-late");
    // one clause naming two stages reports both: 招标 in December is late
    assertThat(judged("2023年6月底前完成招标，2023年12月底前完成验收", "2023年12月完成招标和验收"))
        .startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("9月底前完成第一批，12月底前完成第二批", "10月完成第一批")).startsWith("SCORED 0.70 deadline/deadline-late");
  }

  @Test
  void aDatedClauseNamingNoStageReportsTheStagesNoneNamesInOrder() {
    // review 52: other words for a stage (招投标, 完工, 到货, 开始施工) were held to the last stage, and passed
    assertThat(judged("6月底前完成招标，12月底前完成施工", "7月完成项目招投标，12月完成施工")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("9月底前完成建设，12月底前投入使用", "11月完工，12月投入使用")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("5月底前开工建设，10月底前竣工验收", "6月开始施工，10月竣工验收")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("6月底前完成设备采购，12月底前完成设备安装调试", "8月设备到货，12月安装调试完成"))
        .startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("9月底前完成建设，12月底前投入使用", "9月完工，12月投入使用")).startsWith("SCORED 1 deadline/deadline-met");
    // review 52c: a dated part after the last named one is held to the end of the schedule, not to
    // a stage no part named (12月拨付尾款 is no late 招标), nor is a date in brackets
    assertThat(judged("6月底前完成招标，12月底前完成验收", "12月完成验收，12月拨付尾款")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("6月底前完成招标，12月底前完成验收", "12月完成验收（12月20日）")).startsWith("SCORED 1 deadline/deadline-met");
    // review 52e: after the last named part an earlier month is as often a payment or an audit
    // (11月支付进度款) as an earlier stage told out of order (10月进场施工, review 52d): held to the
    // schedule's end, so the latter passes, a known limit
    assertThat(judged("6月底前完成招标，12月底前完成验收", "12月完成验收，11月支付进度款")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("6月底前完成招标，9月底前开工，12月底前完成验收", "6月完成招标，12月完成验收，10月进场施工"))
        .startsWith("SCORED 1 deadline/deadline-met");
    // every stage named: a part left over is held to the end of the whole schedule
    assertThat(judged("6月底前完成招标，12月前验收", "6月完成招标，12月验收，次年2月全部完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("6月底前完成招标，年底前完成建设", "6月完成招标，截至12月31日已完成")).startsWith("SCORED 1 deadline/deadline-met");
  }

  @Test
  void partsOfOneClauseSetApartByCommasOrBracketsEachReportTheirStage() {
    assertThat(judged("6月底前完成招标，12月底前完成验收", "6月完成招标、12月完成验收")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("6月底前完成招标，12月底前完成验收", "12月完成验收（招标5月已完成）")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("6月底前完成招标，12月底前完成验收", "12月完成验收（招标8月完成）")).startsWith("SCORED 0.70 deadline/deadline-late");
  }

  /** Review 52: progress as of a date (截至12月底…进度85%) says the stage it names was not done by then. */
  @Test
  void progressAsOfADateIsAStageNotDone() {
    assertThat(judged("3月底前下达资金，12月底前完成资金支付", "3月下达资金，截至12月底资金支付进度85%"))
        .startsWith("SCORED 0.70 deadline/deadline-late")
        .contains("12月底前");
    assertThat(judged("6月底前完成招标，12月底前完成验收", "6月完成招标，截至12月底验收进度80%")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("3月底前下达资金，12月底前完成资金支付", "3月下达资金，截至12月底资金支付进度100%"))
        .startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("3月底前下达资金，12月底前完成资金支付", "3月下达资金，截至12月底资金支付进度100.0%"))
        .startsWith("SCORED 1 deadline/deadline-met");
    // a share alone is no progress: what was paid, or a pass rate
    assertThat(judged("6月底前完成招标，12月底前完成验收", "6月完成招标，截止12月已完成验收并支付90%"))
        .startsWith("SCORED 1 deadline/deadline-met");
  }

  @Test
  void aStageInTheNextYearEndsAfterEveryStageOfThisOne() {
    assertThat(judged("6月底前完成招标，次年3月底前完成验收", "6月完成招标，10月完成验收")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("6月底前完成招标，次年3月底前完成验收", "6月完成招标，次年4月完成验收")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("12月底前完成，下年1月10日前备案", "次年1月5日完成备案")).startsWith("SCORED 1 deadline/deadline-met");
  }

  @Test
  void anActualNamingNoStageIsHeldToTheFirstAsBefore() {
    // which stage 10月完成 reports is not said; 见效 is no stage of the work itself
    assertThat(judged("9月底前完成，确保年底前见效", "10月完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("6月底前完成招标，12月前验收", "12月完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    // a target of one stage is read as before
    assertThat(judged("9月底前完成招标", "8月完成招标")).startsWith("SCORED 1 deadline/deadline-met");
  }

  @Test
  void aMonthOfTheNextYearIsLate() {
    assertThat(judged("12月底前完成", "次年1月完成")).startsWith("SCORED 0.70 deadline/deadline-late").contains("次年1月");
    assertThat(judged("2023年12月底前完成", "次年一月完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("6月底前完成项目招标，12月底前完成项目验收", "5月完成项目招标，次年1月完成项目验收"))
        .startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("12月底前完成", "下年1月完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    // not when the target's deadline is in the next year too, nor when the next year's month is not the date done
    assertThat(judged("次年3月底前完成", "次年2月完成")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("12月底前完成", "12月完成，次年1月起运行")).startsWith("SCORED 1 deadline/deadline-met");
    // the next year of a target whose years run into it is the year after its first (review 52)
    assertThat(judged("2023年9月至2024年6月", "次年6月完成")).startsWith("SCORED 1 deadline/deadline-met");
    // a target that sets a deadline in the next year without a month is read as before
    assertThat(judged("2023年12月底前完成，下一年度预算编制前完成绩效评价", "次年1月完成绩效评价")).startsWith("SCORED 1 deadline/deadline-met");
    // 第二年 counts a project's years as often; 1十月 is no month (it failed the part)
    assertThat(judged("12月底前完成", "第二年3月完成")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("12月底前完成", "次年1十月完成")).startsWith("SCORED");
  }
}

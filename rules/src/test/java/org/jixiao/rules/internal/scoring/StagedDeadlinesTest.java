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
  void aDatedClauseNamingNoStageIsHeldToTheEndOfTheSchedule() {
    assertThat(judged("6月底前完成招标，12月前验收", "6月完成招标，次年2月全部完成")).startsWith("SCORED 0.70 deadline/deadline-late");
    assertThat(judged("6月底前完成招标，年底前完成建设", "6月完成招标，截至12月31日已完成")).startsWith("SCORED 1 deadline/deadline-met");
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
    // not when the target speaks of the next year too, nor when the next year's month is not the date done
    assertThat(judged("次年3月底前完成", "次年2月完成")).startsWith("SCORED 1 deadline/deadline-met");
    assertThat(judged("12月底前完成", "12月完成，次年1月起运行")).startsWith("SCORED 1 deadline/deadline-met");
  }
}

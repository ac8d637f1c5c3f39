package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.jixiao.rules.text.Judged.scoredNearByDivision;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rate of work done given by the rest not yet done (reviews 70e and 72b: 共受理工单3286件，尚有42件未办结 under 办结率
 * 100% read 70 % by its 未; 8个村已完成，其余2个村预计明年3月完成 read met): the rate is made from the whole or the part done
 * and the rest, and the reason shows how. Not a rest of something else, of another unit, or beside words that all was
 * done.
 */
class RatesFromRestTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "热线工单办结率 | 100% | 共受理工单3286件，尚有42件未办结 | 0.9872",
        "老旧小区改造完成率 | 100% | 应改造120户，剩余8户未完工 | 0.9333",
        "危房改造完成率 | 100% | 全年应改造危房86户，截至年底尚有6户未完工 | 0.9302",
        "投诉案件办结率 | ≥95% | 受理投诉案件240件，尚有18件未办结 | 0.9737", // 92.5 % of 95 %
        "农民工培训完成率 | 100% | 应培训农民工800人，剩余50人因疫情原因未培训 | 0.9375",
        "农村改厕完成率 | 100% | 8个村已完成，其余2个村预计明年3月完成 | 0.8000", // the part done and the rest
        "校舍维修完成率 | 100% | 15所学校中已完工12所，其余3所正在施工 | 0.8000", // all three, adding up
        // review 72d, held out
        "信访事项办结率 | ≥95% | 受理信访件120件，办结112件，8件仍在办理 | 0.9824", // a clause opening with the rest
        "困难学生资助覆盖率 | 100% | 符合条件学生1350人，其中54人材料尚在审核，其余均已资助到位 | 0.9600",
        "热线工单办结率 | ≥98% | 截至12月底，全年4500件工单中尚有135件未办结 | 0.9898", // one clause, voided by its 未
        "项目验收合格率 | 100% | 已完工项目25个，通过验收23个，剩余2个待整改后复验 | 0.9200",
        // review 70c keyed it 0.95; RatesFromCountsTest had it as three counts, no rate: they add up
        "投诉处理率 | 100% | 受理投诉126件，办结120件，其余6件正在办理 | 0.9524",
      })
  void theRestNotDoneGivesTheRate(String name, String target, String actual, BigDecimal fraction) {
    scoredNearByDivision(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "补助申请审核完成率 | 100% | 受理申请156件，已全部审核完毕，尚有3件正在公示", // all done: the rest is of a later step
        "信访事项办结率 | 100% | 上年剩余的5件已全部清零，本年受理28件均已办结",
        "耕地地力补贴发放率 | 100% | 应发放补贴1250户，已全部发放，剩余资金3.6万元结转下年", // another unit
        "群众满意度 | ≥90% | 受理投诉50件，尚有3件未办结", // no rate of the work left
        "校舍维修完成率 | 100% | 15所学校中已完工12所，其余2所正在施工", // 12 + 2 is not 15
        "培训完成率 | 100% | 应培训800人，还有20人获得表彰", // a rest that was done
      })
  void aRestOfSomethingElseGivesNoRate(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    assertThat(v.trace().reason()).doesNotContain(" / ");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "帮扶就业人数 | ≥500人 | 纳入帮扶对象530人，尚有58人未实现就业 | 0.9440",
        "危房改造户数 | 300户 | 列入计划300户，目前还有27户在施工 | 0.9100",
        "免费体检人数 | ≥3000人 | 计划3000人，还差120人未完成体检 | 0.9600",
      })
  void aCountIsTheWholeLessTheRest(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    scoredNear(v, fraction);
    assertThat(v.trace().reason()).contains(" − ");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "培训人数 | ≥300人 | 培训320人，还有20人未取证", // no whole of a plan: the work done, 20 short of a later step
        "改造户数 | ≥100户 | 计划改造120户，还有5户未验收", // the rest is of a later step
        "新增就业人数 | ≥100人 | 新增就业120人，尚有3人待发放补贴",
      })
  void aRestOfAnotherStepLeavesTheCount(String name, String target, String actual) {
    assertThat(judge(Subcategory.QUANTITY, name, target, actual).trace().reason()).doesNotContain(" − ");
  }

  @Test
  void theRateIsWhatTheRestLeaves() {
    qt().forAll(integers().between(1, 50_000), integers().between(0, 10_000))
        .assuming((whole, rest) -> rest <= whole)
        .checkAssert(
            (whole, rest) -> {
              IndicatorVerdict v = judge(Subcategory.QUANTITY, "工单办结率", "100%", "共受理工单" + whole + "件，尚有" + rest + "件未办结");
              BigDecimal rate = BigDecimal.valueOf((long) whole - rest).movePointRight(2).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
              scoredNear(v, rate.movePointLeft(2).setScale(4, RoundingMode.HALF_UP));
            });
  }
}

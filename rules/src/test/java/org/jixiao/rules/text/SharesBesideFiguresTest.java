package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shares stated beside a figure or a word. A figure followed by 的 and a percentage is that share of it
 * (完成…1座的30%投入, 天津 2020, a real row: 0.3 座, was 1 座). A share of the whole work stated beside a word
 * that names only a band says where in the band (基本完成,达成率为97%, 宁德 2018, a real row: 97 %, was
 * 基本完成's 80 %). The negatives are the over-reaches hostile reviews 60b–60f found.
 */
class SharesBesideFiguresTest {

  @ParameterizedTest(name = "{1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUANTITY | 1座 | 完成了公共全视频监控建设联网应用1座的30%投入，未完成绩效目标任务 | 0.3",
        "QUANTITY | 5公里 | 完成5公里的60% | 0.6",
        "QUANTITY | ≥500万元 | 完成投资500万元的80% | 0.8",
        // the share of a target's own figure, as before
        "QUANTITY | 100% | 完成年度计划的85% | 0.85",
      })
  void aFigureFollowedByAShareOfItIsThatShare(Subcategory sub, String target, String actual, BigDecimal fraction) {
    scoredAt(judge(sub, "", target, actual), fraction);
  }

  @Test
  void theReasonQuotesTheShareTheLevelWasReadFrom() {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "", "5公里", "完成5公里的60%");
    assertThat(v.trace().reason()).contains("3 公里").contains("“5公里的60%”");
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a share that says who the figure's people are is no share of the work (reviews 60b, 60d)
        "QUANTITY | 200人 | 培训200人的30%为女性",
        "QUANTITY | 100人 | 参训100人的95%通过考核",
        "QUANTITY | ≥200人 | 培训200人，合格学员达到200人的95%",
      })
  void aShareThatNamesASubsetLeavesTheFigure(Subcategory sub, String target, String actual) {
    met(judge(sub, "", target, actual));
  }

  @ParameterizedTest(name = "{1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUALITY | 确保完成2018年度任务 | 基本完成,达成率为97% | 0.97",
        "QUALITY | 完成年度任务 | 基本完成，完成率95% | 0.95",
        // lower than the word: the share, as before; a share outside a band of the middle: the word
        "QUALITY | 完成年度任务 | 基本完成，完成率60% | 0.6",
        "QUALITY | 完成年度任务 | 部分完成，完成计划的85% | 0.7",
        // a rate of something else says nothing of the work
        "QUALITY | 完成年度任务 | 基本完成，满意度95% | 0.8",
        // reviews 60b, 60e: nor does a share of a part or of an object named, all of it beside 基本 (a contradiction),
        // or a share with work outstanding after it
        "QUALITY | 完成年度任务 | 基本完成，其中主体工程完成100%，附属工程正在收尾 | 0.8",
        "QUALITY | 完成年度任务 | 基本完成，已完成100%的设备采购 | 0.8",
        "QUALITY | 完成年度任务 | 基本完成，完成招标采购100% | 0.8",
        "QUALITY | 完成年度任务 | 基本完成，完成率100% | 0.8",
        "QUALITY | 完成年度任务 | 基本完成，完成率96%，尚余少量收尾工作 | 0.8",
      })
  void aShareStatedBesideAWordOfABandSaysWhereInTheBand(Subcategory sub, String target, String actual, BigDecimal fraction) {
    scoredAt(judge(sub, "", target, actual), fraction);
  }

  @ParameterizedTest(name = "{1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the date after 截至 is the report's: the share says how far the work was, where it read done on time (review 60f)
        "TIMELINESS | 年内完成 | 截至11月底，项目完成85% | 0.85",
        "TIMELINESS | 2023年底前完成 | 截至2023年10月底，完成进度80% | 0.8",
        "TIMELINESS | 2023年12月底前 | 截止2023年11月，完成工程量的90% | 0.9",
        "QUALITY | 按要求完成 | 基本完成，完成进度98% | 0.98",
        // all of it by then, a date done, or a first year's share of a task of several years: as before
        "TIMELINESS | 12月底前完成 | 截至12月，已全部完成 | 1",
        "TIMELINESS | 2023年12月底前 | 2023年11月完成 | 1",
        "TIMELINESS | 2023-2025年三年内完成建设任务 | 截至2023年底完成总工程量的40% | 1",
      })
  void aShareAsOfADateIsHowFarTheWorkWas(Subcategory sub, String target, String actual, BigDecimal fraction) {
    scoredAt(judge(sub, "", target, actual), fraction);
  }
}

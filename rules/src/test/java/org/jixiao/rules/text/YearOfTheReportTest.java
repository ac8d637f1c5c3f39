package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The year's own figure beside a total over more years or a plan answers a name or target that asks the year's (reviews
 * 73c and 73e: both read tied, or the cumulative met the target). Only when one figure alone is said to be the year's.
 * Figures of a year written before them that is not the year asked are left out (YearsWritten).
 */
class YearOfTheReportTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "当年完成投资额 | ≥1000万元 | 累计完成投资2,800万元，其中本年完成900万元 | 0.9 | 实际 900 万元",
        "本年度道路硬化里程 | ≥30公里 | 按三年行动计划共需硬化道路45公里，本年度完成27.5公里 | 0.9167 | 实际 27.5 公里",
        "年度培训人数 | ≥600人 | 累计培训1200人，本年培训520人 | 0.8667 | 实际 520 人",
        // YearsWritten: the latest year the actual writes, or the one the name names, is the year asked
        "满意度 | ≥90% | 2022年为85%，2023年为92% | 1 | 实际 92 %",
        "改造数量 | ≥12个 | 2023年改造15个，2022年改造10个 | 1 | 实际 15 个",
        "校园安全责任事故 | 0起 | 2022年发生1起，2023年未发生 | 1 | 未发生", // review 70b: the year asked had none
        "就业增长率 | ≥5% | 较2022年增长6% | 1 | 实际 6 %", // a year compared with is no figure's year
      })
  void theFigureOfTheYearAskedAnswers(String name, String target, String actual, BigDecimal fraction, String read) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    scoredNear(v, fraction);
    assertThat(v.trace().reason()).contains(read);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "培训人数 | ≥600人 | 累计培训1200人，本年培训520人", // the year's not asked
        "年度培训人数 | ≥600人 | 累计培训1200人，培训520人", // no figure said to be the year's
      })
  void figuresNotToldApartByTheYearStayAsTheyWere(String name, String target, String actual) {
    assertThat(judge(Subcategory.QUANTITY, name, target, actual).trace().reason()).doesNotContain("实际 520 人，");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // reviews 73c and 73a: figures only of another year read met
        "2023年度生态环境投诉 | ≤2起 | 2022年度发生1起",
        "空气质量优良天数比例 | ≥85% | 2023年数据尚未发布，2022年为88.2%",
      })
  void figuresOnlyOfAnotherYearLeaveItUndetermined(String name, String target, String actual) {
    Judged.undetermined(judge(Subcategory.QUANTITY, name, target, actual), "JX-T-0504");
  }
}

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
 */
class YearOfTheReportTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "当年完成投资额 | ≥1000万元 | 累计完成投资2,800万元，其中本年完成900万元 | 0.9 | 实际 900 万元",
        "本年度道路硬化里程 | ≥30公里 | 按三年行动计划共需硬化道路45公里，本年度完成27.5公里 | 0.9167 | 实际 27.5 公里",
        "年度培训人数 | ≥600人 | 累计培训1200人，本年培训520人 | 0.8667 | 实际 520 人",
      })
  void theYearsOwnFigureAnswers(String name, String target, String actual, BigDecimal fraction, String read) {
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
}

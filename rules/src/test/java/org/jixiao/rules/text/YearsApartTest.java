package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
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
 * The year's own figure made from figures over more years (review 74b): a total over years less an earlier year's part of
 * it, or the new of a year from the totals at two year-ends, when the name or the target writes the year asked; and a figure
 * said of that year beside a total over years answers alone.
 */
class YearsApartTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023年农村危房改造户数 | 2023年完成改造≥120户 | 2022—2023年累计改造156户（含2022年已完成48户） | 0.9", // (156 − 48) / 120
        "2023年雨污分流管网改造长度 | ≥18公里 | 项目自2022年开工以来累计完成改造42.5公里，其中2022年完成27.1公里 | 0.8556", // 15.4 / 18
        "2023年新发放老年人爱心卡数量 | ≥3000张 | 截至2023年底累计发放爱心卡18,630张，2022年底累计16,220张 | 0.8033", // 2410 / 3000
      })
  void theYearsOwnIsMadeFromTotalsOverYears(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    scoredNear(v, fraction);
    assertThat(v.trace().reason()).contains(" − ");
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023年新造林面积 | ≥3000亩 | 2023年完成新造林2,760亩，累计保存面积2.1万亩 | 0.92", // the year's said, the total left: 2760 / 3000
        "截至2023年底累计建成5G基站 | ≥2000个 | 2023年新建5G基站620个，累计建成2,180个 | 1", // a total asked: no year's own
        "老年人爱心卡数量 | ≥15000张 | 截至2023年底累计发放爱心卡18,630张，2022年底累计16,220张 | 1", // no year and nothing new asked
      })
  void aFigureOfTheYearAskedAnswersAndATotalAskedIsNotCut(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    scoredNear(v, fraction);
    assertThat(v.trace().reason()).doesNotContain(" − ");
  }

  @Test
  void theYearsOwnIsTheTotalLessTheEarlierYearsPart() {
    qt().forAll(integers().between(1, 5000), integers().between(0, 5000), integers().between(1, 5000)).checkAssert((own, earlier, floor) -> {
          int total = own + earlier;
          IndicatorVerdict v = judge(Subcategory.QUANTITY, "2023年改造户数", "≥" + floor + "户", "2022—2023年累计改造" + total + "户（含2022年已完成" + earlier + "户）");
          BigDecimal expected = own >= floor ? BigDecimal.ONE : BigDecimal.valueOf(own).divide(BigDecimal.valueOf(floor), 4, RoundingMode.HALF_UP);
          scoredNear(v, expected);
        });
  }
}

package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShortYearsTest {
  private static String full(String text) {
    return new String(ShortYears.toFull(text.toCharArray()));
  }

  @Test
  void twoDigitsBeforeAMonthOfTheYearAreTheYear() {
    qt().forAll(integers().between(15, 35), integers().between(1, 12))
        .checkAssert(
            (yy, month) -> {
              assertThat(full("于" + yy + "年" + month + "月完成")).isEqualTo("于20" + yy + "年" + month + "月完成");
              assertThat(full(yy + "年底前完成")).isEqualTo("20" + yy + "年底前完成");
            });
  }

  @Test
  void spansOfYearsStay() {
    // a count of years, with no part of a year after it, is no year
    qt().forAll(integers().between(1, 99))
        .checkAssert(
            years -> {
              assertThat(full(years + "年内完成")).isEqualTo(years + "年内完成");
              assertThat(full("服务期" + years + "年")).isEqualTo("服务期" + years + "年");
            });
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "23年度 | 23年度",
        "30年度 | 30年度",
        "24年一季度完成 | 2024年一季度完成",
        "23年第4季度 | 2023年第4季度",
        "23年下半年 | 2023年下半年",
        "23年十二月底前 | 2023年十二月底前",
        "22-23年底 | 2022-2023年底",
        "2022-23年底 | 2022-2023年底",
        // not years: a longer number, a decimal, a year out of range, a span, the tenth year
        "2023年3月 | 2023年3月",
        "工期1.23年底 | 工期1.23年底",
        "1.23年底前完成 | 1.2023年底前完成",
        "55年底 | 55年底",
        "20年初见成效 | 20年初见成效",
        "23年第4名 | 23年第4名",
        "23年13月 | 23年13月",
        // runs of months and quarters, 元月, 年年底
        "23年10-12月 | 2023年10-12月",
        "23年11、12月 | 2023年11、12月",
        "24年一、二季度 | 2024年一、二季度",
        "24年元月 | 2024年元月",
        "23年年底前 | 2023年年底前",
        // counts of years, words of 底 and 末, a month's range
        "连续15年度获评先进 | 连续15年度获评先进",
        "工作满20年底薪上调 | 工作满20年底薪上调",
        "坚持15年终见成效 | 坚持15年终见成效",
        "第20年度 | 第20年度",
        "12年度 | 12年度",
        "23年12-24年3月 | 23年12-2024年3月",
      })
  void shortYearsAreWrittenInFullAndOtherYearsStay(String text, String expected) {
    assertThat(full(text)).isEqualTo(expected);
  }
}

package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure of each month said of the months named is the year's over those months only (reviews 74a a008, 75b b002 and
 * b032, 73b b040, 75a a017: 1—10月每月巡查2次 read as every month's, met): a range before the 每月, months excepted in its
 * clause, or months another clause says were not done; figures of ranges apart add up. A 每月 of all twelve months, or
 * beside a month named for something else, reads as before.
 */
class MonthsNamedTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "入户走访次数 | 每月不少于4次 | 1—9月每月走访4次，10—12月因疫情防控暂停走访 | 0.75", // 36 in the year, 3 a month
        "河道巡查次数 | 全年不少于60次 | 2-11月每月巡查5次 | 0.8333", // 50 / 60
        "简报编印期数 | 全年≥12期 | 每月编印1期，1、2月春节停刊 | 0.8333", // 10 months: 10 / 12
        "志愿服务次数 | ≥12次 | 除1月、2月外每月开展1次 | 0.8333", // 10 / 12
        "志愿服务次数 | ≥12次 | 除七月外每月开展1次 | 0.9167", // 11 / 12
        "托育补贴拨付金额 | ≥36万元 | 3至12月每月拨付3万元 | 0.8333", // 30 / 36
        "普法宣传次数 | ≥20次 | 1-6月每月开展1次，7-12月每月开展2次 | 0.9", // 6 × 1 + 6 × 2 = 18; 18 / 20
      })
  void aFigureOfEachMonthCountsOnlyTheMonthsNamed(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "巡查次数 | ≥12次 | 每月巡查1次 | 1",
        "巡查次数 | ≥12次 | 1-12月每月巡查1次 | 1",
        "巡查次数 | ≥24次 | 每月巡查2次，12月加密巡查 | 1", // a month named, not one left undone
        "巡查次数 | 每月≥2次 | 每月巡查2次 | 1",
      })
  void aFigureOfEveryMonthStaysTheYears(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }

  @Test
  void theYearsTotalIsTheFigureTimesTheMonthsOfTheRange() {
    qt().forAll(integers().between(1, 11), integers().between(1, 11), integers().between(1, 9)).checkAssert((first, span, each) -> {
          int last = Math.min(12, first + span);
          int months = last - first + 1;
          BigDecimal expected = months >= 12 ? BigDecimal.ONE
              : BigDecimal.valueOf((long) months).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
          scoredNear(judge(Subcategory.QUANTITY, "巡查次数", "全年≥" + (12 * each) + "次", first + "-" + last + "月每月巡查" + each + "次"), expected);
        });
  }
}

package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Two ways a cell restates its figure over the target (review 75b): a share of the target done (完成年度目标的86% under ≥500户
 * read as met by 完成) is that share of it, and a month's average (全年月均服务1,050人次, read as 1050 against a year's 12000) is
 * summed over the months the cell names or the year's twelve.
 */
class SharesOfTheTargetAndMonthlyAveragesTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "农村改厕户数 | ≥500户 | 完成年度目标的86% | 0.86", // 430 / 500
        "培训人次 | 全年≥2000人次 | 已完成年度计划的92% | 0.92", // 1840 / 2000
        "植树造林面积 | ≥3000亩 | 完成年度任务95% | 0.95", // 2850 / 3000
        "全年补贴发放金额 | ≥20万元 | 月均发放1.5万元 | 0.9", // 1.5 × 12 = 18 万元; 18 / 20
        "上门服务人次 | 全年≥12000人次 | 全年月均服务1,050人次 | 1", // 1050 × 12 = 12600 ≥ 12000
        "补助发放金额 | ≥20万元 | 1-10月月均发放1.5万元，11-12月暂停发放 | 0.75", // ten months, the rest said none: 15 万元; 15 / 20
      })
  void aShareOfTheTargetOrAMonthsAverageIsRestatedOverIt(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }

  @Test
  void theShareOfTheTargetDoneIsTheFraction() {
    qt().forAll(integers().between(1, 100), integers().between(1, 10000)).checkAssert((percent, floor) ->
        scoredNear(judge(Subcategory.QUANTITY, "改造户数", "≥" + floor + "户", "完成年度目标的" + percent + "%"),
            BigDecimal.valueOf(percent).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP)));
  }
}

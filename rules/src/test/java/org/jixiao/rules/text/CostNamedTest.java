package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name that asks a cost makes a bare figure of its target a ceiling, under whatever category the form files it (review 78
 * r162: 指标1.培训成本 400元/人、天 against 180元/人、天 under 产出指标 read as a floor, 45 %). Not a name of a saving or of a
 * cost brought down, whose figure is what is asked for.
 */
class CostNamedTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "指标1.培训成本 | 400元/人、天 | 180元/人、天 | 1",
        "人均培训成本 | 400元 | 180元 | 1",
        "项目总成本 | 100万元 | 98万元 | 1",
        "项目总成本 | 100万元 | 105万元 | 0.95", // 1 − 5 / 100
        "单位面积建设成本 | 3000元/平方米 | 2860元/平方米 | 1",
      })
  void aBareFigureOfACostIsACeiling(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "成本节约额 | 10万元 | 8万元 | 0.8", // the saving is asked: a floor, 8 / 10
        "节约运行成本 | 20万元 | 25万元 | 1", // 25 ≥ 20
        "降低企业用工成本 | 500万元 | 400万元 | 0.8", // 400 / 500
        "培训成本 | ≥400元/人 | 180元/人 | 0.45", // a direction written wins: 180 / 400
      })
  void aSavingOrAWrittenDirectionIsReadAsBefore(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }
}

package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.jixiao.rules.text.Judged.undetermined;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name asking what was new in the year answered only by totals over more years or at a date (review 74b): how much was
 * new is not said, so the line is undetermined with its own code, where the total read as the new met the target.
 */
class StockNotNewTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023年新建高标准农田面积 | ≥2万亩 | 截至2023年底全县累计建成高标准农田31.6万亩",
        "2023年新增市场主体数量 | ≥5000户 | 截至2023年末，全区实有各类市场主体6.8万户",
        "新增美丽乡村示范村数 | ≥10个 | 全县美丽乡村示范村累计达48个，其中省级示范村15个", // a part of the total too
        "养老床位 | 新增≥200张 | 全区现有养老床位2,360张", // the target asks the new
      })
  void totalsOverYearsDoNotSayWhatWasNew(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    undetermined(v, "JX-T-0506");
    assertThat(v.trace().method()).isEqualTo("stock-not-new");
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "新增就业人数 | ≥1000人 | 截至12月底，全年新增就业1200人 | 1", // the year's new, at a date
        "新增就业人数 | ≥1000人 | 累计新增就业1200人 | 1",
        "累计建成5G基站 | ≥2000个 | 截至2023年底累计建成2,180个 | 1", // a total asked
        "高标准农田建设面积 | ≥2万亩 | 截至2023年底全县累计建成高标准农田3.1万亩 | 1", // nothing new asked
      })
  void theNewOfTheYearOrATotalAskedIsRead(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }
}

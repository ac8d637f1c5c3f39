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
 * Sub-targets of things that share their modifiers (建筑垃圾中转站, 建筑垃圾分类池) each take the actual's figure of their own
 * thing (review 78b h074): not the sum of both, which met each of them (7 + 17 = 24 个 against 8 and against 20), and not the
 * sibling's figure that shares more words (建筑垃圾中转站7个 against 建筑垃圾分类池20个). The head of a noun is its last word.
 */
class SiblingSubTargetsTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "新建建筑垃圾中转站、分类池 | 新建建筑垃圾中转站8个、建筑垃圾分类池20个。 | 已建成建筑垃圾中转站7个、分类池17个。 | 0.8625", // (7/8 + 17/20) / 2
        "新建中转站、分类池 | 新建中转站8个、分类池20个 | 已建成中转站7个、分类池17个 | 0.8625", // (7/8 + 17/20) / 2
        "改造农村公路、桥梁 | 改造农村公路危桥12座、农村公路安防工程30公里 | 完成农村公路危桥改造9座、农村公路安防工程30公里 | 0.875", // (9/12 + 1) / 2
      })
  void eachSubTargetTakesItsOwnThingsFigure(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    scoredNear(v, fraction);
    assertThat(v.parts()).hasSize(2);
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a total asked of parts none of which the target names is still their sum
        "培训人次 | ≥2000人次 | 培训基层干部1,200人次、致富带头人860人次 | 1",
        // a target naming one of the parts takes it
        "新建公厕数量 | 新建公厕3座 | 新建水冲式公厕3座、改造旱厕5座 | 1",
      })
  void aTotalOfPartsIsReadAsBefore(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }
}

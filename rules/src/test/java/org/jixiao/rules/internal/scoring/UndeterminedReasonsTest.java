package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reason an undetermined indicator is given says which of the missing pieces was missing. */
class UndeterminedReasonsTest {
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "*|保障运行|no target is stated, and the actual '保障运行' has no completion word (完成, 达标, 满意 …)",
        "不少于5场|保障运行|the target asks for ≥ 5 场 but the actual '保障运行' states neither a figure nor a completion word",
        "不少于1500人次|1642人|the target asks for ≥ 1500 人次 but the actual gives figures only in other units (1642 人) and no completion word; 人次 is not convertible into them",
        "提升服务水平|服务500人|the target '提升服务水平' sets no figure to compare the actual's figures with, and the actual '服务500人' has no completion word",
        "提升服务水平|保障运行|no completion word (完成, 达标, 满意 …) in the actual '保障运行', and the target sets no figure"
      })
  void theReasonNamesWhatWasMissing(String target, String actual, String reason) {
    IndicatorInput input = IndicatorInput.of(Indicator.of(Subcategory.QUANTITY, target, actual), 0);

    assertThat(UndeterminedReasons.reason(input)).isEqualTo(reason);
    assertThat(UndeterminedReasons.verdict(input).trace().reason()).isEqualTo(reason);
  }
}

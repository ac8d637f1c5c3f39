package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;

import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A 可持续影响 target and its answer often say lasting in two words: 长期 / 持续, 长期有效 / 持续有效,
 * 长期 / 长效 were undetermined (no word of completion, no echo), while 可持续 / 持续 was met. Words of
 * lasting (长期, 长效, 长久, 持久, 持续) restate one another.
 */
class LastingWordsTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {"长期 | 持续", "持续 | 长期", "长期 | 长效", "长期有效 | 持续有效", "长期有效 | 持续", "持续发挥作用 | 长期发挥作用"})
  void wordsOfLastingRestateOneAnother(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SUSTAINABILITY, "可持续影响", target, actual);
    met(v);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {"长期 | 短期", "长期改善 | 持续"})
  void anotherWordOrAChangeLeftOutIsNoRestatement(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SUSTAINABILITY, "可持续影响", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
  }
}

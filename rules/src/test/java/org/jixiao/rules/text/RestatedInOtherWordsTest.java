package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.jixiao.rules.text.Judged.met;

import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A target restated in other words of the same meaning. A 可持续影响 target and its answer often say
 * lasting in two words: 长期 / 持续, 长期有效 / 持续有效, 长期 / 长效 were undetermined (no word of
 * completion, no echo), while 可持续 / 持续 was met; words of lasting (长期, 长效, 长久, 持久, 持续)
 * restate one another. A short target's verb of change stated in another verb of the same change
 * (明显提升 / 不断提高, 降低发病率 / 发病率下降) was undetermined too, where the same verb was met.
 */
class RestatedInOtherWordsTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "长期 | 持续", "持续 | 长期", "长期 | 长效", "长期有效 | 持续有效", "长期有效 | 持续", "持续发挥作用 | 长期发挥作用",
        // review 53c: the target's lasting with a result beside it
        "长期 | 持续发挥作用", "长期 | 可持续", "长期 | 持续受益",
      })
  void wordsOfLastingRestateOneAnother(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SUSTAINABILITY, "可持续影响", target, actual);
    met(v);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {"长期 | 短期", "长期改善 | 持续", "长期 | 持续时间短", "长期 | 持续下降", "长期 | 持续推进中"})
  void anotherWordOrAChangeLeftOutIsNoRestatement(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SUSTAINABILITY, "可持续影响", target, actual);
    undetermined(v);
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "明显提升 | 不断提高 | 1",
        // review 53c: 中 and 空间 of the object are no work still to do
        "明显提升 | 提升中小学教育质量 | 1",
        "明显改善 | 改善空间布局 | 1",
        "降低发病率 | 发病率下降 | 1",
        "具有推动作用 | 有效推动 | 1", // the same verb
        // a degree word or a negation still decides, as with the same verb
        "明显提升 | 有所提高 | 0.70",
        "提升服务水平 | 服务水平未能提高 | 0.30",
      })
  void aVerbOfTheSameChangeStatesIt(String target, String actual, java.math.BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, "社会效益", target, actual);
    scoredAt(v, fraction);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "减少投诉 | 投诉增加",
        "提高就业率 | 就业率明显下降",
        // review 53b: a verb of activity is no result, and a change still to make is none made
        "明显增强 | 加强宣传",
        "有效促进 | 正在推进",
        "完善机制 | 有待健全",
        "明显改善 | 有待改进",
        "明显提升 | 有待提升",
        "明显提升 | 仍需进一步提高",
        "提高 | 提升空间较大",
      })
  void aVerbOfTheOtherWayIsNoRestatement(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, "社会效益", target, actual);
    undetermined(v);
  }
}

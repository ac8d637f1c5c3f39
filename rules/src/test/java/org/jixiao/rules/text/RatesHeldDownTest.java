package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rate a form holds down, printed without ≤ (抽检不合格率 | 3% | 2.1%), is a ceiling: review 62b found
 * 不合格率, 发病率, 超限率, 漏损率, 损耗率 and 近视率 read as floors (70 % for a rate kept below its
 * limit), as 失业率, 差错率 and 投诉率 already were not. Only the rates' heads name them (review 62e): a
 * name of work on such things (不合格产品处置率, 近视筛查率, 漏损改造长度, 多发病诊疗) wants more.
 */
class RatesHeldDownTest {

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUALITY | 产品抽检不合格率 | 3% | 2.1%",
        "SOCIAL | 传染病发病率 | 3% | 2.1%",
        "SOCIAL | 货车超限率 | 2% | 1.5%",
        "ECOLOGICAL | 供水管网漏损率 | 12% | 10.5%",
        "ECONOMIC | 粮食损耗率 | 1% | 0.8%",
        "SOCIAL | 学生近视率 | 52% | 50.3%",
      })
  void aRateHeldDownIsACeiling(Subcategory sub, String name, String target, String actual) {
    met(judge(sub, name, target, actual));
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUALITY | 不合格产品处置率 | 100% | 95% | 0.95",
        "SOCIAL | 学生近视筛查率 | 100% | 90% | 0.9",
        "SOCIAL | 超限车辆检测率 | 90% | 81% | 0.9",
        "QUALITY | 不合格产品召回率 | 100% | 80% | 0.8",
        // review 62e: the bare words inside names of wanted work
        "QUALITY | 不合格产品下架率 | 95% | 0 | 0",
        "SOCIAL | 近视矫正率 | 90% | 81% | 0.9",
        "ECOLOGICAL | 供水管网漏损改造长度 | 20公里 | 18公里 | 0.9",
        "SOCIAL | 常见病多发病诊疗服务人次 | 5000人次 | 4800人次 | 0.96",
      })
  void aRateOfHandlingThemIsAFloor(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    scoredAt(judge(sub, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{1} | {2} | {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a comparison printed decides, whatever the name
        "QUALITY | 产品抽检不合格率 | ≥3% | 2.1% | 0.7",
      })
  void aComparisonPrintedDecides(Subcategory sub, String name, String target, String actual, BigDecimal fraction) {
    assertThat(judge(sub, name, target, actual).fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(fraction));
  }
}

package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rate per person and per period (每人每月300元, 300元/人·月, 300元/人/月, 每月300元/人) is one rate
 * however a target writes it. 每人每月300元 against 300元/人·月 was undetermined (the target read per month,
 * the actual per person-month), and 300元/人/月 against 300元/人/年 was met (both read per person).
 */
class RatesPerWhomAndPeriodTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "每人每月300元 | ≥ 300 元/人*月",
        "每月每人300元 | ≥ 300 元/人*月",
        "300元/人/月 | ≥ 300 元/人*月",
        "300元/人·月 | ≥ 300 元/人*月",
        "每人每年1000元 | ≥ 1000 元/人*年",
        "每户2000元 | ≥ 2000 元/户",
        "每人每季度1次 | ≥ 1 次/季度", // a frequency: whom it is per set aside, as 1次/3个月/人
        "每季度每户走访1次 | ≥ 1 次/季度", // review 51c: was 1 次/户
        "1次/月/人 | ≥ 1 次/月",
        "1次/人/月 | ≥ 1 次/月", // review 51c: was 1 次/人, never restated over the target's period
        "1次/户/季度 | ≥ 1 次/季度",
        "每月300元/人 | ≥ 300 元/人*月",
      })
  void aRatePerWhomAndPeriodIsReadWithBoth(String text, String reading) {
    assertThat(IndicatorTexts.parseTarget(text).describe()).isEqualTo(reading);
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "每人每月300元 | 300元/人·月 | 1",
        "每人每年1000元 | 1000元/人·年 | 1",
        "每月每人300元 | 300元/人·月 | 1",
        "300元/人/月 | 每人每月300元 | 1",
        "每月300元/人 | 300元/人/月 | 1", // 每月 before, /人 after: one rate
        "每人每月300元 | 300元/月 | 1", // the actual restating the standard without whom
        "每人每月300元 | 300元/名·月 | 1", // 名 is 人
        "每人每月300元 | 每人每月270元 | 0.9",
        "300元/人/月 | 350元/人 | 1", // review 51d: the actual may leave out the period, as it may the whole per
      })
  void oneRateWrittenTwoWaysCompares(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "发放标准", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "300元/人/月 | 300元/人/年", // another period: was met, both read per person
        "每人每月300元 | 300元/户·月", // per household, not per person
        "每人每月300元 | 300元/人·年",
        "3600元/人 | 300元/月", // no part said on both sides
        // review 51c: a target silent on whom may be a whole month's for everyone
        "每月不少于50万元 | 500元/人/月",
      })
  void anotherWhomOrPeriodDoesNotCompare(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "发放标准", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
  }

  /** Review 51c: frequencies per whom after a slash are restated over the target's period. */
  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "每季度1次 | 1次/人/月 | 1",
        "1次/户/季度 | 全年走访2次 | 0.5",
        "每季度每户走访1次 | 全年走访2次 | 0.5",
      })
  void frequenciesPerWhomAreRestated(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "走访频次", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }
}

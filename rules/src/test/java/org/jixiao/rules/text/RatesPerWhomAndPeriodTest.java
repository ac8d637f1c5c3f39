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
        // an actual's per before its figure is read as a target's is
        "每人每月不低于300元 | 每人每月250元 | 0.8333333333333333333333333333333333", // 250 / 300
        "每亩不低于100元 | 每亩补贴120元 | 1",
        "每人每月300元 | 1000人，每人每月300元 | 1",
        "每月不少于300元 | 每月发放350元 | 1",
        // review 52b: a period added to a target's per whom alone answers it when it reaches it
        "≥300元/人 | 每人每月300元 | 1",
        "300元/人 | 300元/人/月 | 1",
        "≥2000元/户 | 每户每年2000元 | 1",
        // 每个村 is per 村, as 每村 is
        "每村不少于2名 | 每个村配备2名 | 1",
        "每户不低于2000元 | 每个农户2000元 | 1", // 个: each one of what the other side names
        "≥10万元/个 | 每个项目10万元 | 1",
        // the 次 of a batch or a session adds nothing: 每批次 is 每批, 每场次 is 每场
        "每批次不少于50人 | 每批50人 | 1",
        "每批不少于50人 | 每批次培训40人 | 0.8",
        "每场次不少于100人 | 每场120人 | 1",
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
        // an actual's per before its figure: 每人每月300元 was a bare 300 元, 8.33 % of 3600元 a year
        "每人每年不低于3600元 | 每人每月300元",
        "300元/人/月 | 每人每年3600元", // was 0 %: 3600 against a ceiling of 300
        "每人每月300元 | 每户每月300元",
        // a period added that falls short may be a shorter period's rate: 300 a month is 3600 a year
        "3600元/人 | 300元/人/月",
        "≥3600元/人 | 每人每月300元",
        // review 52c: a ceiling kept over a month may be passed over a year
        "≤3600元/人 | 每人每月350元",
        // but 人次 is no 人: a cost per visit is not one per person
        "每人次不超过100元 | 每人90元",
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

  /**
   * A total (共发放360万元, 累计补贴50万元) does not answer a rate per whom: it was compared with
   * 每人每月300元 as if it were the standard (100 % against a floor, 0 % against a ceiling). A bare
   * figure still restates the rate.
   */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "每人每月300元 | 共发放360万元",
        "≥100元/亩 | 累计补贴资金50万元",
        "每村不少于2名 | 共培训120名",
        "每户补助2000元 | 合计发放补助资金40万元",
        // review 52c: 每个 before a noun that is no unit is per 个, which a total does not answer;
        // a total word elsewhere in the target (合计20万元) does not make the rate a total
        "每个社区≥2名 | 共配备20名",
        "共帮扶100户，每户补助≥2000元 | 共发放补助20万元",
      })
  void aTotalDoesNotAnswerARatePerWhom(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "补助标准", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(v.trace().code()).as(v.trace().reason()).contains("JX-T-0272");
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "每人每月300元 | 300元 | 1", // the standard restated
        "每人每月300元 | 每人每月300元，共发放360万元 | 1", // the rate beside the total answers
        "每月不少于300元 | 全年共发放3600元 | 1", // a rate per period alone: a total may answer it, as before
        "每户补助2000元 | 共同补助2000元 | 1", // 共同 is no total
        "每户补助2000元 | 中国共产党员示范户2000元 | 1", // nor 共产党 (review 52b)
        "每户增收≥2000元 | 户均累计增收2500元 | 1", // an average before the total: a rate still
        "每人累计培训不少于40学时 | 累计培训42学时 | 1", // the target says 累计 itself
      })
  void aBareFigureOrARateBesideATotalStillAnswers(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "补助标准", target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  /** Review 52b: a name's per (人 of 每人每月补助标准, 人均) is answered by the actual's rate that adds the period. */
  @ParameterizedTest(name = "{0}: {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "每人每月补助标准 | 300元 | 每人每月300元",
        "人均补助标准 | ≥300元 | 每人每月300元",
        "配套资金每人每年 | 75元 | 每人每年75元",
      })
  void aNamesPerIsAnsweredByARateThatAddsThePeriod(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    assertThat(v.outcome()).as(v.trace().reason()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(BigDecimal.ONE);
  }
}

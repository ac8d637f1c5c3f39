package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rates per a base of 10⁴, 10⁵ or 10⁶, as health statistics print them (孕产妇死亡率≤10/10万): a
 * share, so the figure before the slash is the rate and 10万 is no figure of its own. Read as
 * percents before, a target of ≤10/10万 was ≤10 %, and every actual so written held a second
 * figure, 100000, which left it undetermined.
 */
class RatesPerBaseTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "孕产妇死亡率 | ≤10/10万 | 8.2/10万 | 1",
        "孕产妇死亡率 | ≤10/10万 | 12.5/10万 | 0.75", // over a ceiling: 1 − (12.5 − 10) / 10
        "孕产妇死亡率 | ＜15/10万 | 12.3/10万 | 1",
        "孕产妇死亡率 | 控制在10/10万以下 | 8/10万 | 1",
        "孕产妇死亡率 | ≤10/10万活产 | 8.5/10万活产 | 1",
        "肺结核发病率 | ≤50/10万 | 55/10万 | 0.9", // 1 − (55 − 50) / 50
        "法定传染病报告发病率 | ≤300/十万 | 265.3/十万 | 1",
        "甲乙类传染病发病率 | ≤200/10万人 | 156.3/10万人口 | 1",
        "孕产妇死亡率 | ≤10/10万 | 1例，死亡率为8.3/10万 | 1",
        // written in words, and against a percent or a figure with no unit of its own
        "孕产妇死亡率 | ≤10/10万 | 十万分之8 | 1",
        "孕产妇死亡率 | ≤0.01% | 8/10万 | 1",
        "孕产妇死亡率 | ≤10/10万 | 0.012% | 0.8", // 0.012 % is 12/10万: 1 − 2 / 10
        "孕产妇死亡率 | ≤10/10万 | 9 | 1",
        "新生儿破伤风发病率 | ≤1/万 | 0.5/万 | 1",
        "艾滋病母婴传播率 | ≤5/100万 | 万分之一 | 0", // 1/万 is 100/100万, past twice the ceiling
      })
  void aRatePerABaseIsComparedAsAShare(String name, String target, String actual, String fraction) {
    IndicatorVerdict v = EVALUATOR.judge(indicator(name, target, actual));

    assertThat(v.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(fraction));
    assertThat(v.trace().method()).as("a rate of something unwanted: a ceiling").isEqualTo("reverse-deployed");
  }

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // several rates of the same kind in one cell: the one the name labels (review 68v)
        "婴儿死亡率 | ≤5‰ | 孕产妇死亡率12.5/10万，婴儿死亡率3.2‰ | 1",
        "婴儿死亡率 | ≤5% | 孕产妇死亡率1.5%，婴儿死亡率3.2% | 1",
        "孕产妇死亡率 | ≤10/10万 | 婴儿死亡率3.2‰，孕产妇死亡率12.5/10万 | 0.75", // 1 − (12.5 − 10) / 10
      })
  void ofRatesInOneCellTheOneTheNameLabelsAnswers(String name, String target, String actual, String fraction) {
    IndicatorVerdict v = EVALUATOR.judge(indicator(name, target, actual));

    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(fraction));
  }

  @ParameterizedTest(name = "{0} | {1} | {2} | {3} → {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the form's 计量单位 column, or a bracket at the end of the name, gives the base
        "孕产妇死亡率 | 1/10万 | ≤10 | 8.2 | 1",
        "孕产妇死亡率 | 例/10万 | ≤10 | 12.5 | 0.75", // 1 − (12.5 − 10) / 10
        "孕产妇死亡率 | 1/10万 | ≤10 | 0.008% | 1",
        "孕产妇死亡率(1/10万) |  | ≤10 | 8.2 | 1",
        "婴儿死亡率(‰) |  | ≤8 | 10 | 0.75", // 1 − (10 − 8) / 8
      })
  void aFormsUnitOrANamesBracketGivesTheBase(String name, String unit, String target, String actual, String fraction) {
    Indicator i = Indicator.builder()
        .category(Category.BENEFIT)
        .subcategory(Subcategory.SOCIAL)
        .name(name)
        .target(target)
        .actual(actual)
        .measureUnit(unit == null ? java.util.Optional.empty() : java.util.Optional.of(unit))
        .build();
    IndicatorVerdict v = EVALUATOR.judge(i);

    assertThat(v.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(fraction));
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a count per 万人 is no share: 3.5/万人 is 3.5 人, as before; so a count per the base its name's 每 names
        "每万人口全科医生数 | ≥3人 | 3.5/万人 | 1",
        "每万人口全科医生数 | ≥3人 | 3.5/万 | 1",
        "每10万人口律师数 | ≥5人 | 5.6/10万人 | 1",
        "每十万人口律师数 | ≥5人 | 4.2/10万 | 0.84", // a floor: 4.2 / 5
        // 10万 goes on into a unit of its own: books and money, as before
        "图书借阅量 | ≥10万册 | 5/10万册 | 1",
        "完成率 | 100% | 完成8/10 | U",
      })
  void aBaseThatGoesOnIntoAnotherUnitIsNoRate(String name, String target, String actual, String expected) {
    IndicatorVerdict v = EVALUATOR.judge(indicator(name, target, actual));

    if (expected.equals("U")) {
      assertThat(v.outcome()).isEqualTo(Outcome.UNDETERMINED);
    } else {
      assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(expected));
    }
    assertThat(v.trace().reason()).doesNotContain(" /万").doesNotContain(" /10万");
  }

  private static Indicator indicator(String name, String target, String actual) {
    return Indicator.builder()
        .category(Category.BENEFIT)
        .subcategory(Subcategory.SOCIAL)
        .name(name)
        .target(target)
        .actual(actual)
        .build();
  }
}

package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * A figure whose digits OCR or typing garbled into letters or symbols cannot be compared: read as
 * it stands it is another number. Letters that name things, and units after figures, are read as
 * before.
 */
class UnreadableFigureTest {
  /**
   * 银川市第六中学 初中公用经费 2021 (https://m.yzwku.com/doc/476505.html), row 25: the target
   * 14.8万元 came out of OCR as M.8万元 and was read as ≤ 8 万元, scoring the met cost 15 %.
   */
  @Test
  void aTargetWithLettersBeforeItsDecimalPointIsUndeterminedNamingTheText() {
    IndicatorResult r = result(Subcategory.COST, "绿化、水电费等成本", "M.8万元", "14.8万元", Locale.CHINA);

    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.trace().code()).hasValue("JX-T-0217");
    assertThat(r.trace().reason()).contains("“M.8万元”").contains("读不出确切数值");
    assertThat(result(Subcategory.COST, "绿化、水电费等成本", "M.8万元", "14.8万元", Locale.ENGLISH).trace().reason())
        .contains("'M.8万元'")
        .contains("letters or symbols where digits should be");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≤O.5万元|0.5万元|JX-T-0217",
        "≥.5万人|5000人|JX-T-0217",
        "≥l00人|100人|JX-T-0217",
        "≥100人|l00人|JX-T-0218",
        "≥95%|l00%|JX-T-0218",
        "≤15万元|l.5万元|JX-T-0218"
      })
  void aGarbledFigureInTheTargetOrTheActualIsUndetermined(String target, String actual, String code) {
    IndicatorResult r = result(Subcategory.QUANTITY, "保障人数", target, actual, Locale.CHINA);
    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.trace().code()).hasValue(code);
  }

  /** Units after figures, identifiers that name things, the numero sign and a sentence's stop. */
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥100m2|120m2",
        "≥5km|6km",
        "≥5kg|6kg",
        "≥10GB|12GB",
        "≥100M|120M",
        "H5页面≥3个|4个",
        "O3浓度≤160|150",
        "≥14.8万元|14.8万元",
        "NO.1|NO.1"
      })
  void figuresWithLatinUnitsAndNamesWithLettersAreScoredAsBefore(String target, String actual) {
    IndicatorResult r = result(Subcategory.QUANTITY, "指标", target, actual, Locale.CHINA);
    assertThat(r.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(r.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1"));
  }

  /** A garbled target matters only when a figure is to be compared: completion words still decide. */
  @Test
  void aGarbledTargetAnsweredInWordsIsJudgedByTheWords() {
    IndicatorResult r = result(Subcategory.COST, "绿化、水电费等成本", "M.8万元", "已完成", Locale.CHINA);
    assertThat(r.outcome()).isEqualTo(Outcome.SCORED);
  }

  /** Whatever letter is glued before the decimal point (but No., the numero sign), the figure after it is never compared. */
  @Test
  void noLetterBeforeADecimalPointLetsItsFigureBeCompared() {
    List<String> letters = List.of("A", "B", "M", "O", "o", "l", "I", "S", "Z", "x", "mM", "Ml");
    qt().withExamples(80)
        .forAll(Generate.pick(letters), integers().between(0, 999), integers().between(0, 99))
        .checkAssert(
            (letter, whole, tenths) -> {
              String target = "≤" + letter + "." + tenths + "万元";
              IndicatorResult r = result(Subcategory.COST, "成本", target, whole + "." + tenths + "万元", Locale.CHINA);
              assertThat(r.outcome()).as(target).isEqualTo(Outcome.UNDETERMINED);
            });
  }

  private static IndicatorResult result(Subcategory sub, String name, String target, String actual, Locale locale) {
    Project p =
        Project.builder()
            .seq(1)
            .name("初中公用经费")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .indicators(
                IndicatorSet.of(
                    List.of(Indicator.builder().category(sub.category()).subcategory(sub).name(name).target(target).actual(actual).build())))
            .build();
    return Evaluator.builder().locale(locale).build().evaluate(p).indicators().get(0);
  }
}

package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 100,000-character texts built to trip backtracking or quadratic scanners. The scanners are
 * hand-written and linear; these tests check that each text is read to a sane result (no time
 * limit is asserted: a regression shows as a test that does not finish).
 */
class HostileInputTest {
  private static final int LENGTH = 100_000;

  static List<String> hostile() {
    return List.of(
        repeat("1"),
        repeat("1."),
        repeat("1.1"),
        repeat("1、"),
        repeat("一"),
        repeat("十"),
        repeat("1-"),
        repeat("1人"),
        repeat("1人、"),
        repeat("不少于"),
        repeat("未"),
        repeat("完成"),
        repeat("未完成基本完成"),
        repeat("1,000"),
        repeat("2019年"),
        repeat("及时率"),
        repeat("(1)"),
        repeat("；"),
        repeat("*"),
        repeat("１２３４５６７８９０％"),
        repeat("9999999999999999999999999999"));
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("hostile")
  void everyReaderFinishesOnHostileText(String text) {
    assertThat(text).hasSizeGreaterThanOrEqualTo(LENGTH);
    Target target = IndicatorTexts.parseTarget(text);
    assertThat(target.describe()).isNotNull();
    assertThat(IndicatorTexts.parseActual(text)).allSatisfy(q -> assertThat(q.end()).isGreaterThan(q.start()));
    assertThat(IndicatorTexts.split(text)).isNotEmpty();
    assertThat(Vocabulary.defaults().read(text)).isNotNull();

    IndicatorVerdict verdict =
        Evaluator.defaults().judge(Indicator.of(Subcategory.QUANTITY, text, text));
    assertThat(verdict.trace().reason()).isNotBlank();
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("hostile")
  void aProjectFullOfHostileTextIsEvaluated(String text) {
    Project project =
        Project.builder()
            .name("hostile")
            .moneyUnit(MoneyUnit.YUAN)
            .statedCompletion(text)
            .goal(text)
            .indicators(
                IndicatorSet.of(
                    Indicator.of(Subcategory.QUANTITY, text, "1.举办5场 2.培训10人"),
                    Indicator.of(Subcategory.QUALITY, "1.举办5场 2.培训10人", text),
                    Indicator.of(Subcategory.SERVED_SATISFACTION, text, text)))
            .build();

    Evaluation e = Evaluator.defaults().evaluate(project);

    assertThat(e.indicators()).hasSize(3);
    assertThat(e.findings()).allSatisfy(f -> assertThat(f.message()).isNotBlank());
  }

  private static String repeat(String unit) {
    return unit.repeat(LENGTH / unit.length() + 1);
  }
}

package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.jixiao.rules.internal.text.Signs.Direction;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * Which way a figure goes. The actuals are those of the real 棠溪 2022 委托业务项目 form's rows as
 * varied by the audit (h1 REPORT §1; variants p2e_negative rows 13–16, p2c rows 17–18: −5%, -5,
 * 下降5%, -0.5%, -3.2%), and the class they stand for.
 */
class SignsTest {
  /** The way of the last figure of {@code text}, normalised as the scorers read it. */
  private static Direction wayOfLast(String text) {
    String s = IndicatorTexts.normalize(text);
    List<Quantity> figures = QuantityScanner.quantities(s);
    assertThat(figures).as(text).isNotEmpty();
    return Signs.before(s, figures.get(figures.size() - 1).start());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "−5%", // U+2212, p2e row 13
    "-5", // p2e row 14
    "-0.5%", // p2e row 16
    "-3.2%", // p2c row 18
    "－5%", // full width
    "﹣5%",
    "下降5%", // p2e row 15
    "减少5%",
    "降低5%",
    "负增长5%",
    "压减5%",
    "同比下降5.2%",
    "较上年下降了5%",
    "下降幅度为5%",
    "三公经费较上年减少3.2万元",
    "变动率为-5%",
    "(-5%)",
  })
  void aMinusSignOrAWordOfDecreaseIsAFall(String actual) {
    assertThat(wayOfLast(actual)).isEqualTo(Direction.DOWN);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"增长5%", "增加5%", "上升5%", "同比增长3.1%"})
  void aWordOfIncreaseIsARise(String actual) {
    assertThat(wayOfLast(actual)).isEqualTo(Direction.UP);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "5%",
    "5-10个", // a range
    "培训5-10人次",
    "2023-12-31完成", // a date: its parts are no figures with a sign
    "A-5型设备3台",
    "GB-2015标准",
    "--5%", // a dash doubled
    "—5%", // an em dash, the placeholder's
    "–5%",
    "下降至5%", // a level reached, not a change
    "降到5%",
    "第3-5期",
    "1.-",
  })
  void aDashOrWordThatIsNoSignLeavesTheFigureAsItIs(String actual) {
    String s = IndicatorTexts.normalize(actual);
    for (Quantity q : QuantityScanner.quantities(s)) {
      assertThat(Signs.before(s, q.start())).as(actual).isNotEqualTo(Direction.DOWN);
    }
  }

  @Test
  void aTargetOfDecreaseSaysSoBeforeItsComparison() {
    for (String target : List.of("下降≥5%", "下降不少于5%", "同比下降5%以上", "较上年压减不低于5%")) {
      String s = IndicatorTexts.normalize(target);
      Quantity q = QuantityScanner.quantities(s).get(0);
      assertThat(Signs.before(s, q.start())).as(target).isEqualTo(Direction.DOWN);
    }
    String s = IndicatorTexts.normalize("≥-5%");
    assertThat(Signs.minusBefore(s, QuantityScanner.quantities(s).get(0).start())).isTrue();
  }

  @Test
  void aNameOfDecreaseIsKnown() {
    assertThat(Signs.nameStatesDecrease("“三公”经费压减率")).isTrue();
    assertThat(Signs.nameStatesDecrease("能耗降低率")).isTrue();
    assertThat(Signs.nameStatesDecrease("“三公”经费变动率")).isFalse();
    assertThat(Signs.nameStatesDecrease("减灾宣传覆盖率")).isFalse();
    assertThat(Signs.nameStatesDecrease("降低项目成本")).as("a level to keep down, no rate of a fall").isFalse();
    assertThat(Signs.nameStatesDecrease("减少投诉数量")).isFalse();
  }

  /** A figure with a minus sign in a sign's place never reads as the positive figure. */
  @Test
  void aFigureWithAMinusSignNeverReadsAsARiseOrAsNothing() {
    qt().forAll(
            Generate.pick(List.of("", "变动率", "增长率为", "较上年", " ", "：", "(", "实际")),
            Generate.pick(List.of("-", "−", "－", "﹣")),
            integers().between(0, 10_000_000).map(n -> n / 100 + "." + n % 100),
            Generate.pick(List.of("%", "", "万元", "‰")))
        .checkAssert(
            (before, minus, figure, unit) -> {
              String text = before + minus + figure + unit;
              assertThat(wayOfLast(text)).as(text).isEqualTo(Direction.DOWN);
            });
  }

  /** A range a-b, and a date y-m, never read as a negative figure. */
  @Test
  void aRangeOrADateNeverReadsAsANegative() {
    qt().forAll(
            integers().between(0, 9_999),
            integers().between(0, 9_999),
            Generate.pick(List.of("-", "−", "－", "~", "—", "–")),
            Generate.pick(List.of("个", "人", "%", "人次", "", "万元", "月", "日")))
        .checkAssert(
            (lo, hi, dash, unit) -> {
              String text = IndicatorTexts.normalize("完成" + lo + dash + hi + unit);
              for (Quantity q : QuantityScanner.quantities(text)) {
                assertThat(Signs.before(text, q.start())).as(text).isNotEqualTo(Direction.DOWN);
              }
            });
  }
}

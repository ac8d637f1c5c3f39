package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of the reading of issue 13, over generated text. */
class ReadingPropertiesTest {
  /** Ideographs that make no word of the vocabulary, no unit after a figure and no date. */
  private static final String ALPHABET = "培训工作项目资金人员服务社区保障宣传活动";

  private static final Gen<String> NEUTRAL =
      strings().betweenCodePoints(0, ALPHABET.length() - 1).ofLengthBetween(1, 8).map(ReadingPropertiesTest::neutral);

  private static String neutral(String codes) {
    String alphabet = ALPHABET;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < codes.length(); i++) {
      out.append(alphabet.charAt(codes.charAt(i) % alphabet.length()));
    }
    return out.toString();
  }

  @Test
  void aNegatedCompletionWordIsNeverMet() {
    Gen<String> negations = Generate.pick(List.of("未", "没有", "尚未", "无法", "未能", "不能", "没能"));
    Gen<String> words = Generate.pick(List.of("完成", "按时完成", "及时", "达标", "达成", "按期", "实现", "合格", "满意"));
    qt().forAll(NEUTRAL, negations, words, NEUTRAL)
        .checkAssert(
            (before, negation, word, after) -> {
              String text = before + negation + after + word;
              assertThat(Vocabulary.defaults().read(text))
                  .as(text)
                  .hasValueSatisfying(r -> assertThat(r.fraction()).isLessThan(BigDecimal.ONE));
            });
  }

  @Test
  void datesAreNeverFiguresAndEndWhereTheySay() {
    Gen<String> separators = Generate.pick(List.of("-", "/", "."));
    qt().forAll(integers().between(1990, 2099), integers().between(1, 12), integers().between(1, 28), separators)
        .checkAssert(
            (year, month, day, sep) -> {
              String text = year + sep + month + sep + day;
              assertThat(IndicatorTexts.parseActual(text)).as(text).isEmpty();
              Target t = IndicatorTexts.parseTarget(text);
              assertThat(t.quantity()).as(text).isEmpty();
              assertThat(t.deadline().flatMap(Deadline::by))
                  .as(text)
                  .contains(new DatePeriod(OptionalInt.of(year), month, OptionalInt.of(day)));
            });
  }

  @Test
  void aMonthMeetsEveryDeadlineThatEndsNoEarlier() {
    qt().forAll(integers().between(1, 12), integers().between(1, 12))
        .checkAssert(
            (done, due) -> {
              IndicatorVerdict v =
                  Evaluator.defaults().judge(Indicator.of(Subcategory.TIMELINESS, due + "月底前", done + "月"));
              assertThat(v.outcome()).isEqualTo(Outcome.SCORED);
              assertThat(v.fraction().orElseThrow().compareTo(BigDecimal.ONE) == 0).isEqualTo(done <= due);
            });
  }

  @Test
  void anActualThatRestatesAWordedTargetIsMet() {
    qt().forAll(NEUTRAL)
        .checkAssert(
            text -> {
              IndicatorVerdict v = Evaluator.defaults().judge(Indicator.of(Subcategory.SOCIAL, text, text));
              assertThat(v.fraction()).as(text).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1"));
            });
  }

  @Test
  void aBareWanInACostIndicatorIsAMoneyCeiling() {
    qt().forAll(integers().between(1, 999_999))
        .checkAssert(
            cents -> {
              String figure = BigDecimal.valueOf(cents, 2).toPlainString();
              Indicator cost = Indicator.builder().category(Subcategory.COST.category()).subcategory(Subcategory.COST)
                  .name("总成本").target(figure + "万").build();
              Target t = IndicatorTexts.parseTarget(cost);
              assertThat(t.comparison()).isEqualTo(Comparison.AT_MOST);
              assertThat(t.quantity().orElseThrow().unit().symbol()).isEqualTo("万元");
              assertThat(t.quantity().orElseThrow().value()).isEqualByComparingTo(figure);
            });
  }
}

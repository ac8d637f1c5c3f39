package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Evaluation;
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

/**
 * A floor above 100 % on a share of a whole (satisfaction, 合格率, 覆盖率) is a misprint that a
 * reader questions: scoring the actual against it would cost the project points for a typing or
 * OCR error. Rates that can pass 100 % are scored as before.
 */
class ShareAboveWholeTest {
  /**
   * 衡山县 2020 中央储备粮 项目支出绩效自评表 (https://taowenge.com/p-72820237.html): 市民满意度调查 290% / 100%,
   * a scan whose ≥ was read as 2 (the same 290% is on other scanned forms of 2020 and 2021). It was
   * undetermined; a reader takes it for ≥90%, and the reason quotes it as printed.
   */
  @Test
  void aFloorOfAShareThatStartsWithATwoIsReadAsAtLeastTheRest() {
    IndicatorResult r = evaluate(Subcategory.SERVED_SATISFACTION, "市民满意度调查", "290%", "100%", Locale.CHINA).indicators().get(0);
    assertThat(r.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(r.trace().reason()).isEqualTo("实际 100 %，目标 ≥ 90 %（“290%”） → 100%（达到目标）");
    assertThat(evaluate(Subcategory.SERVED_SATISFACTION, "市民满意度调查", "290%", "85%", Locale.ENGLISH).indicators().get(0).trace().reason())
        .contains("≥ 90 %（“290%”）");
    assertThat(evaluate(Subcategory.QUALITY, "疫苗接种率", "2100%", "96%", Locale.CHINA).indicators().get(0).trace().args())
        .containsEntry("percent", "96%");
  }

  @Test
  void aTwoBeforeAShareScoresAsAtLeastThatShare() {
    qt().forAll(integers().between(60, 100), integers().between(0, 100))
        .checkAssert(
            (share, actual) -> {
              IndicatorResult misread = evaluate(Subcategory.QUALITY, "验收合格率", "2" + share + "%", actual + "%", Locale.CHINA).indicators().get(0);
              IndicatorResult read = evaluate(Subcategory.QUALITY, "验收合格率", "≥" + share + "%", actual + "%", Locale.CHINA).indicators().get(0);
              assertThat(misread.fraction()).as(misread.trace().reason()).isEqualTo(read.fraction());
            });
  }

  /** A comparison printed before it, or a first digit that is no 2: a misprint a reader questions. */
  @Test
  void aSatisfactionFloorAbove100PercentIsUndeterminedWithItsReason() {
    Evaluation e = evaluate(Subcategory.SERVED_SATISFACTION, "市民满意度调查", "≥290%", "100%", Locale.CHINA);
    IndicatorResult r = e.indicators().get(0);
    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.trace().code()).hasValue("JX-T-0267");
    assertThat(r.trace().reason()).isEqualTo("目标 ≥ 290 % 超过100%，而该比率是占整体的比例，不会超过100%：疑为填写错误（实际 100 %），无法判定");
    assertThat(e.findings()).anySatisfy(f -> assertThat(f.message()).contains("290 %"));
    assertThat(evaluate(Subcategory.SERVED_SATISFACTION, "市民满意度调查", "390%", "100%", Locale.ENGLISH).indicators().get(0).trace().reason())
        .startsWith("target ≥ 390 % is above 100 %");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"验收合格率, 980%, 98%", "政策知晓率, 850%, 85%", "服务覆盖率, 1000%, 100%", "验收合格率, 200.5%, 85%", "群众不满意率, 210%, 3%", "服务对象满意度提升幅度, 290%, 5%", "服务覆盖率, 250%, 52%"})
  void aShareOfAWholeNamedSoIsQuestionedToo(String name, String target, String actual) {
    IndicatorResult r = evaluate(Subcategory.QUALITY, name, target, actual, Locale.CHINA).indicators().get(0);
    assertThat(r.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(r.trace().code()).hasValue("JX-T-0267");
  }

  @ParameterizedTest(name = "{0} {1} / {2} → {3}")
  @CsvSource({
    // a completion or a growth rate can pass 100 %
    "任务完成率, 120%, 96%, 80%",
    "服务人次增长率, 200%, 150%, 75%",
    // a ceiling above 100 % is met by any share
    "群众满意度, ≤120%, 95%, 100%",
    "群众满意度, ≥90%, 95%, 100%",
  })
  void otherRatesAndCeilingsAreScoredAsBefore(String name, String target, String actual, String percent) {
    Subcategory sub = name.contains("满意") ? Subcategory.SERVED_SATISFACTION : Subcategory.QUALITY;
    IndicatorResult r = evaluate(sub, name, target, actual, Locale.CHINA).indicators().get(0);
    assertThat(r.outcome()).isNotEqualTo(Outcome.UNDETERMINED);
    assertThat(r.trace().args()).containsEntry("percent", percent);
  }

  private static Evaluation evaluate(Subcategory sub, String name, String target, String actual, Locale locale) {
    Project p =
        Project.builder()
            .seq(1)
            .name("储备粮项目")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .indicators(IndicatorSet.of(List.of(Indicator.builder().category(sub.category()).subcategory(sub).name(name).target(target).actual(actual).build())))
            .build();
    return Evaluator.builder().locale(locale).build().evaluate(p);
  }
}

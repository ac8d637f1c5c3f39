package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

/**
 * An indicator whose copy ends in its row before its actual ({@link Indicator#cutOff()}, set by the
 * form reader) has an unknown result, not a blank one: it is undetermined (JX-T-0270), not "not
 * applicable", so the score is provisional, and its category is neither missing nor blank. The
 * points are the same as for a blank row (both are shared out); what differs is that the score is
 * not said to be final.
 *
 * <p>The forms are those of io's forms/SOURCES.md: 濉溪 2019 (临时救助, #37), whose copy stops at
 * {@code ★受助对象满意度(≥**%) | 10 | >=9} with every other row whole, and 临翔 2023 (#38), at the
 * name 受益农户满意度.
 */
class CutOffIndicatorTest {
  private final Evaluator evaluator = Evaluator.defaults();

  private static Indicator suixiLastRow(boolean cutOff) {
    return Indicator.builder()
        .category(Category.SATISFACTION)
        .subcategory(Subcategory.SERVED_SATISFACTION)
        .name("★受助对象满意度(≥**%)")
        .target(">=9")
        .weight(BigDecimal.TEN)
        .cutOff(cutOff)
        .build();
  }

  private static Project suixi(boolean cutOff) {
    return CutFormsTest.form(
        FormWeightsTest.weighted(Subcategory.QUANTITY, ">=59人次", "87人次", "50"),
        FormWeightsTest.weighted(Subcategory.SOCIAL, ">=80人", "87人", "30"),
        suixiLastRow(cutOff));
  }

  @Test
  void aRowCutOffByTheCopyIsUndeterminedAndTheScoreProvisional() {
    Evaluation cut = evaluator.evaluate(suixi(true));
    IndicatorResult last = cut.indicators().get(2);
    assertThat(last.outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(last.trace().rule()).isEqualTo(BuiltInIds.NOT_APPLICABLE);
    assertThat(last.trace().method()).isEqualTo("cut-off");
    assertThat(last.trace().code()).contains("JX-T-0270");
    assertThat(last.trace().reason()).isEqualTo("副本在这一行截断，实际完成值没有显示（目标“>=9”）：结果未知，不是未填写 → 无法判定");
    assertThat(cut.provisional()).isTrue();
    assertThat(cut.findings()).filteredOn(f -> f.code().equals("JX-R-0103")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));

    // the same row left blank by a whole form: not applicable, and the score final
    Evaluation blank = evaluator.evaluate(suixi(false));
    assertThat(blank.indicators().get(2).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    assertThat(blank.provisional()).isFalse();
    // the points are shared out alike: only what is said of them differs
    assertThat(cut.score()).isEqualTo(blank.score());
    assertThat(cut.score()).isPresent();
  }

  @Test
  void theReasonIsWordedInEnglishOnRequest() {
    IndicatorResult last = evaluator.evaluate(suixi(true)).indicators().get(2);
    assertThat(Messages.render(last.trace().code().orElseThrow(), last.trace().args(), Locale.ENGLISH).orElseThrow())
        .isEqualTo("the copy ends inside this row before its actual (target '>=9'): the result is unknown, not left blank → undetermined");
  }

  /** 临翔 2023: the copy stops at the name of its only satisfaction row, 80 of its 90 points printed. */
  @Test
  void aCategoryWhoseOnlyRowIsCutOffIsNeitherMissingNorBlank() {
    Indicator cut = Indicator.builder().category(Category.SATISFACTION).subcategory(Subcategory.SERVED_SATISFACTION)
        .name("受益农户满意度").cutOff(true).build();
    Project linxiang = CutFormsTest.form(
        FormWeightsTest.weighted(Subcategory.QUANTITY, "1处", "1处", "40"),
        FormWeightsTest.weighted(Subcategory.SOCIAL, "有效保护", "有效保护", "40"),
        cut);
    Evaluation e = evaluator.evaluate(linxiang);
    assertThat(e.findings()).filteredOn(f -> f.rule().equals(BuiltInIds.MISSING_CATEGORY)).isEmpty();
    assertThat(e.indicators().get(2).outcome()).isEqualTo(Outcome.UNDETERMINED);
    assertThat(e.provisional()).isTrue();
    List<String> codes = e.findings().stream().map(Finding::code).toList();
    assertThat(codes).contains("JX-R-0103");
  }

  @Test
  void anIndicatorCannotBeCutOffBeforeAnActualItHas() {
    assertThatThrownBy(() -> Indicator.builder().from(suixiLastRow(true)).actual("95%").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cut off");
    assertThat(Indicator.builder().from(suixiLastRow(false)).actual("95%").build().cutOff()).isFalse();
  }
}

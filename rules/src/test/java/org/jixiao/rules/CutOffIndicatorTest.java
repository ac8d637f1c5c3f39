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
    assertThat(last.trace().reason()).isEqualTo("副本可能在这一行截断，实际完成值没有显示（目标“>=9”）：结果未知，不能当作未填写 → 无法判定");
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
        .isEqualTo("the copy may end inside this row, before its actual (target '>=9'): the result is unknown, not to be taken as left blank → undetermined");
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

  /**
   * A row cut at its name has lost its 分值 too, and those points are among the ones the printed
   * 分值 do not show: counted there once, not again as an undetermined row (a review's case: 50 of
   * the 90 points printed, 44 % unknown, scored provisionally; counted twice it was 65 % and withheld).
   */
  @Test
  void aRowCutBeforeItsPointsIsCountedOnceAmongThePointsNotShown() {
    Indicator cut = Indicator.builder().category(Category.BENEFIT).subcategory(Subcategory.SOCIAL).name("受益建档立卡贫困").cutOff(true).build();
    Project p = CutFormsTest.form(
        FormWeightsTest.weighted(Subcategory.QUANTITY, ">=7人", "7人", "25"),
        FormWeightsTest.weighted(Subcategory.QUALITY, "<=5300元/户", "5300元/户", "25"),
        cut);
    Evaluation e = evaluator.evaluate(p);
    assertThat(e.indicators().get(2).outcome()).isEqualTo(Outcome.UNDETERMINED);
    // unknown: the 90 − 50 = 40 points the printed 分值 do not show, 40 / 90 = 0.4444, the cut row not again
    assertThat(e.statusTrace().orElseThrow().figures().get("undeterminedShare")).isEqualByComparingTo("0.4444");
    // execution 10 of 10 (100 → 100 万元) + the two rows read, met in full, spread to 90: 100.00
    assertThat(e.score()).contains(new BigDecimal("100.00"));
    assertThat(e.provisional()).isTrue();
  }

  /** A cut row that carries most of the weight leaves most of the result unknown: no score is given. */
  @Test
  void aCutRowCarryingMostOfTheWeightWithholdsTheScore() {
    Project p = CutFormsTest.form(
        FormWeightsTest.weighted(Subcategory.QUANTITY, ">=7人", "7人", "40"),
        Indicator.builder().category(Category.BENEFIT).subcategory(Subcategory.SOCIAL).name("受益人口数").target(">=80人")
            .weight(new BigDecimal("50")).cutOff(true).build());
    Evaluation e = evaluator.evaluate(p);
    assertThat(e.score()).isEmpty();
    assertThat(e.withheld()).contains(org.jixiao.core.evaluation.WithheldReason.UNDETERMINED_SHARE);
    assertThat(e.provisional()).isTrue();
  }

  /** 临翔 2023: the copy stops at the name, before the target: the reason does not quote an empty one. */
  @Test
  void aRowCutBeforeItsTargetIsSaidSoWithoutAnEmptyTarget() {
    Indicator cut = Indicator.builder().category(Category.SATISFACTION).subcategory(Subcategory.SERVED_SATISFACTION)
        .name("受益农户满意度").cutOff(true).build();
    IndicatorResult r = evaluator.evaluate(CutFormsTest.form(FormWeightsTest.weighted(Subcategory.QUANTITY, "1处", "1处", "80"), cut))
        .indicators().get(1);
    assertThat(r.trace().code()).contains("JX-T-0271");
    assertThat(r.trace().reason()).isEqualTo("副本可能在这一行截断，目标值和实际完成值都没有显示：结果未知，不能当作未填写 → 无法判定");
  }

  /**
   * 遂宁 2021 stops in its first 效益 row: the 满意度 its template prints after it were cut off with
   * the rest, not left out by the project (INFO JX-R-0225, not the WARNING JX-R-0221). A level
   * before the cut row that is not read is still the project's lack.
   */
  @Test
  void aLevelAfterTheRowTheCopyEndsInIsNotSaidToBeMissing() {
    Indicator cut = Indicator.builder().category(Category.BENEFIT).subcategory(Subcategory.SOCIAL).name("带动农户").cutOff(true).build();
    Project suining = Project.builder().name("良种繁育").moneyUnit(org.jixiao.core.money.MoneyUnit.WAN_YUAN)
        .budget(BigDecimal.TEN).actual(BigDecimal.TEN)
        .indicators(org.jixiao.core.indicator.IndicatorSet.of(
            Indicator.of(Subcategory.QUANTITY, "≥100亩", "120亩"), cut))
        .build();
    List<Finding> missing = evaluator.evaluate(suining).findings().stream()
        .filter(f -> f.rule().equals(BuiltInIds.MISSING_CATEGORY)).toList();
    assertThat(missing).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-R-0225");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).isEqualTo("没有读到满意度指标：副本可能在效益指标的一行中截断，其后的满意度指标可能在截去的部分中，不认定项目缺少");
    });

    // the same copy not marked cut: the project lacks its 满意度
    Project whole = Project.builder().from(suining).indicators(org.jixiao.core.indicator.IndicatorSet.of(
        Indicator.of(Subcategory.QUANTITY, "≥100亩", "120亩"), Indicator.builder().from(cut).cutOff(false).build())).build();
    assertThat(evaluator.evaluate(whole).findings()).filteredOn(f -> f.rule().equals(BuiltInIds.MISSING_CATEGORY))
        .extracting(Finding::code).contains("JX-R-0221").doesNotContain("JX-R-0225");
    // cut in 满意度: an 产出 not read is the project's lack, whatever the copy's end
    Project cutLast = Project.builder().from(suining).indicators(org.jixiao.core.indicator.IndicatorSet.of(
        Indicator.of(Subcategory.SOCIAL, "带动农户", "带动农户120户"),
        Indicator.builder().category(Category.SATISFACTION).subcategory(Subcategory.SERVED_SATISFACTION).name("满意度").cutOff(true).build())).build();
    assertThat(evaluator.evaluate(cutLast).findings()).filteredOn(f -> f.rule().equals(BuiltInIds.MISSING_CATEGORY))
        .extracting(Finding::code, Finding::severity).containsExactly(org.assertj.core.api.Assertions.tuple("JX-R-0221", Severity.WARNING));
  }

  @Test
  void anIndicatorCannotBeCutOffBeforeAnActualItHas() {
    assertThatThrownBy(() -> Indicator.builder().from(suixiLastRow(true)).actual("95%").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cut off");
    assertThatThrownBy(() -> Indicator.builder().from(suixiLastRow(true)).statedScore(BigDecimal.TEN).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Indicator.builder().from(suixiLastRow(false)).actual("95%").build().cutOff()).isFalse();
  }
}

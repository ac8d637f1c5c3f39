package org.jixiao.rules.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.junit.jupiter.api.Test;

/**
 * Rows that lost their levels, told apart line by line now that a kept cell carries the line it
 * was printed on: a row is unplaced when its name and target stand on a line with no level, and
 * not under a kept level's merged cell (the level's line and the kept lines right below it).
 */
class UnplacedRowsByLineTest {
  private static final BudgetYear Y2023 = new BudgetYear(2023, BudgetYear.Source.GIVEN);

  /** The clean declaration without its 产出 rows, with {@code strays} kept. */
  private static Project withoutOutputs(StrayCell... strays) {
    return Declarations.clean()
        .indicators(IndicatorSet.of(Declarations.cleanIndicators().stream().filter(i -> i.category() != Category.OUTPUT).toList()))
        .addStrayCells(strays)
        .build();
  }

  private static List<Finding> required(Project p) {
    return Reviewer.builder().locale(Locale.CHINESE).build().review(p, Y2023).findings().stream()
        .filter(f -> f.rule().equals(ReviewCheckIds.REQUIRED_INDICATORS)).toList();
  }

  private static StrayCell name(long line, String text) {
    return StrayCell.of(line, 2, Optional.of("三级指标"), text);
  }

  private static StrayCell target(long line, String text) {
    return StrayCell.of(line, 3, Optional.of("指标值"), text);
  }

  private static StrayCell level(long line, String text) {
    return StrayCell.of(line, 1, Optional.of("二级指标"), text);
  }

  @Test
  void rowsThatLostTheirLevelsAreCountedBesideAnUnknownLevelElsewhere() {
    // the first two rows lost 一级 and 二级; further down an unknown level 制度指标 keeps its own row
    Project p = withoutOutputs(
        name(8, "保洁的党群服务中心数量"), target(8, "≥2栋"),
        name(9, "保洁服务验收合格率"), target(9, "≥95%"),
        level(20, "制度指标"), name(20, "规章制度"), target(20, "建立与否"));

    List<Finding> found = required(p);

    assertThat(found).extracting(Finding::code).containsExactly("JX-V-0139");
    assertThat(found.get(0).message()).contains("2个指标").contains("“保洁的党群服务中心数量”").doesNotContain("规章制度");
    assertThat(found.get(0).location().orElseThrow().line()).hasValue(8L); // where the first such row is printed
  }

  @Test
  void rowsUnderAnUnknownLevelsMergedCellAreThatLevels() {
    // 宁晋 2019: 制度指标 merged over three rows, printed on the first only
    Project p = withoutOutputs(
        level(10, "制度指标"), name(10, "规章制度"), target(10, "建立与否"),
        name(11, "财务制度"), target(11, "健全"),
        name(12, "档案管理"), target(12, "规范"));

    assertThat(required(p)).extracting(Finding::code).containsOnly("JX-V-0131").hasSize(4);
  }

  @Test
  void aRowBelowAGapAfterAnUnknownLevelIsNotItsRow() {
    // a read indicator stands on line 11, so line 12 is not under the merged cell of line 10
    Project p = withoutOutputs(
        level(10, "制度指标"), name(10, "规章制度"), target(10, "建立与否"),
        name(12, "保洁服务验收合格率"), target(12, "≥95%"));

    List<Finding> found = required(p);

    assertThat(found).extracting(Finding::code).containsExactly("JX-V-0139");
    assertThat(found.get(0).message()).contains("1个指标").contains("“保洁服务验收合格率”");
  }

  @Test
  void aNameAndATargetOnDifferentLinesAreNoRow() {
    Project p = withoutOutputs(name(8, "保洁的党群服务中心数量"), target(9, "≥2栋"));

    assertThat(required(p)).extracting(Finding::code).containsOnly("JX-V-0131").hasSize(4);
  }

  @Test
  void aLevelCellWithoutALineMakesTheReviewAsCarefulAsBefore() {
    // one cell of unknown line: rows cannot be told apart, and a level kept anywhere may own them
    Project p = withoutOutputs(
        name(8, "保洁的党群服务中心数量"), target(8, "≥2栋"),
        StrayCell.of(1, Optional.of("二级指标"), "制度指标"));

    assertThat(required(p)).extracting(Finding::code).containsOnly("JX-V-0131").hasSize(4);
  }
}

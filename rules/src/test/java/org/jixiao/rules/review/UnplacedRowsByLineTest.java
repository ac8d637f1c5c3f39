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

  @Test
  void aTwoLevelTablesNamesUnderTheSecondLevelHeadingCount() {
    // 鄂州 2022's shape: 一级指标 holds 数量指标, 二级指标 the name; the first rows lost their 一级
    Project p = withoutOutputs(
        StrayCell.of(13, 1, Optional.of("二级指标"), "办公大楼日常维修维护次数"),
        StrayCell.of(13, 2, Optional.of("绩效标准"), "反映办公大楼全年维修维护情况"),
        StrayCell.of(13, 3, Optional.of("当年预期实现值"), "2280次"),
        StrayCell.of(14, 1, Optional.of("二级指标"), "大楼安检巡察次数"),
        StrayCell.of(14, 3, Optional.of("当年预期实现值"), "200次"));

    List<Finding> found = required(p);

    assertThat(found).extracting(Finding::code).containsExactly("JX-V-0139");
    assertThat(found.get(0).message()).contains("2个指标").contains("“办公大楼日常维修维护次数”");
  }

  @Test
  void aSecondLevelLabelIsStillALevelThatOwnsItsRows() {
    // an unknown 二级 ending in 指标 (服务规模指标) is a level, not a name: its row and the next are its
    Project p = withoutOutputs(
        level(10, "服务规模指标"), name(10, "服务老人人次"), target(10, "≥3000人次"),
        name(11, "服务站点数"), target(11, "≥3个"));

    assertThat(required(p)).extracting(Finding::code).containsOnly("JX-V-0131").hasSize(4);
  }

  @Test
  void aWordEndingInZhibiaoUnderAColumnThatIsNoLevelsIsNoLevel() {
    // 马踏镇 2023: 指标方向性 | 正向指标 on the row that lost its levels
    Project p = withoutOutputs(
        name(3, "发放人数"), target(3, "≥120人"), StrayCell.of(3, 11, Optional.of("指标方向性"), "正向指标"));

    assertThat(required(p)).extracting(Finding::code).containsExactly("JX-V-0139");
  }

  @Test
  void aTargetHeadingThatNamesItsUnitTooIsATargetsHeading() {
    Project p = withoutOutputs(name(5, "养护公路里程"), StrayCell.of(5, 3, Optional.of("指标值及单位"), "120公里"));

    assertThat(required(p)).extracting(Finding::code).containsExactly("JX-V-0139");
  }

  @Test
  void anInputOrProcessBlockOwnsItsOwnRowsNotRowsFarAbove() {
    Project p = withoutOutputs(
        name(5, "养护公路里程"), target(5, "120公里"),
        StrayCell.of(11, 0, Optional.of("一级指标"), "过程指标"), level(11, "资金管理"), name(11, "资金使用合规性"), target(11, "合规"),
        name(12, "财务制度健全性"), target(12, "健全"));

    List<Finding> found = required(p);

    assertThat(found).extracting(Finding::code).contains("JX-V-0139").doesNotContain("JX-V-0131");
    assertThat(found).filteredOn(f -> f.code().equals("JX-V-0139")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("1个指标").contains("“养护公路里程”"));
  }
}

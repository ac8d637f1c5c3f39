package org.jixiao.rules.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.junit.jupiter.api.Test;

/**
 * Rows whose 一级 and 二级 cells a copy lost (武川 2021: its first four rows, 数量 and 质量 among
 * them) are kept by the reader as stray cells, each under its column's heading. A required row
 * may be among them, so the review does not say it is missing (JX-V-0131): it says once which
 * rows were not read and that these may hold them (JX-V-0139).
 */
class UnplacedRowsTest {
  private static final BudgetYear Y2023 = new BudgetYear(2023, BudgetYear.Source.GIVEN);

  /** The clean declaration without the indicators {@code dropped} picks, with {@code strays} kept. */
  private static Project without(Predicate<Indicator> dropped, StrayCell... strays) {
    return Declarations.clean()
        .indicators(IndicatorSet.of(Declarations.cleanIndicators().stream().filter(dropped.negate()).toList()))
        .addStrayCells(strays)
        .build();
  }

  /** The clean declaration without its 产出 rows, which are kept as the reader keeps a row it cannot place. */
  private static Project withOutputsUnplaced(String nameHeading) {
    return without(i -> i.category() == Category.OUTPUT,
        StrayCell.of(5, Optional.of("分值"), "10"), // a 分值 column's cell: no level
        StrayCell.of(2, Optional.of(nameHeading), "保洁的党群服务中心数量"),
        StrayCell.of(3, Optional.of("指标值"), "≥2栋"),
        StrayCell.of(2, Optional.of(nameHeading), "保洁服务验收合格率"),
        StrayCell.of(3, Optional.of("指标值"), "≥95%"));
  }

  /** The clean declaration without its 社会效益 row (2019 forms have none), with {@code strays} kept. */
  private static Project withoutSocial(StrayCell... strays) {
    return without(i -> i.subcategory().equals(Optional.of(Subcategory.SOCIAL)), strays);
  }

  private static List<Finding> required(Project p, Locale locale) {
    return Reviewer.builder().locale(locale).build().review(p, Y2023).findings().stream()
        .filter(f -> f.rule().equals(ReviewCheckIds.REQUIRED_INDICATORS)).toList();
  }

  @Test
  void requiredRowsNotReadBesideRowsWithoutLevelsAreSaidOnceNotToBeMissing() {
    List<Finding> found = required(withOutputsUnplaced("三级指标"), Locale.CHINESE);

    assertThat(found).extracting(Finding::code).containsExactly("JX-V-0139");
    assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(0).message())
        .contains("数量指标、质量指标、时效指标、成本指标")
        .contains("2个指标")
        .contains("“保洁的党群服务中心数量”")
        .contains("不能据此认定缺少");
    assertThat(found.get(0).location()).hasValueSatisfying(l -> assertThat(l.text()).contains("保洁的党群服务中心数量"));
  }

  @Test
  void aNameColumnHeadedWithItsLimitCountsToo() {
    // 指标内容(150字内): the heading of a 2021 template, brackets aside
    assertThat(required(withOutputsUnplaced("指标内容(150字内)"), Locale.ENGLISH))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("No 数量指标、质量指标、时效指标、成本指标 indicator was read"));
  }

  @Test
  void withoutUnplacedNamesEachMissingRowIsSaidMissing() {
    // the same rows gone, nothing kept under a name heading (a target cell alone names no row)
    Project p = without(i -> i.category() == Category.OUTPUT,
        StrayCell.of(3, Optional.of("指标值"), "≥2栋"), StrayCell.of(2, Optional.empty(), "保洁服务验收合格率"));

    assertThat(required(p, Locale.CHINESE)).extracting(Finding::code)
        .containsExactly("JX-V-0131", "JX-V-0131", "JX-V-0131", "JX-V-0131");
  }

  @Test
  void aRowWhoseLevelIsPrintedButUnknownIsNoRowThatLostItsLevels() {
    // 宁晋 2019: 项目年度绩效目标(定量指标) | 制度指标 | 规章制度 | 建立与否, after its 分值 (20): the
    // row says what it is, and 社会效益 is missing, not unread
    Project p = withoutSocial(
        StrayCell.of(5, Optional.of("分值"), "20"),
        StrayCell.of(0, Optional.of("评价指标"), "项目年度绩效目标(定量指标)"),
        StrayCell.of(1, Optional.of("评价内容"), "制度指标"),
        StrayCell.of(2, Optional.of("指标名称"), "规章制度"),
        StrayCell.of(3, Optional.of("指标说明"), "建立与否"));

    assertThat(required(p, Locale.CHINESE)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-V-0131");
      assertThat(f.message()).contains("社会效益指标");
    });
  }

  @Test
  void namesUnderALevelPrintedOnceAboveThemAreNoRowsThatLostTheirLevels() {
    // a review's cases: 制度指标 merged over two rows (宁晋 2019's shape), and the medium-term block
    // beside the year's (东莞's 批复表), whose 二级 is printed once over two rows; each row's own
    // cells only, as the reader keeps them
    Project merged = withoutSocial(
        StrayCell.of(0, Optional.of("评价指标"), "项目年度绩效目标(定量指标)"),
        StrayCell.of(1, Optional.of("评价内容"), "制度指标"),
        StrayCell.of(2, Optional.of("指标名称"), "规章制度"),
        StrayCell.of(2, Optional.of("指标名称"), "管理制度执行"),
        StrayCell.of(4, Optional.of("目标值"), "有效"));
    Project mediumTerm = withoutSocial(
        StrayCell.of(5, Optional.of("二级 指标"), "数量指标"),
        StrayCell.of(6, Optional.of("三级 指标"), "建成道路里程"),
        StrayCell.of(7, Optional.of("计划指标值(或计划水平)"), "10公里"),
        StrayCell.of(6, Optional.of("三级 指标"), "新建桥梁"),
        StrayCell.of(7, Optional.of("计划指标值(或计划水平)"), "2座"));

    for (Project p : List.of(merged, mediumTerm)) {
      assertThat(required(p, Locale.CHINESE)).extracting(Finding::code).containsExactly("JX-V-0131");
    }
  }

  @Test
  void rowsThatLostTheirLevelsAreFoundWhateverIsKeptBeforeThem() {
    // a top block's row kept before the table (项目负责人 | 张三), a 序号 column left of 一级指标, a
    // 分值 column: none is a level, so the row's name and target still tell a row without levels
    Project p = withoutSocial(
        StrayCell.of(0, Optional.empty(), "项目负责人"),
        StrayCell.of(1, Optional.empty(), "张三"),
        StrayCell.of(0, Optional.of("序号"), "1"),
        StrayCell.of(3, Optional.of("三级指标"), "群众出行条件改善"),
        StrayCell.of(4, Optional.of("指标值"), "明显改善"),
        StrayCell.of(6, Optional.of("分值"), "10"));

    assertThat(required(p, Locale.CHINESE)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-V-0139");
      assertThat(f.message()).contains("社会效益指标").contains("1个指标").contains("“群众出行条件改善”");
    });
  }

  @Test
  void aNameWithoutAnyTargetIsNoIndicatorRow() {
    // the end of a name wrapped onto a line of its own, kept as a stray: no target anywhere, no row
    Project p = withoutSocial(StrayCell.of(2, Optional.of("三级指标"), "（含临时救助）"), StrayCell.of(6, Optional.of("分值"), "10"));

    assertThat(required(p, Locale.CHINESE)).extracting(Finding::code).containsExactly("JX-V-0131");
  }

  @Test
  void namesBesideAnInputOrProcessBlockAreThatBlocksRows() {
    // 投入指标 | 资金到位率: the framework's rows are said to be left out (JX-V-0137), and a required
    // row missing is still missing
    Project p = Project.builder().from(withOutputsUnplaced("三级指标"))
        .addStrayCells(StrayCell.of(1, Optional.of("一级指标"), "投入指标"))
        .build();

    assertThat(required(p, Locale.CHINESE)).extracting(Finding::code)
        .containsExactly("JX-V-0137", "JX-V-0131", "JX-V-0131", "JX-V-0131", "JX-V-0131");
  }
}

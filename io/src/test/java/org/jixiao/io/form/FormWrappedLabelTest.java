package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Labels a form copied out of a PDF prints over two lines of their column (a merged cell's words
 * where the text extractor found them), and the points of a 一级 printed without its name.
 */
class FormWrappedLabelTest {
  private static final String HEAD = Fixtures.INDICATOR_FORM_HEAD;

  /**
   * Reads {@code spread}, a fixture with its labels spread as a page prints them, and checks that
   * it gives the indicators and level points of {@code whole}, the fixture, with no WARNING.
   */
  private static ReadResult<PerformanceTable> readsAsWhole(String spread, String whole) {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(spread, "spread.tsv");
    Project p = r.value().projects().get(0);
    Project w = read(whole).value().projects().get(0);
    assertThat(p.indicators()).isEqualTo(w.indicators());
    assertThat(p.statedCategoryWeights()).isEqualTo(w.statedCategoryWeights());
    assertThat(r.diagnostics()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    return r;
  }

  private static List<Finding> wrapped(ReadResult<?> r) {
    return r.diagnostics().stream().filter(f -> f.rule().equals(FormDiagnostics.WRAPPED_LABEL)).toList();
  }

  /**
   * 鄂州 2019 prints 项目资金 / (万元), 社会效益 / 指标 and 满意度 / 指标 with the second line alone:
   * each was an unplaced row or an unknown category, and the amounts' unit was said to be missing.
   */
  @Test
  void aLabelsEndAloneOnTheNextLineIsReadWithTheLabel() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.EZHOU_2019));
    Project p = r.value().projects().get(0);
    assertThat(r.diagnostics()).extracting(Finding::rule).doesNotContain(FormDiagnostics.UNPLACED_ROW,
        FormDiagnostics.UNKNOWN_CATEGORY, ReadDiagnostics.NO_MONEY_UNIT);
    assertThat(r.diagnostics()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    assertThat(wrapped(r)).extracting(Finding::message).satisfiesExactly(
        m -> assertThat(m).contains("第6行").contains("“项目资金(万元)”"),
        m -> assertThat(m).contains("第20行").contains("“社会效益指标”"),
        m -> assertThat(m).contains("第22行").contains("“满意度指标”"));
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(p.strayCells()).extracting(c -> c.text()).containsExactly("100"); // 总分 100, not the sum 110
    List<Indicator> is = p.indicators().indicators();
    assertThat(is.get(is.size() - 1).category()).isEqualTo(Category.SATISFACTION);
  }

  /**
   * 天长 2022 as its page prints the block: each merged level cell's lines spread over its
   * 指标1: / 指标2: rows (经济效益 / 指标, 可持续影 / 响指标, 服务对象 / 满意度指标), and the bare
   * points of the unnamed 一级 levels wherever they fell ((50分) beside 质量指标, (30分) and (10分)
   * on a 指标2: row). Read so, the form is the same as the fixture that prints each label whole.
   */
  @Test
  void labelsSpreadOverTheirRowsReadAsTheFormPrintingThemWhole() throws IOException {
    String whole = Files.readString(Fixtures.path(Fixtures.TIANCHANG), StandardCharsets.UTF_8);
    String spread = whole
        .replace("\t(50分)\t数量指标\t", "\t\t数量指标\t")
        .replace("\t\t质量指标\t指标1:工程质量合格", "\t(50分)\t质量指标\t指标1:工程质量合格")
        .replace("\t(30分)\t经济效益指标\t指标1:全市安全度汛\t\t\t10\t10\t\n\t\t\t指标2:",
            "\t\t经济效益\t指标1:全市安全度汛\t\t\t10\t10\t\n\t(30分)\t指标\t指标2:")
        .replace("\t\t社会效益指标\t指标1:保护全市人口财产不受损失\t\t\t10\t10\t\n\t\t\t指标2:",
            "\t\t社会效益\t指标1:保护全市人口财产不受损失\t\t\t10\t10\t\n\t\t指标\t指标2:")
        .replace("\t\t可持续影响指标\t指标1:已建工程良性运行\t\t\t10\t10\t\n\t\t\t指标2:",
            "\t\t可持续影\t指标1:已建工程良性运行\t\t\t10\t10\t\n\t\t响指标\t指标2:")
        .replace("\t满意度指标(10分)\t服务对象满意度指标\t指标1:服务对象满意度\t90%\t100%\t10\t10\t\n\t\t\t指标2:",
            "\t满意度指标\t服务对象\t指标1:服务对象满意度\t90%\t100%\t10\t10\t\n\t(10分)\t满意度指标\t指标2:");
    assertThat(spread).as("every label of the fixture was spread").doesNotContain("经济效益指标", "可持续影响指标", "满意度指标(10分)");
    ReadResult<PerformanceTable> r = readsAsWhole(spread, whole);
    assertThat(r.value().projects().get(0).indicators().indicators()).extracting(i -> i.subcategory().orElseThrow())
        .contains(Subcategory.SUSTAINABILITY, Subcategory.SERVED_SATISFACTION);
    assertThat(wrapped(r)).hasSize(4);
  }

  /**
   * 天长 2022 prints its 一级 cells as (50分) and (30分) without the level's name: the points are
   * the level's that the 二级 beside or above them belongs to.
   */
  @Test
  void bareLevelPointsBelongToTheLevelOfTheSecondLevelLabelBesideThem() throws IOException {
    Project p = FormReader.builder().build().read(Fixtures.path(Fixtures.TIANCHANG)).value().projects().get(0);
    assertThat(p.statedCategoryWeights()).isEqualTo(Map.of(Category.OUTPUT, new BigDecimal("50"),
        Category.BENEFIT, new BigDecimal("30"), Category.SATISFACTION, new BigDecimal("10")));
  }

  @Test
  void bareLevelPointsOnARowOfTheirOwnWaitForTheSecondLevelBelow() {
    ReadResult<PerformanceTable> r = read(HEAD
        + "\t(60分)\n"
        + "\t\t数量指标\t培训人次\t100人次\t100人次\t60\t60\t\n"
        + "\t(30分)\n"
        + "\t\t社会效益指标\t就业人数\t≥10人\t12人\t30\t30\t\n");
    Project p = r.value().projects().get(0);
    assertThat(p.statedCategoryWeights()).isEqualTo(Map.of(Category.OUTPUT, new BigDecimal("60"),
        Category.BENEFIT, new BigDecimal("30")));
    assertThat(p.indicators().indicators()).extracting(Indicator::category).containsExactly(Category.OUTPUT, Category.BENEFIT);
    assertThat(r.diagnostics()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
  }

  /**
   * A narrow first column prints the block's label 年度绩效指标完成情况 down its rows (年度绩效 beside
   * the header, 指标完成 and 情况 beside the first indicators): the rows holding them were
   * unplaced, and the first indicator with its (50分) was lost.
   */
  @Test
  void theBlocksOwnLabelWrappedDownItsRowsLeavesItsIndicatorsInPlace() throws IOException {
    String whole = Files.readString(Fixtures.path(Fixtures.TIANCHANG), StandardCharsets.UTF_8);
    String spread = whole
        .replace("年度绩效指标完成情况\t一级指标", "年度绩效\t一级指标")
        .replace("\t(50分)\t数量指标\t", "指标完成\t(50分)\t数量指标\t")
        .replace("\t\t\t指标2:完成农业综合水价改革项目", "情况\t\t\t指标2:完成农业综合水价改革项目");
    ReadResult<PerformanceTable> r = readsAsWhole(spread, whole);
    assertThat(r.value().projects().get(0).strayCells())
        .isEqualTo(read(whole).value().projects().get(0).strayCells());
    assertThat(wrapped(r)).extracting(Finding::message).satisfiesExactly(
        m -> assertThat(m).contains("“年度绩效指标完成”"), m -> assertThat(m).contains("“年度绩效指标完成情况”"));
  }

  /** Text left of the 一级 column that carries on no block label is not read as one. */
  @Test
  void aNoteLeftOfTheLevelsIsNoPartOfTheBlocksLabel() {
    ReadResult<PerformanceTable> r = read(HEAD.replace("绩效指标\t一级指标", "四、年度绩效指标完成情况\t一级指标")
        + "\t产出指标\t数量指标\t培训人次\t100人次\t100人次\t60\t60\t\n"
        + "情况说明\t\t\t另有两期培训延至次年\n");
    assertThat(wrapped(r)).isEmpty();
    assertThat(r.value().projects().get(0).indicators().indicators()).hasSize(1);
    assertThat(r.diagnostics()).extracting(Finding::rule).contains(FormDiagnostics.UNPLACED_ROW);
  }

  /**
   * Bare points beside a 二级 that the named 一级 above can hold, that level's cell running on, are
   * that level's: older templates print 服务对象满意度指标 under 效益指标 (a review's case).
   */
  @Test
  void bareLevelPointsUnderANamedLevelThatCanHoldTheSecondLevelAreThatLevels() {
    ReadResult<PerformanceTable> r = read(HEAD
        + "\t效益指标\t社会效益指标\t改善出行\t有效改善\t有效改善\t20\t20\t\n"
        + "\t(40分)\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t20\t20\t\n");
    Project p = r.value().projects().get(0);
    assertThat(p.statedCategoryWeights()).isEqualTo(Map.of(Category.BENEFIT, new BigDecimal("40")));
    assertThat(p.indicators().indicators()).extracting(Indicator::category).containsExactly(Category.BENEFIT, Category.BENEFIT);
  }

  /** A line whose text joins the label above it into no level's name is no fragment of it. */
  @Test
  void aLineThatCompletesNoLevelNameIsStillAnUnknownCategory() {
    ReadResult<PerformanceTable> r = read(HEAD
        + "\t产出指标\t数量指标\t培训人次\t100人次\t100人次\t60\t60\t\n"
        + "\t\t其他说明\n");
    assertThat(wrapped(r)).isEmpty();
    assertThat(r.diagnostics()).extracting(Finding::rule).contains(FormDiagnostics.UNKNOWN_CATEGORY);
    assertThat(r.value().projects().get(0).strayCells()).extracting(c -> c.text()).contains("其他说明");
  }
}

package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The 一级 / 二级 labels of the indicator block as real forms print them beyond the plain names:
 * points given as a range ({@code 成本指标(0-20)分}, 奉节 2023) and the template's continuation
 * rows ({@code ……}, 阆中 2021).
 */
class FormCategoryLabelTest {
  private static final String HEAD = Fixtures.INDICATOR_FORM_HEAD;

  private static List<String> rules(ReadResult<?> r) {
    return r.diagnostics().stream().map(Finding::rule).toList();
  }

  /** 重庆奉节 2023 prints each 一级 label with the range of points it may be given. */
  @Test
  void aLevelOneLabelWithARangeOfPointsNamesItsCategory() {
    ReadResult<PerformanceTable> r = read(HEAD
        + "\t成本指标(0-20)分\t\t项目建设成本\t≤65万元\t65万元\t20\t20\t\n"
        + "\t产出指标 (40-50)分\t\t新建晾晒房\t1座\t1座\t50\t50\t\n");
    Project p = r.value().projects().get(0);
    List<Indicator> is = p.indicators().indicators();
    assertThat(is).extracting(Indicator::category).containsExactly(Category.COST, Category.OUTPUT);
    assertThat(is.get(1).weight()).contains(new BigDecimal("50"));
    assertThat(rules(r)).doesNotContain(FormDiagnostics.UNKNOWN_CATEGORY);
  }

  /**
   * 襄阳市中心医院 2021 (a Hubei 市直 form, see SOURCES.md) names its 可持续影响指标 level 可持续性; the
   * rows are that form's, under a clean header (the stored copy's is scrambled by OCR).
   */
  @Test
  void sustainabilityPrintedAsKeChiXuXingIsTheSustainabilityLevel() {
    ReadResult<PerformanceTable> r = read(HEAD
        + "\t效益 指标\t经济效益\t完成东津院区建设,医院东 津医疗收入达到5亿元\t5亿元\t6.47亿元\t10\t10\t\n"
        + "\t\t可持续性\t院区建成后,可持续为周边 群众提供医疗服务\t服务范围扩 大\t服务范\t\t\t\n");
    List<Indicator> is = r.value().projects().get(0).indicators().indicators();
    assertThat(is).extracting(Indicator::subcategory)
        .containsExactly(java.util.Optional.of(Subcategory.ECONOMIC), java.util.Optional.of(Subcategory.SUSTAINABILITY));
    assertThat(is.get(1).category()).isEqualTo(Category.BENEFIT);
    assertThat(rules(r)).doesNotContain(FormDiagnostics.UNKNOWN_CATEGORY);
  }

  /** 四川阆中 2021 (车购税): a …… row closes each 二级 group of the template. */
  @Test
  void theTemplatesContinuationRowsArePlaceholdersNotUnknownCategories() {
    ReadResult<PerformanceTable> r = read(HEAD
        + "\t产出指标\t数量指标\t建设普通省道二级公路32.1公里\t20\t20\t50\t50\t\n"
        + "\t\t成本指标\t\t\t\t\t\t\n"
        + "\t\t……\t\t\t\t\t\t\n"
        + "\t\t…\t\t\t\t\t\t\n"
        + "\t\t......\t\t\t\t\t\t\n");
    assertThat(r.value().projects().get(0).indicators().size()).isEqualTo(1);
    assertThat(rules(r)).doesNotContain(FormDiagnostics.UNKNOWN_CATEGORY, FormDiagnostics.UNPLACED_ROW);
    assertThat(r.diagnostics()).filteredOn(f -> f.rule().equals(FormDiagnostics.PLACEHOLDER_ROW)).hasSize(3);
  }
  /** 鄂州 2019: 社会效益 was read under the carried 产出指标, and the review said the form had no 效益指标. */
  @Test
  void aSecondLevelUnderABlankFirstLevelThatCannotHoldItNamesItsOwnLevel() throws java.io.IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.EZHOU_2019));
    List<Indicator> is = r.value().projects().get(0).indicators().indicators();
    Indicator social = is.stream().filter(i -> i.name().orElse("").equals("财政工作运行效率")).findFirst().orElseThrow();
    assertThat(social.category()).isEqualTo(Category.BENEFIT);
    assertThat(social.subcategory()).contains(Subcategory.SOCIAL);
    assertThat(is.get(3).category()).isEqualTo(Category.OUTPUT); // 成本指标, above it, stays 产出
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0255")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("“产出指标”").contains("“效益指标”"));
  }

  @Test
  void satisfactionUnderACarriedBenefitLevelStaysThere() {
    // older templates print 服务对象满意度指标 as a 二级 of 效益指标, merged over its rows
    ReadResult<PerformanceTable> r = read(HEAD
        + "\t效益指标\t社会效益指标\t就业人数\t≥10人\t12人\t20\t20\t\n"
        + "\t\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t10\t10\t\n"
        + "\t产出指标\t数量指标\t培训人次\t100人次\t100人次\t60\t60\t\n"
        + "\t\t经济效益指标\t增收\t≥5万元\t6万元\t0\t0\t\n");
    List<Indicator> is = r.value().projects().get(0).indicators().indicators();
    assertThat(is).extracting(Indicator::category)
        .containsExactly(Category.BENEFIT, Category.BENEFIT, Category.OUTPUT, Category.BENEFIT);
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0255")).hasSize(1);
  }

  /** 黄冈 2020 (a Hubei 20/80 form, copied by a mirror in traditional characters) prints 时效 as 進度指標. */
  @Test
  void aProgressLevelIsTheTimelinessLevel() throws java.io.IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.HUANGGANG));
    List<Indicator> is = r.value().projects().get(0).indicators().indicators();
    assertThat(is).extracting(i -> i.subcategory().orElse(null)).containsExactly(
        Subcategory.QUALITY, Subcategory.TIMELINESS, Subcategory.SERVED_SATISFACTION, Subcategory.QUALITY,
        Subcategory.TIMELINESS);
    assertThat(rules(r)).doesNotContain(FormDiagnostics.UNKNOWN_CATEGORY);
  }
}

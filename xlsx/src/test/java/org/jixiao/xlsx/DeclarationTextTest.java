package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadResult;
import org.jixiao.xlsx.internal.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Target declarations printed as text (TSV or CSV made from a published PDF, Word file or web
 * page), one after another in one file: read as the same declarations their workbooks hold.
 */
class DeclarationTextTest {
  /** The cells of every sheet of a workbook, as the workbook reader sees them, one sheet after another as CSV. */
  static String asCsv(String workbook) throws Exception {
    StringBuilder csv = new StringBuilder();
    try (InputStream in = DeclarationTextTest.class.getResourceAsStream(workbook); Workbook w = WorkbookFactory.create(in)) {
      for (int s = 0; s < w.getNumberOfSheets(); s++) {
        Grid g = Grid.of(w.getSheetAt(s), WorkbookLimits.DEFAULTS, new ArrayList<>(), Locale.CHINESE);
        for (int r = 0; r < g.height(); r++) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < g.width(r); c++) {
            cells.add("\"" + g.text(r, c).replace("\"", "\"\"") + "\"");
          }
          csv.append(String.join(",", cells)).append('\n');
        }
      }
    }
    return csv.toString();
  }

  static ReadResult<PerformanceTable> readText(String text, String name) throws Exception {
    return DeclarationReader.builder().build().read(new StringReader(text), name);
  }

  @Test
  void bothRealWorkbooksPrintedAsTextReadIntoTheSameFortyDeclarations() throws Exception {
    for (String file : List.of("baoan-songgang-2023-a.xlsx", "baoan-songgang-2023-b.xlsx")) {
      PerformanceTable fromWorkbook = DeclarationReaderTest.read(file).value();
      ReadResult<PerformanceTable> fromText = readText(asCsv(file), file.replace(".xlsx", ".csv"));
      // the merged 二级 cells of the sheets are blank in text, and are carried down as the merges were
      assertThat(fromText.value().projects()).as(file).hasSize(20).isEqualTo(fromWorkbook.projects());
      assertThat(fromText.value().title()).isEqualTo(fromWorkbook.title());
      assertThat(fromText.value().notes()).isEqualTo(fromWorkbook.notes());
      assertThat(fromText.value().metadata()).containsEntry("layout", "declaration");
      // every diagnostic names its line in the text
      assertThat(fromText.diagnostics()).allSatisfy(f -> assertThat(f.location().orElseThrow().line()).isPresent());
    }
  }

  static final String ONE =
      "2024年项目支出绩效目标表\n"
          + "项目名称\t社区照料中心运营\t主管部门\t某区民政局\n"
          + "项目资金（万元）\t年度资金总额：\t120\n"
          + "年度目标\t为辖区老人提供日间照料服务\n"
          + "一级指标\t二级指标\t三级指标\t指标值\n"
          + "产出指标\t数量指标\t服务老人人次\t≥3000人次\n"
          + "\t\t开展文体活动\t≥24场\n"
          + "\t质量指标\t服务规范率\t100%\n"
          + "满意度指标\t服务对象满意度指标\t老人满意度\t≥90%\n";

  @Test
  void aBlankSecondLevelCellInTextContinuesTheOneAboveWithinItsFirstLevel() throws Exception {
    Project p = readText(ONE, "one.tsv").value().projects().get(0);
    List<Indicator> rows = p.indicators().indicators();
    assertThat(rows).extracting(Indicator::subcategory)
        .containsExactly(Optional.of(Subcategory.QUANTITY), Optional.of(Subcategory.QUANTITY), Optional.of(Subcategory.QUALITY), Optional.of(Subcategory.SERVED_SATISFACTION));
    assertThat(rows.get(1).target()).contains("≥24场");
    assertThat(p.name()).isEqualTo("社区照料中心运营");
    assertThat(p.department()).contains("某区民政局");
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("120"));
  }

  @Test
  void declarationsOneAfterAnotherEachKeepTheirOwnTitleAndTopBlock() throws Exception {
    String second = ONE.replace("社区照料中心运营", "老年助餐补贴").replace("≥3000人次", "≥5000人次");
    ReadResult<PerformanceTable> read = readText(ONE + second, "two.tsv");
    List<Project> projects = read.value().projects();
    assertThat(projects).extracting(Project::name).containsExactly("社区照料中心运营", "老年助餐补贴");
    assertThat(projects).extracting(p -> p.seq().orElseThrow()).containsExactly(1, 2);
    assertThat(projects).allSatisfy(p -> assertThat(p.indicators().indicators()).hasSize(4));
    assertThat(projects.get(1).indicators().indicators().get(0).target()).contains("≥5000人次");
    // the second title is not the first declaration's stray cell, nor a note: it is the same title
    assertThat(projects.get(0).strayCells()).isEmpty();
    assertThat(read.value().title()).contains("2024年项目支出绩效目标表");
    assertThat(read.value().fiscalYear()).hasValue(2024);
  }

  @Test
  void aDeclarationWithoutAProjectNameIsNamedByItsPlaceInTheTextAndReported() throws Exception {
    String unnamed = ONE.replace("项目名称\t社区照料中心运营\t", "项目编码\t2024-001\t");
    ReadResult<PerformanceTable> read = readText(ONE + unnamed, "two.tsv");
    assertThat(read.value().projects()).extracting(Project::name).containsExactly("社区照料中心运营", "未命名项目2");
    Finding said = read.diagnostics().stream().filter(f -> f.code().equals("JX-X-0114")).findFirst().orElseThrow();
    assertThat(said.message()).contains("第2份").contains("未命名项目2");
    assertThat(said.location().orElseThrow().line()).hasValue(14L); // its indicator header, line 5 of the second
  }

  @Test
  void textWithoutADeclarationIsRefusedNamingTheFile() {
    assertThatThrownBy(() -> readText("说明\t本年度无新增项目\n单位\t某局\n", "plain.tsv"))
        .isInstanceOfSatisfying(JixiaoReadException.class, e -> assertThat(e.code()).contains("JX-X-0219"))
        .hasMessageContaining("plain.tsv");
  }

  @Test
  void aDeclarationPrintedWithoutItsIndicatorTableIsItsTopBlockAndTheReviewSaysWhatIsMissing() throws Exception {
    // 陈仓区残联's 绩效目标表 of 2023 (chencang.gov.cn), cut in its stored copy before the indicators
    String text = "绩效目标表(一般公共预算资金)\n项目名称\t残疾人事业发展补助资金(一般公共预算)\n区级主管部门\t区残联\n"
        + "资金金额\t年度资金总额\t\n\t其中:中央补助\t50.29\n年度总体目标\t1.为农村困难残疾人进行实\n";
    ReadResult<PerformanceTable> read = readText(text, "chencang.tsv");
    Project p = read.value().projects().get(0);
    assertThat(p.name()).isEqualTo("残疾人事业发展补助资金(一般公共预算)");
    assertThat(p.goal()).contains("1.为农村困难残疾人进行实");
    assertThat(p.indicators().indicators()).isEmpty();
    // the blank total is not taken from the fund row beneath it
    assertThat(p.budget()).isEmpty();
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("其中:中央补助", "50.29");
  }

  @Test
  void aFileIsReadAsTextByItsExtensionAndUndecodableBytesAreReported(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("申报.tsv");
    byte[] text = ONE.replace("为辖区老人", "为辖区\uFFFD老人").getBytes(StandardCharsets.UTF_8);
    Files.write(file, text);
    ReadResult<PerformanceTable> read = DeclarationReader.builder().build().read(file);
    assertThat(read.value().projects()).singleElement().satisfies(p -> assertThat(p.indicators().indicators()).hasSize(4));
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0115")).singleElement()
        .satisfies(f -> assertThat(f.location().orElseThrow().line()).hasValue(4L));
    assertThatThrownBy(() -> DeclarationReader.builder().strict(true).build().read(file))
        .isInstanceOfSatisfying(JixiaoReadException.class, e -> assertThat(e.code()).contains("JX-X-0115"));
  }

  @Test
  void aFormWithLongTermAndAnnualBlocksDeclaresTheYearsIndicatorsAndKeepsTheOthers() throws Exception {
    // the 湖南 项目绩效目标表 (宁乡市坝塘镇 2021): 长期绩效指标, then 年度绩效指标, under one top block
    String block = "\t产出指标\t数量指标\t走访户数\t≥%d户\n\t\t质量指标\t走访覆盖率\t100%%\n";
    String text = "项目绩效目标表\n项目名称\t困难家庭走访\n年度资金总额\t50\n年度目标\t完成全区困难家庭的入户走访。\n"
        + "长期绩效指标\t一级指标\t二级指标\t指标内容\t指标值\n" + String.format(block, 300)
        + "年度绩效指标\t一级指标\t二级指标\t指标内容\t指标值\n" + String.format(block, 100);
    ReadResult<PerformanceTable> read = readText(text, "blocks.tsv");
    assertThat(read.value().projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("困难家庭走访");
      assertThat(p.indicators().indicators()).extracting(i -> i.target().orElseThrow()).containsExactly("≥100户", "100%");
      assertThat(p.strayCells()).filteredOn(c -> c.header().equals(Optional.of("长期绩效指标"))).extracting(c -> c.text()).contains("≥300户");
    });
  }

  @Test
  void hunansTemplateSignsItsTargetInATypeColumnAndExplainsItInAContentColumn() throws Exception {
    // the 湖南 2025 项目支出绩效目标表 (南县): 指标值类型 | 目标值 | 度量单位 | 指标值内容
    String text = "2025年项目支出绩效目标表\n项目支出名称\t培训项目\n年度本级预算金额\t70\n项目绩效目标\t完成培训12次。\n"
        + "一级指标\t二级指标\t三级指标\t指标值类型\t目标值\t度量单位\t指标值内容\n"
        + "产出指标\t数量指标\t培训次数\t≥\t12\t次\t反映培训次数。\n"
        + "成本指标\t经济成本指标\t培训成本\t≤\t60\t万元\t反映成本。\n";
    Project p = readText(text, "nanxian.tsv").value().projects().get(0);
    assertThat(p.name()).isEqualTo("培训项目"); // 项目支出名称
    assertThat(p.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("70")); // 年度本级预算金额
    assertThat(p.goal()).contains("完成培训12次。"); // 项目绩效目标
    assertThat(p.indicators().indicators()).extracting(i -> i.target().orElseThrow() + " " + i.explanation().orElseThrow())
        .containsExactly("≥12次 反映培训次数。", "≤60万元 反映成本。");
  }

  @Test
  void aSingleLevelHeaderOfIndicatorAndContentIsAnIndicatorHeader() throws Exception {
    // the Ministry's filled sample (国家森林病虫害预测预报补助经费): 指标 | 指标内容 | 指标值
    String text = "项目支出绩效目标表\n项目名称\t病虫害预测预报\n年度目标\t完成测报员培训。\n"
        + "项目绩效指标\t指标\t指标内容\t指标值\n\t产出指标\t测报员培训人次\t200 人次\n\t\t测报准确率\t85%\n\t满意度指标\t服务对象满意度\t≥90%\n";
    Project p = readText(text, "sample.tsv").value().projects().get(0);
    assertThat(p.indicators().indicators()).extracting(Indicator::category)
        .containsExactly(Category.OUTPUT, Category.OUTPUT, Category.SATISFACTION);
  }

  @Test
  void ofTwoBlocksSideBySideWithoutMarksTheSecondIsTheYears() throws Exception {
    // 东莞市财政项目支出绩效目标批复表 (2019): 二级 三级 指标值 under 中期滚动目标, then again under 年度目标
    String text = "项目支出绩效目标表\n(2024年度)\n项目名称\t道路建设\n总体目标\t中期滚动目标(2024年--2026年)\t年度目标\n"
        + "\t三年建成30公里。\t本年建成10公里。\n"
        + "绩效指标\t一级 指标\t二级 指标\t三级 指标\t指标值(或计划水平)\t二级 指标\t三级 指标\t计划指标值(或计划水平)\n"
        + "\t产出指标\t数量指标\t建成道路里程\t30公里\t数量指标\t建成道路里程\t10公里\n"
        + "\t满意度指标\t服务对象满意度指标\t群众满意度\t≥85%\t服务对象满意度指标\t群众满意度\t≥90%\n";
    Project p = readText(text, "dongguan.tsv").value().projects().get(0);
    assertThat(p.indicators().indicators()).extracting(i -> i.target().orElseThrow()).containsExactly("10公里", "≥90%");
    // the mid-term block is kept, under its headings
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("30公里", "≥85%");
  }

  @Test
  void aNewFirstLevelStartsWithoutTheSecondLevelAbove() throws Exception {
    String text = ONE.replace("满意度指标\t服务对象满意度指标\t老人满意度", "满意度指标\t\t老人满意度");
    Project p = readText(text, "one.tsv").value().projects().get(0);
    Indicator last = p.indicators().indicators().get(3);
    assertThat(last.category()).isEqualTo(Category.SATISFACTION);
    assertThat(last.subcategory()).isEmpty();
  }
}

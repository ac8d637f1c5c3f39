package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.xlsx.PublishedSheets.bytes;
import static org.jixiao.xlsx.PublishedSheets.formatted;
import static org.jixiao.xlsx.PublishedSheets.header;
import static org.jixiao.xlsx.PublishedSheets.project;
import static org.jixiao.xlsx.PublishedSheets.set;

import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/** Disclosure tables laid out in workbooks as departments publish them, read by their cells. */
class XlsxTableReaderTest {
  static final XlsxTableReader READER = XlsxTableReader.builder().build();

  static Workbook published(Workbook wb) {
    Sheet s = wb.createSheet("公开表");
    int r = header(s, 0, true);
    project(s, r, 1, "临聘人员管理", 9000.0, 8619.0, "");
    // Numbers stored as text, as many published workbooks hold them.
    project(s, r + 1, 2, "就业管理服务", 0, 0, "99.83%");
    set(s, r + 1, PublishedSheets.BUDGET, "1,234.50");
    set(s, r + 1, PublishedSheets.ACTUAL, "1232.40");
    set(s, r + 1, 6, "1232.40");
    // A rate stored as a fraction and formatted as a percentage: what a person sees is 86.19%.
    formatted(s, r, PublishedSheets.RATE, 0.8619, "0.00%");
    // Amounts a double holds with noise: 0.1 + 0.2 under a two-decimal format and under General.
    project(s, r + 2, 3, "人才安居", 0.1 + 0.2, 0.1 + 0.2, "100%");
    formatted(s, r + 2, PublishedSheets.BUDGET, 0.1 + 0.2, "#,##0.00");
    set(s, r + 3, 0, "合计");
    set(s, r + 3, PublishedSheets.BUDGET, 10234.8);
    return wb;
  }

  @Test
  void aPublishedLayoutWithMergedHeaderCellsReadsEveryFieldOfEveryProject() throws Exception {
    ReadResult<PerformanceTable> read = READER.read(bytes(published(new XSSFWorkbook())));
    PerformanceTable t = read.value();
    assertThat(t.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(t.fiscalYear()).hasValue(2019);
    assertThat(t.projects()).extracting(Project::name).containsExactly("临聘人员管理", "就业管理服务", "人才安居");
    Project p1 = t.projects().get(0);
    assertThat(p1.budget().orElseThrow()).isEqualTo(new java.math.BigDecimal("9000"));
    assertThat(p1.actual().orElseThrow()).isEqualTo(new java.math.BigDecimal("8619"));
    assertThat(p1.statedExecutionRate().orElseThrow()).isEqualTo(new java.math.BigDecimal("86.19"));
    assertThat(p1.governmentInvestment()).hasValue(false);
    // 数量指标 and 服务对象满意度指标 pairs, found under their merged labels.
    Indicator quantity = p1.indicators().indicators().get(0);
    assertThat(quantity.subcategory()).hasValue(Subcategory.QUANTITY);
    assertThat(quantity.target()).hasValue("开展培训4场");
    assertThat(quantity.actual()).hasValue("完成4场");
    assertThat(p1.indicators().indicators()).extracting(i -> i.subcategory().orElseThrow()).contains(Subcategory.SERVED_SATISFACTION);
    assertThat(p1.sourceLine()).hasValue(8);
    Project p2 = t.projects().get(1);
    assertThat(p2.budget().orElseThrow()).isEqualTo(new java.math.BigDecimal("1234.50"));
    assertThat(p2.statedExecutionRate().orElseThrow()).isEqualTo(new java.math.BigDecimal("99.83"));
    Project p3 = t.projects().get(2);
    assertThat(p3.budget().orElseThrow()).isEqualTo(new java.math.BigDecimal("0.30"));
    assertThat(p3.actual().orElseThrow()).isEqualTo(new java.math.BigDecimal("0.3"));
    assertThat(t.totals().orElseThrow().budget().orElseThrow()).isEqualTo(new java.math.BigDecimal("10234.8"));
    assertThat(read.diagnostics()).noneMatch(f -> f.severity() != org.jixiao.core.evaluation.Severity.INFO);
  }

  @Test
  void aLegacyXlsReadsLikeTheXlsx() throws Exception {
    PerformanceTable xlsx = READER.read(bytes(published(new XSSFWorkbook()))).value();
    PerformanceTable xls = READER.read(bytes(published(new HSSFWorkbook()))).value();
    assertThat(xls).isEqualTo(xlsx);
  }

  @Test
  void aTableOverSeveralSheetsIsReadInOrderAndOtherSheetsAreSkippedByName() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    set(wb.createSheet("封面"), 0, 0, "2019年度部门预算项目绩效自评情况");
    Sheet one = wb.createSheet("第1页");
    int r = header(one, 0, true);
    project(one, r, 1, "甲项目", 10, 10, "100.00%");
    project(one, r + 1, 2, "乙项目", 20, 10, "50.00%");
    Sheet two = wb.createSheet("第2页");
    r = header(two, 0, false);
    project(two, r, 3, "丙项目", 30, 30, "100.00%");
    set(two, r + 1, 0, "合计");
    set(two, r + 1, PublishedSheets.BUDGET, 60);
    wb.createSheet("说明");
    ReadResult<PerformanceTable> read = READER.read(bytes(wb));
    assertThat(read.value().projects()).extracting(Project::name).containsExactly("甲项目", "乙项目", "丙项目");
    assertThat(read.value().projects().get(2).sourceLine()).hasValue(4);
    assertThat(read.value().totals()).isPresent();
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0110")).extracting(f -> f.args().get("sheet"))
        .containsExactly("封面", "说明");
  }

  @Test
  void namedSheetsAreReadInTheOrderGivenAndAMissingNameIsAnError() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet one = wb.createSheet("甲");
    project(one, header(one, 0, true), 1, "甲项目", 10, 10, "100.00%");
    Sheet two = wb.createSheet("乙");
    project(two, header(two, 0, true), 2, "乙项目", 10, 10, "100.00%");
    byte[] file = bytes(wb);
    assertThat(XlsxTableReader.builder().sheets("乙").build().read(file).value().projects()).extracting(Project::name).containsExactly("乙项目");
    assertThatThrownBy(() -> XlsxTableReader.builder().sheets("丙").build().read(file))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("丙")
        .hasMessageContaining("[甲, 乙]");
  }

  @Test
  void aDiagnosticCitesTheSheetAndCellAndStrictModeThrowsThere() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("第2页");
    int r = header(s, 0, true);
    project(s, r, 1, "甲项目", 10, 10, "100.00%");
    set(s, r, PublishedSheets.BUDGET, "约十万");
    byte[] file = bytes(wb);
    ReadResult<PerformanceTable> read = READER.read(file);
    Finding notANumber = read.diagnostics().stream().filter(f -> f.rule().equals(ReadDiagnostics.NOT_A_NUMBER)).findFirst().orElseThrow();
    assertThat(notANumber.location().orElseThrow().path()).hasValue("'第2页'!E8");
    assertThat(notANumber.location().orElseThrow().line()).hasValue(8);
    assertThat(notANumber.location().orElseThrow().text()).hasValue("约十万");
    // Nothing is lost: the text is kept as a stray cell of the project.
    assertThat(read.value().projects().get(0).strayCells()).anyMatch(c -> c.text().equals("约十万"));
    assertThatThrownBy(() -> XlsxTableReader.builder().strict(true).build().read(file))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("'第2页'!E8")
        .satisfies(e -> assertThat(((JixiaoReadException) e).line()).hasValue(8));
  }

  @Test
  void aFormulaIsReadByItsCachedValueNeverEvaluatedAndItsTextIsReported() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("公开表");
    int r = header(s, 0, true);
    project(s, r, 1, "甲项目", 10, 8, "");
    s.getRow(r).getCell(PublishedSheets.RATE).setCellFormula("F8/E8*100");
    // A cached value the formula would not give, to show that it is read, not computed.
    s.getRow(r).getCell(PublishedSheets.RATE).setCellValue(79.5);
    ReadResult<PerformanceTable> read = READER.read(bytes(wb));
    assertThat(read.value().projects().get(0).statedExecutionRate().orElseThrow()).isEqualTo(new java.math.BigDecimal("79.5"));
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0104")).singleElement()
        .satisfies(f -> {
          assertThat(f.args()).containsEntry("formula", "F8/E8*100");
          assertThat(f.location().orElseThrow().path()).hasValue("'公开表'!I8");
        });
  }

  @Test
  void cellsReadAsAPersonSeesThemWithoutDoubleNoise() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("数");
    set(s, 0, 0, 9000.0);
    set(s, 0, 1, 0.1 + 0.2);
    formatted(s, 0, 2, 2, "0.00");
    formatted(s, 0, 3, 0.8619, "0.00%");
    formatted(s, 0, 4, 1234.5678, "#,##0.00");
    formatted(s, 0, 5, 43830, "yyyy-mm-dd");
    set(s, 0, 6, 1.0 / 3);
    formatted(s, 0, 7, 4753.66, "0.00\"万元\"");
    set(s, 0, 8, 4.403062313915E20);
    s.getRow(0).createCell(9).setCellValue("  1,234.50 ");
    ReadResult<List<org.jixiao.io.grid.CellGrid>> read = Workbooks.builder().build().read(bytes(wb));
    org.jixiao.io.grid.CellGrid g = read.value().get(0);
    assertThat(g.row(0)).containsExactly("9000", "0.3", "2.00", "86.19%", "1234.57", "2019-12-31", "0.333333333333333", "4753.66", "440306231391500000000", "1,234.50");
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0108")).singleElement()
        .satisfies(f -> assertThat(f.args()).containsEntry("stored", "1234.5678").containsEntry("shown", "1234.57"));
    assertThat(read.diagnostics()).extracting(Finding::code).contains("JX-X-0103");
    assertThat(g.location(0, 4).path()).hasValue("'数'!E1");
  }

  @Test
  void textHiddenUnderAMergedRegionIsNotReadAsACellButReported() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("表");
    set(s, 0, 0, "产出目标");
    set(s, 0, 1, "藏起来的字");
    s.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 2));
    ReadResult<List<org.jixiao.io.grid.CellGrid>> read = Workbooks.builder().build().read(bytes(wb));
    org.jixiao.io.grid.CellGrid g = read.value().get(0);
    assertThat(g.text(0, 1)).isEmpty();
    assertThat(g.continuesMerge(0, 1)).isTrue();
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0109")).singleElement()
        .satisfies(f -> assertThat(f.args()).containsEntry("hidden", "藏起来的字"));
  }
}

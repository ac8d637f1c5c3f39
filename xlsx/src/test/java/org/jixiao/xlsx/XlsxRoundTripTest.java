package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.table.TableReader;
import org.jixiao.rules.Evaluator;
import org.jixiao.testkit.ModelGenerators;
import org.jixiao.testkit.quicktheories.QuickTheoriesGens;
import org.junit.jupiter.api.Test;

/**
 * table → XLSX → table. The sample is the published 2019年度深圳市龙岗区人力资源局部门预算项目绩效自评情况公开表
 * (text extracted from the bureau's PDF, the same file as io's test resource longgang-hr-2019.tsv).
 */
class XlsxRoundTripTest {
  static PerformanceTable sample() throws Exception {
    try (InputStream in = XlsxRoundTripTest.class.getResourceAsStream("longgang-hr-2019.tsv")) {
      return TableReader.builder().build().read(in).value();
    }
  }

  static String cell(Sheet s, int r, int c) {
    Row row = s.getRow(r);
    Cell cell = row == null ? null : row.getCell(c);
    return cell == null ? "" : new DataFormatter(java.util.Locale.US).formatCellValue(cell);
  }

  static int column(Sheet s, int r, String label) {
    for (Cell c : s.getRow(r)) {
      if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no " + label + " in row " + (r + 1));
  }

  static int headerRow(Sheet s) {
    for (int r = 0; r <= s.getLastRowNum(); r++) {
      if (cell(s, r, 0).equals("序号")) {
        return r;
      }
    }
    throw new AssertionError("no header");
  }

  @Test
  void theSampleWrittenAsXlsxReadsBackAsAnEqualTableInStrictMode() throws Exception {
    PerformanceTable table = sample();
    byte[] xlsx = XlsxTableWriter.builder().build().toBytes(table);
    ReadResult<PerformanceTable> read = XlsxTableReader.builder().strict(true).build().read(xlsx);
    assertThat(read.value()).isEqualTo(table);
    assertThat(read.value().projects()).hasSize(32);
    assertThat(read.diagnostics()).noneMatch(f -> f.severity() != Severity.INFO);
  }

  @Test
  void theWrittenSheetHasMergedHeaderLabelsNumbersAsNumbersAndAFrozenHeader() throws Exception {
    byte[] xlsx = XlsxTableWriter.builder().sheetName("龙岗区人力资源局 2019").build().toBytes(sample());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet s = wb.getSheetAt(0);
      assertThat(s.getSheetName()).isEqualTo("龙岗区人力资源局 2019");
      int h = headerRow(s);
      List<String> merged = new ArrayList<>();
      for (CellRangeAddress region : s.getMergedRegions()) {
        merged.add(region.formatAsString());
      }
      // 序号 heads the three header rows; 产出目标 heads its indicator columns (3 pairs = 6).
      assertThat(merged).contains(new CellRangeAddress(h, h + 2, 0, 0).formatAsString());
      int output = column(s, h, "产出目标");
      assertThat(merged).contains(new CellRangeAddress(h, h, output, output + 5).formatAsString());
      int quantity = column(s, h + 1, "数量指标");
      assertThat(merged).contains(new CellRangeAddress(h + 1, h + 1, quantity, quantity + 1).formatAsString());
      // The title spans the table.
      assertThat(merged).anyMatch(m -> m.startsWith("A2:"));
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
      assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (h + 3));
      // Project 1: budget and rate are numbers, shown with their digits.
      int budget = column(s, h, "项目年度预算金额");
      int rate = column(s, h, "预算支出执行率");
      Cell b = s.getRow(h + 3).getCell(budget);
      assertThat(b.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(b.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      Cell r = s.getRow(h + 3).getCell(rate);
      assertThat(r.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(cell(s, h + 3, rate)).endsWith("%");
      assertThat(s.getColumnWidth(column(s, h, "项目名称"))).isGreaterThan(s.getColumnWidth(0));
      assertThat(s.getRow(h + 3).getCell(column(s, h, "年初绩效目标")).getCellStyle().getWrapText()).isTrue();
    }
  }

  @Test
  void withAnEvaluationTheScoreGradeAndStatusColumnsFollowAndTheTableStillReadsBack() throws Exception {
    PerformanceTable table = sample();
    TableEvaluation evaluation = Evaluator.defaults().evaluate(table);
    byte[] xlsx = XlsxTableWriter.builder().build().toBytes(table, evaluation);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet s = wb.getSheetAt(0);
      int h = headerRow(s);
      int score = column(s, h, "得分");
      assertThat(cell(s, h, score + 1)).isEqualTo("等级");
      assertThat(cell(s, h, score + 2)).isEqualTo("状态");
      String firstScore = evaluation.evaluations().get(0).score().map(java.math.BigDecimal::toPlainString).orElse("");
      if (!firstScore.isEmpty()) {
        assertThat(s.getRow(h + 3).getCell(score).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell(s, h + 3, score).replace(",", "")).isEqualTo(firstScore);
      }
      assertThat(cell(s, h + 3, score + 2)).isEqualTo(evaluation.evaluations().get(0).status().label());
    }
    assertThat(XlsxTableReader.builder().build().read(xlsx).value()).isEqualTo(table);
  }

  @Test
  void writingThenReadingGivesTheSameTable() {
    XlsxTableWriter writer = XlsxTableWriter.builder().build();
    XlsxTableReader reader = XlsxTableReader.builder().strict(true).build();
    qt().withExamples(25)
        .forAll(QuickTheoriesGens.gen(ModelGenerators.realistic().table()))
        .checkAssert(
            table -> {
              ReadResult<PerformanceTable> read = reader.read(writer.toBytes(table));
              assertThat(read.value()).isEqualTo(table);
              assertThat(read.diagnostics()).allMatch(f -> f.severity() == Severity.INFO);
            });
  }

  @Test
  void textsXmlCannotHoldAsSuchReadBackAsWrittenAndOnlyOuterWhiteSpaceIsStripped() {
    String[] kept = {"a\r\nb", "a\rb", "a\nb", "a\tb", "x\u0001y", "\u0000z\u0001", "_x0041_", "__x0041__x005F_", "😀𠀀", "\ufeff开头", "=SUM(A1)"};
    for (String text : kept) {
      PerformanceTable table = withGoal(text);
      PerformanceTable back = XlsxTableReader.builder().strict(true).build().read(XlsxTableWriter.builder().build().toBytes(table)).value();
      assertThat(back).as(text).isEqualTo(table);
    }
    PerformanceTable padded = withGoal("  目标 ");
    assertThat(XlsxTableReader.builder().build().read(XlsxTableWriter.builder().build().toBytes(padded)).value().projects().get(0).goal())
        .hasValue("目标");
  }

  static PerformanceTable withGoal(String goal) {
    return PerformanceTable.builder()
        .moneyUnit(org.jixiao.core.money.MoneyUnit.YUAN)
        .addProjects(
            org.jixiao.core.project.Project.builder()
                .seq(1)
                .name("名称")
                .moneyUnit(org.jixiao.core.money.MoneyUnit.YUAN)
                .goal(goal)
                .build())
        .build();
  }

  @Test
  void formsInTwoUnitsReadAsOneTableInTheFirstsUnitWithEverySheetsNotes() throws Exception {
    org.jixiao.io.ReadResult<org.jixiao.core.table.PerformanceTable> read =
        WorkbookReader.builder().build().read(XlsxDiagnosticsTest.formsInTwoUnits()).result();
    org.jixiao.core.table.PerformanceTable t = read.value();
    assertThat(t.moneyUnit()).isEqualTo(org.jixiao.core.money.MoneyUnit.WAN_YUAN);
    assertThat(t.projects()).extracting(org.jixiao.core.project.Project::name).containsExactly("项目1", "项目2");
    // 100 元 is 0.01 万元
    assertThat(t.projects().get(1).budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("0.01"));
    assertThat(t.projects().get(0).budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("100"));
    assertThat(t.notes()).containsExactly("注：第1张表的注", "注：第2张表的注");
  }
}

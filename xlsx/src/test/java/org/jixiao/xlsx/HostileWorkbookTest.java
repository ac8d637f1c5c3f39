package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Workbooks built to hurt: zip bombs, huge shared strings, external entities, too many rows,
 * formulas; and a legacy .xls, which is read like an .xlsx. Each is refused by a named bound or
 * read without evaluating anything.
 */
class HostileWorkbookTest {

  /** A minimal declaration sheet: title, two label rows, the header, one indicator. */
  static void declaration(Workbook wb, String name, String target) {
    Sheet s = wb.createSheet(name);
    s.createRow(0).createCell(0).setCellValue("二级项目支出绩效目标申报表");
    Row r1 = s.createRow(1);
    r1.createCell(0).setCellValue("项目编码：");
    r1.createCell(1).setCellValue("440306231391500000189");
    r1.createCell(3).setCellValue("项目名称：");
    r1.createCell(4).setCellValue("测试项目");
    Row r2 = s.createRow(2);
    r2.createCell(0).setCellValue("本年度项目金额（万元）：");
    r2.createCell(1).setCellFormula("10+14.68");
    Row h = s.createRow(3);
    String[] header = {"一级指标", "二级指标", "三级指标", "目标值", "指标解释"};
    for (int c = 0; c < header.length; c++) {
      h.createCell(c).setCellValue(header[c]);
    }
    Row i = s.createRow(4);
    i.createCell(0).setCellValue("产出");
    i.createCell(1).setCellValue("数量");
    i.createCell(2).setCellValue("服务场次");
    i.createCell(3).setCellValue(target);
    i.createCell(4).setCellValue("考核服务场次");
  }

  static byte[] bytes(Workbook wb) throws Exception {
    try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    }
  }

  static ReadResult<PerformanceTable> read(byte[] bytes, WorkbookLimits limits) {
    return DeclarationReader.builder().limits(limits).build().read(new ByteArrayInputStream(bytes));
  }

  @Test
  void aFormulaIsNeverEvaluatedItsCachedValueIsReadAndItsTextReported() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    declaration(wb, "1.测试", "≥10场");
    // Cache a value the formula would not give, to show it is read, not computed.
    wb.getSheetAt(0).getRow(2).getCell(1).setCellValue(24.68);
    ReadResult<PerformanceTable> read = read(bytes(wb), WorkbookLimits.DEFAULTS);
    Project p = read.value().projects().get(0);
    assertThat(p.budget().orElseThrow()).isEqualByComparingTo("24.68");
    assertThat(read.diagnostics()).extracting(Finding::code).contains("JX-X-0104");
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0104")).singleElement()
        .satisfies(f -> assertThat(f.location().flatMap(l -> l.text())).contains("=10+14.68"));
  }

  @Test
  void aLegacyXlsIsReadLikeAnXlsx() throws Exception {
    HSSFWorkbook wb = new HSSFWorkbook();
    declaration(wb, "1.测试", "≥10场");
    wb.getSheetAt(0).getRow(2).getCell(1).setCellValue(24.68);
    Project p = read(bytes(wb), WorkbookLimits.DEFAULTS).value().projects().get(0);
    assertThat(p.code()).contains("440306231391500000189");
    assertThat(p.indicators().indicators().get(0).target()).contains("≥10场");
  }

  @Test
  void aPartThatInflatesBeyondTheBoundIsRefusedBeforePoiSeesIt() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    declaration(wb, "1.测试", "长".repeat(30_000));
    byte[] file = bytes(wb);
    // The shared strings inflate to about 90 KB; a 64 KB bound refuses them.
    WorkbookLimits small = new WorkbookLimits(1 << 20, 64 << 10, 1 << 20, 10, 100, 32_767);
    assertThatThrownBy(() -> read(file, small))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("maxPartBytes")
        .hasMessageContaining("sharedStrings");
  }

  @Test
  void aZipBombIsRefusedByItsInflatedSizeNotItsHeaders() throws Exception {
    // A zip entry of 300 MB of zeros compresses to about 300 KB.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 300; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThatThrownBy(() -> read(out.toByteArray(), WorkbookLimits.DEFAULTS))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("zip bomb");
  }

  @Test
  void tooManyRowsOrTooLongACellIsRefusedNamingTheBound() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    declaration(wb, "1.测试", "≥10场");
    byte[] file = bytes(wb);
    assertThatThrownBy(() -> read(file, new WorkbookLimits(1 << 20, 1 << 20, 1 << 22, 10, 3, 32_767)))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("maxRowsPerSheet");
    assertThatThrownBy(() -> read(file, new WorkbookLimits(1 << 20, 1 << 20, 1 << 22, 10, 100, 5)))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("maxCellChars");
    assertThatThrownBy(() -> read(file, new WorkbookLimits(100, 1 << 20, 1 << 22, 10, 100, 100)))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("maxFileBytes");
  }

  @Test
  void anExternalEntityInASheetIsNeverResolved() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    declaration(wb, "1.测试", "≥10场");
    byte[] good = bytes(wb);
    // Put a DOCTYPE with an external entity (a local file) in front of the sheet's XML.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(good)); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          xml = xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
          data = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    }
    assertThatThrownBy(() -> read(out.toByteArray(), WorkbookLimits.DEFAULTS)).isInstanceOf(JixiaoReadException.class);
  }

  @Test
  void somethingThatIsNotASpreadsheetGetsAClearError() {
    assertThatThrownBy(() -> read("序号\t项目名称\n1\tx\n".getBytes(StandardCharsets.UTF_8), WorkbookLimits.DEFAULTS))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("not a spreadsheet");
  }

  @Test
  void aWorkbookWithoutADeclarationSheetSaysSo() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
    byte[] file = bytes(wb);
    assertThatThrownBy(() -> read(file, WorkbookLimits.DEFAULTS))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("no sheet of the workbook holds a target declaration");
  }
}

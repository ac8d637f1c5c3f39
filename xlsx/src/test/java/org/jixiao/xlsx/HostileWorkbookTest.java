package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks built to hurt: zip bombs, huge shared strings, external entities, too many rows,
 * formulas; and a legacy .xls, which is read like an .xlsx. Each is refused by a named bound or
 * read without evaluating anything. The readers here word their problems in English; the
 * Chinese default and the codes are {@link XlsxProblemsTest}'s.
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
    return DeclarationReader.builder().limits(limits).locale(Locale.ENGLISH).build().read(bytes);
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

  /** What the reader says of a sheet that declares a DOCTYPE. */
  private static final String DOCTYPE_REFUSED = "DOCTYPE";

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
          // and use it, in a cell of its own: were it resolved, the file would be the cell's text
          xml = xml.replaceFirst("</sheetData>", "<row r=\"99\"><c r=\"A99\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData>");
          data = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    }
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> read(out.toByteArray(), WorkbookLimits.DEFAULTS));
    assertThat(thrown).isInstanceOf(JixiaoReadException.class).hasMessageContaining(DOCTYPE_REFUSED);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain("root:");
    }
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

  /** Writes one zip entry's content. */
  interface Content {
    void write(OutputStream out) throws IOException;
  }

  /** The workbook with one part replaced (or added) by {@code content}. */
  static byte[] withPart(byte[] workbook, String part, Content content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean replaced = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] data = in.readAllBytes();
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(part)) {
          content.write(zip);
          replaced = true;
        } else {
          zip.write(data);
        }
        zip.closeEntry();
      }
      if (!replaced) {
        zip.putNextEntry(new ZipEntry(part));
        content.write(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] smallTable() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("公开表");
    PublishedSheets.project(s, PublishedSheets.header(s, 0, true), 1, "甲项目", 10, 10, "100.00%");
    return bytes(wb);
  }

  static ReadResult<PerformanceTable> readTable(byte[] bytes) {
    return XlsxTableReader.builder().locale(Locale.ENGLISH).build().read(bytes);
  }

  @Test
  void aMillionRowsAreRefusedWhileInflatingBeforePoiBuildsTheSheet() throws Exception {
    byte[] file =
        withPart(smallTable(), "xl/worksheets/sheet1.xml", out -> {
          out.write("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
          for (int r = 1; r <= 1_000_000; r++) {
            out.write(("<row r=\"" + r + "\"/>").getBytes(StandardCharsets.US_ASCII));
          }
          out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    assertThatThrownBy(() -> readTable(file))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("maxRowsPerSheet")
        .hasMessageContaining("xl/worksheets/sheet1.xml");
  }

  @Test
  void tooManyCellsOrColumnsAreRefusedNamingTheBound() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("宽");
    // One cell far to the right: a row that spans 5 000 columns.
    s.createRow(0).createCell(4_999).setCellValue("远");
    byte[] wide = bytes(wb);
    assertThatThrownBy(() -> readTable(wide))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("maxColumns")
        .hasMessageContaining("'宽'!GJH1");
    XSSFWorkbook many = new XSSFWorkbook();
    Sheet m = many.createSheet("多");
    for (int r = 0; r < 30; r++) {
      Row row = m.createRow(r);
      for (int c = 0; c < 10; c++) {
        row.createCell(c).setCellValue(r * c);
      }
    }
    byte[] cells = bytes(many);
    WorkbookLimits limits = new WorkbookLimits(1 << 20, 1 << 20, 1 << 22, 10, 100, 100, 100, 200);
    assertThatThrownBy(() -> XlsxTableReader.builder().limits(limits).locale(Locale.ENGLISH).build().read(cells))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("maxCellsPerSheet");
  }

  @Test
  void aHugeSharedStringsTableIsRefusedByItsInflatedSize() throws Exception {
    // 40 MB of tiny shared strings that compress to well under a megabyte.
    byte[] file =
        withPart(smallTable(), "xl/sharedStrings.xml", out -> {
          out.write("<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">".getBytes(StandardCharsets.UTF_8));
          byte[] si = "<si><t>x</t></si>".getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < 2_500_000; i++) {
            out.write(si);
          }
          out.write("</sst>".getBytes(StandardCharsets.UTF_8));
        });
    assertThat(file.length).isLessThan(1 << 20);
    assertThatThrownBy(() -> readTable(file))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("maxPartBytes")
        .hasMessageContaining("xl/sharedStrings.xml");
  }

  @Test
  void entityExpansionInTheSharedStringsIsRefused() throws Exception {
    StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY l0 \"ha\">");
    for (int i = 1; i <= 9; i++) {
      laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    laughs.append("]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&l9;</t></si></sst>");
    byte[] file = withPart(smallTable(), "xl/sharedStrings.xml", out -> out.write(laughs.toString().getBytes(StandardCharsets.UTF_8)));
    assertThatThrownBy(() -> readTable(file)).isInstanceOf(JixiaoReadException.class);
  }

  @Test
  void aTextFileOrAnotherZipRenamedXlsxGetsAClearError(@TempDir Path dir) throws Exception {
    Path text = dir.resolve("公开表.xlsx");
    Files.writeString(text, "序号\t项目名称\n1\t甲\n");
    assertThatThrownBy(() -> XlsxTableReader.builder().locale(Locale.ENGLISH).build().read(text))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("not a spreadsheet");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    Path other = dir.resolve("另一个.xlsx");
    Files.write(other, zip.toByteArray());
    assertThatThrownBy(() -> XlsxTableReader.builder().locale(Locale.ENGLISH).build().read(other))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("cannot be read");
  }

  @Test
  void anEncryptedWorkbookIsRefusedAskingForAnUnprotectedCopy() throws Exception {
    byte[] plain = smallTable();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
      encryptor.confirmPassword("口令");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(plain);
      }
      fs.writeFilesystem(out);
    }
    assertThatThrownBy(() -> readTable(out.toByteArray()))
        .isInstanceOf(JixiaoReadException.class)
        .hasMessageContaining("encrypted");
  }

  @Test
  void aLegacyXlsTableReadsAndItsFormulasAreNotEvaluated() throws Exception {
    HSSFWorkbook wb = new HSSFWorkbook();
    Sheet s = wb.createSheet("公开表");
    int r = PublishedSheets.header(s, 0, true);
    PublishedSheets.project(s, r, 1, "甲项目", 10, 8, "");
    s.getRow(r).getCell(PublishedSheets.RATE).setCellFormula("F8/E8*100");
    s.getRow(r).getCell(PublishedSheets.RATE).setCellValue(79.5);
    ReadResult<PerformanceTable> read = readTable(bytes(wb));
    assertThat(read.value().projects().get(0).statedExecutionRate().orElseThrow()).isEqualByComparingTo("79.5");
    assertThat(read.diagnostics()).extracting(Finding::code).contains("JX-X-0104");
  }
}

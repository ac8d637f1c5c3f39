package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
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
import org.jixiao.io.JixiaoReadException;
import org.jixiao.xlsx.internal.XlsxProblems;
import org.junit.jupiter.api.Test;

/**
 * The problems that stop a spreadsheet read have stable codes ({@code JX-X-02xx}), are worded in
 * Chinese by default and in English with the readers' {@code locale}, and keep their location:
 * one workbook per kind of problem.
 */
class XlsxProblemsTest {
  /** A read in a language. */
  @FunctionalInterface
  interface Read {
    void read(Locale locale) throws Exception;
  }

  private record Case(String code, String zh, String en, Read read) {}

  private static final WorkbookLimits D = WorkbookLimits.DEFAULTS;

  private static WorkbookLimits limits(
      long file, long part, long total, int sheets, int rows, int chars, int columns, int cells) {
    return new WorkbookLimits(file, part, total, sheets, rows, chars, columns, cells);
  }

  private static Read table(byte[] bytes, WorkbookLimits limits) {
    return l -> XlsxTableReader.builder().limits(limits).locale(l).build().read(bytes);
  }

  private static Read declaration(byte[] bytes, WorkbookLimits limits) {
    return l -> DeclarationReader.builder().limits(limits).locale(l).build().read(bytes);
  }

  private static List<Case> cases() throws Exception {
    byte[] small = HostileWorkbookTest.smallTable();
    XSSFWorkbook decl = new XSSFWorkbook();
    HostileWorkbookTest.declaration(decl, "1.测试", "长".repeat(30_000));
    byte[] longDeclaration = HostileWorkbookTest.bytes(decl);
    XSSFWorkbook hello = new XSSFWorkbook();
    hello.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
    byte[] noLayout = HostileWorkbookTest.bytes(hello);
    XSSFWorkbook three = new XSSFWorkbook();
    three.createSheet("甲");
    three.createSheet("乙");
    three.createSheet("丙");
    XSSFWorkbook wide = new XSSFWorkbook();
    wide.createSheet("宽").createRow(0).createCell(4_999).setCellValue("远");
    return List.of(
        new Case("JX-X-0201", "工作簿超过100字节的上限（WorkbookLimits.maxFileBytes）",
            "the workbook is larger than the limit of 100 bytes", table(small, limits(100, 1 << 20, 1 << 22, 10, 100, 100, 100, 1000))),
        new Case("JX-X-0202", "不是电子表格：既不是XLSX（zip）也不是XLS（OLE2），请另存为.xlsx",
            "not a spreadsheet", table("序号\t项目名称\n".getBytes(StandardCharsets.UTF_8), D)),
        new Case("JX-X-0203", "工作簿有3个工作表，超过2个的上限",
            "the workbook has 3 sheets, more than the limit of 2", table(HostileWorkbookTest.bytes(three), limits(1 << 20, 1 << 20, 1 << 22, 2, 100, 100, 100, 1000))),
        new Case("JX-X-0204", "工作簿已加密或设有密码保护", "the workbook is encrypted", table(encrypted(small), D)),
        new Case("JX-X-0205", "无法读取工作簿：", "the workbook cannot be read: ", table(otherZip(), D)),
        new Case("JX-X-0206", "工作表超过2行的上限（WorkbookLimits.maxRowsPerSheet）",
            "the sheet holds more than 2 rows", table(small, limits(1 << 20, 1 << 20, 1 << 22, 10, 2, 100, 100, 1000))),
        new Case("JX-X-0207", "工作表超过3个单元格的上限（WorkbookLimits.maxCellsPerSheet）",
            "the sheet holds more than 3 cells", table(small, limits(1 << 20, 1 << 20, 1 << 22, 10, 100, 100, 100, 3))),
        new Case("JX-X-0208", "解压后超过65536字节的上限（WorkbookLimits.maxPartBytes）：可能是压缩炸弹",
            "inflates to more than 65536 bytes (WorkbookLimits.maxPartBytes): a zip bomb", declaration(longDeclaration, limits(1 << 20, 64 << 10, 1 << 20, 10, 100, 32_767, 100, 1000))),
        new Case("JX-X-0209", "工作簿解压后超过20000字节的上限（WorkbookLimits.maxTotalBytes）",
            "the workbook inflates to more than 20000 bytes", declaration(longDeclaration, limits(1 << 20, 1 << 20, 20_000, 10, 100, 32_767, 100, 1000))),
        new Case("JX-X-0210", "工作簿不是有效的XLSX（zip已损坏）：", "the workbook is not a valid XLSX (broken zip): ", table(broken(small), D)),
        new Case("JX-X-0211", "工作表有5行，超过2行的上限",
            "the sheet has 5 rows, more than the limit of 2", table(legacyRows(5), limits(1 << 20, 1 << 20, 1 << 22, 10, 2, 100, 100, 1000))),
        new Case("JX-X-0212", "一行跨5000列，超过1000列的上限（WorkbookLimits.maxColumns）",
            "a row spans 5000 columns, more than the limit of 1000", table(HostileWorkbookTest.bytes(wide), D)),
        new Case("JX-X-0213", "工作表所跨单元格超过200个的上限",
            "the sheet spans more than 200 cells", table(sparse(), limits(1 << 20, 1 << 20, 1 << 22, 10, 100, 100, 100, 200))),
        new Case("JX-X-0214", "单元格有", "characters, more than the limit of 5 (WorkbookLimits.maxCellChars)",
            table(small, limits(1 << 20, 1 << 20, 1 << 22, 10, 100, 5, 100, 1000))),
        new Case("JX-X-0216", "工作簿中没有名为“丙”的工作表；其工作表为[公开表]",
            "the workbook has no sheet named “丙”; its sheets are [公开表]", l -> XlsxTableReader.builder().sheets("丙").locale(l).build().read(small)),
        new Case("JX-X-0217", "工作簿中没有含目标申报表", "no sheet of the workbook holds a target declaration", declaration(noLayout, D)),
        new Case("JX-X-0218", "工作簿中没有像公开表", "no sheet of the workbook looks like a disclosure table",
            l -> WorkbookReader.builder().locale(l).build().read(noLayout)),
        new Case("JX-X-0219", "文本“说明.tsv”中没有目标申报表", "the text “说明.tsv” holds no target declaration",
            l -> DeclarationReader.builder().locale(l).build().read(new java.io.StringReader("说明\t本年度无新增项目\n"), "说明.tsv")),
        // a disclosure table given to the declaration reader: the reason, not only "none read"
        new Case("JX-X-0220", "没有读到目标申报表：开头几行看来是部门预算项目绩效自评情况公开表", "no target declaration was read: the first rows look like a disclosure table",
            l -> DeclarationReader.builder().locale(l).build().read(
                new java.io.StringReader("序号\t项目名称\t项目年度预算金额\t实际支出金额\t预算支出执行率\t年度指标内容\n1\t甲\t10\t9\t90%\t完成\n"), "公开.tsv")),
        // uploads that are no table: a PDF, a Word document (a zip of word/ parts)
        new Case("JX-X-0221", "“自评报告.pdf”是PDF文件，不是表格", "“自评报告.pdf” is a PDF file, not a table",
            l -> DocumentReader.builder().locale(l).build().read("%PDF-1.7\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "自评报告.pdf")),
        new Case("JX-X-0222", "“自评报告.docx”是Word文档，不是表格", "“自评报告.docx” is a Word document, not a table",
            l -> DocumentReader.builder().locale(l).build().read(docx(), "自评报告.docx")));
  }

  private static JixiaoReadException thrown(Case c, Locale locale) {
    JixiaoReadException e =
        catchThrowableOfType(() -> c.read().read(locale), JixiaoReadException.class);
    assertThat(e).as("%s in %s", c.code(), locale).isNotNull();
    return e;
  }

  @Test
  void eachProblemHasItsCodeAndIsChineseByDefaultAndEnglishOnRequest() throws Exception {
    for (Case c : cases()) {
      JixiaoReadException zh = thrown(c, Locale.SIMPLIFIED_CHINESE);
      JixiaoReadException en = thrown(c, Locale.ENGLISH);
      assertThat(zh.code()).as(c.code()).contains(c.code());
      assertThat(en.code()).as(c.code()).contains(c.code());
      assertThat(zh.problem()).as(c.code()).contains(c.zh());
      assertThat(en.problem()).as(c.code()).contains(c.en());
      assertThat(zh.location()).as(c.code()).isEqualTo(en.location());
    }
  }

  @Test
  void aProblemInASheetNamesItsCellInEitherLanguage() throws Exception {
    XSSFWorkbook wide = new XSSFWorkbook();
    wide.createSheet("宽").createRow(0).createCell(4_999).setCellValue("远");
    byte[] bytes = HostileWorkbookTest.bytes(wide);
    JixiaoReadException zh =
        catchThrowableOfType(() -> XlsxTableReader.builder().build().read(bytes), JixiaoReadException.class);
    assertThat(zh.getMessage())
        .isEqualTo("第1行（'宽'!GJH1）：一行跨5000列，超过1000列的上限（WorkbookLimits.maxColumns）");
    JixiaoReadException en =
        catchThrowableOfType(
            () -> XlsxTableReader.builder().locale(Locale.ENGLISH).build().read(bytes),
            JixiaoReadException.class);
    assertThat(en.getMessage())
        .isEqualTo(
            "line 1, '宽'!GJH1: a row spans 5000 columns, more than the limit of 1000 (WorkbookLimits.maxColumns)");
  }

  @Test
  void everyProblemIsReached() throws Exception {
    Set<String> reached = new TreeSet<>();
    for (Case c : cases()) {
      reached.add(c.code());
    }
    Set<String> codes = new TreeSet<>(XlsxProblems.codes());
    codes.removeIf(code -> !code.startsWith("JX-X-02"));
    // Not reached here: a workbook in memory that cannot be closed (0215), which is POI's failure.
    codes.remove("JX-X-0215");
    assertThat(reached).isEqualTo(codes);
  }

  /**
   * Every code the module's code uses — the problems, the diagnostics and their parts — has a
   * Chinese and an English template with the same arguments, and every template is used.
   */
  @Test
  void everyCodeTheModuleUsesHasBothLanguagesWithTheSameArguments() throws Exception {
    Map<String, String> zh = templates("messages.properties");
    Map<String, String> en = templates("messages_en.properties");
    Set<String> used = new TreeSet<>();
    Pattern code = Pattern.compile("\"(JX-X-\\d{4})\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = code.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).as("codes in src/main/java").isNotEmpty().isEqualTo(zh.keySet());
    assertThat(en.keySet()).isEqualTo(zh.keySet());
    assertThat(XlsxProblems.codes()).isEqualTo(zh.keySet());
    zh.forEach(
        (c, chinese) -> {
          String english = en.getOrDefault(c, "");
          assertThat(arguments(english)).as(c).isEqualTo(arguments(chinese));
          assertThat(english).as(c).isNotEqualTo(chinese);
          assertThat(XlsxProblems.catalog().render(c, Map.of(), Locale.ENGLISH)).as(c).contains(english);
          assertThat(XlsxProblems.catalog().render(c, Map.of(), Locale.CHINESE)).as(c).contains(chinese);
        });
  }

  private static Map<String, String> templates(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = XlsxProblems.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Map<String, String> out = new TreeMap<>();
    p.forEach((k, v) -> out.put((String) k, (String) v));
    return out;
  }

  private static Set<String> arguments(String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  // ---------------------------------------------------------------- workbooks

  private static byte[] encrypted(byte[] plain) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
      encryptor.confirmPassword("口令");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(plain);
      }
      fs.writeFilesystem(out);
    }
    return out.toByteArray();
  }

  /** The workbook with 30 bytes of its first part's compressed data garbled. */
  private static byte[] broken(byte[] workbook) {
    byte[] bytes = workbook.clone();
    for (int i = 40; i < 70; i++) {
      bytes[i] ^= 0x5a;
    }
    return bytes;
  }

  private static byte[] otherZip() throws Exception {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return zip.toByteArray();
  }

  /** A legacy .xls of {@code rows} rows: its rows are counted by the grid, not while inflating. */
  private static byte[] legacyRows(int rows) throws Exception {
    try (Workbook wb = new HSSFWorkbook()) {
      Sheet s = wb.createSheet("旧");
      for (int r = 0; r < rows; r++) {
        s.createRow(r).createCell(0).setCellValue("行" + r);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** 30 rows each of one cell at column 50: few cells stored, 1 500 spanned. */
  private static byte[] sparse() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("疏");
    for (int r = 0; r < 30; r++) {
      Row row = s.createRow(r);
      row.createCell(49).setCellValue(r);
    }
    return HostileWorkbookTest.bytes(wb);
  }

  /** The first bytes of a .docx: a zip whose parts are named word/… */
  private static byte[] docx() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

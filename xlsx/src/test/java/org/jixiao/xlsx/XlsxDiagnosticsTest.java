package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jixiao.xlsx.PublishedSheets.bytes;
import static org.jixiao.xlsx.PublishedSheets.formatted;
import static org.jixiao.xlsx.PublishedSheets.header;
import static org.jixiao.xlsx.PublishedSheets.project;
import static org.jixiao.xlsx.PublishedSheets.set;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.xlsx.internal.XlsxProblems;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics of reading cells and declarations ({@code JX-X-01xx}), each reached through a
 * public reader in a small workbook: its code, rule id, severity and cell, and its words.
 */
class XlsxDiagnosticsTest {
  /** A read in a language (the builder's default when empty), giving its diagnostics. */
  @FunctionalInterface
  interface Read {
    List<Finding> read(Optional<Locale> locale) throws Exception;
  }

  /** A diagnostic expected at {@code path}, with its whole message in Chinese and in English. */
  private record Case(
      String code, String rule, Severity severity, String path, String zh, String en, Read read) {}

  private static final String DECLARATION = "1.有问题的申报";

  /**
   * A declaration with every problem a declaration sheet can have — an unknown line in the top
   * block, a 是否 field and an amount that say something else, no 项目名称, an indicator row of no
   * known 一级指标 and one of no known 二级指标 — and a sheet of notes that holds no declaration.
   */
  static byte[] faultyDeclaration() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet(DECLARATION);
    set(s, 0, 0, "2023年二级项目支出绩效目标申报表");
    set(s, 1, 0, "填报说明：金额以万元计");
    set(s, 2, 0, "是否新增项目：");
    set(s, 2, 1, "也许");
    set(s, 2, 3, "项目总金额（万元）：");
    set(s, 2, 4, "待定");
    indicators(s, 3,
        new String[] {"产出", "数量", "服务场次", "≥10场", "考核服务场次"},
        new String[] {"杂项", "另类", "某指标", "1", "无"},
        new String[] {"效益", "奇怪指标", "群众获得感", "提升", "无"});
    set(wb.createSheet("说明"), 0, 0, "本表由财政局印制");
    return bytes(wb);
  }

  /** A declaration's indicator header at {@code row}, and the given indicator rows under it. */
  private static void indicators(Sheet s, int row, String[]... rows) {
    String[] header = {"一级指标", "二级指标", "三级指标", "目标值", "指标解释"};
    for (int c = 0; c < header.length; c++) {
      set(s, row, c, header[c]);
    }
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        set(s, row + 1 + r, c, rows[r][c]);
      }
    }
  }

  /** Two single-project forms, the first in 万元 and the second in 元, each with a note, and a sheet that is no form. */
  static byte[] formsInTwoUnits() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    String[] units = {"万元", "元"};
    for (int k = 0; k < 2; k++) {
      Sheet s = wb.createSheet("表" + (k + 1));
      String[] lines = {
        "项目支出绩效自评表",
        "项目名称\t项目" + (k + 1),
        "项目资金（" + units[k] + "）\t\t年初预算数\t全年预算数\t全年执行数",
        "\t年度资金总额\t100\t100\t90",
        "注：第" + (k + 1) + "张表的注"
      };
      for (int r = 0; r < lines.length; r++) {
        String[] cells = lines[r].split("\t", -1);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            set(s, r, c, cells[c]);
          }
        }
      }
    }
    set(wb.createSheet("附件"), 0, 0, "重要数字 12345");
    return bytes(wb);
  }

  /** A declaration whose 项目总金额 is in 元 and its 本年度项目金额 in 万元. */
  static byte[] twoUnits() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("2.两种单位");
    set(s, 0, 0, "二级项目支出绩效目标申报表");
    set(s, 1, 0, "项目名称：");
    set(s, 1, 1, "两种单位的项目");
    set(s, 2, 0, "项目总金额（元）：");
    set(s, 2, 1, "1000000");
    set(s, 2, 3, "本年度项目金额（万元）：");
    set(s, 2, 4, "50");
    indicators(s, 3, new String[] {"产出", "数量", "服务场次", "≥10场", "考核服务场次"});
    return bytes(wb);
  }

  /**
   * A disclosure table and a sheet of figures beside it that is no part of it: a 21-digit number,
   * a value its format rounds, a formula, and text under a merged region.
   */
  static byte[] tableWithFigures() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet table = wb.createSheet("公开表");
    project(table, header(table, 0, true), 1, "甲项目", 10, 10, "100.00%");
    Sheet s = wb.createSheet("数");
    set(s, 0, 0, 4.403062313915E20);
    formatted(s, 0, 1, 1234.5678, "#,##0.00");
    s.getRow(0).createCell(2).setCellFormula("1+2");
    set(s, 0, 3, "合计");
    set(s, 0, 4, "藏起来的字");
    s.addMergedRegion(new CellRangeAddress(0, 0, 3, 4));
    // the shown text repeated under a region, as tools that fill merged cells write it: nothing
    // is hidden, so nothing is reported (the Case list holds the one report of this sheet)
    set(s, 1, 0, "产出");
    set(s, 2, 0, " 产出");
    s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
    return bytes(wb);
  }

  private static Read declaration(byte[] bytes) {
    return l -> {
      DeclarationReader.Builder b = DeclarationReader.builder();
      l.ifPresent(b::locale);
      return b.build().read(bytes).diagnostics();
    };
  }

  private static Read workbook(byte[] bytes) {
    return l -> {
      WorkbookReader.Builder b = WorkbookReader.builder();
      l.ifPresent(b::locale);
      return b.build().read(bytes).result().diagnostics();
    };
  }

  /** Declarations printed as text, read from a string named {@code name}. */
  /** A small disclosure table as text: its title, unit, header and one project. */
  private static final byte[] DISCLOSURE_SAMPLE =
      ("2019年度部门预算项目绩效自评情况公开表\n单位：万元\n序号\t项目名称\t项目年度预算金额\t预算支出执行率\t年度指标内容\n"
              + "1\t人才安居\t100\t98%\t完成\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private static Read document(byte[] bytes, String name) {
    return l -> {
      DocumentReader.Builder b = DocumentReader.builder();
      l.ifPresent(b::locale);
      return b.build().read(bytes, name).result().diagnostics();
    };
  }

  private static Read text(String text, String name) {
    return l -> {
      DeclarationReader.Builder b = DeclarationReader.builder();
      l.ifPresent(b::locale);
      return b.build().read(new java.io.StringReader(text), name).diagnostics();
    };
  }

  private static final String PRINTED =
      "项目支出绩效目标表\n项目编码\t2024-001\n年度目标\t为辖区老人提供日间照料服务\n"
          + "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t服务老人人次\t≥3000人次\n";

  /** A single-project form as text: its title, funds block and indicators with actuals. */
  private static final String FORM =
      "项目支出绩效自评表\n项目名称\t日间照料\n\t年初预算数\t全年执行数\t分值\t执行率\t得分\n"
          + "年度资金总额\t10\t9\t10\t90%\t9\n一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
          + "产出指标\t数量指标\t服务老人人次\t≥3000人次\t3200人次\t50\t50\n";

  /** The header of a disclosure table, above a printed declaration. */
  private static final String DISCLOSURE =
      "序号\t项目名称\t项目年度预算金额\t实际支出金额\t预算支出执行率\t年度指标内容\n";

  private static Read table(byte[] bytes) {
    return l -> {
      XlsxTableReader.Builder b = XlsxTableReader.builder();
      l.ifPresent(b::locale);
      return b.build().read(bytes).diagnostics();
    };
  }

  private static Read cells(byte[] bytes) {
    return l -> {
      Workbooks.Builder b = Workbooks.builder();
      l.ifPresent(b::locale);
      return b.build().read(bytes).diagnostics();
    };
  }

  static List<Case> cases() throws Exception {
    byte[] decl = faultyDeclaration();
    byte[] figures = tableWithFigures();
    String d = "'" + DECLARATION + "'!";
    return List.of(
        new Case("JX-X-0101", "read.declaration", Severity.INFO, "'说明'!A1",
            "工作表“说明”没有绩效指标表头（一级指标、三级指标、目标值），不是申报表，已跳过",
            "sheet “说明” has no indicator header (一级指标, 三级指标, 目标值): it is not a target declaration and is skipped",
            workbook(decl)),
        new Case("JX-X-0102", "read.declaration", Severity.WARNING, d + "B3",
            "“是否新增项目：”应为“是”或“否”，填的是“也许”，作为未归位单元格保留",
            "“是否新增项目：” should be 是 or 否 (yes or no) but holds “也许”; the cell is kept as a stray cell",
            declaration(decl)),
        new Case("JX-X-0102", "read.declaration", Severity.WARNING, d + "E3",
            "“项目总金额（万元）：”不是金额：“待定”，作为未归位单元格保留",
            "“项目总金额（万元）：” is not an amount: “待定”; the cell is kept as a stray cell",
            workbook(decl)),
        new Case("JX-X-0103", "read.xlsx", Severity.WARNING, "'数'!A1",
            "单元格以数字保存了21位数“440306231391500000000”，超过15位的数字在文件中已失真；编码类数据应以文本保存",
            "the cell stores the 21-digit number “440306231391500000000” as a number, and a number of more than 15 digits has already lost precision in the file; codes should be stored as text",
            cells(figures)),
        new Case("JX-X-0104", "read.xlsx", Severity.INFO, "'数'!C1",
            "单元格含公式“=1+2”，未计算公式，使用文件中保存的计算结果",
            "the cell holds the formula “=1+2”; the formula is not evaluated, the result saved in the file is read",
            table(figures)),
        new Case("JX-X-0105", "read.declaration", Severity.INFO, d + "A2",
            "申报表中的“填报说明：金额以万元计”不是已知栏目，作为未归位单元格保留",
            "“填报说明：金额以万元计” in the declaration is not a known field; it is kept as a stray cell",
            declaration(decl)),
        new Case("JX-X-0106", "read.declaration", Severity.WARNING, d + "A6",
            "指标行的一级指标“杂项”无法识别，该行作为未归位单元格保留",
            "the 一级指标 (first-level indicator) “杂项” of an indicator row is not recognised; the row is kept as stray cells",
            declaration(decl)),
        new Case("JX-X-0106", "read.declaration", Severity.WARNING, d + "B7",
            "二级指标“奇怪指标”无法识别，按一级指标“效益”读取，原文作为未归位单元格保留",
            "the 二级指标 (second-level indicator) “奇怪指标” is not recognised; the row is read under the 一级指标 “效益” and the text is kept as a stray cell",
            workbook(decl)),
        new Case("JX-X-0107", "read.declaration", Severity.WARNING, d + "A1",
            "工作表“" + DECLARATION + "”未填写项目名称，以工作表名称代替",
            "sheet “" + DECLARATION + "” states no project name (项目名称); the sheet's name is used instead",
            declaration(decl)),
        new Case("JX-X-0108", "read.xlsx", Severity.INFO, "'数'!B1",
            "单元格保存的数值为“1234.5678”，按格式显示为“1234.57”，按显示的“1234.57”读取",
            "the cell stores the value “1234.5678” and its format shows “1234.57”; the value shown, “1234.57”, is read",
            workbook(figures)),
        new Case("JX-X-0109", "read.xlsx", Severity.WARNING, "'数'!E1",
            "合并单元格D1:E1下隐藏的单元格有内容“藏起来的字”，该内容不可见，未作为单元格读取",
            "a cell hidden under the merged region D1:E1 holds “藏起来的字”; it cannot be seen and is not read as a cell",
            table(figures)),
        new Case("JX-X-0112", "read.xlsx", Severity.INFO, "'附件'!A1",
            "工作表“附件”不是项目支出绩效自评表，已跳过",
            "sheet “附件” is no single-project form (项目支出绩效自评表): it is skipped",
            workbook(formsInTwoUnits())),
        new Case("JX-X-0113", "read.xlsx", Severity.INFO, "'表2'!A1",
            "工作表“表2”的金额单位为元，第一张表为万元；其金额已精确换算为万元",
            "sheet “表2” states its amounts in 元 and the first form in 万元; its amounts are converted exactly into 万元",
            workbook(formsInTwoUnits())),
        new Case("JX-X-0111", "read.declaration", Severity.INFO, "'2.两种单位'!B3",
            "“项目总金额（元）：”的金额“1000000”以元计，本项目的金额以万元计，已换算为100万元",
            "the amount “1000000” of “项目总金额（元）：” is in 元 and the project's amounts are in 万元; it is converted to 100 万元",
            declaration(twoUnits())),
        new Case("JX-X-0114", "read.declaration", Severity.WARNING, "申报.tsv",
            "这份申报表（文本中的第1份）未填写项目名称，按“未命名项目1”读取",
            "this declaration (number 1 in the text) states no project name (项目名称); it is read as “未命名项目1”",
            text(PRINTED, "申报.tsv")),
        new Case("JX-X-0116", "read.declaration", Severity.INFO, "照料.tsv",
            "未填写项目名称，按标题“2024年日间照料中心运营项目绩效目标表”读作“日间照料中心运营项目”",
            "states no project name (项目名称); it is read as “日间照料中心运营项目” from its title “2024年日间照料中心运营项目绩效目标表”",
            text(PRINTED.replace("项目支出绩效目标表", "2024年日间照料中心运营项目绩效目标表"), "照料.tsv")),
        new Case("JX-X-0115", "read.declaration", Severity.WARNING, "乱码.tsv",
            "单元格中有按文件字符集无法解码的字节，已读作“\uFFFD”：请确认文件的编码（UTF-8 或 GB18030）",
            "the cell holds bytes that are no text in the file's charset, read as “\uFFFD”: check the file's encoding (UTF-8 or GB18030)",
            text(PRINTED.replace("项目编码\t2024-001", "项目名称\t照料\uFFFD中心"), "乱码.tsv")),
        new Case("JX-X-0117", "read.declaration", Severity.ERROR, "自评.tsv",
            "开头几行看来是单个项目的自评表（项目支出绩效自评表），不是绩效目标申报表：按申报表读取会丢掉完成值和得分；请按自评表读取",
            "the first rows look like a single-project form (项目支出绩效自评表), not a target declaration: read as one, its actuals and scores are lost; read it with FormReader",
            text(FORM, "自评.tsv")),
        new Case("JX-X-0118", "read.declaration", Severity.ERROR, "公开.tsv",
            "开头几行看来是部门预算项目绩效自评情况公开表，不是绩效目标申报表；请按公开表读取",
            "the first rows look like a disclosure table, not a target declaration; read it with TableReader",
            text(DISCLOSURE + PRINTED, "公开.tsv")),
        new Case("JX-X-0119", "read.xlsx", Severity.INFO, "公开表.txt",
            "“公开表.txt”开头几行的单元格以逗号（CSV）分隔，与文件名所示的不同（按文件名所示的分隔符拆分读不出表头），已按逗号（CSV）读取",
            "the first rows of “公开表.txt” are separated by commas (CSV), not as its name suggests (split that way they show no header), so it is read split by commas (CSV)",
            document(DocumentReaderTest.asCsv(DISCLOSURE_SAMPLE), "公开表.txt")),
        new Case("JX-X-0119", "read.xlsx", Severity.INFO, "公开表.csv",
            "“公开表.csv”开头几行的单元格以制表符（TSV）分隔，与文件名所示的不同（按文件名所示的分隔符拆分读不出表头），已按制表符（TSV）读取",
            "the first rows of “公开表.csv” are separated by tabs (TSV), not as its name suggests (split that way they show no header), so it is read split by tabs (TSV)",
            document(DISCLOSURE_SAMPLE, "公开表.csv")),
        new Case("JX-X-0106", "read.declaration", Severity.WARNING, "失级.tsv",
            "指标行的一级指标为空白（复制时可能丢失），级次无法识别，该行作为未归位单元格保留",
            "the level of an indicator row whose 一级指标 is blank (a copy may have lost it) is not recognised; the row is kept as stray cells",
            text(PRINTED.replace("产出指标\t数量指标\t服务老人人次", "\t\t服务老人人次"), "失级.tsv")),
        new Case("JX-X-0120", "read.declaration", Severity.INFO, "合并.tsv",
            "该行以二级指标“质量指标”开头，没有一级指标的单元格（副本中跨行合并的单元格只留在第一行）：按右移一列读取，一级指标沿用上方的“产出指标”",
            "the row starts with the second-level label “质量指标” and has no first-level cell (a copy keeps a cell merged over rows in its first row only): it is read one column to the right, under the first level “产出指标” above",
            text(PRINTED.replace("一级指标\t二级指标\t三级指标\t指标值\n", "一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t服务点\t≥3个\n")
                .replace("产出指标\t数量指标\t服务老人人次", "质量指标\t服务老人人次"), "合并.tsv")),
        new Case("JX-X-0121", "read.declaration", Severity.INFO, "整体.tsv",
            "未填写项目名称：标题“市档案馆2024年度部门整体绩效目标表”表明这是部门或单位的整体绩效目标表，按其名称读作“市档案馆”",
            "no 项目名称: the title “市档案馆2024年度部门整体绩效目标表” says this is a department's or unit's targets as a whole, so it is named after it, “市档案馆”",
            text(PRINTED.replace("项目支出绩效目标表\n项目编码\t2024-001\n", "市档案馆2024年度部门整体绩效目标表\n部门(单位)名称\t市档案馆\n"), "整体.tsv")),
        new Case("JX-X-0122", "read.declaration", Severity.WARNING, "投入.tsv",
            "申报表的绩效指标按绩效评价指标（投入、过程、决策等）的框架填写（一级指标“投入指标”、“过程指标”），不是产出、效益、满意度指标：这些行作为未归位单元格保留，审核从中读不到指标；应按产出、效益、满意度指标填写",
            "the declaration's indicators follow an evaluation framework of input, process or decision indicators (first levels “投入指标”、“过程指标”), not output, benefit and satisfaction indicators: their rows are kept as stray cells and a review reads no indicator from them; they are to be declared as output, benefit and satisfaction indicators",
            text(PRINTED.replace("产出指标\t数量指标\t服务老人人次\t≥3000人次\n",
                "投入指标\t资金投入\t资金到位率\t100%\n\t\t预算支出进度\t≥90%\n过程指标\t业务管理\t项目资金专项核算\t专款专用\n"), "投入.tsv")),
        new Case("JX-X-0124", "read.declaration", Severity.INFO, "过程.tsv",
            "申报表在产出、效益、满意度指标之外另列有一级指标“过程管理指标”的指标（如中央预算内投资计划绩效目标表的过程管理指标）：这些行不属于产出、效益、满意度指标，作为未归位单元格保留，审核不核对其目标值",
            "besides its output, benefit and satisfaction indicators the declaration lists indicators under the first levels “过程管理指标” (such as the 过程管理指标 of a 中央预算内投资计划绩效目标表): they are none of those categories, so their rows are kept as stray cells and a review does not check their targets",
            text(PRINTED.replace("产出指标\t数量指标\t服务老人人次\t≥3000人次\n",
                "产出指标\t数量指标\t服务老人人次\t≥3000人次\n过程管理指标\t资金管理指标\t中央预算内投资支付率\t≥95%\n"), "过程.tsv")),
        new Case("JX-X-0125", "read.declaration", Severity.INFO, "区域.tsv",
            "区域目标值分列2个区域（新罗区、永定区）：审核按第一个区域“新罗区”的目标值，其余区域的目标值作为未归位单元格保留在各自的区域名下",
            "区域目标值 is printed for 2 regions (新罗区、永定区): a review reads the target of the first, “新罗区”, and the other regions' targets are kept as stray cells under their regions' names",
            text(PRINTED.replace("一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t服务老人人次\t≥3000人次\n",
                "一级指标\t二级指标\t三级指标\t区域目标值\n\t\t\t新罗区\t永定区\n产出指标\t数量指标\t服务老人人次\t≥3000人次\t≥2000人次\n"), "区域.tsv")),
        new Case("JX-X-0123", "read.declaration", Severity.INFO, "折行.tsv",
            "该行只有三级指标或指标解释的文字，且都在上一行指标有字的栏下，是该指标文字的折行（“人次”）：已接在其名称、指标解释之后，不另作指标",
            "the row holds only text of a 三级指标 or 指标解释, under texts the indicator above has: it carries on that indicator's texts (“人次”), which it is joined to, and is no indicator of its own",
            text(PRINTED.replace("产出指标\t数量指标\t服务老人人次\t≥3000人次\n", "产出指标\t数量指标\t服务老人\t≥3000人次\n\t\t人次\n"), "折行.tsv")),
        new Case("JX-X-0110", "read.xlsx", Severity.INFO, "'数'!A1",
            "工作表“数”没有公开表表头（序号、项目名称），不属于该表，已跳过",
            "sheet “数” has no disclosure-table header (序号, 项目名称): it is not part of the table and is skipped",
            table(figures)));
  }

  /** The case's diagnostic among those of its read: its code at its cell. */
  private static Finding found(Case c, Optional<Locale> locale) throws Exception {
    List<Finding> all = c.read().read(locale);
    List<Finding> at =
        all.stream()
            .filter(f -> f.code().equals(c.code()))
            .filter(f -> f.location().flatMap(l -> l.path()).orElse("").equals(c.path()))
            .toList();
    assertThat(at).as("%s at %s in %s among %s", c.code(), c.path(), locale, all).hasSize(1);
    return at.get(0);
  }

  @Test
  void eachDiagnosticHasItsCodeRuleSeverityAndCellAndIsChineseByDefault() throws Exception {
    Locale jvm = Locale.getDefault();
    try {
      // The builders' default is Chinese whatever the JVM's locale.
      Locale.setDefault(Locale.US);
      for (Case c : cases()) {
        Finding zh = found(c, Optional.empty());
        assertThat(zh.rule()).as(c.code()).isEqualTo(c.rule());
        assertThat(zh.severity()).as(c.code()).isEqualTo(c.severity());
        assertThat(zh.message()).as(c.code()).isEqualTo(c.zh());
        assertThat(found(c, Optional.of(Locale.SIMPLIFIED_CHINESE))).as(c.code()).isEqualTo(zh);
      }
    } finally {
      Locale.setDefault(jvm);
    }
  }

  @Test
  void eachDiagnosticIsEnglishOnRequestWithTheSameCodeCellAndArguments() throws Exception {
    for (Case c : cases()) {
      Finding zh = found(c, Optional.of(Locale.SIMPLIFIED_CHINESE));
      Finding en = found(c, Optional.of(Locale.ENGLISH));
      assertThat(en.message()).as(c.code()).isEqualTo(c.en());
      assertThat(en.rule()).as(c.code()).isEqualTo(zh.rule());
      assertThat(en.severity()).as(c.code()).isEqualTo(zh.severity());
      assertThat(en.location()).as(c.code()).isEqualTo(zh.location());
      // The same arguments, but for the phrases of parts, which are worded in the language.
      assertThat(en.args().keySet()).as(c.code()).isEqualTo(zh.args().keySet());
      zh.args().forEach((name, value) -> {
        if (!zh.args().containsKey(name + ".code")) {
          assertThat(en.args()).as(c.code()).containsEntry(name, value);
          // What the user wrote (a sheet, a label, a value, a formula …) is in either message.
          if (name.indexOf('.') < 0) {
            assertThat(zh.message()).as(c.code() + " " + name).contains(value);
            assertThat(en.message()).as(c.code() + " " + name).contains(value);
          }
        }
      });
      assertThat(found(c, Optional.of(Locale.UK)).message()).as(c.code()).isEqualTo(c.en());
    }
  }

  @Test
  void aDiagnosticKeepsWhatItWasWordedFromSoThatAConsumerCanWordItItself() throws Exception {
    Finding yesNo = found(cases().get(1), Optional.of(Locale.ENGLISH));
    assertThat(yesNo.args())
        .containsEntry("label", "是否新增项目：")
        .containsEntry("value", "也许")
        .containsEntry("problem.code", "JX-X-0150")
        .containsEntry("problem.value", "也许")
        .containsEntry("problem", "should be 是 or 否 (yes or no) but holds “也许”");
    Finding level2 = found(cases().get(7), Optional.empty());
    assertThat(level2.args())
        .containsEntry("level1", "效益")
        .containsEntry("level2", "奇怪指标")
        .containsEntry("indicator.code", "JX-X-0153")
        .containsEntry("outcome.code", "JX-X-0155")
        .containsEntry("outcome", "按一级指标“效益”读取，原文作为未归位单元格保留");
  }

  /** A strict read in a language, which throws at the first diagnostic that is not INFO. */
  private static JixiaoReadException strict(Locale locale, ThrowingCallable read) {
    JixiaoReadException e = catchThrowableOfType(read, JixiaoReadException.class);
    assertThat(e).as("strict read in %s", locale).isNotNull();
    return e;
  }

  /** The real workbooks write 产出 into every cell of A12:A15: nothing a person cannot see. */
  @Test
  void aMergedRegionOverItsOwnTextRepeatedHidesNothing() throws Exception {
    List<Finding> all = table(tableWithFigures()).read(Optional.empty());
    assertThat(all)
        .filteredOn(f -> f.code().equals("JX-X-0109"))
        .extracting(f -> f.location().flatMap(l -> l.path()).orElse(""))
        .containsExactly("'数'!E1");
  }

  @Test
  void strictModeThrowsTheFirstWarningInTheReadersLanguage() throws Exception {
    byte[] decl = faultyDeclaration();
    byte[] figures = tableWithFigures();
    for (Case c : List.of(cases().get(1), cases().get(3))) {
      for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        List<JixiaoReadException> thrown =
            c.code().equals("JX-X-0102")
                ? List.of(
                    strict(l, () -> DeclarationReader.builder().strict(true).locale(l).build().read(decl)),
                    strict(l, () -> WorkbookReader.builder().strict(true).locale(l).build().read(decl)))
                : List.of(
                    strict(l, () -> XlsxTableReader.builder().strict(true).locale(l).build().read(figures)),
                    strict(l, () -> WorkbookReader.builder().strict(true).locale(l).build().read(figures)));
        for (JixiaoReadException e : thrown) {
          assertThat(e.code()).as(c.code()).contains(c.code());
          assertThat(e.problem()).as(c.code()).isEqualTo(l == Locale.ENGLISH ? c.en() : c.zh());
          assertThat(e.path()).as(c.code()).contains(c.path());
          assertThat(e.getMessage()).as(c.code()).contains(c.path());
        }
      }
    }
  }

  @Test
  void everyDiagnosticAndPartInTheCatalogIsReached() throws Exception {
    Set<String> reached = new TreeSet<>();
    for (Case c : cases()) {
      for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        Finding f = found(c, Optional.of(l));
        reached.add(f.code());
        f.args().forEach((name, value) -> {
          if (name.endsWith(".code")) {
            reached.add(value);
          }
        });
      }
    }
    Set<String> diagnostics = new TreeSet<>(XlsxProblems.codes());
    diagnostics.removeIf(code -> !code.startsWith("JX-X-01"));
    assertThat(reached).isEqualTo(diagnostics);
  }
}

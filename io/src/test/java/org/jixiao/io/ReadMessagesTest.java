package org.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableReader;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;

/**
 * The readers' diagnostics have codes, Chinese messages by default and English ones on request,
 * from the io module's message files: every code in both languages, every placeholder filled by
 * the arguments the code is given, and a diagnostic read in one language and localised to the
 * other equal to the one read in the other.
 */
class ReadMessagesTest {
  private static final Pattern CODE_LITERAL = Pattern.compile("\"(JX-I-\\d{4})\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([\\w.]+)}");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

  private static final String HEAD = "序号\t项目名称\t项目年度预算金额\t执行率分值\t是否政府投资项目";

  /** Small tables, each made to raise one kind of diagnostic (or several). */
  private static final List<String> TABLES =
      List.of(
          rows(HEAD, "1\t甲\t十万元"),
          rows(HEAD, "1.5\t甲\t10"),
          rows(HEAD, "1\t甲\t10\t-1"),
          rows(HEAD, "1\t甲\t10\t5\t也许"),
          rows(HEAD, "3\t\t8"),
          rows(HEAD, "\t\t\t\t补充说明", "1\t甲\t10", "\t\t\t\t续行"),
          rows(HEAD, "1\t甲\t10", "合计\t\t10", "\t\t\t\t续行", "合计\t\t10"),
          rows("1\t甲\t10"),
          rows("标题一\t标题二", HEAD, "1\t甲\t10"),
          rows(
              "【元数据】\tk\tv1",
              "【元数据】\tk\tv2",
              "【注】\t说明\t多余",
              "【未归位单元格】\t3\t表头\t文字",
              "【未归位单元格】\tx",
              "【指标】\t产出指标\t数量指标",
              "【申报】\t项目编码\t1",
              HEAD,
              "1\t甲\t10",
              "【元数据】", // below the header: a marker without its key (above it, a lone cell is the title)
              "【指标】\t无此类别\t\t\t\t\t\t\t1\t1",
              "【指标】\t产出指标\t数量指标\t名称\t目标\t完成\t\t\t-1\t1",
              "【资金】\t无此资金\t1\t2\t3",
              "【申报】\t政策依据\t区委会议纪要",
              "【申报】\t政策依据\t另一份文件",
              "【申报】\t无此栏目\t文字",
              "【申报】\t是否新增项目\t也许",
              "【申报】\t项目总金额\t很多"),
          rows("序号\t项目名称\t项目名称", "1\t甲\t乙"),
          rows("序号\t项目名称\t项目年度预算金额（万元）", "1\t甲\t10万元", "2\t乙\t500元"),
          rows("单位：元", "序号\t项目名称\t项目年度预算金额（万元）", "1\t甲\t10"),
          rows(HEAD, "1\t甲\t10", "小计\t\t10", "填表人：张三\t\t审核人：李四"),
          rows("序号\t项目名称\t备注说明", "1\t甲\t见附件"),
          rows("序号\t项目名称\t😀\t备注栏", "1\t甲\t\t说明"),
          rows("序号\t项目名称\t得分\t等级\t状态", "1\t甲\t85.84\t良\t基本完成"),
          rows("序号\t项目名称\t产出目标\t\t项目执行中存在的问题", "\t\t数量指标\t\t质量指标", "1\t甲\t5人\t6人\t无"),
          rows("序号\t项目名称\t项目执行中存在的问题", "\t\t数量指标", "1\t甲\t无"),
          rows("序号\t项目名称\t年度指标内容\t完成情况\t合计\t小计", "1\t甲\t目标\t完成"),
          rows(HEAD, "1\t甲\t10\t\t\t多出来的"),
          // Realigned rows: quality and ecological words, a placeholder that does not close the
          // row, a cell split in two, and a row whose text has no slot at all.
          rows(
              "序号\t项目名称\t产出目标\t\t效益目标\t",
              "\t\t质量指标\t\t生态效益指标\t",
              "\t\t年度指标内容\t完成情况\t年度指标内容\t完成情况",
              "1\t甲\t\t验收合格率100%\t合格\t生态环境改善\t已完成"),
          rows(
              "序号\t项目名称\t项目年度预算金额\t年初绩效目标\t项目执行中存在的问题\t整改情况",
              "1\t甲\t5\t\t提高服务水平。\t无\t加强管理"),
          rows(
              "序号\t项目名称\t项目年度预算金额\t年初绩效目标\t绩效目标整体完成情况",
              "1\t甲\t5\t提高服务\t水平，保障运行\t已完成"),
          rows(HEAD, "1\t甲\t10\t\t\t多出来的\t又一个"),
          // headings wrapped over two header rows
          rows("序号\t项目名称\t项目年度预算\t预算支出", "\t\t金额\t执行率", "1\t甲\t10\t90"),
          // a line that wraps the project row above it (no 序号, no figure, text under its text)
          rows(
              "序号\t项目名称\t项目年度预算金额\t年初绩效目标",
              "1\t档案数字化\t5\t完成档案",
              "\t加工项目\t\t数字化1000卷"),
          // another layout read as a table: a single-project form, a target declaration
          rows(
              "项目支出绩效自评表",
              "项目名称\t档案数字化",
              "\t年初预算数\t全年执行数\t分值\t执行率\t得分",
              "年度资金总额\t10\t9\t10\t90%\t9",
              "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
              "产出指标\t数量指标\t档案数\t≥100卷\t120卷\t50\t50"),
          rows(
              "项目支出绩效目标申报表",
              "项目名称\t档案数字化\t项目编码\t44030001",
              "政策依据\t档案法\t测算依据\t按卷计价",
              "一级指标\t二级指标\t三级指标\t指标值\t指标解释",
              "产出指标\t数量指标\t档案数\t≥100卷\t按年计"),
          tooMany());

  @Test
  void bothLanguagesHaveEveryCodeAndNoOther() throws IOException {
    Set<String> zh = keys("messages.properties");
    Set<String> en = keys("messages_en.properties");
    assertThat(zh).isNotEmpty().allMatch(c -> c.matches("JX-I-0[1234]\\d\\d"));
    assertThat(en).isEqualTo(zh);
    assertThat(ReadMessages.codes()).isEqualTo(zh);
  }

  @Test
  void everyCodeTheSourceUsesHasAMessageAndEveryMessageIsUsed() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Matcher m = CODE_LITERAL.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isEqualTo(ReadMessages.codes());
  }

  @Test
  void everyTemplateIsFilledByTheArgumentsItsCodeIsGivenInBothLanguages() {
    Set<String> reached = new TreeSet<>();
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      for (Finding f : corpus(locale)) {
        assertThat(ReadMessages.codes()).as("code of %s", f).contains(f.code());
        assertThat(f.message()).as("%s", f).doesNotContain("{").doesNotContain("}");
        checkArgs(f.code(), f.args(), f.toString(), reached);
      }
    }
    reached.addAll(strictCodes(Locale.SIMPLIFIED_CHINESE));
    reached.addAll(stopped(Locale.SIMPLIFIED_CHINESE).keySet());
    reached.addAll(notTextParts());
    // The table reader's codes (JX-I-01xx, 04xx); the form reader's are FormMessagesTest's, but for the
    // one the table reader says as the form reader does (an amount converted exactly)
    assertThat(reached.remove("JX-I-0213")).isTrue();
    assertThat(reached)
        .isEqualTo(
            ReadMessages.codes().stream()
                .filter(c -> c.startsWith("JX-I-01") || c.startsWith("JX-I-04"))
                // JX-I-0128, text FastCSV cannot split into cells: since a quote that opens no
                // quoted cell is text (QuoteGuard, JX-I-0106), no input of ours reaches it; it
                // stays for a refusal of the tokeniser that the guard does not foresee
                .filter(c -> !c.equals("JX-I-0128"))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void chineseMessagesHoldNoEnglish() {
    for (Finding f : corpus(Locale.SIMPLIFIED_CHINESE)) {
      // 0138 quotes the model's own reason; 0141 names the charset (UTF-8) and U+FFFD.
      if (!f.code().equals("JX-I-0138") && !f.code().equals("JX-I-0141")) {
        assertThat(LATIN.matcher(f.message()).find()).as(f.message()).isFalse();
      }
    }
  }

  @Test
  void aDiagnosticReadInOneLanguageAndLocalisedEqualsTheOneReadInTheOther() {
    List<Finding> zh = corpus(Locale.SIMPLIFIED_CHINESE);
    List<Finding> en = corpus(Locale.ENGLISH);
    assertThat(en).hasSameSizeAs(zh);
    for (int i = 0; i < zh.size(); i++) {
      assertThat(ReadMessages.localise(zh.get(i), Locale.ENGLISH)).isEqualTo(en.get(i));
      assertThat(ReadMessages.localise(en.get(i), Locale.CHINESE)).isEqualTo(zh.get(i));
      assertThat(zh.get(i).rule()).isEqualTo(en.get(i).rule());
      assertThat(zh.get(i).code()).isEqualTo(en.get(i).code());
    }
  }

  @Test
  void theSampleReadsInChineseByDefaultAndInEnglishOnRequest() {
    List<Finding> zh = TableReader.builder().build().read(Seed.bytes()).diagnostics();
    List<Finding> en =
        TableReader.builder().locale(Locale.ENGLISH).build().read(Seed.bytes()).diagnostics();
    Finding totals = only(zh, "JX-I-0124");
    assertThat(totals.rule()).isEqualTo(ReadDiagnostics.TOTALS_REASSIGNED);
    assertThat(totals.message())
        .isEqualTo(
            "合计行在预算支出执行率下填写的38.76恰好等于合计减去各资金列之和；表头列有非财政拨款而数据中没有该列，"
                + "因此按非财政拨款读取，合计行视为未填写预算执行率");
    assertThat(totals.args())
        .containsEntry("value", "38.76")
        .containsEntry("header", "预算支出执行率")
        .containsEntry("fund", "非财政拨款");
    assertThat(only(en, "JX-I-0124").message())
        .isEqualTo(
            "the 合计 row has 38.76 under 预算支出执行率, which is exactly 合计 minus the fund columns;"
                + " the header names 非财政拨款 without a column for it, so it is read as 非财政拨款"
                + " and the row states no execution rate");
    Finding row6 = realigned(zh, 6);
    assertThat(row6.code()).isEqualTo("JX-I-0113");
    assertThat(row6.message())
        .isEqualTo(
            "第23行（序号 6）与表头不符：1个单元格超出表头的列（在第28列）；"
                + "第25列的满意度指标/服务对象满意度指标/完成情况没有对应的年度指标内容。"
                + "已按文字内容重新归位：第25列 → 满意度指标/服务对象满意度指标/年度指标内容（依据：满意度用语）；"
                + "第26列 → 满意度指标/服务对象满意度指标/完成情况（依据：满意度用语）；"
                + "第27列 → 项目执行中存在的问题（依据：行末的占位词）；"
                + "第28列 → 整改情况（依据：行末的占位词）");
    assertThat(row6.args())
        .containsEntry("row.code", "JX-I-0151")
        .containsEntry("row.seq", "6")
        .containsEntry("row.line", "23")
        .containsEntry("reasons.count", "2")
        .containsEntry("reasons.1.code", "JX-I-0155")
        .containsEntry("moves.count", "4")
        .containsEntry("moves.4.header", "整改情况")
        .containsEntry("moves.4.evidence.1.code", "JX-I-0171");
    assertThat(realigned(en, 6).message())
        .isEqualTo(
            "the row of 序号 6 (line 23) did not fit its header (1 cell outside the header's columns"
                + " (the first at column 28); 满意度指标/服务对象满意度指标/完成情况 without 年度指标内容"
                + " (column 25)) and was realigned by the evidence in its text: column 25 →"
                + " 满意度指标/服务对象满意度指标/年度指标内容 (satisfaction words); column 26 →"
                + " 满意度指标/服务对象满意度指标/完成情况 (satisfaction words); column 27 →"
                + " 项目执行中存在的问题 (a placeholder closing the row); column 28 → 整改情况"
                + " (a placeholder closing the row)");
    Finding header = zh.get(0);
    assertThat(header.code()).isEqualTo("JX-I-0101");
    assertThat(header.message())
        .startsWith("第11–13行的表头与其下各行的列没有对齐：质量指标应在第14列（第12行第13列）；")
        .endsWith("；另有17处。已按含义和顺序为每个标签确定所在的列，表头下的各行将检查文字是否错位");
    assertThat(en.get(0).message())
        .startsWith("the header block at lines 11–13 does not line up with the columns of its rows:"
            + " 质量指标 belongs at column 14 (line 12, column 13);")
        .contains("; and 17 more. The reader placed every label");
  }

  @Test
  void strictModeThrowsTheDiagnosticWordedInTheReadersLanguageWithItsCode() {
    JixiaoReadException zh =
        catchThrowableOfType(
            () -> TableReader.builder().strict(true).build().read(Seed.bytes()),
            JixiaoReadException.class);
    assertThat(zh.code()).contains("JX-I-0111");
    assertThat(zh.line()).hasValue(16);
    assertThat(zh.column()).hasValue(28);
    assertThat(zh.text()).hasValueSatisfying(t -> assertThat(t).contains("开展消防安全培训"));
    assertThat(zh.problem()).startsWith("第16行（序号 3）与表头不符：1个单元格超出表头的列（在第28列）；");
    assertThat(zh.getMessage()).startsWith("第16行第28列：第16行（序号 3）与表头不符：").contains("：“开展消防安全培训");
    JixiaoReadException en =
        catchThrowableOfType(
            () -> TableReader.builder().strict(true).locale(Locale.ENGLISH).build().read(Seed.bytes()),
            JixiaoReadException.class);
    assertThat(en.code()).contains("JX-I-0111");
    assertThat(en.getMessage())
        .startsWith(
            "line 16, column 28: the row of 序号 3 (line 16) does not fit its header: 1 cell outside");
  }

  @Test
  void problemsThatStopAReadAreWordedInTheReadersLanguageWithTheirCodes() {
    Map<String, JixiaoReadException> zh = stopped(Locale.SIMPLIFIED_CHINESE);
    Map<String, JixiaoReadException> en = stopped(Locale.ENGLISH);
    assertThat(en.keySet()).isEqualTo(zh.keySet());
    assertThat(zh.keySet())
        .containsExactlyInAnyOrder(
            "JX-I-0106", "JX-I-0107", "JX-I-0108", "JX-I-0140", "JX-I-0144", "JX-I-0145",
            "JX-I-0146", "JX-I-0147", "JX-I-0148", "JX-I-0149");
    for (JixiaoReadException e : zh.values()) {
      assertThat(e.getMessage()).doesNotContain("{").startsWith("第");
      // a cause, if any, is of a type the user can name: never one of io's internals
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        assertThat(t.getClass().getName()).as(e.getMessage()).doesNotContain(".internal.");
      }
      // 0140 names the charset; 0107 names kinds of file (PDF, Excel, .xlsx) as people call them
      if (!List.of("JX-I-0128", "JX-I-0140", "JX-I-0107").contains(e.code().orElseThrow())) {
        assertThat(LATIN.matcher(e.getMessage()).find()).as(e.getMessage()).isFalse();
      }
    }
    assertThat(message(zh, "JX-I-0108"))
        .isEqualTo("第1行：文本无法拆分为单元格：从第1行开始的一个单元格超过10个字符（单元格长度上限）；若该单元格以英文引号开头，可能是引号没有闭合");
    assertThat(message(zh, "JX-I-0144")).isEqualTo("第2行：行数超过上限（1行）");
    assertThat(message(en, "JX-I-0144")).isEqualTo("line 2: more rows than the limit of 1");
    assertThat(message(zh, "JX-I-0147"))
        .isEqualTo("第1行：文本无法拆分为单元格：从第1行开始的一行超过2个单元格（列数上限）");
    assertThat(message(en, "JX-I-0147"))
        .isEqualTo(
            "line 1: the text cannot be split into cells: the row starting at line 1 has more than"
                + " 2 cells, the limit of columns");
    assertThat(message(zh, "JX-I-0146")).isEqualTo("第1行第3列：单元格长度超过上限（5个字符）：“项目年度预算金额”");
    assertThat(message(zh, "JX-I-0140")).startsWith("第2行：字节偏移").endsWith("处的字节不是UTF-8编码的文字");
  }

  @Test
  void anyEnglishLocaleIsEnglishAndEveryOtherChinese() {
    String table = rows("1\t甲\t10");
    for (Locale english : List.of(Locale.ENGLISH, Locale.US, Locale.UK)) {
      assertThat(TableReader.builder().locale(english).build().read(table).diagnostics())
          .extracting(Finding::message)
          .contains(
              "no header row (序号, 项目名称 …) was found by the end of the input, so no row could be"
                  + " read as a project");
    }
    for (Locale other : List.of(Locale.CHINA, Locale.TAIWAN, Locale.FRENCH, Locale.ROOT)) {
      assertThat(TableReader.builder().locale(other).build().read(table).diagnostics())
          .extracting(Finding::message)
          .contains("直到输入结束也没有找到表头行（序号、项目名称……），没有任何一行能作为项目读取");
    }
  }

  @Test
  void aFindingThatIsNotTheReadersIsLeftAsItIs() {
    Finding mine =
        Finding.builder().rule("bureau").code("BUREAU-1").severity(Severity.INFO).message("本局自定义").build();
    assertThat(ReadMessages.localise(mine, Locale.ENGLISH)).isSameAs(mine);
    assertThat(ReadMessages.render("BUREAU-1", Map.of(), Locale.ENGLISH)).isEmpty();
  }

  @Test
  void theCountOfDroppedDiagnosticsIsWordedToo() {
    List<Finding> zh = TableReader.builder().build().read(tooMany()).diagnostics();
    Finding last = zh.get(zh.size() - 1);
    assertThat(last.rule()).isEqualTo(ReadDiagnostics.TOO_MANY_DIAGNOSTICS);
    assertThat(last.message()).isEqualTo("另有2条诊断未保留（最多保留10000条）");
    assertThat(ReadMessages.localise(last, Locale.ENGLISH).message())
        .isEqualTo("2 more diagnostics were not kept (at most 10000)");
  }

  // ------------------------------------------------------------------------------ helpers

  private static final Map<Locale, List<Finding>> CORPUS = new ConcurrentHashMap<>();

  /** Every lenient diagnostic of the test tables and the sample, in order (read once). */
  private static List<Finding> corpus(Locale locale) {
    return CORPUS.computeIfAbsent(locale, ReadMessagesTest::read);
  }

  private static List<Finding> read(Locale locale) {
    TableReader reader = TableReader.builder().locale(locale).build();
    List<Finding> out = new ArrayList<>();
    for (String table : TABLES) {
      out.addAll(reader.read(table).diagnostics());
    }
    out.addAll(reader.read(Seed.bytes()).diagnostics());
    out.addAll(
        TableReader.builder()
            .locale(locale)
            .charset(StandardCharsets.UTF_8)
            .build()
            .read(malformed())
            .diagnostics());
    return out;
  }

  /** A table with a byte that is not UTF-8 on its second line. */
  private static byte[] malformed() {
    byte[] head = (HEAD + "\n1\t甲\t").getBytes(StandardCharsets.UTF_8);
    byte[] malformed = new byte[head.length + 2];
    System.arraycopy(head, 0, malformed, 0, head.length);
    malformed[head.length] = (byte) 0xff;
    malformed[head.length + 1] = '\n';
    return malformed;
  }

  /** The codes of the exceptions strict mode throws for the test tables and the sample. */
  private static Set<String> strictCodes(Locale locale) {
    TableReader strict = TableReader.builder().strict(true).locale(locale).build();
    Set<String> codes = new TreeSet<>();
    List<String> tables = new ArrayList<>(TABLES);
    tables.add(Seed.text());
    for (String table : tables) {
      try {
        strict.read(table);
      } catch (JixiaoReadException e) {
        e.code().ifPresent(codes::add);
        assertThat(e.getMessage()).doesNotContain("{");
      }
    }
    return codes;
  }

  private static String message(Map<String, JixiaoReadException> thrown, String code) {
    JixiaoReadException e = thrown.get(code);
    assertThat(e).as(code).isNotNull();
    return String.valueOf(e == null ? null : e.getMessage());
  }

  /** The exceptions that stop a read (limits, text that is not cells, bad bytes), by code. */
  private static Map<String, JixiaoReadException> stopped(Locale locale) {
    Map<String, JixiaoReadException> out = new TreeMap<>();
    List<Runnable> reads =
        List.of(
            () -> reader(locale).maxRows(1).build().read(rows(HEAD, "1\t甲\t10")),
            () -> reader(locale).maxColumns(2).build().read(rows(HEAD)),
            () -> reader(locale).maxCellLength(5).build().read(rows("序号\t项目名称", "1\t甲乙丙丁戊己")),
            () -> reader(locale).maxCellLength(5).build().read(rows("序号\t项目名称", "1\t甲乙丙\t" + "12345\t".repeat(20))),
            () -> reader(locale).format(TableFormat.CSV).strict(true).build().read("序号,项目名称\n1,\"甲\"乙\n"),
            () -> reader(locale).charset(StandardCharsets.UTF_8).strict(true).build().read(malformed()),
            () -> grid(locale, true),
            () -> grid(locale, false),
            () -> reader(locale).build().read(org.jixiao.io.testing.NotTextFiles.pdf()),
            // a cell longer than FastCSV's buffer (32 cells' worth) fails in the tokeniser
            () -> reader(locale).maxCellLength(10).build().read("序号\t" + "长".repeat(10_000)));
    for (Runnable read : reads) {
      JixiaoReadException e = catchThrowableOfType(read::run, JixiaoReadException.class);
      assertThat(e).isNotNull();
      out.put(e.code().orElseThrow(), e);
    }
    return out;
  }

  /**
   * The parts of JX-I-0107 (what a file that is not text is) whose text the refusal of each kind
   * of file holds: the refusal keeps no arguments, so its parts are found in its message.
   */
  private static Set<String> notTextParts() {
    Set<String> out = new TreeSet<>();
    for (Map.Entry<String, byte[]> kind : org.jixiao.io.testing.NotTextFiles.byKind().entrySet()) {
      JixiaoReadException e =
          catchThrowableOfType(() -> reader(Locale.ENGLISH).build().read(kind.getValue()), JixiaoReadException.class);
      assertThat(e).as(kind.getKey()).isNotNull();
      String message = String.valueOf(e.getMessage());
      for (String code : ReadMessages.codes()) {
        String part = ReadMessages.catalog().render(code, Map.of("offset", "1"), Locale.ENGLISH).orElseThrow();
        if (code.compareTo("JX-I-0166") >= 0 && code.compareTo("JX-I-0170") <= 0 && message.contains(part)) {
          out.add(code);
        }
      }
    }
    return out;
  }

  /** Reads a grid (split by a reader without limits) with a reader whose limit it exceeds. */
  private static void grid(Locale locale, boolean columns) {
    CellGrid grid;
    try {
      grid =
          TableReader.builder()
              .build()
              .readGrid(
                  new StringReader(rows("序号\t项目名称\t项目年度预算金额", "1\t甲乙丙丁戊己\t10")), "t.tsv");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    TableReader.Builder tight = reader(locale);
    (columns ? tight.maxColumns(2) : tight.maxCellLength(5)).build().read(grid);
  }

  private static TableReader.Builder reader(Locale locale) {
    return TableReader.builder().locale(locale);
  }

  /** Checks that the arguments at one level fill the templates of {@code code}, and recurses. */
  private static void checkArgs(
      String code, Map<String, String> args, String where, Set<String> reached) {
    reached.add(code);
    Set<String> top = new TreeSet<>();
    for (String key : args.keySet()) {
      if (key.indexOf('.') < 0) {
        top.add(key);
      }
    }
    for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      String template = ReadMessages.catalog().render(code, Map.of(), locale).orElseThrow();
      Matcher m = PLACEHOLDER.matcher(template);
      while (m.find()) {
        assertThat(top).as("the arguments of %s in %s", code, where).contains(m.group(1));
      }
    }
    for (String key : top) {
      String part = args.get(key + ".code");
      String count = args.get(key + ".count");
      if (part != null) {
        checkArgs(part, under(args, key + "."), where, reached);
      } else if (count != null) {
        for (int i = 1; i <= Integer.parseInt(count); i++) {
          Map<String, String> sub = under(args, key + "." + i + ".");
          String partCode = sub.get("code");
          assertThat(partCode).as("the code of part %s.%s in %s", key, i, where).isNotNull();
          checkArgs(String.valueOf(partCode), sub, where, reached);
        }
      }
    }
  }

  private static Map<String, String> under(Map<String, String> args, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    args.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            out.put(k.substring(prefix.length()), v);
          }
        });
    return out;
  }

  @Test
  void aDiagnosticOfTheWholeReadHasNoLocationRatherThanAnEmptyOne() {
    List<Finding> read = corpus(Locale.SIMPLIFIED_CHINESE);
    assertThat(read).filteredOn(f -> f.code().equals("JX-I-0142")).isNotEmpty().allSatisfy(f -> assertThat(f.location()).isEmpty());
    assertThat(read)
        .allSatisfy(f -> f.location().ifPresent(l -> assertThat(org.jixiao.io.internal.table.DiagnosticSink.isBlank(l)).as("%s", f).isFalse()));
  }

  private static Finding only(List<Finding> findings, String code) {
    return findings.stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
  }

  private static Finding realigned(List<Finding> findings, int seq) {
    return findings.stream()
        .filter(f -> f.rule().equals(ReadDiagnostics.REALIGNED))
        .filter(f -> f.location().orElseThrow().seq().orElse(-1) == seq)
        .findFirst()
        .orElseThrow();
  }

  /** A table with two diagnostics more than the sink keeps. */
  private static String tooMany() {
    StringBuilder out = new StringBuilder("单位：元\n序号\t项目名称\t项目年度预算金额\n");
    for (int i = 1; i <= 10_002; i++) {
      out.append(i).append("\t甲\t十万元\n");
    }
    return out.toString();
  }

  private static String rows(String... rows) {
    return String.join("\n", rows) + "\n";
  }

  private static Set<String> keys(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ReadMessages.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }
}

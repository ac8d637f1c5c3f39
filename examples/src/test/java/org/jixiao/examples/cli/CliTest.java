package org.jixiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract (design.md): commands, formats, exit codes, one-line errors. */
class CliTest {

  /** What one run printed, and its exit code. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Path sample(Path dir) throws Exception {
    Path file = dir.resolve("longgang.tsv");
    try (InputStream in = CliTest.class.getResourceAsStream(Inputs.SAMPLE)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void evaluateWithoutAFileReportsTheBundledSample() {
    Run r = run("evaluate");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("2019年度深圳市龙岗区人力资源局").contains("调解业务工作").contains("汇总");
    // 序号 11–14 and 27–28 are not in the published document.
    assertThat(r.out()).contains("11–14, 27–28");
    assertThat(r.out()).contains("ERROR (错误)").contains("WARNING (警告)");
    // The summary is TableSummary's: every project counted, why two have no score, the lowest.
    assertThat(r.out()).contains("项目数: 32").contains("未评分: 1 个项目 — 已撤项 1");
    assertThat(r.out()).contains("得分最低:").contains("序号 2 雇员员、组织人事干部培训 65.89");
    // Every finding line carries its stable code.
    assertThat(r.out()).containsPattern("\\n  JX-R-\\d{4} ");
    assertThat(r.out()).doesNotContain("Summary").doesNotContain("the stated");
  }

  @Test
  void evaluateWithLangEnReportsInEnglishWithTheSameCodes() {
    Run r = run("evaluate", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Summary").contains("projects: 32").contains("no score: 1 project(s) — cancelled 1");
    assertThat(r.out()).contains("lowest:").contains("No. 2 雇员员、组织人事干部培训 65.89");
    assertThat(r.out()).containsPattern("\\n  JX-R-\\d{4} ");
    // The rules' findings follow the language too.
    assertThat(r.out()).doesNotContain("不给出总分");
    // severities by their English names alone: the Chinese label is for a Chinese reader
    assertThat(r.out()).contains("WARNING: ").doesNotContain("(警告)").doesNotContain("(错误)");
  }

  @Test
  void oneProjectIsCountedInTheSingularInEnglish(@TempDir Path dir) throws Exception {
    Path form = dir.resolve("one.tsv");
    Files.writeString(form, "项目支出绩效自评表\n(2021年度)\n项目名称\t测试项目\n"
        + "项目资金\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\t年度资金总额\t100\t100\t90\t10\t90%\t9\n"
        + "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因\n"
        + "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t90\t90\t\n");
    assertThat(run("evaluate", form.toString(), "--lang", "en").out()).contains(" · 1 project\n").doesNotContain("1 projects");
    assertThat(run("evaluate", form.toString()).out()).contains(" · 1 个项目\n");
  }

  @Test
  void everyCliTextIsWordedInBothLanguages() {
    for (String key : CliText.keys()) {
      assertThat(CliText.EN.get(key)).as(key).isNotEqualTo(CliText.ZH.get(key));
    }
  }

  @Test
  void anUnknownLanguageIsAnInputErrorInBothLanguages() {
    Run r = run("evaluate", "--lang", "fr");
    assertThat(r.code()).isEqualTo(2);
    // the language is unknown, so the message is given in both
    assertThat(r.err()).contains("JX-C-0104").contains("未知的语言").contains("unknown language 'fr'");
  }

  @Test
  void everyCommandWritesToOutputWhenAsked(@TempDir Path dir) throws Exception {
    Path tsv = sample(dir);
    for (String[] args :
        new String[][] {
          {"evaluate", tsv.toString()},
          {"evaluate", "--format", "json"},
          {"validate", tsv.toString()},
          {"convert", tsv.toString(), "--to", "csv"}
        }) {
      Path out = dir.resolve("out-" + args[0] + "-" + args.length + ".txt");
      String[] withOutput = java.util.Arrays.copyOf(args, args.length + 2);
      withOutput[args.length] = "--output";
      withOutput[args.length + 1] = out.toString();
      Run r = run(withOutput);
      assertThat(r.code()).as(String.join(" ", args)).isIn(0, 1);
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
      assertThat(Files.readString(out, StandardCharsets.UTF_8)).as(String.join(" ", args)).contains("序号");
    }
  }

  @Test
  void evaluateAsJsonPrintsTheEvaluationContract() throws Exception {
    Run r = run("evaluate", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("schema").asText()).isEqualTo("jixiao.evaluation/1");
    assertThat(doc.get("profile").asText()).isEqualTo("mof-2020");
    assertThat(doc.get("evaluations")).hasSize(32);
    JsonNode row10 = doc.get("evaluations").get(9);
    assertThat(row10.get("seq").asInt()).isEqualTo(10);
    assertThat(row10.get("project").asText()).isEqualTo("调解业务工作");
    assertThat(row10.get("unit").asText()).isEqualTo("龙岗区人力资源局(本级)");
    // Exact decimals, written from BigDecimal: 181.85 / 311.47 = 58.38 %, × 10 = 5.84.
    assertThat(row10.get("executionRate").decimalValue()).isEqualByComparingTo("58.38");
    assertThat(row10.get("executionScore").decimalValue()).isEqualByComparingTo("5.84");
    assertThat(r.out()).contains("\"executionRate\" : 58.38");
    for (JsonNode e : doc.get("evaluations")) {
      assertThat(e.has("score") && e.has("grade") && e.has("status") && e.has("indicators") && e.has("findings")).isTrue();
      assertThat(e.get("status").asText()).isIn("COMPLETED", "MOSTLY_COMPLETED", "PARTIALLY_COMPLETED", "NOT_COMPLETED", "CANCELLED", "UNDETERMINED");
    }
    assertThat(doc.get("findings").findValuesAsText("severity")).isNotEmpty().allMatch(s -> s.matches("INFO|WARNING|ERROR"));
    // The reader's diagnostics stand apart from the findings about the data, and a summary
    // counts the table: 18 realigned rows, 32 projects, each project once by status.
    assertThat(doc.get("readDiagnostics").findValuesAsText("rule")).filteredOn(rule -> rule.equals("read.realigned")).hasSize(18);
    assertThat(doc.get("findings").findValuesAsText("rule")).noneMatch(rule -> rule.startsWith("read."));
    JsonNode summary = doc.get("summary");
    assertThat(summary.get("projects").asInt()).isEqualTo(32);
    int byStatus = 0;
    for (JsonNode n : summary.get("byStatus")) {
      byStatus += n.asInt();
    }
    assertThat(byStatus).isEqualTo(32);
    assertThat(summary.get("totalBudget").decimalValue()).isEqualByComparingTo("43710.73");
    assertThat(row10.get("budget").decimalValue()).isEqualByComparingTo("311.47");
  }

  @Test
  void evaluateAsTsvAppendsScoreGradeAndStatusColumns() {
    Run r = run("evaluate", "--format", "tsv");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("得分").contains("等级").contains("状态").contains("调解业务工作");
  }

  @Test
  void anUnknownProfileIsAnInputError() {
    Run r = run("evaluate", "--profile", "nowhere-1999");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("nowhere-1999").contains("mof-2020").doesNotContain("Exception");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void theSichuanProfileIsAvailable() {
    Run r = run("evaluate", "--profile", "sichuan-2023", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"profile\" : \"sichuan-2023\"");
  }

  @Test
  void validateExitsOneAndNamesTheRowWhenAStatedRateIsWrong(@TempDir Path dir) throws Exception {
    Path file = sample(dir);
    // 序号 10 states 58.38; make it 68.38.
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\t58.38\t", "\t68.38\t");
    Files.writeString(file, text, StandardCharsets.UTF_8);

    Run r = run("validate", file.toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).containsPattern("ERROR JX-R-\\d{4} stated-rate \\[序号 10[^\\n]*68.38");
  }

  /** A finding's place is worded in the reader's language (it read "序号 3, line 16, column 19" in both). */
  @Test
  void aFindingsPlaceIsWordedInTheLanguageOfTheReport(@TempDir Path dir) throws Exception {
    Path file = sample(dir);
    Run zh = run("validate", file.toString());
    assertThat(zh.out()).contains("[序号 3，第16行第19列，").doesNotContain("line 16").doesNotContain("column 19");
    Run en = run("validate", file.toString(), "--lang", "en");
    assertThat(en.out()).contains("[No. 3, line 16, column 19, ").doesNotContain("序号 3，");
  }

  /** 亿元 is named as such in English (every unit but 万元 read "yuan (元)", 10⁸ times too small). */
  @Test
  void anEnglishReportNamesEachMoneyUnit(@TempDir Path dir) throws Exception {
    Path file = sample(dir);
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("单位：万元", "单位：亿元"), StandardCharsets.UTF_8);
    Run en = run("evaluate", file.toString(), "--lang", "en");
    assertThat(en.out()).contains("100M yuan (亿元)").doesNotContain("yuan (元)");
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("单位：亿元", "单位：元"), StandardCharsets.UTF_8);
    assertThat(run("evaluate", file.toString(), "--lang", "en").out()).contains(" yuan (元)").doesNotContain("亿元");
  }

  @Test
  void validateOfTheUnchangedSampleStillFindsTheRow17FundColumn(@TempDir Path dir) throws Exception {
    Run r = run("validate", sample(dir).toString());
    assertThat(r.out()).contains("fund-totals").contains("序号 17");
    assertThat(r.out()).containsPattern("\\d+ 条提示：错误 \\d+ 条，警告 \\d+ 条");
  }

  @Test
  void aTargetDeclarationInTextIsNotEvaluatedWhateverTheOutputFormat(@TempDir Path dir) throws Exception {
    // a declaration has targets and no actuals: evaluate refuses it, not streams it as an empty table
    Path tsv = dir.resolve("申报.tsv");
    Files.writeString(tsv,
        "二级项目支出绩效目标申报表\n项目编码：\t440306231391500000189\t\t项目名称：\t测试项目\n"
            + "申请单位：\t某局\t\t政策依据：\t某文件\n"
            + "一级指标\t二级指标\t三级指标\t目标值\t指标解释\n产出\t数量\t服务场次\t≥10场\t考核服务场次\n",
        StandardCharsets.UTF_8);
    for (String format : java.util.List.of("text", "json", "jsonl")) {
      Run r = run("evaluate", tsv.toString(), "--format", format);
      assertThat(r.code()).as(format).isEqualTo(2);
      assertThat(r.err()).as(format).contains("JX-C-0113");
    }
  }

  @Test
  void convertAndEvaluateSaySoWhenTheyReadNoProjectFromAText(@TempDir Path dir) throws Exception {
    // a text no layout is recognised in (the Ministry's sample captioned 附件 3 …自评表填写样例 above a
    // declaration): it was converted into an empty table with nothing said
    Path tsv = dir.resolve("样例.tsv");
    Files.writeString(tsv, "附件 3\n说明\t本表为填写样例\n", StandardCharsets.UTF_8);
    for (String to : java.util.List.of("json", "jsonl")) {
      Run r = run("convert", tsv.toString(), "--to", to);
      assertThat(r.code()).as(to).isZero();
      assertThat(r.err()).as(to).contains("JX-C-0205").contains("validate").contains("review");
    }
    Path table = sample(dir);
    assertThat(run("convert", table.toString(), "--to", "jsonl").err()).doesNotContain("JX-C-0205");
    // evaluate says the same, streamed or not
    for (String format : java.util.List.of("text", "json", "jsonl", "tsv")) {
      assertThat(run("evaluate", tsv.toString(), "--format", format).err()).as(format).contains("JX-C-0205");
    }
    assertThat(run("evaluate", table.toString()).err()).doesNotContain("JX-C-0205");
  }

  @Test
  void evaluateSaysTheReaderHadRemarksWhenItsOutputCannotCarryThem(@TempDir Path dir) throws Exception {
    // the sample's reader remarks on some cells: JSON Lines, TSV and CSV have no place for them
    for (String format : java.util.List.of("jsonl", "tsv", "csv")) {
      Run r = run("evaluate", "--format", format);
      assertThat(r.code()).as(format).isZero();
      assertThat(r.err()).as(format).contains("JX-C-0201").contains("validate");
    }
    Run fromFile = run("evaluate", sample(dir).toString(), "--format", "csv");
    assertThat(fromFile.err()).contains("JX-C-0201");
    // the JSON document and the text report carry them, so nothing more is said
    assertThat(run("evaluate", "--format", "json").err()).doesNotContain("JX-C-0201");
    assertThat(run("evaluate").err()).doesNotContain("JX-C-0201");
  }

  @Test
  void convertToJsonAndBackGivesTheSameTable(@TempDir Path dir) throws Exception {
    Path tsv = sample(dir);
    Run json = run("convert", tsv.toString(), "--to", "json");
    assertThat(json.code()).isZero();
    assertThat(json.err()).contains("JX-C-0201").contains("validate");
    Path jsonFile = dir.resolve("t.json");
    Files.writeString(jsonFile, json.out(), StandardCharsets.UTF_8);

    Run again = run("convert", jsonFile.toString(), "--to", "json");
    assertThat(again.code()).isZero();
    assertThat(again.out()).isEqualTo(json.out());
  }

  @Test
  void convertToCsvWritesTheCanonicalLayout(@TempDir Path dir) throws Exception {
    Run r = run("convert", sample(dir).toString(), "--to", "csv");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("序号,").contains("合计");
  }

  @Test
  void aMissingFileIsOneLineOnStderrWithExitCodeTwo() {
    Run r = run("validate", "/no/such/table.tsv");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("jixiao:").contains("/no/such/table.tsv");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void anUnknownExtensionIsAnInputError(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("table.pdf");
    Files.writeString(file, "x");
    Run r = run("evaluate", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("JX-C-0102").contains(".xlsx").contains(".tsv");
  }

  @Test
  void aTextFileNamedXlsxIsRefusedWithAClearMessage(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("table.xlsx");
    Files.writeString(file, "x");
    Run r = run("evaluate", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("xlsx").doesNotContain("Exception");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void strictModeRejectsTheShiftedSampleWithALocation(@TempDir Path dir) throws Exception {
    Path file = sample(dir);
    Run r = run("validate", file.toString(), "--strict");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).containsPattern("第\\d+行第\\d+列").contains("序号 3");
    assertThat(r.err().lines()).hasSize(1);
    Run en = run("validate", file.toString(), "--strict", "--lang", "en");
    assertThat(en.err()).containsPattern("line \\d+");
  }

  @Test
  void debugAddsTheStackTrace() {
    Run r = run("validate", "/no/such/table.tsv", "--debug");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().count()).isGreaterThan(1);
    assertThat(r.err()).contains("at org.jixiao");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run().code()).isEqualTo(2);
    assertThat(run("convert", "x.tsv").code()).isEqualTo(2);
    assertThat(run("evaluate", "--format", "xml").code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"evaluate", "validate", "convert", "review"}) {
      Run r = run(command, "--help");
      assertThat(r.code()).isZero();
      assertThat(r.out()).contains("Usage: jixiao " + command);
    }
  }
}

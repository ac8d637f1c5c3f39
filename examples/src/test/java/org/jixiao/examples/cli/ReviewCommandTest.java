package org.jixiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.examples.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.rules.review.ReviewCheckIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code review} on a real declaration workbook (宝安区松岗街道 2023, file b: 20 sheets): a verdict
 * and opinions per project, in Chinese, English, JSON and a workbook; exit 1 when one is returned.
 */
class ReviewCommandTest {

  static Path workbook(Path dir) throws Exception {
    Path file = dir.resolve("申报表.xlsx");
    try (InputStream in = ReviewCommandTest.class.getResourceAsStream("/org/jixiao/examples/baoan-songgang-2023-b.xlsx")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void theTextReportHasAVerdictForEveryProjectAndExitsOneWhenOneIsReturned(@TempDir Path dir) throws Exception {
    CliTest.Run r = run("review", workbook(dir).toString());
    assertThat(r.out()).contains("预算年度：2023（按申报表中出现最多的年份推定）");
    for (int i = 1; i <= 20; i++) {
      assertThat(r.out()).contains("[" + i + "/20] ");
    }
    assertThat(r.out()).contains("440306231391559800154 政府购买服务（应急服务类+防疫工作经费）");
    assertThat(r.out()).contains("汇总：通过").contains("问题：").contains("建议：");
    boolean returned = r.out().contains("— 退回");
    assertThat(r.code()).isEqualTo(returned ? 1 : 0);
    // every project of this workbook is filled in, each amount in 元 under the 万元 label
    assertThat(r.out()).contains("汇总：通过 0 个，修改后通过 20 个，退回 0 个");
    assertThat(r.code()).isZero();
  }

  /**
   * Sheet 3 (松涛社区): 241000 under the 万元 label, its basis adding up to 24.1万元. Read as 万元 it
   * looked like 24亿 with too few indicators; it is an amount in 元.
   */
  @Test
  void anAmountFilledInYuanIsSaidSoAndNotCountedAsWanYuan(@TempDir Path dir) throws Exception {
    CliTest.Run r = run("review", workbook(dir).toString());
    String third = r.out().substring(r.out().indexOf("[3/20] "), r.out().indexOf("[4/20] "));
    assertThat(third).contains("社区工作站管理经费（松涛社区）").contains("JX-V-0403").doesNotContain("JX-V-0402");
  }

  /** The text of 清涧县交通运输局's declaration (qjzhf.gov.cn, 2021), the Ministry's template as its PDF prints it. */
  private static final String QINGJIAN = "绩效目标申报表\n(2021年度)\n"
      + "项目名称\t2021年交通局寨山石坪、鲍家沟果园路\t\t项目负责人及联系电话\t刘志龙09125222043\n"
      + "主管部门\t清涧县交通运输局\t\t实施单位\t清涧县交通运输局\n"
      + "资金情况\t年度资金总额:\t500\n\t其中:财政拨款\t500\n总\t年度目标\n"
      + "\t1、改善基础实施建设,呼家河至鲍家沟果园路建设2公里、寨山石坪果园路2公里\n"
      + "绩\t一级指标\t二级指标\t三级指标\t指标值\n"
      + "\t产出指标\t数量指标\t寨山石坪村新建水泥路1条\t2km\n"
      + "\t\t质量指标\t项目(工程)验收合格率\t100%\n";

  /**
   * Two declarations of the Ministry's template one after another in a TSV, as a department's
   * PDF prints them (the text of 清涧县交通运输局's, qjzhf.gov.cn, 2021): each is reviewed, and the
   * year is the one printed under the title.
   */
  @Test
  void declarationsPrintedAsTextAreReviewedOneByOne(@TempDir Path dir) throws Exception {
    String one = QINGJIAN;
    Path tsv = dir.resolve("申报.tsv");
    Files.writeString(tsv, one + one.replace("寨山石坪、鲍家沟果园路", "呼家河果园路"), java.nio.charset.StandardCharsets.UTF_8);
    CliTest.Run r = run("review", tsv.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("预算年度：2021（文件载明）")
        .contains("[1/2] 2021年交通局寨山石坪、鲍家沟果园路 — ")
        .contains("[2/2] 2021年交通局呼家河果园路 — ");
    // evaluate has no actuals to score, and says what to run instead
    CliTest.Run evaluated = run("evaluate", tsv.toString());
    assertThat(evaluated.code()).isEqualTo(2);
    assertThat(evaluated.err()).contains("JX-C-0113").contains("review");
  }

  /** The text as a spreadsheet saves it as CSV: every cell quoted, commas between. */
  private static String csv(String tsv) {
    StringBuilder out = new StringBuilder();
    for (String line : tsv.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> cells = new java.util.ArrayList<>();
      for (String cell : line.split("\t", -1)) {
        cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString();
  }

  /**
   * A declaration saved as CSV under a .txt name, or tab-separated text named .csv, is reviewed as
   * the same text correctly named is (it was refused, JX-X-0219, while evaluate reads such files),
   * and the report says how it was split (JX-X-0119), as evaluate's does.
   */
  @Test
  void aDeclarationWhoseNameShowsTheOtherSeparatorIsReviewedSayingHowItWasSplit(@TempDir Path dir) throws Exception {
    Path tsv = Files.writeString(dir.resolve("申报.tsv"), QINGJIAN, java.nio.charset.StandardCharsets.UTF_8);
    CliTest.Run named = run("review", tsv.toString());
    String verdicts = named.out().substring(named.out().indexOf("[1/1]"));
    for (Path misnamed : List.of(
        Files.writeString(dir.resolve("申报CSV.txt"), csv(QINGJIAN), java.nio.charset.StandardCharsets.UTF_8),
        Files.writeString(dir.resolve("申报制表符.csv"), QINGJIAN, java.nio.charset.StandardCharsets.UTF_8))) {
      CliTest.Run r = run("review", misnamed.toString());
      assertThat(r.code()).as(misnamed.toString()).isEqualTo(named.code());
      assertThat(r.err()).as(misnamed.toString()).isEmpty();
      assertThat(r.out()).as(misnamed.toString()).contains(verdicts).contains("JX-X-0119");
      JsonNode doc = new ObjectMapper().readTree(run("review", misnamed.toString(), "--format", "json").out());
      assertThat(doc.get("readDiagnostics").get(0).get("code").asText()).isEqualTo("JX-X-0119");
    }
    assertThat(named.out()).doesNotContain("JX-X-0119");
  }

  /**
   * validate of declarations (蒙城县's 申报表 in a held-out audit got "no actual spending" and "no
   * score"): what it prints are the review's findings, never the evaluation's.
   */
  @Test
  void validateOfDeclarationsPrintsWhatTheirReviewFinds(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("申报.tsv");
    Files.writeString(tsv, QINGJIAN, java.nio.charset.StandardCharsets.UTF_8);
    CliTest.Run validated = run("validate", tsv.toString());
    CliTest.Run reviewed = run("review", tsv.toString());
    assertThat(validated.out()).doesNotContain("JX-R-0101").doesNotContain("JX-R-0106").contains("JX-V-0131"); // no 时效 row
    for (String code : List.of("JX-V-0131", "JX-V-0201")) {
      assertThat(validated.out().contains(code)).as(code).isEqualTo(reviewed.out().contains(code));
    }
  }

  @Test
  void evaluateOfADeclarationWorkbookSaysToReviewIt(@TempDir Path dir) throws Exception {
    CliTest.Run r = run("evaluate", workbook(dir).toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("JX-C-0113").contains("没有实际完成值");
  }

  @Test
  void theYearGivenIsUsedWhenTheDocumentStatesNone(@TempDir Path dir) throws Exception {
    CliTest.Run r = run("review", workbook(dir).toString(), "--year", "2024");
    assertThat(r.out()).contains("预算年度：2024（由 --year 指定）");
    // Dates of 2023 are stale against 2024.
    assertThat(r.out()).contains("JX-V-0502");
  }

  @Test
  void englishOnRequestWithTheSameCodes(@TempDir Path dir) throws Exception {
    Path file = workbook(dir);
    CliTest.Run zh = run("review", file.toString());
    CliTest.Run en = run("review", file.toString(), "--lang", "en");
    assertThat(en.out()).contains("Budget year: 2023").contains("Summary:").doesNotContain("问题：");
    assertThat(codes(en.out())).isEqualTo(codes(zh.out()));
  }

  @Test
  void theSummaryNamesEachCheckInTheUsersLanguageBesideItsId(@TempDir Path dir) throws Exception {
    Path file = workbook(dir);
    String zh = lastLine(run("review", file.toString()).out());
    String en = lastLine(run("review", file.toString(), "--lang", "en").out());
    assertThat(zh).startsWith("各审核项涉及的项目数：").contains("（" + ReviewCheckIds.FUND_MATCH + "）");
    assertThat(en).startsWith("Projects flagged per check:").contains(" (" + ReviewCheckIds.FUND_MATCH + ")");
    // every check named, in both languages: the same ids, each after its name
    assertThat(ids(zh, "（", "）")).isNotEmpty().isEqualTo(ids(en, " (", ")"));
    for (String id : ReviewCheckIds.ALL) {
      assertThat(CliText.ZH.check(id)).as(id).endsWith("（" + id + "）").doesNotStartWith("（");
      assertThat(CliText.EN.check(id)).as(id).endsWith(" (" + id + ")").doesNotStartWith(" (");
    }
    assertThat(CliText.ZH.check("bureau-rule")).isEqualTo("bureau-rule"); // a custom check keeps its id
  }

  private static String lastLine(String out) {
    String[] lines = out.strip().split("\n");
    return lines[lines.length - 1];
  }

  /** The ids between {@code open} and {@code close} in a summary line. */
  private static java.util.List<String> ids(String line, String open, String close) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int at = line.indexOf(open); at >= 0; at = line.indexOf(open, at + 1)) {
      out.add(line.substring(at + open.length(), line.indexOf(close, at + open.length())));
    }
    return out;
  }

  private static java.util.List<String> codes(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("JX-V-\\d{4}").matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  @Test
  void jsonHasOneReviewPerProject(@TempDir Path dir) throws Exception {
    CliTest.Run r = run("review", workbook(dir).toString(), "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("schema").asText()).isEqualTo("jixiao.review/1");
    assertThat(doc.get("reviews")).hasSize(20);
    assertThat(doc.get("reviews").get(0).get("code").asText()).isEqualTo("440306231391500000173");
    int sum = 0;
    for (JsonNode n : doc.get("summary")) {
      sum += n.asInt();
    }
    assertThat(sum).isEqualTo(20);
    assertThat(doc.get("readDiagnostics")).isEmpty(); // the reader had nothing to say of file B
  }

  /**
   * File A's first 项目编码 is a number that lost its last digits: the JSON says so beside the
   * code it writes, as the text report does, and an XLSX review says on stderr that there was
   * something to say.
   */
  @Test
  void whatTheReaderSaidIsInTheJsonAndCountedBesideAWorkbook(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.xlsx");
    try (InputStream in = ReviewCommandTest.class.getResourceAsStream("/org/jixiao/examples/baoan-songgang-2023-a.xlsx")) {
      Files.copy(in, a);
    }
    CliTest.Run r = run("review", a.toString(), "--format", "json");
    JsonNode doc = new ObjectMapper().readTree(r.out());
    List<org.jixiao.core.evaluation.Finding> said = org.jixiao.xlsx.DeclarationReader.builder().build().read(a).diagnostics();
    assertThat(said).extracting(f -> f.code()).contains("JX-X-0103");
    assertThat(doc.get("readDiagnostics")).hasSize(said.size());
    for (int i = 0; i < said.size(); i++) {
      JsonNode d = doc.get("readDiagnostics").get(i);
      assertThat(d.get("code").asText()).isEqualTo(said.get(i).code());
      assertThat(d.get("severity").asText()).isEqualTo(said.get(i).severity().name());
      assertThat(d.get("message").asText()).isEqualTo(said.get(i).message());
    }
    CliTest.Run xlsx = run("review", a.toString(), "--format", "xlsx", "--output", dir.resolve("review.xlsx").toString());
    assertThat(xlsx.err()).contains("JX-C-0201");
  }

  @Test
  void theReviewWorkbookHasARowPerProjectAndAColumnPerAspect(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("审核意见.xlsx");
    CliTest.Run r = run("review", workbook(dir).toString(), "--format", "xlsx", "--output", out.toString());
    assertThat(r.err()).isEmpty();
    try (Workbook wb = WorkbookFactory.create(out.toFile())) {
      Sheet s = wb.getSheetAt(0);
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("序号");
      assertThat(s.getRow(1).getCell(4).getStringCellValue()).isEqualTo("完整性");
      assertThat(s.getRow(1).getCell(9).getStringCellValue()).isEqualTo("审核人意见");
      assertThat(s.getLastRowNum()).isEqualTo(21);
      assertThat(s.getRow(2).getCell(1).getStringCellValue()).isEqualTo("440306231391500000173");
    }
  }

  @Test
  void xlsxWithoutOutputIsAnInputError(@TempDir Path dir) throws Exception {
    CliTest.Run r = run("review", workbook(dir).toString(), "--format", "xlsx");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--output");
  }

  @Test
  void aDisclosureTableInTextIsRefusedAsHoldingNoDeclaration(@TempDir Path dir) throws Exception {
    Path tsv = CliTest.sample(dir);
    CliTest.Run r = run("review", tsv.toString());
    assertThat(r.code()).isEqualTo(2);
    // the reason, not only "none": it is a disclosure table
    assertThat(r.err()).contains("JX-X-0220").contains("没有读到目标申报表").contains("部门预算项目绩效自评情况公开表");
    CliTest.Run en = run("review", tsv.toString(), "--lang", "en");
    assertThat(en.err()).contains("JX-X-0220").contains("no target declaration was read").contains("disclosure table");
  }

  @Test
  void aFileOfAnotherKindIsRefusedClearly(@TempDir Path dir) throws Exception {
    Path pdf = Files.writeString(dir.resolve("申报表.pdf"), "%PDF-1.4");
    CliTest.Run r = run("review", pdf.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("JX-C-0108").contains("文本（.tsv、.txt、.csv）");
    assertThat(run("review", pdf.toString(), "--lang", "en").err()).contains("JX-C-0108").contains("text (.tsv, .txt, .csv)");
  }

  /**
   * A declaration whose first two rows lost their 一级 and 二级 in a copy: the opinion that required
   * rows were not read points at the line of the first such row, in the report and in JSON.
   */
  @Test
  void anOpinionAboutARowSaysTheLineItIsPrintedOn(@TempDir Path dir) throws Exception {
    Path tsv = Files.writeString(dir.resolve("申报表.tsv"), String.join("\n",
        "项目支出绩效目标申报表",
        "项目名称\t农村公路养护",
        "年度目标\t完成农村公路养护120公里，路况良好",
        "一级指标\t二级指标\t三级指标\t指标值\t指标解释",
        "\t\t养护公路里程\t120公里\t全年养护的农村公路里程",
        "\t\t养护路段合格率\t≥95%\t抽检合格路段占比",
        "效益指标\t社会效益指标\t群众出行条件改善\t明显改善\t路况改善情况",
        "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%\t问卷调查",
        ""));

    assertThat(run("review", tsv.toString()).out()).containsPattern("JX-V-0139 问题：[^\\n]*“养护公路里程”[^\\n]* \\[第5行\\]");
    assertThat(run("review", tsv.toString(), "--lang", "en").out()).containsPattern("JX-V-0139 [^\\n]* \\[line 5\\]");
    JsonNode json = new ObjectMapper().readTree(run("review", tsv.toString(), "--format", "json").out());
    List<Long> lines = new java.util.ArrayList<>();
    for (JsonNode o : json.path("reviews").get(0).path("opinions")) {
      if (o.path("code").asText().equals("JX-V-0139")) {
        lines.add(o.path("line").asLong());
      }
    }
    assertThat(lines).containsExactly(5L);
  }
}

package org.jixiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.examples.cli.CliTest.run;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.table.TableReader;
import org.jixiao.xlsx.WorkbookReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on every layout and format: the layout is told by content, not by name. */
class CliLayoutsTest {
  /** A real published single-project form (SOURCES.md in the test resources). */
  static final String FORM = "standard-10pt_tianchang-shuihan-2022.tsv";

  static Path form(Path dir, String name) throws Exception {
    Path file = dir.resolve(name);
    try (InputStream in = CliLayoutsTest.class.getResourceAsStream("/forms/" + FORM)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void theSampleConvertsToXlsxAndBackToAnEqualTable(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("sample.xlsx");
    Path json = dir.resolve("sample.json");
    assertThat(run("convert", CliTest.sample(dir).toString(), "--to", "xlsx", "--output", xlsx.toString()).code()).isZero();
    assertThat(run("convert", xlsx.toString(), "--to", "json", "--output", json.toString()).code()).isZero();
    PerformanceTable direct;
    try (InputStream in = CliTest.class.getResourceAsStream(Inputs.SAMPLE)) {
      direct = TableReader.builder().build().read(in).value();
    }
    assertThat(JixiaoJson.defaults().readTable(json)).isEqualTo(direct);
  }

  @Test
  void theSampleSavedAsCsvUnderATxtNameEvaluatesAsTheSampleAndSaysHowItWasSplit(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("公开表.txt");
    try (InputStream in = CliTest.class.getResourceAsStream(Inputs.SAMPLE)) {
      // cell for cell, as a spreadsheet saves the extracted table as CSV
      try (de.siegmar.fastcsv.writer.CsvWriter out = de.siegmar.fastcsv.writer.CsvWriter.builder().build(csv)) {
        for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
          out.writeRecord(line.split("\t", -1));
        }
      }
    }
    CliTest.Run sample = run("evaluate", CliTest.sample(dir).toString());
    CliTest.Run misnamed = run("evaluate", csv.toString());
    assertThat(misnamed.code()).isEqualTo(sample.code());
    String summary = sample.out().substring(sample.out().indexOf("汇总"));
    assertThat(misnamed.out()).contains(summary).contains("JX-X-0119");
  }

  @Test
  void aPdfUnderATableNameIsRefusedSayingItIsAPdf(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("公开表.tsv");
    Files.write(pdf, "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    CliTest.Run r = run("evaluate", pdf.toString());
    assertThat(r.code()).isNotZero();
    assertThat(r.err()).contains("JX-I-0107").contains("PDF文档");
  }

  @Test
  void aTsvOfSingleProjectFormsIsReadAsFormsAndEvaluatedToItsPrintedScore(@TempDir Path dir) throws Exception {
    CliTest.Run r = run("evaluate", form(dir, "form.tsv").toString(), "--format", "json");
    assertThat(r.code()).isZero();
    var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(doc.get("evaluations")).hasSize(1);
    // The form prints 总分 100.
    assertThat(doc.get("evaluations").get(0).get("score").decimalValue()).isEqualByComparingTo(new BigDecimal("100"));
  }

  @Test
  void aFormThatPrintsOnlyTheAdjustedBudgetShowsItAsTheBudgetItsRateIsOf(@TempDir Path dir) throws Exception {
    // 2020年市级服务贸易发展资金 prints 全年预算数 285.84 and no 年初预算数: its rate is of that budget
    Path file = dir.resolve("form.tsv");
    try (InputStream in = CliLayoutsTest.class.getResourceAsStream("/forms/twenty-eighty_no-weight-column_shangwu-fuwumaoyi-2020.tsv")) {
      Files.copy(in, file);
    }
    String row = run("evaluate", file.toString()).out().lines().filter(l -> l.contains("服务贸易发展资金") && l.contains("100.00")).findFirst().orElseThrow();
    assertThat(row.strip().split("\\s+")).containsSubsequence("285.84", "285.84", "100.00");
  }

  @Test
  void aFormConvertedToXlsxStaysAFormAndEvaluatesToTheSameScore(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("form.xlsx");
    assertThat(run("convert", form(dir, "form.tsv").toString(), "--to", "xlsx", "--output", xlsx.toString()).code()).isZero();
    assertThat(WorkbookReader.builder().build().read(xlsx).layout()).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    CliTest.Run r = run("evaluate", xlsx.toString(), "--format", "json");
    assertThat(r.code()).isZero();
    var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(doc.get("evaluations").get(0).get("score").decimalValue()).isEqualByComparingTo(new BigDecimal("100"));
  }

  @Test
  void evaluateWritesTheEvaluatedFormAndTableAsWorkbooks(@TempDir Path dir) throws Exception {
    Path forms = dir.resolve("forms.xlsx");
    assertThat(run("evaluate", form(dir, "form.tsv").toString(), "--format", "xlsx", "--output", forms.toString()).code()).isZero();
    WorkbookReader.Read read = WorkbookReader.builder().build().read(forms);
    assertThat(read.layout()).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    // The written form prints the computed 总分.
    assertThat(read.result().value().projects().get(0).statedScore()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("100"));

    Path table = dir.resolve("table.xlsx");
    assertThat(run("evaluate", "--format", "xlsx", "--output", table.toString()).code()).isZero();
    WorkbookReader.Read back = WorkbookReader.builder().build().read(table);
    assertThat(back.layout()).isEqualTo(DocumentLayout.DISCLOSURE_TABLE);
    assertThat(back.result().value().projects()).hasSize(32);
  }

  @Test
  void binaryOutputIsNeverWrittenToTheTerminal(@TempDir Path dir) throws Exception {
    CliTest.Run r = run("convert", CliTest.sample(dir).toString(), "--to", "xlsx");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("JX-C-0105").contains("--output");
    assertThat(run("evaluate", "--format", "xlsx").err()).contains("JX-C-0105");
  }

  @Test
  void formsConvertToTsvAsFormsAndToJsonLinesAsProjects(@TempDir Path dir) throws Exception {
    Path tsv = form(dir, "form.tsv");
    CliTest.Run text = run("convert", tsv.toString(), "--to", "tsv");
    assertThat(text.code()).isZero();
    assertThat(text.out()).contains("项目支出绩效自评表").contains("年度总体目标");
    CliTest.Run lines = run("convert", tsv.toString(), "--to", "jsonl");
    assertThat(lines.out().strip().lines()).hasSize(1);
    assertThat(lines.out()).startsWith("{").contains("\"indicators\"");
  }

  @Test
  void evaluateStreamsJsonLinesOneEvaluationALine() {
    CliTest.Run r = run("evaluate", "--format", "jsonl");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip().lines()).hasSize(32).allMatch(l -> l.startsWith("{") && l.endsWith("}") && (l.contains("\"score\"") || l.contains("\"withheld\"")));
  }

  @Test
  void detailSummaryKeepsTheFiguresAndDropsTheTraces() throws Exception {
    CliTest.Run full = run("evaluate", "--format", "json");
    CliTest.Run summary = run("evaluate", "--format", "json", "--detail", "summary");
    assertThat(summary.code()).isZero();
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var f = mapper.readTree(full.out());
    var s = mapper.readTree(summary.out());
    assertThat(s.get("schema").asText()).isEqualTo("jixiao.evaluation-summary/1");
    for (int i = 0; i < 32; i++) {
      assertThat(s.get("evaluations").get(i).get("score")).isEqualTo(f.get("evaluations").get(i).get("score"));
      assertThat(s.get("evaluations").get(i).get("findings")).isEqualTo(f.get("evaluations").get(i).get("findings"));
    }
    assertThat(summary.out()).doesNotContain("executionTrace").doesNotContain("statusTrace").doesNotContain("\"figures\"");
    // The evaluations alone (the document also holds the reader's diagnostics and the summary).
    assertThat(s.get("evaluations").toString().length() * 10).isLessThan(f.get("evaluations").toString().length() * 7);
    assertThat(run("evaluate", "--detail", "some").err()).contains("JX-C-0114");
  }

  @Test
  void anyNumberOfThreadsGivesTheSameOutputInTheSameOrder() {
    String one = run("evaluate", "--format", "json", "--threads", "1").out();
    assertThat(run("evaluate", "--format", "json", "--threads", "3").out()).isEqualTo(one);
    assertThat(run("evaluate", "--threads", "4").out()).isEqualTo(run("evaluate", "--threads", "1").out());
    assertThat(run("evaluate", "--threads", "0").err()).contains("JX-C-0109");
  }
}

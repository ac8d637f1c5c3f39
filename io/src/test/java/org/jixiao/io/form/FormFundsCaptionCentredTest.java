package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A funds block's caption (项目资金 (万元), 项目预算 执行情况 (10分)) is a cell merged down the block; an
 * extractor that centres a merged cell's text (pdfplumber, a copy from a PDF viewer) prints it on a
 * middle row of the block, or on a line of its own between two rows, and leaves the header's cell
 * blank. Taken for that row's label, it lost the row's fund and every row under it (review 62c F1b:
 * 11 of 11 real forms). Now it is read as the caption wherever it falls, and said (INFO JX-I-0273).
 */
class FormFundsCaptionCentredTest {

  private static final String CENTRED = "JX-I-0273";

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.LANGFANG, Fixtures.TIANCHANG, Fixtures.LICHENG, Fixtures.ZHONGJIANG, Fixtures.HEXI,
      Fixtures.QINGSHEN, Fixtures.SHANGWU, Fixtures.CHANGNING, Fixtures.JINZHAI, Fixtures.LANGZHONG, Fixtures.TIANJIAAN,
      Fixtures.YONGDE, Fixtures.LINXIANG, Fixtures.TANGXI_WEITUO})
  void aCaptionOnAnyRowOfItsBlockReadsAsPublished(String fixture) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8);
    int header = captionedHeader(lines);
    assertThat(header).as("the fixture prints a funds caption on its header").isNotNegative();
    Project published = read(String.join("\n", lines), fixture);
    for (int row : blockRows(lines, header)) {
      List<String> moved = new ArrayList<>(lines);
      moved.set(header, withFirst(lines.get(header), ""));
      moved.set(row, withFirst(lines.get(row), first(lines.get(header))));
      ReadResult<PerformanceTable> copy = FormReader.builder().build().read(String.join("\n", moved), "centred-" + fixture);
      assertReadAsPublished(copy, published, "caption on line " + (row + 1));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.LANGFANG, Fixtures.TIANCHANG, Fixtures.LICHENG, Fixtures.JINZHAI, Fixtures.LANGZHONG, Fixtures.YONGDE})
  void aCaptionOnALineOfItsOwnBetweenTwoRowsReadsAsPublished(String fixture) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8);
    int header = captionedHeader(lines);
    List<Integer> block = blockRows(lines, header);
    assertThat(block).as("a block of two rows or more").hasSizeGreaterThan(1);
    List<String> moved = new ArrayList<>(lines);
    moved.set(header, withFirst(lines.get(header), ""));
    moved.add(block.get(0) + 1, first(lines.get(header))); // pdftotext -layout prints it between the rows
    ReadResult<PerformanceTable> copy = FormReader.builder().build().read(String.join("\n", moved), "own-line-" + fixture);
    assertReadAsPublished(copy, read(String.join("\n", lines), fixture), "caption on a line of its own");
  }

  @Test
  void aCaptionWrappedOverTwoMiddleRowsIsReadWithItsUnitAndPoints() {
    String form = "项目名称\t测试项目\n"
        + "\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t100\t100\t90\t\t90%\t9\n"
        + "项目预算执行情况\t其中:当年财政拨款\t100\t100\t90\t—\t90%\t—\n"
        + "(10分)\t上年结转资金\t\t\t\t—\t\t—\n"
        + "\t其他资金\t\t\t\t—\t\t—\n";
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(form, "wrapped-caption");
    Project p = r.value().projects().get(0);
    assertThat(p.statedExecutionWeight()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("10"));
    assertThat(p.funds()).hasSize(1);
    assertThat(p.funds().get(0).executed()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));
    assertThat(p.strayCells()).extracting(StrayCell::text).doesNotContain("项目预算执行情况", "(10分)");
    assertThat(r.diagnostics()).extracting(Finding::code).contains(CENTRED).doesNotContain("JX-I-0203");
  }

  @Test
  void aRemarkNamingTheBudgetUnderTheBlockIsNoCaption() {
    // a sentence with figures is a remark, however it begins: not read as the block's caption
    String form = "项目名称\t测试项目\n"
        + "\t\t全年预算数\t全年执行数\t执行率\n"
        + "\t年度资金总额\t100\t90\t90%\n"
        + "预算执行情况：全年执行90万元\t其中:财政拨款\t100\t90\t90%\n";
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(form, "remark");
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain(CENTRED);
  }

  @Test
  void aSecondCaptionUnderAHeaderThatPrintsItsOwnIsKept() {
    // the header names its caption: a caption-like cell under it is no centred copy, and is kept
    String form = "项目名称\t测试项目\n"
        + "项目资金 (万元)\t\t全年预算数\t全年执行数\t执行率\n"
        + "\t年度资金总额\t100\t90\t90%\n"
        + "资金使用情况\t其中:财政拨款\t100\t90\t90%\n";
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(form, "two-captions");
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain(CENTRED);
  }

  private static void assertReadAsPublished(ReadResult<PerformanceTable> copy, Project published, String what) {
    Project p = copy.value().projects().get(0);
    assertThat(p.budget()).as(what).isEqualTo(published.budget());
    assertThat(p.adjustedBudget()).as(what).isEqualTo(published.adjustedBudget());
    assertThat(p.actual()).as(what).isEqualTo(published.actual());
    assertThat(p.funds()).as(what).isEqualTo(published.funds());
    assertThat(p.statedExecutionRate()).as(what).isEqualTo(published.statedExecutionRate());
    assertThat(p.statedExecutionScore()).as(what).isEqualTo(published.statedExecutionScore());
    assertThat(p.statedExecutionWeight()).as(what).isEqualTo(published.statedExecutionWeight());
    assertThat(p.moneyUnit()).as(what).isEqualTo(published.moneyUnit());
    assertThat(p.indicators()).as(what).isEqualTo(published.indicators());
    // the caption is read as the caption, not kept as a stray cell or a row's label
    assertThat(p.strayCells()).as(what).extracting(StrayCell::text)
        .containsExactlyElementsOf(published.strayCells().stream().map(StrayCell::text).toList());
    assertThat(copy.diagnostics()).as(what).extracting(Finding::code).contains(CENTRED);
  }

  private static Project read(String text, String name) {
    return FormReader.builder().build().read(text, name).value().projects().get(0);
  }

  /** The funds header whose first cell is the caption (it names 执行数 and its first cell is not blank), or -1. */
  private static int captionedHeader(List<String> lines) {
    for (int r = 0; r < lines.size(); r++) {
      if (lines.get(r).contains("执行数") && !first(lines.get(r)).isBlank()) {
        return r;
      }
    }
    return -1;
  }

  /** The rows under the header whose first cell is blank, up to the first that is not or a blank line. */
  private static List<Integer> blockRows(List<String> lines, int header) {
    List<Integer> rows = new ArrayList<>();
    for (int k = header + 1; k < lines.size(); k++) {
      String line = lines.get(k);
      if (!first(line).isBlank() || line.isBlank() || line.strip().isEmpty()) {
        break;
      }
      rows.add(k);
    }
    return rows;
  }

  private static String first(String line) {
    int tab = line.indexOf('\t');
    return tab < 0 ? line : line.substring(0, tab);
  }

  private static String withFirst(String line, String cell) {
    int tab = line.indexOf('\t');
    return tab < 0 ? cell : cell + line.substring(tab);
  }
}

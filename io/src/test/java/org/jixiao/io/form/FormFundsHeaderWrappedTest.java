package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The funds block's headings wrap in their narrow columns, and PDF text gives each over two rows
 * (年初 / 预算数, 全年预算 / 数(A), 执行率( / B/A)). The upper row alone named no budget or no 执行数,
 * and the lower was read as the header: 年初预算数, the rate, the points and the score were lost, or
 * the whole form (review 62c: 10 of 15 real forms; 阆中 2021 read no project). The two rows are now
 * read as one header, with an INFO, and the form reads as published.
 */
class FormFundsHeaderWrappedTest {

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.LANGFANG, Fixtures.TIANCHANG, Fixtures.ZHONGJIANG, Fixtures.QINGSHEN, Fixtures.LICHENG,
      Fixtures.LANGZHONG, Fixtures.SHANGWU, Fixtures.CHANGNING, Fixtures.TIANJIAAN, Fixtures.JINZHAI, Fixtures.EZHOU_2019})
  void aFundsHeaderWrappedOverTwoRowsReadsAsPublished(String fixture) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8);
    List<String> wrapped = wrapFundsHeader(lines);
    assertThat(wrapped).as("the fixture has a funds header to wrap").hasSize(lines.size() + 1);

    ReadResult<PerformanceTable> published = FormReader.builder().build().read(String.join("\n", lines), fixture);
    ReadResult<PerformanceTable> copy = FormReader.builder().build().read(String.join("\n", wrapped), "wrapped-" + fixture);
    assertThat(copy.value().projects()).hasSameSizeAs(published.value().projects());
    Project p = published.value().projects().get(0);
    Project q = copy.value().projects().get(0);

    assertSameFunds(q, p);
    assertThat(q.indicators()).isEqualTo(p.indicators());
    assertThat(q.strayCells()).hasSameSizeAs(p.strayCells());
    assertThat(copy.diagnostics()).filteredOn(d -> d.code().equals("JX-I-0272")).singleElement()
        .satisfies(d -> assertThat(d.rule()).isEqualTo(FormDiagnostics.WRAPPED_HEADER));
    assertThat(copy.diagnostics().stream().map(Finding::code).filter(c -> !c.equals("JX-I-0272")).sorted().toList())
        .isEqualTo(published.diagnostics().stream().map(Finding::code).sorted().toList());
  }

  /**
   * Review 63i: a heading of one line (分值, 得分, the caption) centred in a header wrapped over two
   * lines comes out on the lower one, under a blank cell; or the caption's (万元) beside it.
   */
  @ParameterizedTest
  @ValueSource(strings = {Fixtures.LANGFANG, Fixtures.TIANCHANG, Fixtures.ZHONGJIANG, Fixtures.JINZHAI, Fixtures.EZHOU_2019})
  void headingsOfOneLineOnTheLowerLineReadAsPublished(String fixture) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8);
    List<String> wrapped = wrapFundsHeader(lines);
    int h = firstChanged(lines, wrapped);
    String[] upper = wrapped.get(h).split("\t", -1);
    String[] lower = wrapped.get(h + 1).split("\t", -1);
    for (int c = 0; c < Math.min(upper.length, lower.length); c++) {
      if (lower[c].isEmpty() && !upper[c].isEmpty()) { // a heading of one line, the caption among them
        lower[c] = upper[c];
        upper[c] = "";
      }
    }
    wrapped.set(h, String.join("\t", upper));
    wrapped.set(h + 1, String.join("\t", lower));

    Project p = FormReader.builder().build().read(String.join("\n", lines), fixture).value().projects().get(0);
    ReadResult<PerformanceTable> copy = FormReader.builder().build().read(String.join("\n", wrapped), "lower-" + fixture);
    Project q = copy.value().projects().get(0);
    assertSameFunds(q, p);
    assertThat(copy.diagnostics()).extracting(Finding::code).contains("JX-I-0272");
  }

  /**
   * Review 63i: the heading of the rows' labels (资金来源) printed on the lower line under a blank cell, as a
   * one-line heading centred in the two comes out: it was taken for a row of the block, and the header's
   * second line with it.
   */
  @ParameterizedTest
  @ValueSource(strings = {Fixtures.LANGFANG, Fixtures.TIANCHANG, Fixtures.JINZHAI, Fixtures.LICHENG})
  void theLabelsHeadingOnTheLowerLineReadsAsPublished(String fixture) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8);
    List<String> wrapped = wrapFundsHeader(lines);
    int h = firstChanged(lines, wrapped);
    String[] upper = wrapped.get(h).split("\t", -1);
    String[] lower = wrapped.get(h + 1).split("\t", -1);
    assertThat(upper[1]).as("the label column's heading is blank on the upper line").isEmpty();
    lower[1] = "资金来源";
    wrapped.set(h + 1, String.join("\t", lower));

    Project p = FormReader.builder().build().read(String.join("\n", lines), fixture).value().projects().get(0);
    ReadResult<PerformanceTable> copy = FormReader.builder().build().read(String.join("\n", wrapped), "source-" + fixture);
    Project q = copy.value().projects().get(0);
    assertSameFunds(q, p);
    assertThat(q.indicators()).isEqualTo(p.indicators());
    assertThat(copy.diagnostics()).extracting(Finding::code).contains("JX-I-0272");
  }

  /**
   * Review 63i: a narrow column's heading wraps over three lines (年 / 初 / 预算数, 执行 / 率(B / /A));
   * or a header of two lines comes out over three, as {@code pdftotext -layout} prints it: the halves
   * of the wrapped headings on the first and third, the headings of one line (the caption, 分值,
   * 得分), centred in the tall row, on a line of their own between them. Either way the lower lines
   * were read as no header's, and the budget, the rate and the score were lost.
   */
  @ParameterizedTest
  @ValueSource(strings = {Fixtures.LANGFANG, Fixtures.TIANCHANG, Fixtures.ZHONGJIANG, Fixtures.QINGSHEN, Fixtures.LICHENG,
      Fixtures.LANGZHONG, Fixtures.SHANGWU, Fixtures.CHANGNING, Fixtures.TIANJIAAN, Fixtures.JINZHAI, Fixtures.EZHOU_2019})
  void aFundsHeaderOverThreeLinesReadsAsPublished(String fixture) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8);
    ReadResult<PerformanceTable> published = FormReader.builder().build().read(String.join("\n", lines), fixture);
    Project p = published.value().projects().get(0);
    for (String way : List.of("thirds", "middle")) {
      List<String> wrapped = wrapFundsHeader(lines, way.equals("thirds") ? FormFundsHeaderWrappedTest::thirds : FormFundsHeaderWrappedTest::middleLine);
      assertThat(wrapped).as("the fixture has a funds header to wrap").hasSize(lines.size() + 2);
      ReadResult<PerformanceTable> copy = FormReader.builder().build().read(String.join("\n", wrapped), way + "-" + fixture);
      Project q = copy.value().projects().get(0);
      assertSameFunds(q, p);
      assertThat(q.indicators()).isEqualTo(p.indicators());
      assertThat(copy.diagnostics()).filteredOn(d -> d.code().equals("JX-I-0272")).singleElement()
          .satisfies(d -> assertThat(d.rule()).isEqualTo(FormDiagnostics.WRAPPED_HEADER));
      assertThat(copy.diagnostics().stream().map(Finding::code).filter(c -> !c.equals("JX-I-0272")).sorted().toList()).as(way)
          .isEqualTo(published.diagnostics().stream().map(Finding::code).sorted().toList());
    }
  }

  /** The first line of {@code wrapped} that is not the published form's: the wrapped header's first. */
  private static int firstChanged(List<String> lines, List<String> wrapped) {
    int h = 0;
    while (wrapped.get(h).equals(lines.get(h))) {
      h++;
    }
    return h;
  }

  /** Asserts the copy's funds block reads as the published form's: amounts, funds, stated execution, unit. */
  private static void assertSameFunds(Project copy, Project published) {
    assertThat(copy.budget()).isEqualTo(published.budget());
    assertThat(copy.adjustedBudget()).isEqualTo(published.adjustedBudget());
    assertThat(copy.actual()).isEqualTo(published.actual());
    assertThat(copy.funds()).isEqualTo(published.funds());
    assertThat(copy.statedExecutionRate()).isEqualTo(published.statedExecutionRate());
    assertThat(copy.statedExecutionWeight()).isEqualTo(published.statedExecutionWeight());
    assertThat(copy.statedExecutionScore()).isEqualTo(published.statedExecutionScore());
    assertThat(copy.moneyUnit()).isEqualTo(published.moneyUnit());
  }

  /** Each heading of four characters or more, right of the first cell, cut in the middle. */
  private static String[] halves(int c, String cell) {
    String s = cell.replace(" ", "");
    return c > 0 && s.length() >= 4 ? new String[] {s.substring(0, s.length() / 2), s.substring(s.length() / 2)} : new String[] {cell, ""};
  }

  /** Each heading right of the first cell in three pieces, those of three or four characters in two. */
  private static String[] thirds(int c, String cell) {
    String s = cell.replace(" ", "");
    int k = s.length() / 3;
    if (c > 0 && s.length() >= 5) {
      return new String[] {s.substring(0, k), s.substring(k, 2 * k), s.substring(2 * k)};
    }
    return c > 0 && s.length() >= 3 ? new String[] {s.substring(0, 2), s.substring(2), ""} : new String[] {cell, "", ""};
  }

  /** The halves of {@link #halves} on the first and third lines, a heading of one line on the second. */
  private static String[] middleLine(int c, String cell) {
    String[] h = halves(c, cell);
    return h[1].isEmpty() ? new String[] {"", cell, ""} : new String[] {h[0], "", h[1]};
  }

  private static List<String> wrapFundsHeader(List<String> lines) {
    return wrapFundsHeader(lines, FormFundsHeaderWrappedTest::halves);
  }

  /**
   * The lines with the funds header (the first line with a heading of 执行数 or 执行率 and one of 年初,
   * 全年, 调整后 or 预算数 …) printed over as many lines as {@code split} cuts each cell into, each
   * piece in its column.
   */
  private static List<String> wrapFundsHeader(List<String> lines, BiFunction<Integer, String, String[]> split) {
    for (int r = 0; r < lines.size(); r++) {
      String[] cells = lines.get(r).split("\t", -1);
      if (!List.of(cells).stream().anyMatch(c -> c.contains("执行数") || c.contains("执行率"))
          || !List.of(cells).stream().anyMatch(c -> c.startsWith("年初") || c.startsWith("全年") || c.startsWith("调整后") || c.startsWith("预算数"))) {
        continue;
      }
      List<List<String>> wrapped = new ArrayList<>();
      for (int c = 0; c < cells.length; c++) {
        String[] pieces = split.apply(c, cells[c]);
        for (int i = 0; i < pieces.length; i++) {
          if (wrapped.size() <= i) {
            wrapped.add(new ArrayList<>());
          }
          wrapped.get(i).add(pieces[i]);
        }
      }
      List<String> out = new ArrayList<>(lines.subList(0, r));
      wrapped.forEach(line -> out.add(String.join("\t", line)));
      out.addAll(lines.subList(r + 1, lines.size()));
      return out;
    }
    return lines;
  }
}

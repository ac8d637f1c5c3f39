package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A form's title (and the year line under it) printed in a merged, centred cell reaches a TSV
 * wherever the extractor put the merged cell's text: column 2 or 3, or alone in the last column.
 * The real published forms of {@code src/test/resources/forms} (sources in SOURCES.md there, e.g.
 * https://www.ahjinzhai.gov.cn/public/6624963/37545031.html, https://www.scqs.gov.cn/info/13206/211004.htm,
 * https://dyxrmt.cn/article-157795-21.html, http://www.lfsp.cn/newsinfo/1158053.html) must read
 * the same with their title moved so.
 */
class FormTitleColumnTest {
  private static final int LAST = -1;

  static Stream<Arguments> fixturesAndColumns() {
    List<Arguments> out = new ArrayList<>();
    for (String fixture : Fixtures.ALL) {
      if (fixture.equals(Fixtures.LANGZHONG)) {
        continue; // its title (…绩效目标自评, no 表) is no form's title: its lines are notes, kept in their columns
      }
      if (fixture.equals(Fixtures.LUHUO)) {
        continue; // its copy has lost its title: the year line above its first label is a note, kept in its columns
      }
      if (fixture.equals(Fixtures.DAYING_TUSHUGUAN)) {
        continue; // its copy begins at its indicator header: it has no title to move
      }
      for (int column : new int[] {2, 3, LAST}) {
        out.add(Arguments.of(fixture, column));
      }
    }
    return out.stream();
  }

  /** A lone cell naming a 自评表 or 自评结果 (a title) or only a year: (2022年度), 2019年度). */
  private static boolean centred(String[] cells) {
    int filled = 0;
    for (String c : cells) {
      filled += c.isEmpty() ? 0 : 1;
    }
    if (filled != 1 || cells[0].isEmpty()) {
      return false;
    }
    String t = cells[0].replace(" ", "");
    return t.contains("自评表") || t.contains("自評表") || t.contains("评价表") || t.endsWith("自评结果") || t.matches("[(（]?\\d{4}年度?[)）]?");
  }

  /** The text with each title and year line's cell moved to {@code column} (LAST: the row's last). */
  private static String moved(String text, int column) {
    StringBuilder out = new StringBuilder();
    int moves = 0;
    for (String line : text.split("\n", -1)) {
      String[] cells = line.split("\t", -1);
      if (centred(cells)) {
        int width = Math.max(cells.length, 4);
        int to = column == LAST ? width - 1 : column;
        String[] shifted = new String[Math.max(width, to + 1)];
        java.util.Arrays.fill(shifted, "");
        shifted[to] = cells[0];
        line = String.join("\t", shifted);
        moves++;
      }
      out.append(line).append('\n');
    }
    assertThat(moves).as("the fixture has a title to move").isPositive();
    return out.toString();
  }

  private static List<String> severities(ReadResult<?> r) {
    return r.diagnostics().stream().map(d -> d.severity() + " " + d.rule()).sorted().toList();
  }

  @ParameterizedTest(name = "{0}, title in column {1}")
  @MethodSource("fixturesAndColumns")
  void aFormWhoseTitleIsCentredAwayFromTheLabelColumnReadsAsWithTheTitleOnTheLeft(String fixture, int column)
      throws IOException {
    String text = Files.readString(Fixtures.path(fixture));
    FormReader reader = FormReader.builder().build();
    ReadResult<PerformanceTable> asPrinted = reader.read(text, fixture);
    ReadResult<PerformanceTable> centred = reader.read(moved(text, column), fixture);
    assertThat(centred.value().projects()).containsExactlyElementsOf(asPrinted.value().projects());
    assertThat(centred.value().title()).isEqualTo(asPrinted.value().title());
    assertThat(centred.value().fiscalYear()).isEqualTo(asPrinted.value().fiscalYear());
    assertThat(centred.value().notes()).isEqualTo(asPrinted.value().notes());
    assertThat(severities(centred)).as(centred.diagnostics().stream().map(Finding::message).toList().toString())
        .isEqualTo(severities(asPrinted));
  }
}

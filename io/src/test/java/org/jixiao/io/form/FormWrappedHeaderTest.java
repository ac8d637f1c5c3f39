package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * An indicator header wrapped over two rows, as PDF-to-text prints the standard form ({@code 年度} /
 * {@code 指标值}, {@code 实际} / {@code 完成值}, {@code 偏差原因分析} / {@code 及改进措施}): the targets were
 * stray cells, four indicators undetermined, and 指标值 read as a category. The real form is 棠溪 2022
 * 委托业务项目 (file 4 of SOURCES.md) with its header row wrapped so, and nothing else changed: it reads
 * as the form does with its header on one line.
 */
class FormWrappedHeaderTest {
  private static final String HEADER =
      "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施";

  private static String fixture() throws IOException {
    return Files.readString(Fixtures.path(Fixtures.TANGXI_WEITUO), StandardCharsets.UTF_8);
  }

  private static String wrapped(String upper, String lower) throws IOException {
    String form = fixture();
    assertThat(form).contains(HEADER);
    return form.replace(HEADER, upper + "\n" + lower);
  }

  private static List<String> indicators(ReadResult<PerformanceTable> r) {
    return r.value().projects().get(0).indicators().indicators().stream().map(Indicator::toString).toList();
  }

  @Test
  void theRealFormWithItsHeaderWrappedReadsAsWithItsHeaderOnOneLine() throws IOException {
    ReadResult<PerformanceTable> one = read(fixture());
    ReadResult<PerformanceTable> two = read(wrapped(
        "绩效指标\t一级指标\t二级指标\t三级指标\t年度\t实际\t分值\t得分\t偏差原因分析",
        "\t\t\t\t指标值\t完成值\t\t\t及改进措施"));
    Project p = two.value().projects().get(0);
    assertThat(indicators(two)).isEqualTo(indicators(one)).isNotEmpty();
    assertThat(p.indicators().indicators().get(0).target()).contains("≥50个");
    assertThat(p.strayCells()).isEqualTo(one.value().projects().get(0).strayCells());
    assertThat(two.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0235", "JX-I-0237");
    assertThat(two.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0253")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.rule()).isEqualTo(FormDiagnostics.WRAPPED_HEADER);
      assertThat(f.args()).containsEntry("headings", "年度指标值、实际完成值、偏差原因分析及改进措施");
    });
  }

  @Test
  void levelsWrappedToo() throws IOException {
    ReadResult<PerformanceTable> one = read(fixture());
    ReadResult<PerformanceTable> two = read(wrapped(
        "绩效指标\t一级\t二级\t三级\t年度指标\t实际完成\t分值\t得分\t偏差原因分析",
        "\t指标\t指标\t指标\t值\t值\t\t\t及改进措施"));
    assertThat(indicators(two)).isEqualTo(indicators(one));
  }

  @Test
  void aRowUnderTheHeaderHoldingAnIndicatorsDataIsNeverJoined() {
    String top = "项目支出绩效自评表\n项目名称\t测试项目\n";
    // an actual alone under 实际完成值, a name alone under 三级指标: data, not the rest of a heading
    for (String lower : List.of("\t\t\t\t\t已完成\t\t", "\t\t\t人数\t\t\t\t", "\t\t\t\t≥50个\t50个\t\t")) {
      ReadResult<PerformanceTable> r = read(top + HEADER + "\n" + lower + "\n");
      assertThat(r.diagnostics()).as(lower).extracting(Finding::code).doesNotContain("JX-I-0253");
      assertThat(r.value().projects().get(0).strayCells()).as(lower).isNotEmpty();
    }
    // a heading wrapped in a header that names no level is no indicator header
    ReadResult<PerformanceTable> noLevels = read(top + "指标\t年度\t实际\n\t指标值\t完成值\n");
    assertThat(noLevels.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0253");
  }

  /**
   * Review 62c: the 20/80 template's 年初目标 / 值(A) (its first line taken for the goal block's 年初目标:
   * every indicator lost) and Shandong's 预期指标 / 值(A) (every target lost), each beside headings
   * wrapped at any character (改进措施及 / 结果应用方案, 得分计 / 算方法).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {Fixtures.SHANGWU, Fixtures.CHANGNING, Fixtures.LICHENG})
  void aHeaderWrappedAtAnyCharacterReadsAsOnOneLine(String fixture) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8);
    List<String> wrapped = new java.util.ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split("\t", -1);
      if (!List.of(cells).stream().anyMatch(c -> c.replace(" ", "").equals("一级指标"))) {
        wrapped.add(line);
        continue;
      }
      StringBuilder upper = new StringBuilder();
      StringBuilder lower = new StringBuilder();
      for (int c = 0; c < cells.length; c++) {
        String h = cells[c].replace(" ", "");
        boolean cut = c > 0 && h.length() >= 4 && !h.startsWith("一级") && !h.startsWith("二级") && !h.startsWith("三级");
        upper.append(c > 0 ? "\t" : "").append(cut ? h.substring(0, h.length() / 2) : cells[c]);
        lower.append(c > 0 ? "\t" : "").append(cut ? h.substring(h.length() / 2) : "");
      }
      wrapped.add(upper.toString());
      wrapped.add(lower.toString());
    }
    assertThat(wrapped).hasSize(lines.size() + 1);

    ReadResult<PerformanceTable> one = read(String.join("\n", lines));
    ReadResult<PerformanceTable> two = read(String.join("\n", wrapped));
    assertThat(indicators(two)).isEqualTo(indicators(one)).isNotEmpty();
    assertThat(two.value().projects().get(0).goal()).isEqualTo(one.value().projects().get(0).goal());
    assertThat(two.value().projects().get(0).strayCells()).hasSameSizeAs(one.value().projects().get(0).strayCells());
    assertThat(two.diagnostics()).extracting(Finding::code).contains("JX-I-0253");
  }

  @Test
  void wordsUnderAHeadingJoinOnlyBesideALineThatMakesAHeading() {
    String top = "项目支出绩效自评表\n项目名称\t测试项目\n";
    String header = "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析";
    // words under 实际完成值 and 偏差原因分析, with nothing making a heading of a piece that names none:
    // an indicator's texts slid out of their row, not the header's second line
    ReadResult<PerformanceTable> r = read(top + header + "\n\t\t\t\t\t已完成\t\t\t无偏差\n");
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0253");
  }

  @Test
  void aCopyCutAtAWrappedHeaderIsToldAsOneCutAtItsHeader() {
    ReadResult<PerformanceTable> r = read("项目支出绩效自评表\n项目名称\t测试项目\n"
        + "绩效指标\t一级指标\t二级指标\t三级指标\t年度\t实际\n\t\t\t\t指标值\t完成值\n");
    assertThat(r.diagnostics()).extracting(Finding::code).contains("JX-I-0253", "JX-I-0247");
  }
}

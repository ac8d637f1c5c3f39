package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A form longer than a page prints its indicator header again at the top of the next page (Word's
 * repeated header row), and when the break falls inside a merged 一级 / 二级 group the first rows
 * under it print no level. The repeated header reset the levels, and every row up to the next 二级
 * label was dropped as a stray row (review 62c: 8 of 8 real forms; 长宁 lost 9 of 19 indicators).
 * Now the block goes on past the header, and the form reads as published.
 */
class FormHeaderRepeatedAtPageBreakTest {

  /**
   * @param above header lines above the 一级指标 line repeated with it
   * @param below header lines under it repeated with it (a header wrapped over two lines)
   */
  @ParameterizedTest(name = "{0} +{1}/{2}")
  @CsvSource({
    Fixtures.CHANGNING + ", 0, 0",
    Fixtures.JINZHAI + ", 0, 0",
    Fixtures.TIANCHANG + ", 0, 0",
    Fixtures.ZHONGJIANG + ", 0, 0",
    Fixtures.LANGFANG + ", 0, 0",
    // a header of two lines repeated whole, or by its 一级指标 line only
    Fixtures.YONGDE + ", 1, 0",
    Fixtures.YONGDE + ", 0, 0",
    Fixtures.EZHOU_2019 + ", 0, 1",
    Fixtures.EZHOU_2019 + ", 0, 0",
  })
  void aHeaderRepeatedInsideAGroupReadsAsPublished(String fixture, int above, int below) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8);
    List<String> broken = breakPage(lines, above, below);
    assertThat(broken).as("the fixture has a group to break").isNotEqualTo(lines);

    ReadResult<PerformanceTable> published = FormReader.builder().build().read(String.join("\n", lines), fixture);
    ReadResult<PerformanceTable> copy = FormReader.builder().build().read(String.join("\n", broken), "paged-" + fixture);
    Project p = published.value().projects().get(0);
    Project q = copy.value().projects().get(0);

    assertThat(q.indicators()).isEqualTo(p.indicators());
    assertThat(q.strayCells()).hasSameSizeAs(p.strayCells());
    assertThat(copy.diagnostics()).filteredOn(d -> d.rule().equals(FormDiagnostics.REPEATED_HEADER))
        .singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
    assertThat(copy.diagnostics()).filteredOn(d -> d.rule().equals(FormDiagnostics.UNKNOWN_CATEGORY))
        .hasSameSizeAs(published.diagnostics().stream().filter(d -> d.rule().equals(FormDiagnostics.UNKNOWN_CATEGORY)).toList());
  }

  /**
   * The repeated header as another page's extraction prints it, not as a copy: its caption cut
   * (年度绩效目标 → 年度) or printed where the first was blank, one glyph misread in a scan (分析 →
   * 分折, 完成值 → 完成植), or its last heading left blank (review 63i: 11 to 12 of 13 forms each
   * lost the rows under it).
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    Fixtures.CHANGNING + ", caption-cut",
    Fixtures.JINZHAI + ", caption-cut",
    Fixtures.LANGFANG + ", caption-cut",
    Fixtures.SUIXI + ", caption-printed",
    Fixtures.CHANGNING + ", glyph",
    Fixtures.LANGFANG + ", glyph",
    Fixtures.JINZHAI + ", glyph",
    Fixtures.CHANGNING + ", last-blank",
    Fixtures.JINZHAI + ", last-blank",
    Fixtures.TIANCHANG + ", last-blank",
  })
  void aHeaderRepeatedWithOnePieceOtherwiseReadsAsPublished(String fixture, String change) throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(fixture), StandardCharsets.UTF_8);
    UnaryOperator<String> again = switch (change) {
      case "caption-cut" -> line -> {
        String[] cells = line.split("\t", -1);
        assertThat(cells[0]).as("a caption to cut").hasSizeGreaterThan(2);
        cells[0] = cells[0].substring(0, 2);
        return String.join("\t", cells);
      };
      case "caption-printed" -> line -> {
        assertThat(line).as("no caption on the first header").startsWith("\t");
        return "绩效指标" + line;
      };
      case "glyph" -> line -> {
        String misread = line.contains("分析") ? line.replace("分析", "分折") : line.replace("完成值", "完成植");
        assertThat(misread).as("a heading to misread").isNotEqualTo(line);
        return misread;
      };
      default -> line -> {
        List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
        int last = cells.size() - 1;
        while (cells.get(last).isBlank()) {
          last--;
        }
        cells.set(last, "");
        return String.join("\t", cells);
      };
    };
    List<String> broken = breakPage(lines, 0, 0, again);
    assertThat(broken).as("the fixture has a group to break").isNotEqualTo(lines);

    ReadResult<PerformanceTable> published = FormReader.builder().build().read(String.join("\n", lines), fixture);
    ReadResult<PerformanceTable> copy = FormReader.builder().build().read(String.join("\n", broken), "paged-" + fixture);

    assertThat(copy.value().projects().get(0).indicators()).isEqualTo(published.value().projects().get(0).indicators());
    assertThat(copy.diagnostics()).filteredOn(d -> d.rule().equals(FormDiagnostics.REPEATED_HEADER)).hasSize(1);
  }

  @Test
  void aHeaderWithAnotherGroupsCaptionOrTwoHeadingsOtherwiseIsNoRepeat() throws IOException {
    // 年度绩效目标2 under 年度绩效目标1 heads another group; two headings changed make no copy
    String header = "年度绩效目标1\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t偏差原因分析\n";
    String body = "\t产出指标\t数量指标\t培训人数\t10\t10\t10\t\n" + "%s" + "\t\t\t宣传次数\t5\t5\t10\t\n";
    String other = header.replace("目标1", "目标2");
    String twoOff = header.replace("年度指标值", "年度指标植").replace("分析", "分折");
    for (String again : List.of(other, twoOff)) {
      ReadResult<PerformanceTable> r =
          FormReader.builder().build().read("项目名称\t某项目\n" + header + body.formatted(again), "another");
      assertThat(r.diagnostics()).as(again).noneMatch(d -> d.rule().equals(FormDiagnostics.REPEATED_HEADER));
    }
    ReadResult<PerformanceTable> same = FormReader.builder().build()
        .read("项目名称\t某项目\n" + header + body.formatted(header.replace("年度绩效目标1", "年度")), "same");
    assertThat(same.diagnostics()).filteredOn(d -> d.rule().equals(FormDiagnostics.REPEATED_HEADER)).hasSize(1);
    assertThat(same.value().projects().get(0).indicators().indicators()).extracting(i -> i.name().orElse(""))
        .containsExactly("培训人数", "宣传次数");
  }

  @Test
  void theMessageNamesTheLevelsCarriedPastTheBreak() throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(Fixtures.JINZHAI), StandardCharsets.UTF_8);
    ReadResult<PerformanceTable> copy = FormReader.builder().build().read(String.join("\n", breakPage(lines, 0, 0)), "paged");

    assertThat(copy.diagnostics()).filteredOn(d -> d.rule().equals(FormDiagnostics.REPEATED_HEADER))
        .singleElement().satisfies(d -> assertThat(d.message()).contains("产出指标 / 数量指标"));
  }

  @Test
  void aSecondTableWithTheSameHeaderStartingOverTakesNoLevelFromTheFirst() {
    // a second goal's table, its 产出指标 label a row lower in its merged cell: its first row is no
    // 满意度 indicator of the table above (review 63i: it was filed so, with no warning)
    String row = "\t\t\t%s\t10\t10\t10\n";
    String header = "年度绩效目标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\n";
    String form = "项目名称\t某项目\n" + header
        + "\t产出指标\t数量指标\t培训人数\t10\t10\t10\n"
        + "\t满意度指标\t服务对象满意度指标\t群众满意度\t90%\t95%\t10\n"
        + header + row.formatted("宣传次数")
        + "\t产出指标\t数量指标\t走访户数\t10\t10\t10\n";
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(form, "two-tables");

    assertThat(r.value().projects().get(0).indicators().indicators()).extracting(i -> i.name().orElse(""))
        .containsExactly("培训人数", "群众满意度", "走访户数");
    assertThat(r.diagnostics()).noneMatch(d -> d.rule().equals(FormDiagnostics.REPEATED_HEADER));
    assertThat(r.diagnostics()).filteredOn(d -> d.rule().equals(FormDiagnostics.UNKNOWN_CATEGORY))
        .singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));

    // the same, the first table ending in 产出 / 成本 and the second starting at 产出 / 数量 (金寨 2023)
    String sameLevel = "项目名称\t某项目\n" + header
        + "\t产出指标\t数量指标\t培训人数\t10\t10\t10\n"
        + "\t\t成本指标\t人均成本\t≤100元\t90元\t10\n"
        + header + row.formatted("宣传次数")
        + "\t产出指标\t数量指标\t走访户数\t10\t10\t10\n";
    ReadResult<PerformanceTable> same = FormReader.builder().build().read(sameLevel, "two-tables-same-level");
    assertThat(same.value().projects().get(0).indicators().indicators()).extracting(i -> i.name().orElse(""))
        .containsExactly("培训人数", "人均成本", "走访户数");
  }

  @Test
  void aSecondBlockWithOtherColumnsIsNoRepeat() {
    // a header naming a column the block above has not (分值 here) is another block, read as before
    String form = String.join("\n",
        "项目名称\t某项目",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值",
        "产出指标\t数量指标\t培训人数\t100人\t120人",
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值",
        "\t\t宣传次数\t5次\t5次\t10");
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(form, "two-blocks");

    assertThat(r.value().projects().get(0).indicators()).hasSize(1);
    assertThat(r.diagnostics()).noneMatch(d -> d.rule().equals(FormDiagnostics.REPEATED_HEADER));
    assertThat(r.diagnostics()).anyMatch(d -> d.rule().equals(FormDiagnostics.UNKNOWN_CATEGORY));
  }

  /**
   * The lines with the header (the 一级指标 line, {@code above} lines over it and {@code below} under
   * it) printed again before the first indicator line after the first whose 一级 and 二级 cells are
   * both blank, or else whose 一级 cell is: a page break inside a merged group.
   */
  private static List<String> breakPage(List<String> lines, int above, int below) {
    return breakPage(lines, above, below, UnaryOperator.identity());
  }

  /** The same, the 一级指标 line printed again as {@code again} gives it. */
  private static List<String> breakPage(List<String> lines, int above, int below, UnaryOperator<String> again) {
    int h = -1;
    for (int r = 0; r < lines.size() && h < 0; r++) {
      if (List.of(lines.get(r).split("\t", -1)).contains("一级指标")) {
        h = r;
      }
    }
    if (h < 0) {
      return lines;
    }
    List<String> header = List.of(lines.get(h).split("\t", -1));
    int c1 = header.indexOf("一级指标");
    int c2 = header.indexOf("二级指标");
    int at = insideGroup(lines, h + below + 2, c1, c2, true);
    if (at < 0) {
      at = insideGroup(lines, h + below + 2, c1, c2, false);
    }
    if (at < 0) {
      return lines;
    }
    List<String> out = new ArrayList<>(lines.subList(0, at));
    out.addAll(lines.subList(h - above, h));
    out.add(again.apply(lines.get(h)));
    out.addAll(lines.subList(h + 1, h + below + 1));
    out.addAll(lines.subList(at, lines.size()));
    return out;
  }

  private static int insideGroup(List<String> lines, int from, int c1, int c2, boolean both) {
    for (int r = from; r < lines.size(); r++) {
      String[] cells = lines.get(r).split("\t", -1);
      if (cells.length <= c2 + 1 || cells[c2 + 1].isBlank()) {
        continue;
      }
      if (cells[c1].isBlank() && (!both || cells[c2].isBlank())) {
        return r;
      }
    }
    return -1;
  }
}

package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Real forms (鄂州 2019, 廊坊 2019, 湖北科技学院 2021, 金寨 2023, 遂宁 2021, 丽江 2020; files of SOURCES.md) with
 * one figure cut by a narrow 年度指标值 / 实际完成值 column, as text copied out of a PDF prints it: the
 * first part on the indicator's line, the rest alone on the line below. Where one part cannot stand as
 * a figure (00人次, a unit alone, 43. or 2,0), the form reads as printed whole; where both can (≥9 /
 * 5%) and the column is wider than the first, the reader keeps them apart and says so; a line below
 * that is a value of its own (a 其中 row, ≥90%) stays apart.
 */
class FormCutFiguresTest {
  private static List<String> lines(String fixture) throws IOException {
    return new ArrayList<>(Files.readString(Fixtures.path(fixture), StandardCharsets.UTF_8).lines().toList());
  }

  /** Cuts the cell {@code figure} of the line naming {@code name} after {@code at} characters, the rest on a new line. */
  private static List<String> cut(List<String> form, String name, String figure, int at) {
    return below(form, name, figure, figure.substring(0, at), figure.substring(at));
  }

  /** Prints {@code head} for {@code figure} on the line naming {@code name} and {@code rest} under it, alone in its column. */
  private static List<String> below(List<String> form, String name, String figure, String head, String rest) {
    for (int i = 0; i < form.size(); i++) {
      String[] cells = form.get(i).split("\t", -1);
      if (Arrays.asList(cells).contains(name)) {
        int c = Arrays.asList(cells).indexOf(figure);
        String[] line = new String[cells.length];
        Arrays.fill(line, "");
        line[c] = rest;
        cells[c] = head;
        form.set(i, String.join("\t", cells));
        form.add(i + 1, String.join("\t", line));
        return form;
      }
    }
    throw new AssertionError("no line names " + name);
  }

  private static List<Indicator> indicators(ReadResult<PerformanceTable> read) {
    return read.value().projects().get(0).indicators().indicators();
  }

  private static Indicator named(ReadResult<PerformanceTable> read, String name) {
    return indicators(read).stream().filter(i -> i.name().orElse("").equals(name)).findFirst().orElseThrow();
  }

  private static List<Finding> coded(ReadResult<PerformanceTable> read, String code) {
    return read.diagnostics().stream().filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void aFigureCutBeforeItsZerosReadsWhole() throws IOException {
    List<String> form = lines(Fixtures.EZHOU_2019);
    ReadResult<PerformanceTable> printed = read(String.join("\n", form));

    ReadResult<PerformanceTable> read = read(String.join("\n", cut(form, "服务对象人数", "100人次", 1)));

    assertThat(indicators(read)).isEqualTo(indicators(printed));
    assertThat(named(read, "服务对象人数").target()).hasValue("100人次");
    assertThat(coded(read, "JX-I-0254")).singleElement()
        .satisfies(f -> assertThat(f.location().orElseThrow().text()).hasValue("00人次"));
    assertThat(coded(read, "JX-I-0276")).isEmpty();
  }

  @Test
  void aFigureCutAtItsPointOrInAThousandsGroupReadsWhole() throws IOException {
    List<String> langfang = lines(Fixtures.LANGFANG);
    ReadResult<PerformanceTable> printed = read(String.join("\n", langfang));
    ReadResult<PerformanceTable> point = read(String.join("\n", cut(langfang, "指标1工程资金金额", "43.2", 3)));
    assertThat(indicators(point)).isEqualTo(indicators(printed));

    List<String> jinzhai = lines(Fixtures.JINZHAI);
    ReadResult<PerformanceTable> group =
        read(String.join("\n", below(jinzhai, "指标3:完成农村户用卫生厕所改造数量", "≥2000", "≥2,0", "00")));
    assertThat(named(group, "指标3:完成农村户用卫生厕所改造数量").target()).hasValue("≥2,000");
    assertThat(indicators(group)).noneMatch(i -> i.name().isEmpty());
  }

  @Test
  void aUnitAloneCarriesOnItsFigureInAFormThatPrintsNoPoints() throws IOException {
    List<String> form = lines(Fixtures.HBUST);
    ReadResult<PerformanceTable> printed = read(String.join("\n", form));

    ReadResult<PerformanceTable> read = read(String.join("\n", cut(form, "受资助本专科困难学生覆盖率", "99%", 2)));

    assertThat(indicators(read)).isEqualTo(indicators(printed));
    assertThat(named(read, "受资助本专科困难学生覆盖率").target()).hasValue("99%");
  }

  @Test
  void twoWholeFiguresInAWiderColumnStayApartWithAWarning() throws IOException {
    List<String> form = lines(Fixtures.JINZHAI);
    String name = "指标2:户用卫生厕所改造验收通过率";

    ReadResult<PerformanceTable> read = read(String.join("\n", cut(form, name, "≥95%", 2)));

    assertThat(named(read, name).target()).hasValue("≥9");
    assertThat(indicators(read)).anyMatch(i -> i.name().isEmpty() && i.target().orElse("").equals("5%"));
    assertThat(coded(read, "JX-I-0276")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.rule()).isEqualTo(FormDiagnostics.CUT_FIGURE_UNSURE);
      assertThat(f.location().orElseThrow().text()).hasValue("5%");
      assertThat(f.message()).contains("“5%”", "“≥9”");
    });
  }

  @Test
  void aLineBelowThatIsAValueOfItsOwnStaysApart() throws IOException {
    List<String> jinzhai = lines(Fixtures.JINZHAI);
    String name = "指标2:建设美丽宜居自然村庄数量";
    ReadResult<PerformanceTable> bound = read(String.join("\n", below(jinzhai, name, "≥200", "≥200", "≥90%")));
    assertThat(named(bound, name).target()).hasValue("≥200");
    assertThat(coded(bound, "JX-I-0254")).isEmpty();

    String first = "指标1:开展精品示范村建设数量";
    ReadResult<PerformanceTable> filler = read(String.join("\n", below(lines(Fixtures.JINZHAI), first, "≤4", "≤4", "/")));
    assertThat(named(filler, first).target()).hasValue("≤4"); // a template's filler, not a unit as in 元/人

    List<String> suining = lines(Fixtures.SUINING);
    int row = indexOf(suining, "指标1.药品抽验品种");
    String[] cells = suining.get(row).split("\t", -1);
    String[] sub = new String[cells.length];
    Arrays.fill(sub, "");
    int name1 = Arrays.asList(cells).indexOf("指标1.药品抽验品种");
    int target = Arrays.asList(cells).indexOf("≥3");
    sub[name1] = "其中：本级";
    sub[target] = "20";
    suining.add(row + 1, String.join("\t", sub));
    ReadResult<PerformanceTable> subRow = read(String.join("\n", suining));
    assertThat(named(subRow, "指标1.药品抽验品种").target()).hasValue("≥3");

    List<String> lijiang = lines(Fixtures.LIJIANG);
    ReadResult<PerformanceTable> zero = read(String.join("\n", below(lijiang, "項(xiàng)目驗(yàn)收合格率", "100", "100", "0")));
    assertThat(named(zero, "項(xiàng)目驗(yàn)收合格率").target()).hasValue("100");
    assertThat(coded(zero, "JX-I-0276")).hasSize(1);
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line holds " + text);
  }
}

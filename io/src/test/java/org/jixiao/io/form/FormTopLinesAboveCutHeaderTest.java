package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.table.TableReader;
import org.junit.jupiter.api.Test;

/**
 * A copy cut above its indicator block may keep a line of its top, the field and its value in one
 * cell (项目名称：大英县图书馆免费开放), right over the header. That line is the form's: the project is
 * named by it, the indicators below are read as in any copy cut at its header, the layout is a form's,
 * and a WARNING says the funds block is not in the copy (JX-I-0266). Before, the file was refused as
 * no form (the layout unknown) and the line was a note. The inputs are real forms cut at their
 * indicator headers with their printed 项目名称 put on such a line (大英图书馆 2022 is a real copy cut
 * there; its name is from the stored page, review 46's case).
 */
class FormTopLinesAboveCutHeaderTest {
  private static DocumentLayout layout(String tsv) {
    return DocumentLayout.detect(TableReader.builder().build().readGrid(tsv, ""));
  }


  private static List<Finding> told(ReadResult<?> r) {
    return r.diagnostics().stream().filter(f -> f.code().equals("JX-I-0266")).toList();
  }

  @Test
  void aNameLineOverACutHeaderNamesTheForm() throws IOException {
    String cut = Files.readString(Fixtures.path(Fixtures.DAYING_TUSHUGUAN), StandardCharsets.UTF_8);
    Project plain = read(cut).value().projects().get(0);
    String tsv = "项目名称：大英县图书馆免费开放\n" + cut;

    ReadResult<PerformanceTable> r = read(tsv);

    assertThat(layout(tsv)).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    assertThat(r.value().projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("大英县图书馆免费开放");
      assertThat(p.budget()).isEmpty();
      assertThat(p.indicators()).isEqualTo(plain.indicators());
      assertThat(p.problems()).isEqualTo(plain.problems());
      assertThat(p.statedScore()).isEqualTo(plain.statedScore());
    });
    assertThat(r.value().notes()).isEmpty();
    assertThat(told(r)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).contains("项目名称：大英县图书馆免费开放").contains("项目资金");
      assertThat(f.location().orElseThrow().line()).hasValue(1L);
    });
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0257", "JX-I-0201", "JX-I-0206");
  }

  /**
   * The class, not one file: three real forms of other shapes, with their top kept as such lines (the
   * name alone, or the name and the unit). A line right over the header is not read as the header's
   * first line, which it was when the two joined made a heading (天长's 年度绩效指标完成情况).
   */
  @Test
  void realFormsCutBelowTheirTopLinesKeepTheirNamesAndIndicators() throws IOException {
    for (String fixture : List.of(Fixtures.LANGFANG, Fixtures.TIANCHANG, Fixtures.LINGLING_LINYE)) {
      Project whole = FormReader.builder().build().read(Fixtures.path(fixture)).value().projects().get(0);
      String name = "项目名称：" + whole.name() + "\n";
      for (String top : List.of(name, name + whole.unit().map(u -> "实施单位：" + u + "\n").orElse(""))) {
        String tsv = top + Fixtures.fromIndicatorHeader(fixture);

        ReadResult<PerformanceTable> r = read(tsv);

        assertThat(layout(tsv)).as(top).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
        assertThat(r.value().projects()).as(top).singleElement().satisfies(p -> {
          assertThat(p.name()).isEqualTo(whole.name());
          assertThat(p.unit()).isEqualTo(top.equals(name) ? Optional.empty() : whole.unit());
          assertThat(p.indicators().indicators()).extracting(i -> i.name().orElse(""))
              .isNotEmpty().isEqualTo(whole.indicators().indicators().stream().map(i -> i.name().orElse("")).toList());
          assertThat(p.statedScore()).isEqualTo(whole.statedScore());
          assertThat(p.budget()).isEmpty();
        });
        assertThat(told(r)).as(top).hasSize(1);
        assertThat(r.diagnostics()).as(top).extracting(Finding::code).doesNotContain("JX-I-0253", "JX-I-0203");
      }
    }
  }

  @Test
  void theWarningIsEnglishOnRequest() throws IOException {
    String tsv = "项目名称：大英县图书馆免费开放\n" + Files.readString(Fixtures.path(Fixtures.DAYING_TUSHUGUAN), StandardCharsets.UTF_8);
    ReadResult<PerformanceTable> r = FormReader.builder().locale(Locale.ENGLISH).build().read(tsv, "form.tsv");
    assertThat(told(r)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("begins at the line").contains("大英县图书馆免费开放"));
  }

  /**
   * Not a top line: a caption (金额单位：万元, 附表2：…) stays a caption over a copy named 未命名项目1; a
   * line of several cells, or a name line with no header under it, is no such copy.
   */
  @Test
  void onlyFieldLinesRightOverTheHeaderAreTheFormsTop() throws IOException {
    String cut = Files.readString(Fixtures.path(Fixtures.DAYING_TUSHUGUAN), StandardCharsets.UTF_8);
    ReadResult<PerformanceTable> caption = read("附表2：绩效指标完成情况\n" + cut);
    assertThat(caption.value().projects()).extracting(Project::name).containsExactly("未命名项目1");
    assertThat(told(caption)).isEmpty();

    ReadResult<PerformanceTable> cells = read("项目名称：甲\t乙\n" + cut);
    assertThat(told(cells)).isEmpty();
    assertThat(layout("项目名称：甲\t乙\n" + cut)).isEqualTo(DocumentLayout.UNKNOWN);

    ReadResult<PerformanceTable> far = read("项目名称：甲\n三、绩效指标完成情况\n" + cut);
    assertThat(told(far)).isEmpty();
    assertThat(far.value().projects()).extracting(Project::name).containsExactly("未命名项目1");
  }
}

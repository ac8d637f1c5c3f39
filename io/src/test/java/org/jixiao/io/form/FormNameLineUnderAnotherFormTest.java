package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A {@code 项目名称：…} line over a copy cut at its indicator header starts that copy and names it
 * wherever it stands, not only first in the file (review 49io C1). Under another form it was kept as a
 * stray of the form above, the copy below was 未命名项目N (JX-I-0257), and when the form above was still
 * in its indicators the two were joined: one project's indicators, problems and 总分 were scored as
 * another's. The inputs are real forms stacked as a page of copies: every fixture, whole, with 大英图书馆
 * 2022 (a real copy cut at its header) under its name line, as review 49io stacked them; and 天长 2022
 * cut at its header under its own name.
 */
class FormNameLineUnderAnotherFormTest {
  private static final String DAYING_NAME = "大英县图书馆免费开放";

  private static String text(String fixture) throws IOException {
    String s = Files.readString(Fixtures.path(fixture), StandardCharsets.UTF_8);
    return s.endsWith("\n") ? s : s + "\n";
  }


  private static List<String> names(Project p) {
    return p.indicators().indicators().stream().map(i -> i.name().orElse("")).toList();
  }

  private static List<Finding> told(ReadResult<?> r) {
    return r.diagnostics().stream().filter(f -> f.code().equals("JX-I-0266")).toList();
  }

  /**
   * The class: every fixture, whatever state its last form ends in (closed by 总分, cut inside its last
   * indicator row as 临翔 2023, at its indicator header as 田家庵 2024, with no 总分 as 安居 2021, or
   * itself a copy cut at its header), keeps its own projects as read alone, and the name line starts
   * a project of its own with 大英's indicators, problems and 总分.
   */
  @Test
  void underEveryFixtureTheNameLineStartsAndNamesTheCopyBelow() throws IOException {
    String daying = text(Fixtures.DAYING_TUSHUGUAN);
    Project plain = read(daying).value().projects().get(0);
    for (String fixture : Fixtures.ALL) {
      String above = text(fixture);
      List<Project> alone = read(above).value().projects();
      long nameLine = above.lines().count() + 1;

      ReadResult<PerformanceTable> r = read(above + "项目名称：" + DAYING_NAME + "\n" + daying);

      List<Project> projects = r.value().projects();
      assertThat(projects).as(fixture).hasSize(alone.size() + 1);
      for (int i = 0; i < alone.size(); i++) {
        Project a = alone.get(i);
        Project p = projects.get(i);
        assertThat(p.name()).as(fixture).isEqualTo(a.name());
        assertThat(names(p)).as(fixture).isEqualTo(names(a));
        assertThat(p.indicators().indicators()).as(fixture).extracting(Indicator::cutOff)
            .isEqualTo(a.indicators().indicators().stream().map(Indicator::cutOff).toList());
        assertThat(p.problems()).as(fixture).isEqualTo(a.problems());
        assertThat(p.statedScore()).as(fixture).isEqualTo(a.statedScore());
        assertThat(p.strayCells()).as(fixture).noneMatch(c -> c.text().contains(DAYING_NAME));
      }
      assertThat(projects.get(alone.size())).as(fixture).satisfies(p -> {
        assertThat(p.name()).isEqualTo(DAYING_NAME);
        assertThat(p.indicators()).isEqualTo(plain.indicators());
        assertThat(p.problems()).isEqualTo(plain.problems());
        assertThat(p.rectification()).isEqualTo(plain.rectification());
        assertThat(p.statedScore()).isEqualTo(plain.statedScore());
        assertThat(p.budget()).isEmpty();
      });
      assertThat(told(r)).as(fixture).last()
          .satisfies(f -> assertThat(f.location().orElseThrow().line()).hasValue(nameLine));
      assertThat(r.diagnostics()).as(fixture).filteredOn(f -> f.code().equals("JX-I-0257"))
          .noneMatch(f -> f.location().orElseThrow().line().orElse(0) > nameLine);
    }
  }

  /** The last indicator row of the form above, cut after its target, is told there, as at a file's end. */
  @Test
  void aFormStoppingInsideItsLastRowAboveTheLineIsToldThere() throws IOException {
    String above = text(Fixtures.LINXIANG);
    ReadResult<PerformanceTable> r = read(above + "项目名称：" + DAYING_NAME + "\n" + text(Fixtures.DAYING_TUSHUGUAN));

    assertThat(r.value().projects()).extracting(Project::name)
        .containsExactly(read(above).value().projects().get(0).name(), DAYING_NAME);
    assertThat(r.value().projects().get(0).indicators().indicators()).last().extracting(Indicator::cutOff).isEqualTo(true);
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0259")).singleElement()
        .satisfies(f -> assertThat(f.location().orElseThrow().line()).hasValue(above.lines().count()));
  }

  /** Two copies cut at their headers, each under its name line (天长 2022, then 大英 2022): each named by its own. */
  @Test
  void twoCutCopiesEachTakeTheirOwnName() throws IOException {
    Project tianchang = FormReader.builder().build().read(Fixtures.path(Fixtures.TIANCHANG)).value().projects().get(0);
    String first = "项目名称：" + tianchang.name() + "\n" + Fixtures.fromIndicatorHeader(Fixtures.TIANCHANG);
    Project alone = read(first).value().projects().get(0);
    String tsv = first + "项目名称：" + DAYING_NAME + "\n" + text(Fixtures.DAYING_TUSHUGUAN);

    ReadResult<PerformanceTable> r = read(tsv);

    assertThat(r.value().projects()).extracting(Project::name).containsExactly(tianchang.name(), DAYING_NAME);
    assertThat(names(r.value().projects().get(0))).isEqualTo(names(tianchang));
    assertThat(r.value().projects().get(0).strayCells()).isEqualTo(alone.strayCells());
    assertThat(told(r)).hasSize(2);
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0257", "JX-I-0202");
  }

  /**
   * The lines need not start with the name (实施单位：… above 项目名称：…): they start the copy, and the
   * WARNING quotes the line the name was read from, not the first line (review 49io C2), first in the
   * file or under another form, in Chinese and in English.
   */
  @Test
  void theWarningQuotesTheLineTheNameCameFrom() throws IOException {
    String top = "实施单位：天长市水利局\n项目名称：水旱灾害防御经费\n" + Fixtures.fromIndicatorHeader(Fixtures.TIANCHANG);
    for (String tsv : List.of(top, text(Fixtures.LINXIANG) + top)) {
      ReadResult<PerformanceTable> r = read(tsv);
      Project p = r.value().projects().get(r.value().projects().size() - 1);
      assertThat(p.name()).isEqualTo("水旱灾害防御经费");
      assertThat(p.unit()).hasValue("天长市水利局");
      assertThat(told(r)).singleElement().satisfies(f -> assertThat(f.message())
          .contains("副本从自评表上部的“实施单位：天长市水利局”一行开始")
          .contains("项目按“项目名称：水旱灾害防御经费”一行读作“水旱灾害防御经费”")
          .doesNotContain("该行"));

      ReadResult<PerformanceTable> en = FormReader.builder().locale(Locale.ENGLISH).build().read(tsv, "form.tsv");
      assertThat(told(en)).singleElement().satisfies(f -> assertThat(f.message())
          .contains("begins at the line “实施单位：天长市水利局”")
          .contains("read as “水旱灾害防御经费” from the line “项目名称：水旱灾害防御经费”")
          .doesNotContain("from that line"));
    }
  }

  /**
   * Not split: 天长 2022 carried over a page inside its indicators, its name line and indicator header
   * repeated as a page heading, is one form with every indicator, as when the header alone repeats; the
   * repeated line is kept (a stray of the form). A second copy of a project follows its 总分.
   */
  @Test
  void aFormsNameRepeatedOverItsRepeatedHeaderIsTheSameForm() throws IOException {
    List<String> lines = Files.readAllLines(Fixtures.path(Fixtures.TIANCHANG), StandardCharsets.UTF_8);
    int header = 0;
    while (!lines.get(header).contains("二级指标")) {
      header++;
    }
    int split = 0;
    while (!lines.get(split).contains("经济效益指标")) {
      split++; // an indicator row with its figures, so the repeated header opens a copy
    }
    Project whole = read(text(Fixtures.TIANCHANG)).value().projects().get(0);
    String tsv = String.join("\n", lines.subList(0, split)) + "\n项目名称：" + whole.name() + "\n" + lines.get(header) + "\n"
        + String.join("\n", lines.subList(split, lines.size())) + "\n";

    ReadResult<PerformanceTable> r = read(tsv);

    assertThat(r.value().projects()).singleElement().satisfies(p -> {
      assertThat(names(p)).isEqualTo(names(whole));
      assertThat(p.statedScore()).isEqualTo(whole.statedScore());
      assertThat(p.strayCells()).anyMatch(c -> c.text().equals(whole.name()));
    });
    assertThat(told(r)).isEmpty();
  }

  /**
   * Not split: a form's own 项目名称 line under its title, right over its indicator header (a form
   * printed with no funds block), is that form's name; and lines that name no project (实施单位：…
   * alone) under a form start nothing, as before.
   */
  @Test
  void aFormsOwnNameLineAndLinesNamingNoProjectStartNothing() throws IOException {
    String own = "项目支出绩效自评表\n项目名称：" + DAYING_NAME + "\n" + text(Fixtures.DAYING_TUSHUGUAN);
    ReadResult<PerformanceTable> r = read(own);
    assertThat(r.value().projects()).extracting(Project::name).containsExactly(DAYING_NAME);
    assertThat(told(r)).isEmpty();

    String unitOnly = text(Fixtures.TIANCHANG) + "实施单位：大英县文化体育和旅游局\n" + text(Fixtures.DAYING_TUSHUGUAN);
    ReadResult<PerformanceTable> u = read(unitOnly);
    assertThat(told(u)).isEmpty();
    assertThat(u.value().projects()).hasSize(2);
  }
}

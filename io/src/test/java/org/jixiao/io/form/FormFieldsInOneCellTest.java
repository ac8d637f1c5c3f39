package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A printed line of the form's top fields, as PDF or Word text gives it, may come as one cell, the
 * fields set apart by spaces (the stored text of 棠溪 2022's 委托业务项目 form runs its whole top into
 * one line, {@code 项目名称 委托业务项目 主管部门 219-池州市… 实施单位 219001-…}, SOURCES.md 3–4; review
 * 49io's D2 put 天长 2022's two fields in one cell). Each field is read on its own: the project's
 * name is its name only, the 实施单位 is the unit, a sign-off is kept under its label, and an INFO
 * (JX-I-0268) quotes the cell. Before, the name took the rest of the cell and the unit was empty.
 * The inputs are real forms with their printed top fields joined into such a cell.
 */
class FormFieldsInOneCellTest {
  private static final String CELL = "项目名称：水旱灾害防御经费    实施单位：天长市水利局";

  private static String tianchang() throws IOException {
    return Files.readString(Fixtures.path(Fixtures.TIANCHANG), StandardCharsets.UTF_8);
  }

  /** 天长 2022 with its 项目名称 row and its 主管部门 / 实施单位 row printed as one cell. */
  private static String tianchangWithTop(String cell) throws IOException {
    StringBuilder out = new StringBuilder();
    for (String line : tianchang().split("\n", -1)) {
      if (line.startsWith("项目名称\t")) {
        out.append(cell).append('\n');
      } else if (!line.startsWith("主管部门\t")) {
        out.append(line).append('\n');
      }
    }
    return out.toString();
  }

  private static List<Finding> split(ReadResult<?> r) {
    return r.diagnostics().stream().filter(f -> f.code().equals("JX-I-0268")).toList();
  }

  @Test
  void aCellOfNameAndUnitNamesTheProjectByItsNameAndSetsTheUnit() throws IOException {
    Project whole = read(tianchang()).value().projects().get(0);

    ReadResult<PerformanceTable> r = read(tianchangWithTop(CELL));

    assertThat(r.value().projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("水旱灾害防御经费");
      assertThat(p.unit()).hasValue("天长市水利局");
      assertThat(p.indicators()).isEqualTo(whole.indicators());
      assertThat(p.budget()).isEqualTo(whole.budget());
      assertThat(p.strayCells()).extracting(StrayCell::text).noneMatch(t -> t.contains("天长市水利局"));
    });
    assertThat(split(r)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.message()).contains("项目名称：水旱灾害防御经费 | 实施单位：天长市水利局");
      assertThat(f.location().orElseThrow().line()).hasValue(3L);
    });
  }

  /** The value's cell beside its label may hold the next field (项目名称 | 委托业务项目　主管部门：…), full-width space. */
  @Test
  void aValueCellHoldingTheNextFieldIsReadApart() throws IOException {
    String tsv = Files.readString(Fixtures.path(Fixtures.TANGXI_WEITUO), StandardCharsets.UTF_8)
        .replace("项目名称\t委托业务项目\t", "项目名称\t委托业务项目\u3000主管部门：219-池州市贵池区棠溪镇人民政府\t")
        .replace("主管部门\t219-池州市贵池区棠溪镇人民政府\t", "\t\t");

    Project p = read(tsv).value().projects().get(0);

    assertThat(p.name()).isEqualTo("委托业务项目");
    assertThat(p.department()).hasValue("219-池州市贵池区棠溪镇人民政府");
    assertThat(p.unit()).hasValue("219001-池州市贵池区棠溪镇人民政府");
  }

  /** Over a copy cut at its indicator header (review 49io's m2): named by the name alone, the unit read. */
  @Test
  void theTopLineOfACutCopyNamesItByItsNameAlone() throws IOException {
    ReadResult<PerformanceTable> r = read(CELL + "\n" + Fixtures.fromIndicatorHeader(Fixtures.TIANCHANG));

    assertThat(r.value().projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("水旱灾害防御经费");
      assertThat(p.unit()).hasValue("天长市水利局");
    });
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0266")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("读作“水旱灾害防御经费”"));
  }

  /** Under another form, the same line starts the cut copy and names it, as the name alone does. */
  @Test
  void underAnotherFormTheLineStartsTheCopyNamedByItsNameAlone() throws IOException {
    String daying = Files.readString(Fixtures.path(Fixtures.DAYING_TUSHUGUAN), StandardCharsets.UTF_8);
    String tsv = tianchang() + "项目名称：大英县图书馆免费开放　实施单位：大英县图书馆\n" + daying;

    List<Project> projects = read(tsv).value().projects();

    assertThat(projects).extracting(Project::name).containsExactly("水旱灾害防御经费", "大英县图书馆免费开放");
    assertThat(projects.get(1).unit()).hasValue("大英县图书馆");
  }

  /** A sign-off printed on the line is kept under its label, not glued into the name. */
  @Test
  void aSignOffOnTheLineIsKeptUnderItsLabel() throws IOException {
    Project p = read(tianchangWithTop("项目名称：水旱灾害防御经费  项目负责人：张某")).value().projects().get(0);

    assertThat(p.name()).isEqualTo("水旱灾害防御经费");
    assertThat(p.strayCells()).anySatisfy(s -> {
      assertThat(s.header()).hasValue("项目负责人");
      assertThat(s.text()).isEqualTo("张某");
    });
  }

  /**
   * Not cut: spaces inside a name with no label after them, a label with no space before it (项目 may
   * be the name's or 项目实施单位's), a colon after text that is no field's label. The cell is the name.
   */
  @Test
  void aNameWithSpacesOrColonsButNoLaterFieldStaysWhole() throws IOException {
    for (String name : List.of("2022年 农村公路 养护", "水旱灾害防御项目实施单位：天长市水利局", "防汛 会议纪要：落实")) {
      ReadResult<PerformanceTable> r = read(tianchangWithTop("项目名称：" + name));

      assertThat(r.value().projects().get(0).name()).as(name).isEqualTo(name);
      assertThat(split(r)).as(name).isEmpty();
    }
  }

  /** A field left blank after the name (实施单位：) is a label printed blank: the name is the name alone. */
  @Test
  void aBlankFieldAfterTheNameIsNotPartOfIt() throws IOException {
    Project p = read(tianchangWithTop("项目名称：水旱灾害防御经费    实施单位：")).value().projects().get(0);

    assertThat(p.name()).isEqualTo("水旱灾害防御经费");
    assertThat(p.unit()).isEmpty();
  }

  @Test
  void theInfoIsWordedInEnglishOnRequest() throws IOException {
    ReadResult<PerformanceTable> r =
        FormReader.builder().locale(Locale.ENGLISH).build().read(tianchangWithTop(CELL), "form.tsv");

    assertThat(split(r)).singleElement()
        .satisfies(f -> assertThat(f.message()).startsWith("one cell holds several fields"));
  }

  /** Review 50c C5: the first colon of either kind ends a label; an ASCII one in a value is the value's. */
  @Test
  void aLabelEndsAtItsFirstColonOfEitherKind() throws IOException {
    for (String cell : List.of(
        "项目名称：水旱灾害防御经费    实施单位:天长市水利局", // mixed kinds
        "项目名称:水旱灾害防御经费    实施单位：天长市水利局")) {
      assertThat(read(tianchangWithTop(cell)).value().projects()).singleElement().satisfies(p -> {
        assertThat(p.name()).as(cell).isEqualTo("水旱灾害防御经费");
        assertThat(p.unit()).as(cell).hasValue("天长市水利局");
      });
    }
    assertThat(read(tianchangWithTop("项目名称：水利1:1配套资金    实施单位：天长市水利局")).value().projects())
        .singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("水利1:1配套资金"));
  }
}

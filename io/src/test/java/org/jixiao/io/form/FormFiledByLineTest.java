package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line naming who filed a form ({@code 部门:临沧市永德县明朗中学} above the Yunnan 公开14表 2022;
 * 单位:, 单位名称:, 填报单位:, 主管部门:) names a department or unit, never the project: the printed
 * 项目名称 is the name, the line fills the department or unit the form leaves empty, and where the
 * form states its own it is kept as a stray cell under its label and told (JX-I-0246).
 */
class FormFiledByLineTest {
  private static final String TITLE = "2022年度项目支出绩效自评表\n";
  private static final String IDENTITY = "项目名称\t义务教育营养改善计划\n主管部门\t县教育局\t\t\t实施单位\t明朗中学\n";
  private static final String FUNDS = "项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\n\t年度资金总额\t1\t1\t1\n";

  private static List<String> codes(ReadResult<?> r) {
    return r.diagnostics().stream().map(Finding::code).toList();
  }

  private static Project only(ReadResult<PerformanceTable> r) {
    assertThat(r.value().projects()).hasSize(1);
    return r.value().projects().get(0);
  }

  @Test
  void theDepartmentLineAboveTheYunnanFormIsNeitherItsNameNorItsUnit() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.YONGDE));
    Project p = only(r);
    assertThat(p.name()).isEqualTo("义务教育营养改善计划专项资金");
    assertThat(p.department()).contains("永德县教育体育局");
    assertThat(p.unit()).contains("永德县明朗中学");
    assertThat(p.strayCells()).contains(StrayCell.of(0, Optional.of("部门"), "临沧市永德县明朗中学"));
    assertThat(p.strayCells()).extracting(StrayCell::header)
        .doesNotContain(Optional.of("项目名称"), Optional.of("实施单位"));
    Finding told = r.diagnostics().stream().filter(f -> f.code().equals("JX-I-0246")).findFirst().orElseThrow();
    assertThat(told.rule()).isEqualTo(FormDiagnostics.KEPT_AS_STRAY);
    assertThat(told.location().orElseThrow().line()).hasValue(2L);
    assertThat(told.location().orElseThrow().text()).contains("临沧市永德县明朗中学");
  }

  /** Each label of who filed the form, with either colon or in a cell of its own, above the form. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "部门:永德县明朗中学, 部门", "部门：永德县明朗中学, 部门", "部门名称（盖章）：永德县明朗中学, 部门名称（盖章）",
    "'部门\t永德县明朗中学', 部门", "单位：永德县明朗中学, 单位", "单位名称:永德县明朗中学, 单位名称",
    "填报单位：永德县明朗中学, 填报单位", "'填报单位:\t永德县明朗中学', 填报单位:", "主管部门：永德县明朗中学, 主管部门",
    "填报部门：永德县明朗中学, 填报部门"
  })
  void aLineOfWhoFiledTheFormIsKeptBesideTheFormsOwnFields(String line, String label) {
    ReadResult<PerformanceTable> r = read(TITLE + line + "\n" + IDENTITY + FUNDS);
    Project p = only(r);
    assertThat(p.name()).isEqualTo("义务教育营养改善计划");
    assertThat(p.department()).contains("县教育局");
    assertThat(p.unit()).contains("明朗中学");
    assertThat(p.strayCells()).extracting(StrayCell::text).containsOnlyOnce("永德县明朗中学");
    assertThat(p.strayCells()).extracting(StrayCell::header).contains(Optional.of(label.strip()));
    assertThat(codes(r)).contains("JX-I-0246");
  }

  /** A form that names no department or unit of its own takes the line's. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "部门:永德县明朗中学, DEPARTMENT", "主管部门：永德县明朗中学, DEPARTMENT", "填报部门：永德县明朗中学, DEPARTMENT",
    "单位：永德县明朗中学, UNIT", "单位名称:永德县明朗中学, UNIT", "填报单位：永德县明朗中学, UNIT"
  })
  void aFormWithoutThatFieldTakesItFromTheLine(String line, String field) {
    ReadResult<PerformanceTable> r = read(TITLE + line + "\n项目名称\t义务教育营养改善计划\n" + FUNDS);
    Project p = only(r);
    assertThat(p.name()).isEqualTo("义务教育营养改善计划");
    assertThat(field.equals("DEPARTMENT") ? p.department() : p.unit()).contains("永德县明朗中学");
    assertThat(p.strayCells()).isEmpty();
    assertThat(codes(r)).doesNotContain("JX-I-0246", "JX-I-0202");
  }

  /** The same name twice (the line and the form's own 实施单位) is one unit, not a stray cell. */
  @Test
  void aLineThatRepeatsTheFormsOwnFieldIsNotKeptTwice() {
    ReadResult<PerformanceTable> r = read(TITLE + "单位:明朗中学\n" + IDENTITY + FUNDS);
    Project p = only(r);
    assertThat(p.unit()).contains("明朗中学");
    assertThat(p.strayCells()).isEmpty();
    assertThat(codes(r)).doesNotContain("JX-I-0246");
  }

  /** Without a 项目名称 a project's form stays unnamed: the 部门 it was filed by is its department. */
  @Test
  void aProjectsFormWithOnlyADepartmentLineIsUnnamedNotNamedAfterTheDepartment() {
    ReadResult<PerformanceTable> r = read(TITLE + "部门:永德县明朗中学\n" + FUNDS);
    Project p = only(r);
    assertThat(p.name()).isEqualTo("未命名项目1");
    assertThat(p.department()).contains("永德县明朗中学");
    assertThat(r.diagnostics()).extracting(Finding::rule).contains(ReadDiagnostics.MISSING_NAME);
  }

  /** A department-wide form evaluates the department: its 部门 is what it is named by. */
  @Test
  void aDepartmentWideFormIsNamedByItsDepartment() {
    for (String title : List.of("部门整体支出绩效自评表\n", "2022年度单位整体支出绩效自评表\n", "")) {
      Project p = only(read(title + "部门\t永德县明朗中学\n" + FUNDS));
      assertThat(p.name()).as(title).isEqualTo("永德县明朗中学");
      assertThat(p.unit()).as(title).contains("永德县明朗中学");
      assertThat(p.strayCells()).as(title).isEmpty();
    }
  }

  /** A 部门 printed below the 项目名称 does not replace it either, and is not moved aside unsaid. */
  @Test
  void aDepartmentLineBelowTheProjectNameIsNotItsNameEither() {
    ReadResult<PerformanceTable> r = read(TITLE + IDENTITY + "部门:临沧市永德县明朗中学\n" + FUNDS);
    Project p = only(r);
    assertThat(p.name()).isEqualTo("义务教育营养改善计划");
    assertThat(p.strayCells()).contains(StrayCell.of(0, Optional.of("部门"), "临沧市永德县明朗中学"));
    assertThat(codes(r)).contains("JX-I-0246");
  }

  /** A second, different 项目名称 in one form is kept and told, not set aside without a word. */
  @Test
  void aSecondProjectNameIsKeptAndTold() {
    ReadResult<PerformanceTable> r = read(TITLE + IDENTITY + "项目名称\t另一个名称\n" + FUNDS);
    Project p = only(r);
    assertThat(p.name()).isEqualTo("义务教育营养改善计划");
    assertThat(p.strayCells()).contains(StrayCell.of(1, Optional.of("项目名称"), "另一个名称"));
    assertThat(codes(r)).contains("JX-I-0202");
  }
}

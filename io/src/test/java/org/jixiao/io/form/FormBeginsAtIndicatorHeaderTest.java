package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.table.TableReader;
import org.junit.jupiter.api.Test;

/**
 * A copy that begins at the indicator block's header, its title, 项目名称 and funds block cut off
 * above (大英县图书馆 2022, a stored page of stacked forms), is one form: its indicators and closing rows
 * are read as usual, its project is named 未命名项目1 and a WARNING says why (JX-I-0257), and its layout is a
 * form's, so that a caller who chooses the reader by {@link DocumentLayout} reads it as one. Before, no
 * form started: the form reader kept every row as a note (JX-I-0204), the layout was unknown and the
 * file went to the table reader, which found no header (JX-I-0126).
 */
class FormBeginsAtIndicatorHeaderTest {
  private static final String DAYING_HEADER =
      "绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析\n";

  private static List<Finding> begins(ReadResult<?> r) {
    return r.diagnostics().stream().filter(f -> f.code().equals("JX-I-0257")).toList();
  }

  private static List<String> codes(ReadResult<?> r) {
    return r.diagnostics().stream().map(Finding::code).toList();
  }

  private static DocumentLayout layout(String tsv) {
    return DocumentLayout.detect(TableReader.builder().build().readGrid(tsv, ""));
  }

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }


  /** What an indicator's row says, without where it stands (line numbers differ in a cut copy). */
  private static List<List<Object>> rows(Project p) {
    return p.indicators().indicators().stream()
        .map(i -> List.<Object>of(i.category(), i.subcategory(), i.name().orElse(""), i.target().orElse(""),
            i.actual().orElse(""), i.weight().map(BigDecimal::toPlainString).orElse(""),
            i.statedScore().map(BigDecimal::toPlainString).orElse(""), i.deviationReason().orElse("")))
        .toList();
  }

  @Test
  void theDayingCopyIsOneFormCutAboveItsIndicatorBlock() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.DAYING_TUSHUGUAN));
    Project p = r.value().projects().stream().reduce((a, b) -> {
      throw new AssertionError("one project expected");
    }).orElseThrow();
    assertThat(p.name()).isEqualTo("未命名项目1");
    assertThat(p.budget()).isEmpty();
    assertThat(p.actual()).isEmpty();
    assertThat(p.funds()).isEmpty();
    assertThat(p.indicators().indicators())
        .extracting(i -> i.name().orElse(""), i -> i.target().orElse(""), i -> i.actual().orElse(""),
            i -> i.weight().orElseThrow(), i -> i.statedScore().orElseThrow())
        .containsExactly(
            tuple("图书馆管理机制健全性", "好坏", "好坏", d("5"), d("5")),
            tuple("活动参与人员满意度", "95", "95", d("5"), d("5")),
            tuple("聘用人员满意度", "95", "95", d("5"), d("5")));
    Indicator first = p.indicators().indicators().get(1);
    assertThat(first.nature()).contains(TargetNature.AT_LEAST);
    assertThat(first.measureUnit()).contains("%");
    // the row whose 一级 / 二级 cells the copy lost is kept whole, as under any header (JX-I-0235)
    assertThat(p.strayCells()).extracting(StrayCell::text)
        .contains("公益性讲座知晓率", "=", "100", "%", "5");
    assertThat(codes(r)).contains("JX-I-0235");
    // the closing rows, read as any form's: 合计, 评价结论, 存在问题, 改进措施
    assertThat(p.statedScore()).contains(d("100"));
    assertThat(p.strayCells()).extracting(StrayCell::text).anySatisfy(t -> assertThat(t).startsWith("通过免费开放"));
    assertThat(p.problems()).hasValueSatisfying(t -> assertThat(t).startsWith("因每年图书馆免开资金"));
    assertThat(p.rectification()).contains("及时补充图书馆运营经费,使我县图书馆事业不断发展。");
    assertThat(r.value().notes()).isEmpty();
    assertThat(begins(r)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.rule()).isEqualTo(FormDiagnostics.BEGINS_AT_INDICATOR_HEADER);
      assertThat(f.location().orElseThrow().line()).hasValue(1L);
      assertThat(f.location().orElseThrow().text()).hasValue("绩效指标(90分)");
      assertThat(f.message()).contains("未命名项目1").contains("项目名称").contains("表头");
    });
    // one warning for the name, not two; and a form was found
    assertThat(codes(r)).doesNotContain("JX-I-0206", "JX-I-0204", "JX-I-0201");
  }

  @Test
  void theDayingCopyHasTheLayoutOfAForm() throws IOException {
    String tsv = Files.readString(Fixtures.path(Fixtures.DAYING_TUSHUGUAN), StandardCharsets.UTF_8);
    assertThat(layout(tsv)).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
  }

  /**
   * A caption or heading of the page above the cut header (三、绩效指标完成情况, 附表2, both) is no part of
   * the copy: the layout is still a form's and the same indicators are read, the lines kept as notes.
   * A row of several cells above the header is part of something else, and the layout stays unknown.
   */
  @Test
  void linesOfTextAboveTheCutHeaderLeaveItAForm() throws IOException {
    String tsv = Files.readString(Fixtures.path(Fixtures.DAYING_TUSHUGUAN), StandardCharsets.UTF_8);
    List<Project> plain = FormReader.builder().build().read(Fixtures.path(Fixtures.DAYING_TUSHUGUAN)).value().projects();
    for (String above : List.of("三、绩效指标完成情况\n", "附表2\n\n\t(2022年度)\t(2022年度)\n")) {
      assertThat(layout(above + tsv)).as(above).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
      ReadResult<PerformanceTable> r = read(above + tsv);
      assertThat(r.value().projects()).as(above).singleElement()
          .satisfies(p -> assertThat(rows(p)).isNotEmpty().isEqualTo(rows(plain.get(0))));
      assertThat(begins(r)).as(above).hasSize(1);
    }
    assertThat(layout("三、绩效指标完成情况\n附表2\n第三行\n第四行\n" + tsv)).isEqualTo(DocumentLayout.UNKNOWN);
    assertThat(layout("1\t某局\t甲项目\t10\t9\n" + tsv)).isEqualTo(DocumentLayout.UNKNOWN);
    // a label with its value in one cell is what is left of the form's top: a form too, named by it
    // (FormTopLinesAboveCutHeaderTest)
    assertThat(layout("项目名称：大英县图书馆免费开放\n" + tsv)).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    for (String caption : List.of("附件2:\n", "金额单位：万元\n", "附表2：绩效指标完成情况\n")) {
      assertThat(layout(caption + tsv)).as(caption).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    }
  }

  @Test
  void theWarningIsEnglishOnRequest() throws IOException {
    ReadResult<PerformanceTable> r =
        FormReader.builder().locale(Locale.ENGLISH).build().read(Fixtures.path(Fixtures.DAYING_TUSHUGUAN));
    assertThat(begins(r)).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("begins at the indicator block's header").contains("未命名项目1"));
  }

  /**
   * The class, not one file: three real forms cut here to begin at their indicator headers, each of
   * another shape (廊坊 2019 绩效指标 | 一级指标 … 偏差原因分析及改进措施, 天长 2022 年度绩效指标完成情况 | …, 零陵
   * 2021 一级指标 | … with no label cell), read with the same indicators and 总分 as the whole form.
   */
  @Test
  void realFormsCutAtTheirStandardHeadersReadTheSameIndicators() throws IOException {
    for (String fixture : List.of(Fixtures.LANGFANG, Fixtures.TIANCHANG, Fixtures.LINGLING_LINYE)) {
      String cut = Fixtures.fromIndicatorHeader(fixture);
      Project whole = read(Files.readString(Fixtures.path(fixture), StandardCharsets.UTF_8)).value().projects().get(0);
      ReadResult<PerformanceTable> r = read(cut);
      assertThat(r.value().projects()).as(fixture).singleElement().satisfies(p -> {
        assertThat(p.name()).isEqualTo("未命名项目1");
        assertThat(p.budget()).isEmpty();
        assertThat(rows(p)).isNotEmpty().isEqualTo(rows(whole));
        assertThat(p.statedScore()).isEqualTo(whole.statedScore());
      });
      assertThat(begins(r)).as(fixture).hasSize(1);
      assertThat(codes(r)).as(fixture).doesNotContain("JX-I-0204", "JX-I-0206");
      assertThat(layout(cut)).as(fixture).isEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    }
  }

  /** Stacked forms: the next form, even one that starts at its 项目名称, is a form of its own. */
  @Test
  void theFormUnderTheCutOneIsReadOnItsOwn() throws IOException {
    String tsv = Files.readString(Fixtures.path(Fixtures.DAYING_TUSHUGUAN), StandardCharsets.UTF_8).stripTrailing()
        + "\n项目名称\t乙项目\n" + DAYING_HEADER + "\t产出指标\t数量指标\t讲座场次\t≥\t10\t场\t12\t90\t90\t\n";
    ReadResult<PerformanceTable> r = read(tsv);
    assertThat(r.value().projects()).extracting(Project::name).containsExactly("未命名项目1", "乙项目");
    assertThat(r.value().projects().get(1).indicators().indicators())
        .extracting(i -> i.name().orElse("")).containsExactly("讲座场次");
    assertThat(begins(r)).hasSize(1);
  }

  @Test
  void aHeaderAloneIsNoForm() {
    String standard = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n";
    for (String header : List.of(DAYING_HEADER, standard, "绩效指标\t" + standard)) {
      ReadResult<PerformanceTable> r = read(header);
      assertThat(r.value().projects()).as(header).isEmpty();
      assertThat(codes(r)).as(header).contains("JX-I-0204").doesNotContain("JX-I-0257");
    }
    // too few words of a form: left to the table reader, which refuses it (JX-I-0126), as before
    assertThat(layout(DAYING_HEADER)).isEqualTo(DocumentLayout.UNKNOWN);
  }

  @Test
  void aDisclosureTableIsUnchanged() throws IOException {
    String table = Files.readString(
        Fixtures.path(Fixtures.TIANCHANG).resolveSibling("../longgang-hr-2019.tsv").normalize(), StandardCharsets.UTF_8);
    assertThat(layout(table)).isEqualTo(DocumentLayout.DISCLOSURE_TABLE);
    assertThat(codes(read(table))).contains("JX-I-0248", "JX-I-0204").doesNotContain("JX-I-0257");
    // one that begins at its own header (序号 | 项目名称 …) is still a table, not a cut form
    String header = "序号\t单位名称\t项目名称\t项目年度预算金额\t实际支出金额\t预算支出执行率\t年度指标内容\t完成情况\n";
    String rows = header + "1\t某局\t甲\t10\t9\t90%\t培训10期\t完成\n2\t某局\t乙\t20\t20\t100%\t建设1处\t完成\n";
    assertThat(layout(rows)).isEqualTo(DocumentLayout.DISCLOSURE_TABLE);
    assertThat(codes(read(rows))).doesNotContain("JX-I-0257");
  }

  @Test
  void neitherADeclarationNorASummaryOfSeveralProjectsCutAtTheirHeadersIsAForm() {
    // a declaration's block has targets only: no actual, no score
    String declaration = "一级指标\t二级指标\t三级指标\t指标值\t指标解释\n产出指标\t数量指标\t档案数\t≥100卷\t按年计\n";
    assertThat(layout(declaration)).isNotEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    assertThat(codes(read(declaration))).contains("JX-I-0204").doesNotContain("JX-I-0257");
    // 项目名称 | 一级指标 …: one project's rows after another's, a review's summary
    String summary = "项目名称\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        + "社区养老服务补贴\t产出指标\t数量指标\t服务老人人数\t≥500人\t520人\n"
        + "残疾人康复补助\t产出指标\t数量指标\t康复人数\t≥200人\t180人\n";
    assertThat(layout(summary)).isNotEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
    assertThat(codes(read(summary))).doesNotContain("JX-I-0257");
  }

  /**
   * A header over the next form's top is no form of its own, whether the title stands in the name
   * column or is repeated over merged cells: the next form is read as before, alone, with the
   * table's title (a review of this change built both).
   */
  @Test
  void aHeaderOverTheNextFormsTitleOpensNoFormOfItsOwn() {
    String header = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n";
    String next = "项目名称\t乙项目\n" + header
        + "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t20\t20\t\n"
        + "\t质量指标\t合格率\t≥95%\t96%\t20\t20\t\n";
    for (String top : List.of("\t\t2022年度项目支出绩效评价表\n\t\t(2022年度)\n", "项目支出绩效自评表\t项目支出绩效自评表\t项目支出绩效自评表\n")) {
      ReadResult<PerformanceTable> r = read(header + top + next);
      assertThat(r.value().projects()).as(top).extracting(p -> p.name()).containsExactly("乙项目");
      assertThat(codes(r)).as(top).doesNotContain("JX-I-0257");
    }
  }

  /**
   * Past one form's closing rows, a second copy that begins at its own header is a form of its own,
   * not more rows of the first (which read its indicators twice); so is one after a whole form's 总分.
   */
  @Test
  void aSecondCopyBeginningAtItsHeaderIsAFormOfItsOwn() {
    String header = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n";
    String rows = "产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t20\t20\t\n\t质量指标\t合格率\t≥95%\t96%\t20\t20\t\n";
    ReadResult<PerformanceTable> twoCut = read(header + rows + "评价结论\t好\n" + header + rows);
    assertThat(twoCut.value().projects()).hasSize(2).allSatisfy(p -> assertThat(p.indicators().indicators()).hasSize(2));
    assertThat(begins(twoCut)).hasSize(2);
    ReadResult<PerformanceTable> wholeThenCut = read("项目支出绩效自评表\n项目名称\t甲项目\n" + header + rows + "总分\t\t\t\t\t\t40\n" + header + rows);
    assertThat(wholeThenCut.value().projects()).extracting(p -> p.indicators().indicators().size()).containsExactly(2, 2);
    assertThat(wholeThenCut.value().projects().get(0).name()).isEqualTo("甲项目");
  }

  /** A column of projects or units left of 一级指标, under any heading, makes the rows a summary of several projects. */
  @Test
  void aHeaderWithAColumnOfProjectsOrUnitsLeftOfItsLevelsIsNoForm() {
    String rows = "\t产出指标\t数量指标\t人数\t≥500人\t520人\t10\n";
    for (String left : List.of("项目", "单位名称", "编号\t项目名称及编码")) {
      String summary = left + "\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分\n" + "养老补贴" + rows + "康复补助" + rows;
      assertThat(layout(summary)).as(left).isNotEqualTo(DocumentLayout.SINGLE_PROJECT_FORM);
      assertThat(codes(read(summary))).as(left).doesNotContain("JX-I-0257");
    }
  }

  /** The bare JX-I-0206 stays the word for a form that has its top and names no project. */
  @Test
  void aFormWithItsTopAndNoNameIsStillSaidByJxI0206() {
    ReadResult<PerformanceTable> r = read("项目支出绩效自评表\n" + DAYING_HEADER + "\t产出指标\t数量指标\t场次\t≥\t10\t场\t12\t90\t90\t\n");
    assertThat(codes(r)).contains("JX-I-0206").doesNotContain("JX-I-0257");
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0206"))
        .singleElement().satisfies(f -> assertThat(f.rule()).isEqualTo(ReadDiagnostics.MISSING_NAME));
  }
}

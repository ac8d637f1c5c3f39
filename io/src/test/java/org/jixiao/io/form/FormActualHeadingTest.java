package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The actual column's heading is an open class: a heading about completion, realisation,
 * implementation or execution (完成, 实现, 实施, 执行) that names a value, a count, a state or a
 * progress (值, 数, 情况, 进度), or one that starts with 实际. 大英 2020 (file 25 of SOURCES.md) heads
 * its actuals 实施进度 and the NDRC 2021 template (2021年度资源型地区转型发展中央预算内投资绩效自评表,
 * http://www.hnyx.gov.cn/c24527/20221208/i1976616.html) 实现情况: each actual was read as blank, so
 * "not applicable", and the score withheld, with the cells only an INFO. The headings of the other
 * columns stay theirs. And a block that still has no actual column says so, as a WARNING naming the
 * column whose text it could not place.
 */
class FormActualHeadingTest {
  private static final String TOP = "项目支出绩效自评表\n项目名称\t测试项目\n";

  /** An indicator block whose fourth heading is {@code heading}, with two filled rows. */
  private static ReadResult<PerformanceTable> block(String heading) {
    return read(TOP + "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t" + heading + "\t分值\t得分\n"
        + "\t产出指标\t数量指标\t委托业务项目数量\t≥50个\t50个\t40\t40\n"
        + "\t满意度指标\t满意度指标\t公众满意度\t≥90%\t95%\t10\t10\n");
  }

  private static List<Indicator> indicators(ReadResult<PerformanceTable> r) {
    return r.value().projects().get(0).indicators().indicators();
  }

  private static List<Finding> told(ReadResult<PerformanceTable> r, String code) {
    return r.diagnostics().stream().filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void theRealReportTablesActualsUnderShiShiJinDuAreRead() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.DAYING_SHUANGXIN));
    Project p = r.value().projects().get(0);
    assertThat(p.name()).isEqualTo("双心及文明城市创建专项资金");
    assertThat(p.indicators().indicators()).hasSize(6)
        .allSatisfy(i -> assertThat(i.actual()).contains("已完成100%"));
    assertThat(p.indicators().indicators().get(0).target()).contains("至少全年完成2次宣传");
    assertThat(p.strayCells()).extracting(c -> c.text()).doesNotContain("已完成100%");
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0237", "JX-I-0251");
  }

  @Test
  void everyHeadingOfTheClassHeadsTheActuals() {
    for (String heading : List.of("实施进度", "实现情况", "全年完成情况", "执行情况", "项目实施情况", "实际完成值",
        "全年完成值", "实际完成情况", "完成数", "实际值", "实际完成", "完成情况", "实际完成指标值(B)", "全年实际值",
        "指标完成值", "执 行 情 况", "實施進度")) {
      ReadResult<PerformanceTable> r = block(heading);
      assertThat(indicators(r)).as(heading).extracting(Indicator::actual)
          .containsExactly(Optional.of("50个"), Optional.of("95%"));
      assertThat(r.diagnostics()).as(heading).extracting(Finding::code).doesNotContain("JX-I-0237", "JX-I-0251");
    }
  }

  @Test
  void theNdrcTemplatesHeaderReadsItsTargetsAndActualsAndKeepsItsBasisAside() {
    // the template's own header row (blank as published), with a row filled in as a form would be
    ReadResult<PerformanceTable> r = read("2021年度资源型地区转型发展中央预算内投资绩效自评表\n项目名称\t测试项目\n"
        + "一级指标\t二级指标\t三级指标\t绩效指标值\t实现情况\t三级指标测算依据\n"
        + "产出指标\t数量指标\t支持项目数量(个)\t5\t5\t按批复计\n");
    Indicator i = indicators(r).get(0);
    assertThat(i.target()).contains("5");
    assertThat(i.actual()).contains("5");
    assertThat(r.value().projects().get(0).strayCells()).extracting(c -> c.text()).containsExactly("按批复计");
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0251");
  }

  @Test
  void theHeadingsOfOtherColumnsAreNotTakenForTheActuals() {
    // a reason, a measure, an explanation go where they belong
    assertThat(indicators(block("偏差原因分析"))).allSatisfy(i -> assertThat(i.actual()).isEmpty())
        .extracting(Indicator::deviationReason).containsExactly(Optional.of("50个"), Optional.of("95%"));
    assertThat(indicators(block("改进措施"))).extracting(Indicator::deviationReason)
        .containsExactly(Optional.of("50个"), Optional.of("95%"));
    assertThat(indicators(block("指标解释"))).extracting(Indicator::explanation)
        .containsExactly(Optional.of("50个"), Optional.of("95%"));
    // the others, and a plan, are no actual: kept, and the block says it found no actual column
    for (String heading : List.of("评分标准", "绩效指标值", "三级指标测算依据", "计划完成数", "预期完成值", "完成时限",
        "执行率", "实施单位")) {
      ReadResult<PerformanceTable> r = block(heading);
      assertThat(indicators(r)).as(heading).allSatisfy(i -> assertThat(i.actual()).isEmpty());
      assertThat(told(r, "JX-I-0251")).as(heading).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.rule()).isEqualTo(FormDiagnostics.NO_ACTUAL_COLUMN);
        assertThat(f.args()).containsEntry("column", "6").containsEntry("header", heading);
        assertThat(f.location().orElseThrow().column()).hasValue(6);
      });
      assertThat(r.value().projects().get(0).strayCells()).as(heading).extracting(c -> c.text())
          .contains("50个", "95%");
    }
  }

  @Test
  void aBlockWithoutActualsSaysOnceAColumnWhichColumnItCouldNotPlace() {
    ReadResult<PerformanceTable> r = block("");
    assertThat(told(r, "JX-I-0252")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.message()).isEqualTo("指标表没有实际完成值列；第6列没有表头，其单元格作为未归位单元格保留："
          + "实际完成值可能在该列，不能据此认定指标未填写实际完成值");
    });
    assertThat(told(block("评分标准"), "JX-I-0251")).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("指标表没有实际完成值列；第6列（表头“评分标准”）未能识别，"
            + "其单元格作为未归位单元格保留：实际完成值可能在该列，不能据此认定指标未填写实际完成值"));
    // with an actual column, a column it cannot place is only kept (JX-I-0237), as before
    ReadResult<PerformanceTable> withActual = read(TOP + "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t评分标准\n"
        + "\t产出指标\t数量指标\t人数\t≥50个\t50个\t达到得满分\n");
    assertThat(withActual.diagnostics()).extracting(Finding::code).contains("JX-I-0237")
        .doesNotContain("JX-I-0251", "JX-I-0252");
  }
}

package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The Hubei 20/80 template closes with 偏差大或目标未完成原因分析 and 改进措施及结果应用方案: the project's
 * problems and its measures, read into those fields as 存在问题 and 改进措施 are, not left as rows
 * that belong to no part of the form (JX-I-0203). A label that names both (偏差原因分析及改进措施) is
 * neither field alone and is left as before.
 */
class FormClosingRowsTest {
  private static final String FORM = Fixtures.INDICATOR_FORM_HEAD
      + "\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t90\t90\t\n总分\t\t\t\t\t\t100\t100\t\n";

  @Test
  void theHubeiClosingRowsAreTheProjectsProblemsAndMeasures() throws IOException {
    Project p = read(FORM + "偏差大或目标未完成原因分析\t部分台账不健全\n改进措施及结果应用方案\t建立台账制度\n").value().projects().get(0);
    assertThat(p.problems()).contains("部分台账不健全");
    assertThat(p.rectification()).contains("建立台账制度");
    // the real form: 长江禁捕 2020 prints 无 in both
    Project changjiang = FormReader.builder().build().read(Fixtures.path(Fixtures.CHANGJIANG)).value().projects().get(0);
    assertThat(changjiang.problems()).contains("无");
    assertThat(changjiang.rectification()).contains("无");
  }

  /** Below an indicator header whose rows print only their levels, no indicator read, they are still the closing rows. */
  @Test
  void theHubeiClosingRowsCountUnderAHeaderWithNoIndicatorRead() {
    String tsv = "2020年度项目支出绩效自评表\n项目名称\t某项目\n预算执行情况(万元)(20分)\t\t预算数(A)\t执行数(B)\t执行率(B/A)\n"
        + "\t年度财政资金总额\t100\t90\t90%\n年度绩效目标1(80分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分\n"
        + "\t产出指标\t数量指标\n总分\t\t\t\t\t\t18\n偏差大或目标未完成原因分析\t未设定绩效指标\n改进措施及结果应用方案\t按要求编制绩效目标\n";
    Project p = read(tsv).value().projects().get(0);
    assertThat(p.problems()).contains("未设定绩效指标");
    assertThat(p.rectification()).contains("按要求编制绩效目标");
  }

  @Test
  void aLabelNamingCausesAndMeasuresTogetherIsNeither() {
    for (String label : List.of("改进措施及偏差原因分析", "偏差原因分析及改进措施", "未完成原因分析及改进措施")) {
      ReadResult<PerformanceTable> r = read(FORM + label + "\t部分台账不健全，将建立制度\n");
      Project p = r.value().projects().get(0);
      assertThat(p.problems()).as(label).isEmpty();
      assertThat(p.rectification()).as(label).isEmpty();
      assertThat(r.diagnostics()).as(label).extracting(Finding::code).contains("JX-I-0203");
    }
  }

  /**
   * Above the indicators (预算执行偏差原因分析 under the funds block) such a row closes nothing: the form
   * goes on, one project with its indicators (a review of this change found it split in two).
   */
  @Test
  void aRowOfCausesAboveTheIndicatorsClosesNothing() {
    String head = Fixtures.INDICATOR_FORM_HEAD;
    int header = head.lastIndexOf("绩效指标");
    String tsv = head.substring(0, header) + "预算执行偏差原因分析\t部分资金年底未拨付\n改进措施及建议\t加快拨付\n" + head.substring(header)
        + "\t产出指标\t数量指标\t培训人次\t≥100人次\t120人次\t90\t90\t\n";
    ReadResult<PerformanceTable> r = read(tsv);
    assertThat(r.value().projects()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("某建设项目");
      assertThat(p.indicators().indicators()).hasSize(1);
      assertThat(p.problems()).isEmpty();
      assertThat(p.rectification()).isEmpty();
    });
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0257");
  }
}

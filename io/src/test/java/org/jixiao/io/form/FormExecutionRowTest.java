package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The Hebei county form (河北成安 2020) closes its indicator block with the template's
 * {@code 预算执行率 | 预算执行率} row, where the execution's 权重占比 and score would go. Left empty, it
 * is neither an indicator nor an unknown category: its labels are kept, and said so (INFO), not
 * warned of.
 */
class FormExecutionRowTest {
  private static final String HEAD = "项目支出绩效自评表\n项目名称\t测试项目\n"
      + "四、年度绩效指标完成情况\t一级指标\t二级指标\t三级指标\t预期指标值\t\t\t单项指标实际完成值\t自评得分\t\t\n"
      + "\t\t\t\t符号\t\t单位(文字描述)\t\t单项指标得分\t权重占比(%)\t单项指标折算得分\n"
      + "\t产出指标\t质量指标\t覆盖率\t>=\t98\t%(百分比)\t100%\t25.00\t25.00\t6.25\n";

  /** 成安 2020, line 16: the empty row was a WARNING of an unknown category (JX-I-0231). */
  @Test
  void theTemplatesEmptyExecutionRowIsKeptAndToldNotWarnedOf() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.CHENGAN));
    Project p = r.value().projects().get(0);
    assertThat(p.indicators().indicators()).hasSize(4);
    assertThat(p.strayCells()).filteredOn(c -> c.text().equals("预算执行率")).hasSize(2);
    Finding f = r.diagnostics().stream().filter(x -> x.code().equals("JX-I-0244")).findFirst().orElseThrow();
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.location().orElseThrow().line()).hasValue(16L);
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0231");
  }

  @Test
  void anExecutionRowWithFiguresStillWarns() {
    ReadResult<PerformanceTable> r = read(HEAD + "\t预算执行率\t预算执行率\t\t\t\t\t\t10.00\t10.00\t1.00\n");
    assertThat(r.diagnostics()).filteredOn(f -> f.severity() == Severity.WARNING).isNotEmpty();
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0244");
  }

  @Test
  void anotherUnknownLabelOnAnEmptyRowStillWarns() {
    ReadResult<PerformanceTable> r = read(HEAD + "\t满意\t\t\t\t\t\t\t\t\t\n");
    assertThat(r.diagnostics()).extracting(Finding::code).contains("JX-I-0231").doesNotContain("JX-I-0244");
  }
}

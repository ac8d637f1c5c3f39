package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A self-evaluation report printed above its form (黄冈市档案馆 2020: 项目绩效自评报告 with its table of
 * 自评得分, 绩效目标完成情况 …, then 附件2 and the 自评表) is no form cut off above: its rows are kept as
 * notes, each said by an INFO naming the report (JX-I-0260), not by the WARNING that a row above
 * the first form may be a cut form's tail (JX-I-0201), which rows with no report above still get.
 */
class FormReportAboveTest {
  private static List<Finding> code(ReadResult<?> r, String code) {
    return r.diagnostics().stream().filter(f -> f.code().equals(code)).toList();
  }

  @Test
  void theRowsOfAReportAboveTheFormAreTheReports() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.HUANGGANG_DANGANGUAN));

    assertThat(code(r, "JX-I-0201")).isEmpty();
    assertThat(code(r, "JX-I-0260")).hasSize(10).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.rule()).isEqualTo(FormDiagnostics.OUTSIDE_FORM);
      assertThat(f.args()).containsEntry("report", "黃岡市檔案館2020年度 項目績效自評報告");
    });
    assertThat(r.value().notes()).hasSize(10).anySatisfy(n -> assertThat(n).startsWith("自評得分").contains("100分"));
    assertThat(r.value().projects()).singleElement().satisfies(p -> assertThat(p.name()).startsWith("檔案搶救與保護"));
  }

  /** Under a report's title, rows that read as a form's (a level label, a 总分) may still be a cut form's tail. */
  @Test
  void formRowsUnderAReportTitleKeepTheirWarning() {
    String tsv = "某县文化馆2020年度项目绩效自评报告\n一、项目基本情况\n\t效益指标\t社会效益指标\t群众知晓率\t≥90%\t95%\t30\t30\n"
        + "总分\t\t\t\t\t100\t100\n项目支出绩效自评表\n项目名称\t某项目\n";
    ReadResult<PerformanceTable> r = read(tsv);
    assertThat(code(r, "JX-I-0260")).extracting(f -> f.location().orElseThrow().line().orElseThrow()).containsExactly(1L, 2L);
    assertThat(code(r, "JX-I-0201")).filteredOn(f -> f.severity() == Severity.WARNING).hasSize(2);
  }

  @Test
  void rowsWithNoReportAboveOrUnderATaskAreStillMaybeACutFormsTail() {
    String form = "项目支出绩效自评表\n项目名称\t某项目\n";
    String tail = "\t满意度指标\t服务对象满意度\t≥90%\t95%\t10\t10\n总分\t\t\t\t\t100\t100\n";
    for (String above : List.of("", "按时报送绩效评价报告\n", "认真撰写年度绩效自评报告\n", "注：本表须随附项目绩效自评报告\n",
        "下一步将根据自评结果完善绩效评价报告\n")) {
      ReadResult<PerformanceTable> r = read(above + tail + form);
      assertThat(code(r, "JX-I-0260")).as(above).isEmpty();
      assertThat(code(r, "JX-I-0201")).as(above).filteredOn(f -> f.severity() == Severity.WARNING).hasSize(2);
    }
  }
}

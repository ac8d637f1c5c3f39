package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Breakdowns printed as label / figure pairs beside the funds block's headings (湖南零陵 2021: 按收入性质分 on the
 * left, 按支出性质分 with 基本支出 and 项目支出 on the right, under 全年执行数 and 分值) are labelled pairs, not figures of
 * the columns they stand in: no ERROR for a label where an amount goes, no 其中 row's own 分值, no unplaced row.
 */
class FormFundsBreakdownBesideTest {
  private static StrayCell stray(int column, String header, String text) {
    return StrayCell.of(column, Optional.of(header), text);
  }

  @Test
  void theTwoBreakdownsOfTheHunanDepartmentWideFormAreKeptAsLabelledPairs() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.LINGLING));
    Project p = r.value().projects().get(0);
    assertThat(r.diagnostics()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0211", "JX-I-0203", "JX-I-0222");
    assertThat(p.strayCells()).contains(
        stray(2, "按收入性质分", "2456.18"),
        stray(5, "按支出性质分", "2456.18"),
        stray(5, "其中:基本支出", "2299.98"),
        stray(5, "项目支出", "156.2"));
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0219")).hasSize(4)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    // the total and the by-type fund are read as before
    assertThat(p.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("2456.18"));
    assertThat(p.statedExecutionWeight()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("10"));
    assertThat(p.statedExecutionScore()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("10"));
    assertThat(p.funds()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FundKind.GENERAL_PUBLIC_BUDGET);
      assertThat(f.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo(new BigDecimal("2456.18")));
      assertThat(f.executed()).isEmpty();
    });
  }

  /** The class, not the one form: the pairs beside a standard form's fund row, in full-width colons. */
  @Test
  void aLabelEndingInAColonAmongTheFiguresStartsAPairOnAnyFundRow() {
    String form = "项目支出绩效自评表\n项目名称\t测试项目\n项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t100\t100\t90\t10\t90%\t9\n"
        + "\t其中：当年财政拨款\t100\t100\t90\t人员经费：\t60\t\n";
    ReadResult<PerformanceTable> r = read(form);
    Project p = r.value().projects().get(0);
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0211", "JX-I-0221", "JX-I-0223");
    assertThat(p.strayCells()).contains(stray(6, "人员经费", "60"));
    assertThat(p.funds()).extracting(FundSource::kind).containsExactly(FundKind.FISCAL_APPROPRIATION);
    assertThat(p.statedExecutionRate()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));
  }

  /** A label printed with no figure after it is kept as it stands, and not read as an amount. */
  @Test
  void aBreakdownLabelPrintedBlankIsKeptAlone() {
    String form = "部门整体支出绩效自评表\n部门名称\t某局\n年度预算申请(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t10\t10\t10\t10\t100%\t10\n"
        + "\t政府性基金拨款:\t\t\t项目支出:\t\t\t\n";
    ReadResult<PerformanceTable> r = read(form);
    assertThat(r.diagnostics()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(r.value().projects().get(0).strayCells()).extracting(StrayCell::text).contains("项目支出:");
  }
  @Test
  void aLabelAndItsFigureFusedInOneCellAreKeptAsAPairWhereverTheyStand() throws IOException {
    // 零陵林业 2021: the same template, each breakdown printed as label:figure in one cell
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.LINGLING_LINYE));
    Project p = r.value().projects().get(0);
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0222", "JX-I-0203");
    assertThat(p.strayCells()).contains(
        stray(1, "其中: 一般公共预算", "其中: 一般公共预算:1873.66万元"),
        stray(1, "其他资金", "其他资金:2880万元"),
        stray(4, "其中:基本支出", "其中:基本支出:1768.16万元"),
        stray(4, "项目支出", "项目支出:2985.5万元"));
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0219")).hasSize(6);
    // no fund of the model is made of a figure that stands in no amount column
    assertThat(p.funds()).isEmpty();
    assertThat(p.actual()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("3824.26"));
  }

  /** The class: a fund's label with its amount in the label cell, the amount columns left blank. */
  @Test
  void aFundLabelWithItsFigureAndNoAmountsIsKeptNotDropped() {
    String form = "项目支出绩效自评表\n项目名称\t测试项目\n项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
        + "\t年度资金总额\t100\t100\t90\t10\t90%\t9\n"
        + "\t其中：当年财政拨款：100\t\t\t\t\t\t\n";
    ReadResult<PerformanceTable> r = read(form);
    Project p = r.value().projects().get(0);
    assertThat(p.strayCells()).contains(stray(1, "其中：当年财政拨款", "其中：当年财政拨款：100"));
    assertThat(r.diagnostics()).filteredOn(f -> f.code().equals("JX-I-0219")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }
}

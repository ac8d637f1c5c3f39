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
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * A funds block printed as label | figure groups on every row, the total's and the breakdown's:
 * 河北成安 2020 (预算数 | 6.84 | 到位数 | 6.84 | 执行数 | 6.84, then 其中:财政资金 | 6.84 | 其中:财政资金 |
 * 6.84 | …, then 其他 | 0.00 | …) and 四川安居 2021 (预算数: | 2.38 | 执行数: | 2.38, then 其中:中央补助 |
 * 2.38 万元 | 其中:中央补助 | 2.38万元). Each breakdown row is a fund source: its figure under the
 * budget's label is its budget, under the executed amount's label its executed amount.
 */
class FormFundsPairRowsTest {
  private static final String TOP = "成安县民政局2020年度预算项目绩效自评表\n"
      + "一、基本情况\t项目名称:\t19名百岁老人高龄津贴\t是否为专项资金:\t\t实施(主管)单位\t314002-成安县民政局机关\t金额单位:\t万元\n"
      + "二、预算执行情况\t预算安排情况(调整后)\t\t资金到位情况\t\t资金执行情况\t\t预算执行进度(%)\n"
      + "\t预算数\t6.84\t到位数\t6.84\t执行数\t6.84\t100.00\n";

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  /** 成安 2020: the 其中 row's figures were stray cells, the 其他 row an unplaced row with a WARNING. */
  @Test
  void theBreakdownRowsOfPairsAreTheFundSources() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.CHENGAN));
    Project p = r.value().projects().get(0);
    assertThat(p.adjustedBudget()).contains(d("6.84"));
    assertThat(p.actual()).contains(d("6.84"));
    assertThat(p.funds()).containsExactly(
        FundSource.builder().kind(FundKind.FISCAL_APPROPRIATION).adjustedBudget(d("6.84")).executed(d("6.84"))
            .label("财政资金").build(),
        FundSource.builder().kind(FundKind.NON_FISCAL).adjustedBudget(d("0.00")).executed(d("0.00"))
            .label("其他").build());
    // the funds arrived (到位数) have no place in the model: kept, each under its label and fund
    assertThat(p.strayCells()).anySatisfy(c -> {
      assertThat(c.header()).contains("到位数(财政资金)");
      assertThat(c.text()).isEqualTo("6.84");
      assertThat(c.column()).isEqualTo(4);
    });
    assertThat(p.strayCells()).anySatisfy(c -> {
      assertThat(c.header()).contains("到位数(其他)");
      assertThat(c.text()).isEqualTo("0.00");
    });
    assertThat(r.diagnostics()).filteredOn(f -> f.severity() != Severity.INFO)
        .extracting(f -> f.location().map(l -> l.line().orElse(0L)).orElse(0L))
        .doesNotContain(5L, 6L);
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0203");
  }

  /** 安居 2021: the same shape with a unit after each figure and no 到位 group. */
  @Test
  void aTransferFormsBreakdownPairsWithTheirUnitsGiveItsCentralSubsidy() throws IOException {
    Project p = FormReader.builder().build().read(Fixtures.path(Fixtures.ANJU)).value().projects().get(0);
    assertThat(p.funds()).containsExactly(
        FundSource.builder().kind(FundKind.FISCAL_APPROPRIATION).adjustedBudget(d("2.38")).executed(d("2.38"))
            .label("中央补助").build());
    assertThat(p.strayCells()).noneSatisfy(c -> assertThat(c.text()).isIn("2.38 万元", "2.38万元"));
  }

  @Test
  void aBreakdownRowPrintedInBudgetTypesGivesThoseKinds() {
    Project p = read(TOP + "\t其中:一般公共预算\t5\t其中:一般公共预算\t5\t其中:一般公共预算\t4.5\n"
        + "\t上年结转资金\t1.84\t上年结转资金\t1.84\t上年结转资金\t1.84\n").value().projects().get(0);
    assertThat(p.funds()).extracting(FundSource::kind, FundSource::adjustedBudget, FundSource::executed).containsExactly(
        org.assertj.core.groups.Tuple.tuple(FundKind.GENERAL_PUBLIC_BUDGET, Optional.of(d("5")), Optional.of(d("4.5"))),
        org.assertj.core.groups.Tuple.tuple(FundKind.CARRIED_OVER, Optional.of(d("1.84")), Optional.of(d("1.84"))));
  }

  /** A row whose labels name different funds is not one fund source: it is kept as printed. */
  @Test
  void aRowWhoseGroupsNameDifferentFundsStaysAsPrinted() {
    ReadResult<PerformanceTable> r = read(TOP + "\t其中:财政资金\t6.84\t其中:财政资金\t6.84\t其他\t0.00\n");
    Project p = r.value().projects().get(0);
    assertThat(p.funds()).isEmpty();
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("其他", "0.00");
  }

  @Test
  void aWordWhereAFigureGoesIsKeptBesideTheFigures() {
    Project p = read(TOP + "\t其他\t无\t其他\t0.00\t其他\t0.00\n").value().projects().get(0);
    assertThat(p.funds()).containsExactly(
        FundSource.builder().kind(FundKind.NON_FISCAL).executed(d("0.00")).label("其他").build());
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("无");
  }
}

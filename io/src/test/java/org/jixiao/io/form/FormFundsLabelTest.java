package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * The funds block's other labels: a block of label / figure pairs with no column headings
 * (重庆奉节 2023: 项目总预算, 当年年度预算, 其中:财政资金, 年度预算执行率, 分值 10分) and the fund
 * rows of transfer payments (四川阆中 2021: 其中:中央补助, 地方资金; 咸宁 2021: 中央资金, 省级资金), a
 * budget named by its money (遂宁 2021: 转移支付预算数) and a column of sources with their total
 * (蔡甸 2021: 一般预算内拨款, 合计).
 */
class FormFundsLabelTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void aBlockOfLabelsEachFollowedByItsFigureGivesTheBudgetRateWeightAndFunds() {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(
        "项目名称\t2023年云雾土家族乡加工园配套设施建设项目\t\t\t项目分类\t资产资源类--房屋类\n"
            + "项目资金 预算执行 10分\t项目总预算\t65\t\t财政资金预算分类\t一般公共预算\n"
            + "\t当年年度预算\t65\t\t\t\n"
            + "\t其中:财政资金\t65\t\t财政资金科目代码\t21305\n"
            + "\t其中:其它资金\t0\t\t\t\n"
            + "\t年度预算执行率\t100%\t\t分值\t10分\n",
        "form.tsv");
    Project p = r.value().projects().get(0);
    assertThat(p.totalAmount()).contains(d("65"));
    assertThat(p.budget()).contains(d("65"));
    assertThat(p.statedExecutionRate()).contains(d("100"));
    assertThat(p.statedExecutionWeight()).contains(d("10"));
    assertThat(p.funds()).extracting(FundSource::kind, FundSource::budget).containsExactly(
        org.assertj.core.groups.Tuple.tuple(FundKind.FISCAL_APPROPRIATION, Optional.of(d("65"))),
        org.assertj.core.groups.Tuple.tuple(FundKind.NON_FISCAL, Optional.of(d("0"))));
    // 财政资金 and 其它资金 are not the kinds' own names: the labels printed are kept beside them
    assertThat(p.funds()).extracting(FundSource::label)
        .containsExactly(Optional.of("财政资金"), Optional.of("其它资金"));
    assertThat(p.strayCells()).contains(
        StrayCell.of(5, Optional.of("财政资金预算分类"), "一般公共预算"),
        StrayCell.of(5, Optional.of("财政资金科目代码"), "21305"));
    assertThat(r.diagnostics()).extracting(Finding::rule).doesNotContain(FormDiagnostics.UNPLACED_ROW);
  }

  @Test
  void aFundRowPrintedWithTheKindsOwnNameHasNoSeparateLabel() {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(
        "项目名称\t某项目\t\t\t\t\n"
            + "项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
            + "\t年度资金总额\t10\t10\t9\t90%\n"
            + "\t其中:当年财政拨款\t10\t10\t9\t\n",
        "form.tsv");
    assertThat(r.value().projects().get(0).funds()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FundKind.FISCAL_APPROPRIATION);
      assertThat(f.label()).isEmpty();
    });
  }

  @Test
  void aTransferPaymentsCentralSubsidyIsAFiscalFundSource() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.LANGZHONG));
    Project p = r.value().projects().get(0);
    assertThat(p.funds()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FundKind.FISCAL_APPROPRIATION); // 其中:中央补助 | 4000 | 4000 | 100%
      assertThat(f.adjustedBudget()).contains(d("4000"));
      assertThat(f.executed()).contains(d("4000"));
      assertThat(f.label()).contains("中央补助"); // what the form printed, not lost to the kind
    });
    assertThat(p.strayCells()).extracting(StrayCell::text).doesNotContain("其中:中央补助", "地方资金");
    assertThat(r.diagnostics()).filteredOn(f -> f.rule().equals(FormDiagnostics.UNPLACED_ROW))
        .noneSatisfy(f -> assertThat(f.location().flatMap(l -> l.text())).contains("地方资金"));
  }

  private static final String FUNDS_HEAD = "项目支出绩效自评表\n项目名称\t某建设项目\n"
      + "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n"
      + "\t年度资金总额:\t100\t100\t90\t10\t90%\t9\n";

  /**
   * A fund row's label wrapped in a narrow column, as text copied out of a PDF prints it: the
   * line the figures stand on and the line of the label's rest (below, or above when the figures
   * are centred on the label's second line). The row's figures were stray cells and the other
   * line an unplaced row.
   */
  @Test
  void aFundLabelWrappedOverTwoLinesReadsAsOneRowEitherWayRound() {
    for (String rows : new String[] {
        "\t其中：当年财\t80\t80\t72\n\t政拨款\n\t其他资\n\t金\t20\t20\t18\n",
        "\t其中：当年财政拨款\t80\t80\t72\n\t其他资金\t20\t20\t18\n"}) {
      ReadResult<PerformanceTable> r = FormReader.builder().build().read(FUNDS_HEAD + rows, "form.tsv");
      Project p = r.value().projects().get(0);
      assertThat(p.funds()).as(rows).extracting(FundSource::kind, FundSource::executed).containsExactly(
          org.assertj.core.groups.Tuple.tuple(FundKind.FISCAL_APPROPRIATION, Optional.of(d("72"))),
          org.assertj.core.groups.Tuple.tuple(FundKind.NON_FISCAL, Optional.of(d("18"))));
      assertThat(p.strayCells()).as(rows).isEmpty();
      assertThat(r.diagnostics()).as(rows).extracting(Finding::rule)
          .isEqualTo(rows.contains("\t政拨款\n") ? java.util.List.of(FormDiagnostics.WRAPPED_LABEL, FormDiagnostics.WRAPPED_LABEL)
              : java.util.List.of());
    }
  }

  /**
   * The 20/80 template's total, 年度财政资金总额, wrapped as 年度财政资金 / 总额: its first line names a
   * fund, and read so the total and the execution's 20 points were lost (长宁 2022: 84 became 100,
   * review 62c). The joined label names the total, and is read as it.
   */
  @Test
  void aTotalLabelWhoseFirstLineNamesAFundIsReadWhole() throws IOException {
    java.util.List<String> lines = java.nio.file.Files.readAllLines(Fixtures.path(Fixtures.CHANGNING));
    String total = lines.stream().filter(l -> l.contains("\t年度财政资金总额\t")).findFirst().orElseThrow();
    String wrapped = total.replace("\t年度财政资金总额\t", "\t年度财政资金\t") + "\n\t总额";
    Project published = FormReader.builder().build().read(String.join("\n", lines), "published").value().projects().get(0);
    Project copy = FormReader.builder().build()
        .read(String.join("\n", lines).replace(total, wrapped), "wrapped").value().projects().get(0);

    assertThat(published.adjustedBudget().or(published::budget)).isPresent();
    assertThat(copy.budget()).isEqualTo(published.budget());
    assertThat(copy.adjustedBudget()).isEqualTo(published.adjustedBudget());
    assertThat(copy.actual()).isEqualTo(published.actual());
    assertThat(copy.funds()).isEqualTo(published.funds());
    assertThat(copy.statedExecutionScore()).isEqualTo(published.statedExecutionScore());
  }

  /** A line under a fund row that joins its label into no fund's name is no part of it. */
  @Test
  void aLineUnderAFundRowThatNamesNoFundIsKeptNotJoined() {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(
        FUNDS_HEAD + "\t其中：当年财政拨款\t80\t80\t72\n\t说明\n", "form.tsv");
    assertThat(r.diagnostics()).extracting(Finding::rule).doesNotContain(FormDiagnostics.WRAPPED_LABEL);
    assertThat(r.value().projects().get(0).strayCells()).extracting(StrayCell::text).contains("说明");
  }

  @Test
  void aSourcesColumnUnderTheOldNameOfTheGeneralBudgetAndItsTotalAreRead() throws IOException {
    // 蔡甸 2021: 資金來源 | 一般預算內撥款 | 63 | 63 | 100%, then 合計 | 63 | 63 | 100%; 一般预算 is
    // the general public budget's name before 2015, 合计 the total of the sources above it
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.CAIDIAN));
    Project p = r.value().projects().get(0);
    assertThat(p.adjustedBudget()).contains(d("63"));
    assertThat(p.actual()).contains(d("63"));
    assertThat(p.funds()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FundKind.GENERAL_PUBLIC_BUDGET);
      assertThat(f.adjustedBudget()).contains(d("63"));
      assertThat(f.label()).contains("一般預(yù)算內(nèi)撥款"); // as printed, glosses and all
    });
    assertThat(r.diagnostics()).extracting(Finding::rule).doesNotContain(FormDiagnostics.UNPLACED_ROW);
  }

  @Test
  void aBudgetNamedByItsMoneyIsTheBudgetItsExecutionIsOf() throws IOException {
    // 遂宁 2021: 转移支付预算数(A) | 5.8万 | 预算执行率(B/A) | 100%, then 转移支付执行数(B) | 5.8万
    Project p = FormReader.builder().build().read(Fixtures.path(Fixtures.SUINING)).value().projects().get(0);
    assertThat(p.adjustedBudget()).contains(d("5.8"));
    assertThat(p.actual()).contains(d("5.8"));
    assertThat(p.statedExecutionRate()).contains(d("100"));
  }

  @Test
  void theMoneyOfEachLevelOfGovernmentIsAnAppropriationWithItsLabelKept() throws IOException {
    // 咸宁 2021: 其中:中央资金 871, 省级资金 0, 地方资金 1509.91, 其他资金 0 under 年度资金总额 2380.91
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.XIANNING));
    Project p = r.value().projects().get(0);
    assertThat(p.funds()).extracting(FundSource::kind, FundSource::adjustedBudget, FundSource::label).containsExactly(
        org.assertj.core.groups.Tuple.tuple(FundKind.FISCAL_APPROPRIATION, Optional.of(d("871")), Optional.of("中央资金")),
        org.assertj.core.groups.Tuple.tuple(FundKind.FISCAL_APPROPRIATION, Optional.of(d("0")), Optional.of("省级资金")),
        org.assertj.core.groups.Tuple.tuple(FundKind.FISCAL_APPROPRIATION, Optional.of(d("1509.91")), Optional.of("地方资金")),
        org.assertj.core.groups.Tuple.tuple(FundKind.NON_FISCAL, Optional.of(d("0")), Optional.empty()));
    assertThat(p.strayCells()).extracting(StrayCell::text).doesNotContain("中央资金", "省级资金");
  }

  @Test
  void aLabelThatNamesAPlaceOrAWordBeforeZijinIsNoLevelOfGovernment() {
    // only the levels' own names: 专项资金, 配套资金 and 项目资金 are no fund rows of a level
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(
        "项目名称\t某项目\t\t\t\n"
            + "项目资金(万元)\t\t全年预算数\t全年执行数\t执行率\n"
            + "\t年度资金总额\t10\t9\t90%\n"
            + "\t其中:县级资金\t6\t5\t\n"
            + "\t配套资金\t4\t4\t\n",
        "form.tsv");
    Project p = r.value().projects().get(0);
    assertThat(p.funds()).extracting(FundSource::label).containsExactly(Optional.of("县级资金"));
    // the row's figures are kept under its label, not taken for a fund's
    assertThat(p.strayCells()).filteredOn(c -> c.header().orElse("").contains("配套资金") || c.text().contains("配套资金"))
        .isNotEmpty();
  }

  @Test
  void anActualHeadedWithoutItsShuIsTheActual() {
    // 新洲 2020 (m.taowenge.com/p-96795578.html): 全年执行, not 全年执行数, over the executed amounts
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(
        "项目名称\t演出设备更新专项经费\t\t\t\t\t\t\n"
            + "项目资金 (万元)\t\t年初预算数\t全年预算数\t全年执行\t分值\t执行率\t得分\n"
            + "\t年度资金总额\t30\t30\t30\t10\t100%\t10\n"
            + "\t其中:当年财政拨款\t30\t30\t30\t\t100%\t\n",
        "form.tsv");
    Project p = r.value().projects().get(0);
    assertThat(p.actual()).contains(d("30"));
    assertThat(p.funds()).singleElement().satisfies(f -> assertThat(f.executed()).contains(d("30")));
    assertThat(p.strayCells()).isEmpty();
  }

  @Test
  void theExecutionsWeightAndScoreNamedAfterTheRateAreItsPointsAndTheTotalAmountIsTheTotal() {
    // 重庆's 部门整体绩效自评表 (梁平 2022, m.001doc.com/doc/900957.html, whose copy lost the amounts'
    // leading digits; the figures here are whole): 执行率权重 and 执行率得分 beside 执行率, rows
    // 年度总金额 and 其中财政拨款
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(
        "部门整体绩效自评表\n"
            + "主管部门\t重庆市梁平区林业局\t部门联系人\t李薇\t联系电话\t\t自评总分(分)\t97.93\n"
            + "\t年初预算数\t全年(调整)预算数\t全年执行数\t执行率\t执行率权重\t执行率得分\n"
            + "年度总金额\t100\t100\t79.27\t79.27\t10\t7.93\n"
            + "其中财政拨款\t100\t100\t79.27\n",
        "form.tsv");
    Project p = r.value().projects().get(0);
    assertThat(p.budget()).contains(d("100"));
    assertThat(p.actual()).contains(d("79.27"));
    assertThat(p.statedExecutionRate()).contains(d("79.27"));
    assertThat(p.statedExecutionWeight()).contains(d("10"));
    assertThat(p.statedExecutionScore()).contains(d("7.93"));
    assertThat(p.funds()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(FundKind.FISCAL_APPROPRIATION));
  }

  @Test
  void anotherYearsBudgetBesideTheBudgetIsNotTheBudget() {
    // a 下年预算数 column after 全年预算数(A) (a review's case on 天长 2022's form): the budget stays 880
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(
        "项目名称\t水旱灾害防御经费\t\t\t\t\t\t\n"
            + "项目资金 (万元)\t\t全年预算数(A)\t全年执行数(B)\t分值\t执行率(B/A)\t得分\t下年预算数\n"
            + "\t年度资金总额:\t880\t860\t10\t97.73%\t9.77\t1200\n",
        "form.tsv");
    Project p = r.value().projects().get(0);
    assertThat(p.adjustedBudget()).contains(d("880"));
    assertThat(p.strayCells()).extracting(StrayCell::text).contains("1200");
  }

  @Test
  void theTotalRowThatEndsAFormIsNoFundsTotalUnderTheLastIndicator() {
    // 青神 2023's Sichuan form ends in 合计 | … | 100 | 90; an indicator named like a budget heading
    // right above it (项目预算数, a review's case) stays an indicator, and the stated 90 is kept
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(
        "项目名称\t工资性支出\t\t\t\t\t\t\t\t\n"
            + "预算执行情况(10分)\t年度预算数(万元)\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\n"
            + "\t总额\t238.93\t251.89\t251.89\t100.00%\t10\t10\n"
            + "绩效指标(90分)\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\n"
            + "\t产出指标\t数量指标\t发放(缴纳)覆盖率\t=\t100\t%\t100\t80\t80\n"
            + "\t成本指标\t经济成本指标\t项目预算数\t≤\t251.89\t万元\t251.89\t10\t10\n"
            + "合计\t\t\t\t\t\t\t\t100\t90\n",
        "form.tsv");
    Project p = r.value().projects().get(0);
    assertThat(p.indicators().indicators()).extracting(i -> i.name().orElse("")).containsExactly("发放(缴纳)覆盖率", "项目预算数");
    assertThat(p.statedScore()).contains(d("90"));
  }
}

package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

/** The table checks (sequence, totals, fund totals) on small tables. The seed is in SeedTableTest. */
class TableChecksTest {
  @Test
  void duplicateAndOutOfOrderSequenceNumbersAreWarnings() {
    var table = table(List.of(row(1, "10.00"), row(3, "10.00"), row(2, "10.00"), row(3, "10.00")), null);

    List<Finding> findings = findings(table, BuiltInIds.SEQUENCE);
    assertThat(findings).anyMatch(f -> f.severity() == Severity.WARNING && f.code().equals("JX-R-0292") && f.message().equals("序号2排在3之后，顺序有误"));
    assertThat(findings).anyMatch(f -> f.severity() == Severity.WARNING && f.code().equals("JX-R-0291") && "3".equals(f.args().get("seq")));
  }

  @Test
  void gapsInTheSequenceAreNamedAsRanges() {
    var table = table(List.of(row(1, "1"), row(2, "1"), row(5, "1"), row(6, "1"), row(9, "1")), null);

    assertThat(findings(table, BuiltInIds.SEQUENCE))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.code()).isEqualTo("JX-R-0293");
          assertThat(f.args()).containsEntry("seqs", "3–4, 7–8").containsEntry("count", "4");
        });
  }

  @Test
  void totalsEqualToTheRowsAreFine() {
    var table = table(List.of(row(1, "10.00"), row(2, "20.00")), totals("30.00", "30.00"));

    assertThat(findings(table, BuiltInIds.TOTALS)).isEmpty();
  }

  @Test
  void totalsDisagreeingWithCompleteRowsAreAnError() {
    var table = table(List.of(row(1, "10.00"), row(2, "20.00")), totals("31.00", "30.00"));

    assertThat(findings(table, BuiltInIds.TOTALS)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.code()).isEqualTo("JX-R-0304");
      assertThat(f.args()).containsEntry("stated", "31.00").containsEntry("sum", "30.00").containsEntry("difference", "1.00");
    });
  }

  @Test
  void totalsAboveRowsWithGapsNameTheMissingRowsInsteadOfCallingTheSumsWrong() {
    var table = table(List.of(row(1, "10.00"), row(3, "20.00")), totals("35.00", "35.00"));

    assertThat(findings(table, BuiltInIds.TOTALS)).hasSize(2).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.code()).isIn("JX-R-0302", "JX-R-0303");
      assertThat(f.args()).containsEntry("missing", "2");
      assertThat(f.message()).contains("缺少序号2").doesNotContain("不符");
    });
  }

  @Test
  void rowsAddingUpToMoreThanTheTotalsAreAnErrorEvenWithGaps() {
    var table = table(List.of(row(1, "10.00"), row(3, "20.00")), totals("25.00", "30.00"));

    assertThat(findings(table, BuiltInIds.TOTALS))
        .anyMatch(f -> f.severity() == Severity.ERROR && f.code().equals("JX-R-0304") && "-5.00".equals(f.args().get("difference")));
  }

  @Test
  void aFundColumnAboveItsTotalIsAnErrorNamingTheRows() {
    Project a = row(1, "10.00");
    Project b =
        Project.builder().from(row(2, "20.00")).funds(List.of(FundSource.executed(FundKind.GOVERNMENT_FUND_BUDGET, new BigDecimal("20.00")))).build();
    TotalsRow totals =
        TotalsRow.builder()
            .budget(new BigDecimal("30.00"))
            .actual(new BigDecimal("30.00"))
            .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("30.00")))
            .addFunds(FundSource.executed(FundKind.GOVERNMENT_FUND_BUDGET, new BigDecimal("0.00")))
            .build();

    // 20.00 under 政府性基金预算 in 序号 2 while the total has 0.00; 一般公共预算 total is 20 above its
    // rows: the same amount, so it is read as a column mix-up
    assertThat(findings(table(List.of(a, b), totals), BuiltInIds.FUND_TOTALS))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.code()).isEqualTo("JX-R-0311");
          assertThat(f.message()).contains("序号 2").contains("政府性基金预算").contains("一般公共预算").contains("填错了列");
        });
  }

  @Test
  void aRatePrintedInTheTotalsRowIsCheckedAgainstItsOwnAmounts() {
    TotalsRow totals = TotalsRow.builder().from(totals("30.00", "30.00")).statedExecutionRate(new BigDecimal("90.00")).build();

    assertThat(findings(table(List.of(row(1, "10.00"), row(2, "20.00")), totals), BuiltInIds.TOTALS))
        .singleElement()
        .satisfies(f -> assertThat(f.args()).containsEntry("stated", "90.00").containsEntry("derived", "100.00"));
  }

  @Test
  void aFundColumnAboveItsTotalWithoutACounterpartIsAnError() {
    TotalsRow totals =
        TotalsRow.builder()
            .from(totals("30.00", "30.00"))
            .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("25.00")))
            .build();

    assertThat(findings(table(List.of(row(1, "10.00"), row(2, "20.00")), totals), BuiltInIds.FUND_TOTALS))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.code()).isEqualTo("JX-R-0312");
          assertThat(f.args()).containsEntry("sum", "30.00").containsEntry("total", "25.00").containsEntry("rows", "序号 1 (10.00), 序号 2 (20.00)");
        });
  }

  @Test
  void aFundTotalAboveCompleteRowsIsAnErrorButWithGapsItIsLeftToTheMissingRows() {
    TotalsRow totals =
        TotalsRow.builder()
            .from(totals("40.00", "40.00"))
            .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("40.00")))
            .build();

    assertThat(findings(table(List.of(row(1, "10.00"), row(2, "20.00")), totals), BuiltInIds.FUND_TOTALS))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("超过各行之和30.00，相差10.00"));
    assertThat(findings(table(List.of(row(1, "10.00"), row(3, "20.00")), totals), BuiltInIds.FUND_TOTALS)).isEmpty();
  }

  @Test
  void fundColumnsEqualToTheirRowsAreFine() {
    TotalsRow totals =
        TotalsRow.builder()
            .from(totals("30.00", "30.00"))
            .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("30.00")))
            .build();

    assertThat(findings(table(List.of(row(1, "10.00"), row(2, "20.00")), totals), BuiltInIds.FUND_TOTALS)).isEmpty();
  }

  @Test
  void aFundColumnAboveItsTotalNamesTenRowsAndCountsTheRest() {
    List<Project> rows = new java.util.ArrayList<>();
    for (int seq = 1; seq <= 12; seq++) {
      rows.add(row(seq, "1.00"));
    }
    TotalsRow totals =
        TotalsRow.builder()
            .from(totals("12.00", "12.00"))
            .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("5.00")))
            .build();

    assertThat(findings(table(rows, totals), BuiltInIds.FUND_TOTALS))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.args()).containsEntry("sum", "12.00").containsEntry("total", "5.00");
          assertThat(f.args().get("rows")).endsWith("序号 9 (1.00), 序号 10 (1.00) … +2").doesNotContain("序号 11");
        });
  }

  private static List<Finding> findings(PerformanceTable table, String rule) {
    TableEvaluation e = Evaluator.defaults().evaluate(table);
    return e.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  private static Project row(int seq, String amount) {
    BigDecimal a = new BigDecimal(amount);
    return Project.builder()
        .seq(seq)
        .name("项目" + seq)
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(a)
        .actual(a)
        .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, a))
        .build();
  }

  private static TotalsRow totals(String budget, String actual) {
    return TotalsRow.builder().budget(new BigDecimal(budget)).actual(new BigDecimal(actual)).build();
  }

  private static PerformanceTable table(List<Project> rows, @org.jspecify.annotations.Nullable TotalsRow totals) {
    PerformanceTable.Builder table = PerformanceTable.builder().moneyUnit(MoneyUnit.WAN_YUAN).projects(rows);
    if (totals != null) {
      table.totals(totals);
    }
    return table.build();
  }
}

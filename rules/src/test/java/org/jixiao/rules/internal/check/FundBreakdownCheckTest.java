package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

class FundBreakdownCheckTest {
  @Test
  void fundSourcesAddingUpToTheActualAreFine() {
    // 序号 17: 800.00 + 38.76 = 838.76
    var project =
        Projects.consistent()
            .actual(new BigDecimal("838.76"))
            .budget(new BigDecimal("845.00"))
            .statedExecutionRate(new BigDecimal("99.26"))
            .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("800.00")))
            .addFunds(FundSource.executed(FundKind.GOVERNMENT_FUND_BUDGET, new BigDecimal("38.76")))
            .build();

    assertThat(Projects.findings(project, BuiltInIds.FUND_BREAKDOWN)).isEmpty();
  }

  @Test
  void fundSourcesAddingUpToMoreThanTheActualAreAnError() {
    var project =
        Projects.consistent()
            .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("90.00")))
            .addFunds(FundSource.executed(FundKind.NON_FISCAL, new BigDecimal("10.00")))
            .build();

    assertThat(Projects.findings(project, BuiltInIds.FUND_BREAKDOWN)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.code()).isEqualTo("JX-R-0201");
      assertThat(f.args()).containsEntry("sum", "100.00").containsEntry("total", "95.00");
      assertThat(f.args().get("parts")).contains("一般公共预算 90.00");
      assertThat(f.message()).doesNotContain("缺少资金列");
      assertThat(f.location().flatMap(l -> l.path())).contains("actual");
    });
  }

  @Test
  void fundSourcesAddingUpToLessThanTheActualAreAWarning() {
    var project =
        Projects.consistent().addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("80.00"))).build();

    assertThat(Projects.findings(project, BuiltInIds.FUND_BREAKDOWN))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aShortfallNamesOnlyTheSourcesThatStateAnAmountAndSaysAColumnMayBeMissing() {
    var project =
        Projects.consistent()
            .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("80.00")))
            .addFunds(FundSource.builder().kind(FundKind.GOVERNMENT_FUND_BUDGET).budget(new BigDecimal("20.00")).build())
            .build();

    assertThat(Projects.findings(project, BuiltInIds.FUND_BREAKDOWN))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo("JX-R-0203");
          assertThat(f.message()).isEqualTo("各资金来源的实际支出合计为80.00（一般公共预算 80.00），少于实际支出合计95.00，可能缺少资金列");
          assertThat(org.jixiao.rules.Messages.localise(f, java.util.Locale.ENGLISH).message())
              .isEqualTo("the fund sources' actual spending adds up to 80.00 (一般公共预算 80.00), less than the actual total 95.00; a fund column may be missing");
        });
  }

  @Test
  void sourcesStatingOnlyBudgetsAreNotComparedWithTheActual() {
    var project =
        Projects.consistent()
            .addFunds(FundSource.builder().kind(FundKind.GENERAL_PUBLIC_BUDGET).budget(new BigDecimal("100.00")).build())
            .build();

    assertThat(Projects.findings(project, BuiltInIds.FUND_BREAKDOWN)).isEmpty();
  }

  @Test
  void budgetsBySourceAddingUpToMoreThanTheBudgetAreAnErrorOnTheBudget() {
    var project =
        Projects.consistent()
            .addFunds(FundSource.builder().kind(FundKind.GENERAL_PUBLIC_BUDGET).budget(new BigDecimal("80.00")).executed(new BigDecimal("50.00")).build())
            .addFunds(FundSource.builder().kind(FundKind.NON_FISCAL).budget(new BigDecimal("30.00")).executed(new BigDecimal("45.00")).build())
            .build();

    assertThat(Projects.findings(project, BuiltInIds.FUND_BREAKDOWN))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.code()).isEqualTo("JX-R-0202");
          assertThat(f.args()).containsEntry("sum", "110.00").containsEntry("total", "100.00");
          assertThat(f.location().flatMap(l -> l.path())).contains("budget");
        });
  }

  @Test
  void budgetsAreComparedOnlyWhenEverySourceStatesOne() {
    var project =
        Projects.consistent()
            .addFunds(FundSource.builder().kind(FundKind.GENERAL_PUBLIC_BUDGET).budget(new BigDecimal("80.00")).executed(new BigDecimal("95.00")).build())
            .addFunds(FundSource.executed(FundKind.NON_FISCAL, new BigDecimal("0.00")))
            .build();

    assertThat(Projects.findings(project, BuiltInIds.FUND_BREAKDOWN)).isEmpty();
  }
}

package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.io.form.Fixtures.read;

import java.io.IOException;
import java.math.BigDecimal;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * 广水市's local template prints its funds by source as columns (项目资金 来源 | 中央 (万元) | 省、地 (万元) | 本级 (万元) |
 * 其他 (万元) | 合计 (万元) | 执行数 (万元) | 执行率) with one row of figures under them. Before, no funds were read and
 * the rules said 未填写预算 of a form stating its budget. Each heading is read by its words, in any order.
 */
class FormFundsBySourceTest {
  private static final String HEAD = "广水市财政预算支出项目绩效目标自评表\n项目名称\t测试项目\n";

  private static FundSource source(FundKind kind, String amount, String label) {
    return FundSource.builder().kind(kind).budget(new BigDecimal(amount)).label(label).build();
  }

  private static Project only(ReadResult<PerformanceTable> r) {
    assertThat(r.value().projects()).hasSize(1);
    return r.value().projects().get(0);
  }

  @Test
  void guangshui2021ReadsItsTotalAsTheBudgetItsExecutedAmountItsRateAndEachPrintedSource() throws IOException {
    ReadResult<PerformanceTable> r = FormReader.builder().build().read(Fixtures.path(Fixtures.GUANGSHUI_2021));
    Project p = only(r);
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(p.budget()).contains(new BigDecimal("309"));
    assertThat(p.actual()).contains(new BigDecimal("309"));
    assertThat(p.statedExecutionRate()).contains(new BigDecimal("100"));
    assertThat(p.funds()).containsExactly(source(FundKind.FISCAL_APPROPRIATION, "309", "本级"));
    // the headings and figures are read, not kept as stray cells beside the funds
    assertThat(r.diagnostics()).extracting(Finding::code).doesNotContain("JX-I-0212", "JX-I-0205");
  }

  @Test
  void guangshui2019ReadsItsFiveAndAHalfWanYuan() throws IOException {
    Project p = only(FormReader.builder().build().read(Fixtures.path(Fixtures.GUANGSHUI_2019)));
    assertThat(p.budget()).contains(new BigDecimal("5.5"));
    assertThat(p.actual()).contains(new BigDecimal("5.5"));
    assertThat(p.funds()).containsExactly(source(FundKind.FISCAL_APPROPRIATION, "5.5", "本级"));
  }

  @Test
  void headingsInAnotherOrderWithoutOtherAndInYuanAreReadByTheirWords() {
    Project p = only(read(HEAD + "资金来源\t合计(元)\t本级(元)\t中央资金(元)\t执行数(元)\t执行率\n"
        + "\t30000\t10000\t20000\t27000\t90%\n"));
    assertThat(p.moneyUnit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(p.budget()).contains(new BigDecimal("30000"));
    assertThat(p.actual()).contains(new BigDecimal("27000"));
    assertThat(p.statedExecutionRate()).contains(new BigDecimal("90"));
    assertThat(p.funds()).containsExactly(
        source(FundKind.FISCAL_APPROPRIATION, "10000", "本级"), source(FundKind.FISCAL_APPROPRIATION, "20000", "中央资金"));
  }

  @Test
  void otherMoneyIsNonFiscalAndEverySourcePrintedIsKept() {
    Project p = only(read(HEAD + "项目资金 来源\t中央 (万元)\t省、地 (万元)\t本级 (万元)\t其他 (万元)\t合计 (万元)\t执行数 (万元)\t执行率\n"
        + "\t1\t2\t3\t4\t10\t8\t0.8\n"));
    assertThat(p.funds()).containsExactly(
        source(FundKind.FISCAL_APPROPRIATION, "1", "中央"), source(FundKind.FISCAL_APPROPRIATION, "2", "省、地"),
        source(FundKind.FISCAL_APPROPRIATION, "3", "本级"), source(FundKind.NON_FISCAL, "4", "其他"));
    assertThat(p.budget()).contains(new BigDecimal("10"));
    assertThat(p.statedExecutionRate()).contains(new BigDecimal("80")); // 0.8 of 10 is 8: a fraction, as the standard block reads it
  }

  @Test
  void aRowUnderTheHeadingsThatIsNotFiguresLeavesTheHeadingsAsBefore() {
    ReadResult<PerformanceTable> r = read(HEAD + "项目资金 来源\t中央 (万元)\t本级 (万元)\t合计 (万元)\t执行数 (万元)\n"
        + "\t见附表\t\t5\t5\n");
    Project p = only(r);
    assertThat(p.budget()).isEmpty();
    assertThat(p.funds()).isEmpty();
    // nothing lost: the cells are kept as they were before such funds were read (见附表 as the label of the 5 beside it)
    assertThat(p.strayCells()).extracting(c -> c.text()).contains("中央 (万元)", "5");
    assertThat(p.strayCells()).extracting(c -> c.header().orElse("")).contains("见附表");
  }

  @Test
  void aPercentUnderAnAmountHeadingIsNoRowOfFigures() {
    Project p = only(read(HEAD + "项目资金 来源\t中央 (万元)\t本级 (万元)\t合计 (万元)\t执行数 (万元)\n\t50%\t\t5\t5\n"));
    assertThat(p.budget()).isEmpty();
    assertThat(p.funds()).isEmpty();
  }

  @Test
  void oneSourceOrAHeadingOfAnotherBlockIsNotThisLayout() {
    assertThat(only(read(HEAD + "项目资金 来源\t本级 (万元)\t合计 (万元)\t执行数 (万元)\n\t5\t5\t5\n")).funds()).isEmpty();
    assertThat(only(read(HEAD + "项目资金 来源\t中央\t本级\t到位数\t合计\n\t1\t2\t3\t3\n")).funds()).isEmpty();
  }

  @Test
  void aFigureAttachedToAnotherUnitIsConvertedAndSaid() {
    ReadResult<PerformanceTable> r = read(HEAD + "项目资金 来源\t中央 (万元)\t本级 (万元)\t合计 (万元)\t执行数 (万元)\n"
        + "\t\t50000元\t5\t5\n");
    Project p = only(r);
    assertThat(p.funds()).hasSize(1);
    assertThat(p.funds().get(0).budget().orElseThrow()).isEqualByComparingTo("5");
    assertThat(r.diagnostics()).extracting(Finding::code).contains("JX-I-0213");
  }
}

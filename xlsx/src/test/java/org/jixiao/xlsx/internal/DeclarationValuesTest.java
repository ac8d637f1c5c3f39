package org.jixiao.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values of a declaration's top block are read as printed: amounts with their units and
 * breakdowns, and the option a row of check boxes ticks, however a copy printed the boxes. Cases
 * from real declarations of 湘潭, 黄石, 岳阳, 宁乡 and 岳阳楼区 (declarations/SOURCES.md).
 */
class DeclarationValuesTest {
  @Test
  void wanAloneAfterAnAmountIsWanYuan() {
    assertThat(DeclarationValues.amount("250万")).contains(new BigDecimal("250"));
    assertThat(DeclarationValues.unitNamed("年度本级预算金额", "250万")).contains(MoneyUnit.WAN_YUAN);
    assertThat(DeclarationValues.unitNamed("年度本级预算金额", "250")).isEmpty();
    assertThat(DeclarationValues.amount("万")).isEmpty();
  }

  @Test
  void anAmountWithItsBreakdownInBracketsKeepsTheBreakdown() {
    // 岳阳 2022: 年度资金总额: | 854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)
    Optional<DeclarationFunds.AmountCell> cell =
        DeclarationFunds.amountCell("854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)");

    assertThat(cell).hasValueSatisfying(c -> {
      assertThat(c.amount()).isEqualByComparingTo("854");
      assertThat(c.amountText()).isEqualTo("854万");
      assertThat(c.breakdown()).contains("(高标准农田建设400万元,示范建设295万元,畅通工程159万元)");
      assertThat(c.funds()).isEmpty();
    });
  }

  @Test
  void aFundsBlockInTheAmountsCellGivesTheAmountAndItsFunds() {
    // 湘潭 2024: 项目资金申请 (万元) | 资金总额: 250 一、预算资金:250 二、自有资金:0 三、其他:0
    Optional<DeclarationFunds.AmountCell> cell = DeclarationFunds.amountCell("资金总额: 250 一、预算资金:250 二、自有资金:0 三、其他:0");

    assertThat(cell).hasValueSatisfying(c -> {
      assertThat(c.amount()).isEqualByComparingTo("250");
      assertThat(c.breakdown()).isEmpty();
      assertThat(c.funds()).extracting(FundSource::kind, f -> f.budget().orElseThrow().toPlainString())
          .containsExactly(
              tuple(FundKind.FISCAL_APPROPRIATION, "250"), tuple(FundKind.NON_FISCAL, "0"), tuple(FundKind.NON_FISCAL, "0"));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "854万854万(高标准农田建设400万元)", // a figure doubled: not guessed at
    "资金总额: 250 另含上年结转", // words after the amount that are no numbered fund
    "250 一、预算资金", // a fund without its amount
    "约250万元左右",
    "详见测算表"})
  void aCellThatIsNoAmountIsNotGuessedAt(String cell) {
    assertThat(DeclarationFunds.amountCell(cell)).as(cell).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "持续性项目■ 新增性项目口|持续性项目", // 黄石 2022
    "新增项目□延续项目√|延续项目", // 宁乡 2021
    "□是 ☑否|否",
    "☑新增 □延续 □其他|新增",
    // ticks a symbol font printed as letters once copied as text (岳阳楼区 2021: Wingdings 2's R)
    "新增项目□                       延续项目R|延续项目",
    "新增项目þ 延续项目¨|新增项目",
    "þ是 □否|是"})
  void theTickedOptionOfARowOfBoxesIsItsValue(String printed, String option) {
    assertThat(DeclarationValues.ticked(printed)).contains(option);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "持续性项目", "人口普查项目", "新增项目□延续项目□", // no tick
    "新增■延续■", // two ticks
    "■",
    "R&D项目□", "ISO9001认证R□", "项目R"})
  void textWithoutOneTickedOptionIsNotReadAsBoxes(String printed) {
    assertThat(DeclarationValues.ticked(printed)).as(printed).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "新增项目□ 延续项目R|false", "持续性项目■ 新增性项目口|false", "☑新增 □延续|true", "新增项目|true"})
  void aChoiceBetweenANewAndAContinuingProjectSaysWhetherItIsNew(String printed, boolean fresh) {
    assertThat(DeclarationValues.newOrContinuing(printed)).contains(fresh);
  }

  @ParameterizedTest
  @ValueSource(strings = {"经常性项目", "1.基本建设类 □    其中:新建  □    扩建  □    改建  □", "新增项目□延续项目□"})
  void otherChoicesSayNothingOfWhetherTheProjectIsNew(String printed) {
    assertThat(DeclarationValues.newOrContinuing(printed)).as(printed).isEmpty();
  }

  @Test
  void valuesInTraditionalScriptAreReadAsTheirSimplifiedTwins() {
    assertThat(DeclarationValues.statedUnit("金額單位：萬元")).contains(MoneyUnit.WAN_YUAN);
    assertThat(DeclarationValues.unitNamed("本年度項目金額", "250萬")).contains(MoneyUnit.WAN_YUAN);
    assertThat(DeclarationValues.amount("250萬")).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("250"));
    assertThat(DeclarationValues.amount("總額50萬元")).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("50"));
    assertThat(DeclarationValues.newOrContinuing("新增項目□ 延續項目☑")).contains(false);
  }
}

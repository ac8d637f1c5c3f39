package org.jixiao.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.xlsx.internal.DeclarationLabels.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The labels of a declaration's top block are read by their kind, not by a list alone: the year
 * before a label, a project's money however it is worded, and what a copy damaged. Cases from
 * real declarations of 湘潭, 黄石, 岳阳 and a mirror of a 城市管理委员会's (declarations/SOURCES.md).
 */
class DeclarationLabelsTest {
  @ParameterizedTest
  @CsvSource({
    // the year before a label: the year's field
    "本年度绩效目标, GOAL",
    "本年度 绩效目标, GOAL",
    "当年绩效目标, GOAL",
    "当年项目金额, AMOUNT",
    "本年度项目总金额, AMOUNT",
    // the goal of the whole period
    "实施期绩效目标, LONG_TERM",
    "实施期目标, LONG_TERM",
    "总体绩效目标, LONG_TERM",
    // the department, by the words templates print
    "预算部门, DEPARTMENT",
    "主管预算部门, DEPARTMENT",
    "主管部门及其编码, DEPARTMENT",
    // the project's money, however worded; its total when it says 总
    "项目金额, AMOUNT",
    "项目预算金额 (万元), AMOUNT",
    "项目资金申请 (万元), AMOUNT",
    "项目预算, AMOUNT",
    "申请金额, AMOUNT",
    "项目总预算金额, TOTAL",
    "项目资金总额, TOTAL",
    "中期预算资金总额, TOTAL",
    "预算申报数, AMOUNT",
    "项目总投资, TOTAL",
    "年度预算资金总额, AMOUNT",
    // the declaring level's department, and the reporting unit
    "区县主管部门, DEPARTMENT",
    "市级主管部门, DEPARTMENT",
    "填报单位(盖章), UNIT",
    "单位名称, UNIT",
    // of a first- and a second-level project, the second is the one declared
    "二级项目名称, NAME",
    // a label a copy could not carry whole
    "'绩?????????? 效?????????? 目???????? 标', GOAL",
    // a text's label without 的, or with 项目 before it (岳阳楼区 2021), and with 及说明 after it
    "项目立项依据, POLICY",
    "立项的依据, POLICY",
    "项目测算依据, CALCULATION",
    "测算依据及说明, CALCULATION",
  })
  void aLabelIsReadAsTheFieldItNames(String label, Field field) {
    assertThat(DeclarationLabels.field(label)).contains(field);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    // rows of the funds under the amount, and money spent: no field of the top block
    "其中:当年市级财政资金", "该项目支出上级资金", "其中：财政拨款", "自有资金", "其他资金", "上年结转资金",
    "项目执行金额", "实际支出数", "财政资金预算分类",
    // other words that end like money
    "资金使用单位情况说明书的金额", "绩效指标", "指标值", "项目负责人",
    // the levels above the declaring one on a regional table, and the parent project
    "中央主管部门", "省级主管部门", "一级项目名称",
    // 项目 before a label that names no text: not taken by the 项目立项依据 rule
    "项目期限说明", "项目主管"})
  void wordsThatAreNoTopFieldAreNone(String label) {
    assertThat(DeclarationLabels.field(label)).as(label).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"指标值及单位, 指标值", "目标值及计量单位, 目标值", "指标值（含单位）, 指标值", "年度指标值, 年度指标值", "指标目标值, 目标值"})
  void aTargetHeadingWithItsUnitIsTheTargetHeading(String heading, String key) {
    assertThat(DeclarationLabels.headingKey(heading)).isEqualTo(key);
    assertThat(DeclarationLabels.TARGET).contains(key);
  }

  @Test
  void wanAloneAfterAnAmountIsWanYuan() {
    assertThat(DeclarationLabels.amount("250万")).contains(new BigDecimal("250"));
    assertThat(DeclarationLabels.unitNamed("年度本级预算金额", "250万")).contains(MoneyUnit.WAN_YUAN);
    assertThat(DeclarationLabels.unitNamed("年度本级预算金额", "250")).isEmpty();
    assertThat(DeclarationLabels.amount("万")).isEmpty();
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
    assertThat(DeclarationLabels.ticked(printed)).contains(option);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "持续性项目", "人口普查项目", "新增项目□延续项目□", // no tick
    "新增■延续■", // two ticks
    "■",
    "R&D项目□", "ISO9001认证R□", "项目R"})
  void textWithoutOneTickedOptionIsNotReadAsBoxes(String printed) {
    assertThat(DeclarationLabels.ticked(printed)).as(printed).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "新增项目□ 延续项目R|false", "持续性项目■ 新增性项目口|false", "☑新增 □延续|true", "新增项目|true"})
  void aChoiceBetweenANewAndAContinuingProjectSaysWhetherItIsNew(String printed, boolean fresh) {
    assertThat(DeclarationLabels.newOrContinuing(printed)).contains(fresh);
  }

  @ParameterizedTest
  @ValueSource(strings = {"经常性项目", "1.基本建设类 □    其中:新建  □    扩建  □    改建  □", "新增项目□延续项目□"})
  void otherChoicesSayNothingOfWhetherTheProjectIsNew(String printed) {
    assertThat(DeclarationLabels.newOrContinuing(printed)).as(printed).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "項目名稱, NAME",
    "主管部門, DEPARTMENT",
    "實施單位, UNIT",
    "實施期, PERIOD",
    "項目總金額（中期規劃，萬元）, TOTAL",
    "本年度項目金額（萬元）, AMOUNT",
    "年度資金總額, AMOUNT",
    "政策依據, POLICY",
    "測算依據, CALCULATION",
    "總體目標, LONG_TERM",
    "年度目標, GOAL",
    "本年度績效目標, GOAL",
    "預算部門, DEPARTMENT"
  })
  void labelsInTraditionalScriptAreTheirFields(String label, Field field) {
    assertThat(DeclarationLabels.field(label)).as(label).contains(field);
  }

  @Test
  void theWordsOfTheFormAreFoldedWhenTheyAreLookedForAndOnlyThen() {
    assertThat(DeclarationLabels.headingKey("指標解釋")).isIn(DeclarationLabels.EXPLANATION);
    assertThat(DeclarationLabels.headingKey("績效標準")).isIn(DeclarationLabels.EXPLANATION);
    assertThat(DeclarationLabels.headingKey("*指標值及單位")).isIn(DeclarationLabels.TARGET);
    assertThat(DeclarationLabels.headingKey("三級指標")).isIn(DeclarationLabels.LEVEL3);
    assertThat(DeclarationLabels.isTitle("2023年項目支出績效目標申報表")).isTrue();
    assertThat(DeclarationLabels.isClosing("備註：", "備註：")).isTrue();
    assertThat(DeclarationLabels.isClosing("財政部門審核意見", "財政部門審核意見")).isTrue();
    assertThat(DeclarationLabels.isSignOffLine("填表人：\t\t審核人：\t\t填報日期：")).isTrue();
    assertThat(DeclarationLabels.isFormLabel("單位職能概述(450字內)")).isTrue();
    assertThat(DeclarationLabels.isFormLabel("項目負責人")).isTrue();
    assertThat(DeclarationLabels.statedUnit("金額單位：萬元")).contains(MoneyUnit.WAN_YUAN);
    assertThat(DeclarationLabels.unitNamed("本年度項目金額", "250萬")).contains(MoneyUnit.WAN_YUAN);
    assertThat(DeclarationLabels.amount("250萬")).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("250"));
    assertThat(DeclarationLabels.amount("總額50萬元")).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("50"));
    assertThat(DeclarationLabels.isComparator("不超過")).isTrue();
    assertThat(DeclarationLabels.newOrContinuing("新增項目□ 延續項目☑")).contains(false);
    // a label and its value in one cell: the value is kept as printed
    assertThat(DeclarationLabels.inline("預算單位：某鄉人民政府")).hasValueSatisfying(in -> {
      assertThat(in.label()).isEqualTo("預算單位");
      assertThat(in.value()).isEqualTo("某鄉人民政府");
    });
    assertThat(DeclarationLabels.inline("年度資金總額50萬元")).hasValueSatisfying(in -> {
      assertThat(in.label()).isEqualTo("年度資金總額");
      assertThat(in.value()).isEqualTo("50萬元");
    });
  }
}

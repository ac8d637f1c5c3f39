package org.jixiao.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(DeclarationLabels.isComparator("不超過")).isTrue();
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

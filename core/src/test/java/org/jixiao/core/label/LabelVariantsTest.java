package org.jixiao.core.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.Function;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every label variant printed by domain.md and by the seed table parses to its constant. */
class LabelVariantsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // seed headers, page by page
    "一般公共预算, GENERAL_PUBLIC_BUDGET",
    "一般公共, GENERAL_PUBLIC_BUDGET",
    "政府性基金预算, GOVERNMENT_FUND_BUDGET",
    "政府性基金, GOVERNMENT_FUND_BUDGET",
    "非财政拨款, NON_FISCAL",
    "非财政拨款资金, NON_FISCAL",
    // domain.md §5
    "国有资本经营预算, STATE_CAPITAL_BUDGET",
    "财政专户管理资金, SPECIAL_ACCOUNT_FUNDS",
    "上年结转资金, CARRIED_OVER",
    "单位资金, NON_FISCAL",
    "其他资金, NON_FISCAL",
    // the single-project form's funds block
    "其中：当年财政拨款, FISCAL_APPROPRIATION",
    "其中：本年财政拨款, FISCAL_APPROPRIATION",
    "当年财政拨款, FISCAL_APPROPRIATION",
    // printed with spaces or full-width forms
    "一般公共　预算, GENERAL_PUBLIC_BUDGET",
    "' 政府性基金预算 ', GOVERNMENT_FUND_BUDGET",
  })
  void eachFundKindIsReadFromThePrintedVariantsOfItsLabel(String text, FundKind expected) {
    assertParses(FundKind::fromLabel, text, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "产出目标, OUTPUT", "产出指标, OUTPUT", "产出, OUTPUT",
    "效益目标, BENEFIT", "效益指标, BENEFIT",
    "满意度指标, SATISFACTION", "满意度, SATISFACTION",
    "成本指标, COST",
  })
  void eachCategoryIsReadFromThePrintedVariantsOfItsLabel(String text, Category expected) {
    assertParses(Category::fromLabel, text, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "数量指标, QUANTITY", "数量, QUANTITY",
    "质量指标, QUALITY", "时效指标, TIMELINESS",
    "经济效益指标, ECONOMIC", "经济效益, ECONOMIC",
    "社会效益指标, SOCIAL", "生态效益指标, ECOLOGICAL",
    "可持续影响指标, SUSTAINABILITY", "可持续影响, SUSTAINABILITY",
    // 襄阳 2021 (a Hubei 市直 form) prints 可持续性; 可持续发展 names the same level
    "可持续性, SUSTAINABILITY", "可持续性指标, SUSTAINABILITY", "可持续发展, SUSTAINABILITY",
    "可持续发展指标, SUSTAINABILITY", "可持续影响 指标, SUSTAINABILITY",
    "服务对象满意度指标, SERVED_SATISFACTION", "服务对象满意度, SERVED_SATISFACTION",
    "经济成本指标, ECONOMIC_COST", "社会成本, SOCIAL_COST", "生态环境成本, ECOLOGICAL_COST",
    "成本指标, COST",
  })
  void eachSubcategoryIsReadFromThePrintedVariantsOfItsLabel(String text, Subcategory expected) {
    assertParses(Subcategory::fromLabel, text, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "≥, AT_LEAST", ">=, AT_LEAST", "≤, AT_MOST", "<=, AT_MOST",
    "＞, MORE_THAN", ">, MORE_THAN", "＜, LESS_THAN", "<, LESS_THAN",
    "＝, EQUAL", "=, EQUAL", "定性, QUALITATIVE",
  })
  void eachTargetNatureIsReadFromThePrintedVariantsOfItsLabel(String text, TargetNature expected) {
    assertParses(TargetNature::fromLabel, text, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"优, EXCELLENT", "良, GOOD", "中, FAIR", "差, POOR", "优秀, EXCELLENT", "良好, GOOD"})
  void eachGradeIsReadFromThePrintedVariantsOfItsLabel(String text, Grade expected) {
    assertParses(Grade::fromLabel, text, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "完成, COMPLETED", "已完成, COMPLETED", "基本完成, MOSTLY_COMPLETED",
    "部分完成, PARTIALLY_COMPLETED", "未完成, NOT_COMPLETED", "已撤项, CANCELLED",
  })
  void eachStatusIsReadFromThePrintedVariantsOfItsLabel(String text, Status expected) {
    assertParses(Status::fromLabel, text, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"元, YUAN", "万元, WAN_YUAN", "亿元, YI_YUAN", "万, WAN_YUAN"})
  void eachMoneyUnitIsReadFromThePrintedVariantsOfItsLabel(String text, MoneyUnit expected) {
    assertParses(MoneyUnit::fromLabel, text, expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"提示, INFO", "警告, WARNING", "错误, ERROR", "WARNING, WARNING"})
  void eachSeverityIsReadFromThePrintedVariantsOfItsLabel(String text, Severity expected) {
    assertParses(Severity::fromLabel, text, expected);
  }

  @ParameterizedTest(name = "{0} is no label")
  @CsvSource({"一般", "预算", "完成情况", "年度指标内容", "xyz", "''"})
  void unknownTextIsNotALabel(String text) {
    assertThat(FundKind.fromLabel(text)).isEmpty();
    assertThat(Subcategory.fromLabel(text)).isEmpty();
    assertThat(Status.fromLabel(text)).isEmpty();
  }

  private static <E> void assertParses(Function<String, Optional<E>> parse, String text, E expected) {
    assertThat(parse.apply(text)).as("parse of '%s'", text).contains(expected);
  }
}

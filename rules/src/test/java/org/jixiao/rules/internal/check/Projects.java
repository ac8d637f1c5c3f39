package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;

/** Small projects for the check tests: complete, consistent, and all met unless a test says otherwise. */
final class Projects {
  private Projects() {}

  /** A consistent project: budget 100, actual 95 (95.00 %), one met indicator per category. */
  static Project.Builder consistent() {
    return Project.builder()
        .seq(1)
        .name("测试项目")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal("100.00"))
        .actual(new BigDecimal("95.00"))
        .statedExecutionRate(new BigDecimal("95.00"))
        .indicators(
            IndicatorSet.of(
                Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场"),
                Indicator.of(Subcategory.SOCIAL, "提升服务水平", "已完成"),
                Indicator.of(Subcategory.SERVED_SATISFACTION, "满意度≥90%", "95%")));
  }

  /** The findings of one rule when the default evaluator evaluates {@code project}. */
  static List<Finding> findings(Project project, String rule) {
    Evaluation e = Evaluator.defaults().evaluate(project);
    return e.findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }
}

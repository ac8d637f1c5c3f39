package org.jixiao.rules;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** QuickTheories generators of projects whose indicator text looks like real tables'. */
final class Gens {
  private Gens() {}

  private static final List<String> TARGETS =
      List.of(
          "不少于%d人", "不超过%d次", "满意度≥%d%%", "完成%d场培训", "%d-%d人", "控制在%d%%以内", "举办一期%d人次培训",
          "1.举办%d场 2.培训%d人", "零投诉", "按时支付各项费用", "年度内完成", "", "*", "/", "保障单位正常运行");

  private static final List<String> ACTUALS =
      List.of(
          "%d人", "共%d次", "满意度达%d%%", "完成%d场", "%d人次参加", "1.举办%d场 2.培训%d人", "完成", "已完成", "基本完成",
          "完成较好", "部分完成", "未完成", "该期培训计划取消", "已撤项", "满意", "", "**", "无", "目前试运营阶段", "投诉%d次");

  /** A text from a template, its %d filled with small numbers. */
  private static Gen<String> text(List<String> templates) {
    return Generate.pick(templates)
        .zip(integers().between(0, 2000), integers().between(0, 2000), (t, a, b) -> fill(t, a, b));
  }

  private static String fill(String template, int a, int b) {
    int first = template.indexOf("%d");
    if (first < 0) {
      return template.replace("%%", "%");
    }
    int second = template.indexOf("%d", first + 2);
    if (second < 0) {
      return String.format(template, a);
    }
    return String.format(template, Math.min(a, b), Math.max(a, b));
  }

  static Gen<String> targets() {
    return text(TARGETS);
  }

  static Gen<String> actuals() {
    return text(ACTUALS);
  }

  static Gen<Indicator> indicators() {
    Gen<Optional<BigDecimal>> weight =
        integers().between(0, 30).map(w -> w == 0 ? Optional.<BigDecimal>empty() : Optional.of(BigDecimal.valueOf(w)));
    return Generate.enumValues(Subcategory.class)
        .zip(targets(), actuals(), weight, (s, t, a, w) -> Indicator.builder()
            .category(s.category())
            .subcategory(s)
            .target(Optional.of(t).filter(x -> !x.isEmpty()))
            .actual(Optional.of(a).filter(x -> !x.isEmpty()))
            .weight(w)
            .build());
  }

  /** Amounts in 万元 with two decimals, 0 to 100000 (budget) or -10 to 120000 (actual). */
  static Gen<BigDecimal> amounts(int low, int high) {
    return integers().between(low * 100, high * 100).map(c -> BigDecimal.valueOf(c, 2));
  }

  static Gen<Project> projects() {
    Gen<List<Indicator>> indicators = lists().of(indicators()).ofSizeBetween(0, 9);
    return indicators.zip(amounts(0, 100_000), amounts(-10, 120_000), integers().between(1, 999), (list, budget, actual, seq) ->
        Project.builder()
            .seq(seq)
            .name("项目" + seq)
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .budget(budget)
            .actual(actual)
            .indicators(IndicatorSet.of(list))
            .build());
  }
}

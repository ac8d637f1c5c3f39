package org.jixiao.core;

import static org.quicktheories.generators.SourceDSL.bigDecimals;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Small QuickTheories generators for core's own property tests. The framework-neutral,
 * richer generators for users live in jixiao-testkit, which depends on core (so core cannot
 * use them).
 */
public final class ModelGens {
  private ModelGens() {}

  /** Amounts from -10^9 to 10^9 with 0 to 6 decimals. */
  public static Gen<BigDecimal> amounts() {
    return bigDecimals().ofBytes(6).withScale(2).zip(integers().between(0, 4), (a, s) -> a.movePointLeft(s));
  }

  public static Gen<BigDecimal> nonNegativeAmounts() {
    return amounts().map((BigDecimal a) -> a.abs());
  }

  /** Chinese and ASCII text, possibly with full-width and odd characters. */
  public static Gen<String> text() {
    return Generate.pick(List.of("完成", "基本完成", "未完成", "≥90%", "不少于5场", "1.举办; 2.组织", "（全角）", "a\tb", "\"q\"", "😀"))
        .zip(strings().betweenCodePoints(0x4e00, 0x4fff).ofLengthBetween(0, 8), (a, b) -> a + b);
  }

  public static Gen<String> names() {
    return strings().betweenCodePoints(0x4e00, 0x9fa5).ofLengthBetween(1, 12);
  }

  public static Gen<Indicator> indicators() {
    Gen<Subcategory> sub = Generate.enumValues(Subcategory.class);
    Gen<Optional<BigDecimal>> weight = nonNegativeAmounts().toOptionals(50);
    Gen<Optional<TargetNature>> nature = Generate.enumValues(TargetNature.class).toOptionals(50);
    return sub.zip(text().toOptionals(20), text().toOptionals(20), weight, nature,
        (s, target, actual, w, n) -> Indicator.builder()
            .category(s.category())
            .subcategory(s)
            .target(target)
            .actual(actual)
            .weight(w)
            .nature(n)
            .build());
  }

  public static Gen<FundSource> funds() {
    return Generate.enumValues(FundKind.class)
        .zip(amounts().toOptionals(30), amounts().toOptionals(50), amounts().toOptionals(50),
            (k, executed, budget, adjusted) -> FundSource.builder().kind(k).executed(executed).budget(budget).adjustedBudget(adjusted).build());
  }

  public static Gen<Project> projects(MoneyUnit unit) {
    Gen<List<Indicator>> indicators = lists().of(indicators()).ofSizeBetween(0, 8);
    Gen<List<FundSource>> funds = lists().of(funds()).ofSizeBetween(0, 3);
    Gen<List<StrayCell>> stray =
        lists()
            .of(
                integers()
                    .between(0, 40)
                    .zip(
                        names(),
                        integers().between(0, 300),
                        // line 0 stands for a cell whose line the reader did not know
                        (c, t, line) -> line == 0 ? StrayCell.of(c, Optional.of("表头"), t) : StrayCell.of(line, c, Optional.of("表头"), t)))
            .ofSizeBetween(0, 2);
    Gen<Optional<Integer>> seq = integers().between(1, 1000).toOptionals(10);
    return names()
        .zip(seq, amounts().toOptionals(10), amounts().toOptionals(10), booleans().all().toOptionals(30),
            (name, s, budget, actual, gov) -> Project.builder()
                .name(name)
                .moneyUnit(unit)
                .budget(budget)
                .actual(actual)
                .governmentInvestment(gov)
                .seq(s.isPresent() ? java.util.OptionalInt.of(s.get()) : java.util.OptionalInt.empty()))
        .zip(amounts().toOptionals(10), amounts().toOptionals(10),
            (b, adjusted, total) -> b.adjustedBudget(adjusted).totalAmount(total))
        .zip(indicators, funds, stray, text().toOptionals(30),
            (b, is, fs, sc, goal) -> b.indicators(IndicatorSet.of(is)).funds(fs).strayCells(sc).goal(goal).build());
  }

  public static Gen<Category> categories() {
    return Generate.enumValues(Category.class);
  }
}

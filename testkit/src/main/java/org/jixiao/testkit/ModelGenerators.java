package org.jixiao.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.testkit.internal.PhraseBank;
import org.jixiao.testkit.internal.Seeds;

/**
 * Generators of valid model values: amounts, indicator text modelled on real tables, indicators,
 * projects and whole disclosure tables. Every value is valid for the model (it builds); many are
 * deliberately inconsistent the way published data is (a wrong stated rate, spending above
 * budget, a missing category), because rules must cope with those.
 *
 * <p>Instances are immutable and thread-safe. Use {@link #realistic()}, {@link #hostile()} or
 * your own {@link GeneratorSettings}.
 */
public final class ModelGenerators {
  /** The level-2 categories of the disclosure layout, in column order. */
  private static final List<Subcategory> DISCLOSURE_COLUMNS =
      List.of(
          Subcategory.QUANTITY, Subcategory.QUALITY, Subcategory.TIMELINESS,
          Subcategory.ECONOMIC, Subcategory.SOCIAL, Subcategory.ECOLOGICAL,
          Subcategory.SERVED_SATISFACTION);

  private static final List<String> UNITS_OF_WORK =
      List.of("龙岗区人力资源局(本级)", "龙岗区劳动就业服务中心", "龙岗区职业训练中心", "龙岗区人事服务中心");
  private static final List<String> PROJECT_WORDS =
      List.of("就业服务", "人才引进", "仲裁工作", "调解业务", "办公设备购置", "修缮维护", "培训", "信息系统运维");

  private final GeneratorSettings settings;

  /** Generators with the given knobs. */
  public ModelGenerators(GeneratorSettings settings) {
    this.settings = settings;
  }

  /** Generators of realistic values ({@link GeneratorSettings#REALISTIC}). */
  public static ModelGenerators realistic() {
    return new ModelGenerators(GeneratorSettings.REALISTIC);
  }

  /** Generators with frequent edge amounts and hostile text ({@link GeneratorSettings#HOSTILE}). */
  public static ModelGenerators hostile() {
    return new ModelGenerators(GeneratorSettings.HOSTILE);
  }

  /** The knobs in use. */
  public GeneratorSettings settings() {
    return settings;
  }

  /**
   * Non-negative amounts with two decimals, and with {@code edgeAmountPercent} probability an
   * edge case: 0, 0.01, 10^15 + 0.99, or an amount with 8 decimals.
   */
  public Generator<BigDecimal> amount() {
    return c -> {
      if (c.percent(settings.edgeAmountPercent())) {
        return switch (c.between(0, 3)) {
          case 0 -> BigDecimal.ZERO.setScale(2);
          case 1 -> new BigDecimal("0.01");
          case 2 -> new BigDecimal("1000000000000000.99");
          default -> BigDecimal.valueOf(c.between(0L, 999_999_999_999L), 8);
        };
      }
      return BigDecimal.valueOf(c.between(0L, 100_000_000L), 2);
    };
  }

  /** Cell text: usually a realistic phrase, with {@code hostileTextPercent} hostile text. */
  public Generator<String> text() {
    return c -> c.percent(settings.hostileTextPercent()) ? hostileText().generate(c) : c.pick(PhraseBank.QUALITATIVE_TARGETS);
  }

  /**
   * Hostile but valid text: control characters, tabs, quotes and newlines, full-width digits and
   * punctuation, emoji, right-to-left marks, formula triggers (= + - @), or a very long cell.
   */
  public Generator<String> hostileText() {
    return c -> {
      StringBuilder out = new StringBuilder();
      int parts = c.between(1, 6);
      for (int i = 0; i < parts; i++) {
        switch (c.between(0, 7)) {
          case 0 -> out.append((char) c.between(0, 0x1f));
          case 1 -> out.append(c.pick(List.of("\t", "\n", "\r\n", "\"", "'", ",", ";", "；")));
          case 2 -> out.append(c.pick(List.of("１２３", "（全角）", "：", "，", "％", "．")));
          case 3 -> out.append(c.pick(List.of("😀", "𠀀", "\u200f", "\u202e", "\ufeff")));
          case 4 -> out.append(c.pick(List.of("=SUM(A1)", "+1", "-1+2", "@cmd")));
          case 5 -> out.append("长".repeat(Math.max(1, settings.longCellLength())));
          case 6 -> out.append(c.pick(PhraseBank.COMPLETION_WORDS));
          default -> out.append(c.pick(PhraseBank.NEGATIVE_PROSE));
        }
      }
      return out.toString();
    };
  }

  /** A (target, actual) pair of indicator text, of one of the phrase classes real tables use. */
  public Generator<List<String>> phrasePair() {
    return c -> {
      if (c.percent(settings.hostileTextPercent())) {
        return List.of(hostileText().generate(c), hostileText().generate(c));
      }
      if (c.percent(settings.numberedListPercent())) {
        return numberedList(c);
      }
      return singlePair(c);
    };
  }

  private List<String> singlePair(Choices c) {
    int kind = c.between(0, 6);
    long n = c.between(1L, 2000L);
    long m = Math.max(0, n + c.between(-n / 2, n / 2));
    String unit = c.pick(PhraseBank.UNITS);
    switch (kind) {
      case 0:
        return List.of(fill(c.pick(PhraseBank.POSITIVE_TARGETS), n, m, unit), fill(c.pick(PhraseBank.NUMERIC_ACTUALS), n, m, unit));
      case 1:
        long percent = c.between(1L, 100L);
        return List.of(fill(c.pick(PhraseBank.REVERSE_TARGETS), percent, m, unit), fill(c.pick(PhraseBank.NUMERIC_ACTUALS), percent, c.between(0L, 2 * percent), unit));
      case 2:
        return List.of(fill(c.pick(PhraseBank.DEADLINES), c.between(1L, 12L), m, unit), c.pick(PhraseBank.COMPLETION_WORDS));
      case 3:
        return List.of("完成" + c.pick(PhraseBank.CHINESE_NUMERALS) + "期培训", c.pick(PhraseBank.COMPLETION_WORDS));
      case 4:
        return List.of(fill(c.pick(PhraseBank.POSITIVE_TARGETS), n, m, unit), c.pick(PhraseBank.NEGATIVE_PROSE));
      case 5:
        return List.of(c.pick(PhraseBank.PLACEHOLDERS), c.pick(PhraseBank.PLACEHOLDERS));
      default:
        return List.of(c.pick(PhraseBank.QUALITATIVE_TARGETS), c.pick(PhraseBank.COMPLETION_WORDS));
    }
  }

  private List<String> numberedList(Choices c) {
    int items = c.between(2, 4);
    String separator = c.pick(List.of("；", ";", " ", "\n"));
    String numbering = c.pick(List.of(".", "、"));
    StringBuilder target = new StringBuilder();
    StringBuilder actual = new StringBuilder();
    for (int i = 1; i <= items; i++) {
      List<String> pair = singlePair(c);
      if (i > 1) {
        target.append(separator);
        actual.append(separator);
      }
      target.append(i).append(numbering).append(pair.get(0));
      actual.append(i).append(numbering).append(pair.get(1));
    }
    return List.of(target.toString(), actual.toString());
  }

  private static String fill(String template, long n, long m, String unit) {
    return template.replace("{n}", Long.toString(n)).replace("{m}", Long.toString(m)).replace("{u}", unit);
  }

  /** An indicator of the given level-2 category, with generated target and actual text. */
  public Generator<Indicator> indicator(Subcategory subcategory) {
    return c -> {
      List<String> pair = phrasePair().generate(c);
      return Indicator.of(subcategory, pair.get(0), pair.get(1));
    };
  }

  /**
   * An indicator set in the disclosure layout's column order: one indicator per level-2 column
   * present, with whole level-1 categories missing at {@code missingCategoryPercent}.
   */
  public Generator<IndicatorSet> indicatorSet() {
    return c -> {
      List<Category> missing = new ArrayList<>();
      for (Category category : List.of(Category.OUTPUT, Category.BENEFIT, Category.SATISFACTION)) {
        if (c.percent(settings.missingCategoryPercent())) {
          missing.add(category);
        }
      }
      List<Indicator> indicators = new ArrayList<>();
      for (Subcategory column : DISCLOSURE_COLUMNS) {
        if (indicators.size() < settings.maxIndicators()
            && !missing.contains(column.category())
            && !(column == Subcategory.ECOLOGICAL && c.percent(60))) {
          indicators.add(indicator(column).generate(c));
        }
      }
      return IndicatorSet.of(indicators);
    };
  }

  /**
   * A project of a disclosure table with the given 序号, amounts in {@code unit}; some state an
   * adjusted budget, and some the 分值 of a single-project form ({@link
   * GeneratorSettings#adjustedBudgetPercent()}, {@link GeneratorSettings#statedWeightsPercent()}).
   */
  public Generator<Project> project(MoneyUnit unit, int seq) {
    return c -> {
      BigDecimal budget = amount().generate(c);
      Optional<BigDecimal> adjusted = c.percent(settings.adjustedBudgetPercent()) ? Optional.of(adjusted(budget).generate(c)) : Optional.empty();
      // execution is measured against the adjusted budget when there is one, as the rules measure it
      BigDecimal measured = adjusted.orElse(budget);
      BigDecimal actual = spending(measured).generate(c);
      Project.Builder builder =
          Project.builder()
              .seq(seq)
              .unit(c.pick(UNITS_OF_WORK))
              .name(c.pick(PROJECT_WORDS) + (c.percent(settings.hostileTextPercent()) ? hostileText().generate(c) : ""))
              .governmentInvestment(c.percent(10))
              .moneyUnit(unit)
              .budget(budget)
              .adjustedBudget(adjusted)
              .actual(actual)
              .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, actual))
              .goal(text().generate(c))
              .statedCompletion(c.pick(PhraseBank.COMPLETION_WORDS))
              .problems(c.pick(PhraseBank.PLACEHOLDERS))
              .rectification(c.pick(PhraseBank.PLACEHOLDERS));
      StatedWeights.Stated weights = StatedWeights.draw(c, settings, indicatorSet().generate(c));
      builder.indicators(weights.indicators()).statedExecutionWeight(weights.execution());
      if (measured.signum() > 0) {
        BigDecimal rate = actual.multiply(BigDecimal.valueOf(100)).divide(measured, 2, RoundingMode.HALF_UP);
        // Now and then the published rate is wrong, as real tables are.
        if (c.percent(settings.misstatedRatePercent())) {
          BigDecimal off = settings.rateMisstatement();
          rate = c.percent(50) || rate.compareTo(off) < 0 ? rate.add(off) : rate.subtract(off);
        }
        builder.statedExecutionRate(rate);
      }
      return builder.build();
    };
  }

  /**
   * An adjusted budget (全年预算数) for this budget: a third of the time the budget itself, else 60 %
   * to 140 % of it at its scale; any amount when the budget is 0 (money given during the year).
   */
  private Generator<BigDecimal> adjusted(BigDecimal budget) {
    return c -> {
      if (budget.signum() == 0) {
        return amount().generate(c);
      }
      if (c.percent(33)) {
        return budget;
      }
      return budget.multiply(BigDecimal.valueOf(c.between(60, 140), 2)).setScale(budget.scale(), RoundingMode.HALF_UP);
    };
  }

  /**
   * What a project with this budget spends: {@code minSpendPercent..maxSpendPercent} of it (above
   * 100 % is real and must be reported), or, on {@code nearRatePercent} % of projects, just so
   * much that the rate is one of the near rates or 0.01 below or above it.
   */
  private Generator<BigDecimal> spending(BigDecimal budget) {
    return c -> {
      if (!settings.nearRates().isEmpty() && budget.signum() > 0 && c.percent(settings.nearRatePercent())) {
        BigDecimal rate = c.pick(settings.nearRates()).add(new BigDecimal(c.between(-1, 1)).movePointLeft(2));
        // As few decimals as the budget has, unless the rate (HALF_UP, 2 decimals) would then
        // miss the intended one; budget × rate / 100 itself is exact with four more.
        BigDecimal exact = budget.multiply(rate).movePointLeft(2);
        for (int scale = Math.max(budget.scale(), 2); ; scale++) {
          BigDecimal actual = exact.setScale(scale, RoundingMode.HALF_UP);
          if (actual.movePointRight(2).divide(budget, 2, RoundingMode.HALF_UP).compareTo(rate) == 0) {
            return actual;
          }
        }
      }
      return budget
          .multiply(BigDecimal.valueOf(c.between(settings.minSpendPercent(), settings.maxSpendPercent()), 2))
          .setScale(budget.scale(), RoundingMode.HALF_UP);
    };
  }

  /** A disclosure table in 万元 with {@code minProjects..maxProjects} projects and a totals row. */
  public Generator<PerformanceTable> table() {
    return c -> {
      int count = c.between(settings.minProjects(), settings.maxProjects());
      List<Project> projects = new ArrayList<>(count);
      BigDecimal budget = BigDecimal.ZERO;
      BigDecimal actual = BigDecimal.ZERO;
      for (int i = 1; i <= count; i++) {
        Project p = project(MoneyUnit.WAN_YUAN, i).generate(c);
        projects.add(p);
        budget = budget.add(p.budget().orElse(BigDecimal.ZERO));
        actual = actual.add(p.actual().orElse(BigDecimal.ZERO));
      }
      int year = c.between(2015, 2030);
      return PerformanceTable.builder()
          .title(year + "年度深圳市龙岗区人力资源局部门预算项目绩效自评情况公开表")
          .department("深圳市龙岗区人力资源局")
          .fiscalYear(year)
          .moneyUnit(MoneyUnit.WAN_YUAN)
          .projects(projects)
          .totals(
              TotalsRow.builder()
                  .budget(budget)
                  .actual(actual)
                  .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, actual))
                  .build())
          .build();
    };
  }

  /**
   * A deterministic stream of {@code count} projects (序号 1..count) for large synthetic
   * tables: project {@code i} depends only on {@code seed} and {@code i}, so the stream needs
   * constant memory and can be regenerated or split. Each project draws from a seed that is a
   * well-mixed function of both, so the streams of nearby seeds (1, 2, 3 …) are as unrelated as
   * those of random seeds.
   */
  public Stream<Project> projects(long seed, long count) {
    return LongStream.rangeClosed(1, count)
        .mapToObj(i -> project(MoneyUnit.WAN_YUAN, (int) Math.min(i, Integer.MAX_VALUE)).generate(Choices.seeded(Seeds.of(seed, i))));
  }
}

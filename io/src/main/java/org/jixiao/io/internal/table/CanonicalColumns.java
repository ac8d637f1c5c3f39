package org.jixiao.io.internal.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jspecify.annotations.Nullable;

/**
 * The canonical layout's columns, chosen from the table so that optional columns appear only when
 * used, and whether a project's funds and indicators fit the columns exactly (else the writer
 * gives them marker rows).
 */
final class CanonicalColumns {
  private CanonicalColumns() {}

  /** One column: its role and, for funds and pairs, which. */
  record Column(
      Role role, @Nullable FundKind fund, @Nullable Subcategory sub, String evaluation) {}

  /** The table's columns, in the layout's order; with 得分 / 等级 / 状态 when {@code evaluation}. */
  static List<Column> columns(PerformanceTable table, boolean evaluation) {
    boolean department = false;
    boolean government = false;
    boolean adjusted = false;
    boolean weight = false;
    boolean score = false;
    boolean outcome = false;
    boolean statedScore = false;
    Set<FundKind> kinds = EnumSet.noneOf(FundKind.class);
    Set<Category> points = EnumSet.noneOf(Category.class);
    int[] pairs = new int[Subcategory.values().length];
    for (Project p : table.projects()) {
      department |= p.department().isPresent();
      government |= p.governmentInvestment().isPresent();
      adjusted |= p.adjustedBudget().isPresent();
      weight |= p.statedExecutionWeight().isPresent();
      score |= p.statedExecutionScore().isPresent();
      outcome |= p.goalOutcome().isPresent();
      statedScore |= p.statedScore().isPresent();
      points.addAll(p.statedCategoryWeights().keySet());
      if (simpleFunds(p.funds())) {
        p.funds().forEach(f -> kinds.add(f.kind()));
      }
      if (simpleIndicators(p.indicators().indicators())) {
        int[] counts = new int[pairs.length];
        for (Indicator indicator : p.indicators()) {
          counts[indicator.subcategory().orElseThrow().ordinal()]++;
        }
        for (int s = 0; s < pairs.length; s++) {
          pairs[s] = Math.max(pairs[s], counts[s]);
        }
      }
    }
    table
        .totals()
        .filter(t -> simpleFunds(t.funds()))
        .ifPresent(t -> t.funds().forEach(f -> kinds.add(f.kind())));

    List<Column> columns = new ArrayList<>();
    add(columns, Role.SEQ);
    add(columns, Role.UNIT);
    if (department) {
      add(columns, Role.DEPARTMENT);
    }
    add(columns, Role.NAME);
    if (government) {
      add(columns, Role.GOVERNMENT_INVESTMENT);
    }
    add(columns, Role.BUDGET);
    if (adjusted) {
      add(columns, Role.ADJUSTED_BUDGET);
    }
    add(columns, Role.ACTUAL);
    for (FundKind kind : kinds) {
      columns.add(new Column(Role.FUND, kind, null, ""));
    }
    add(columns, Role.RATE);
    if (weight) {
      add(columns, Role.EXECUTION_WEIGHT);
    }
    if (score) {
      add(columns, Role.EXECUTION_SCORE);
    }
    for (Category category : points) {
      add(columns, Role.points(category));
    }
    add(columns, Role.GOAL);
    if (outcome) {
      add(columns, Role.GOAL_OUTCOME);
    }
    add(columns, Role.COMPLETION);
    for (Category category : Category.values()) {
      for (Subcategory sub : Subcategory.values()) {
        if (sub.category() != category) {
          continue;
        }
        for (int i = 0; i < pairs[sub.ordinal()]; i++) {
          columns.add(new Column(Role.TARGET, null, sub, ""));
          columns.add(new Column(Role.ACHIEVED, null, sub, ""));
        }
      }
    }
    add(columns, Role.PROBLEMS);
    add(columns, Role.RECTIFICATION);
    if (statedScore) {
      add(columns, Role.STATED_SCORE);
    }
    if (evaluation) {
      columns.add(new Column(Role.EVALUATION, null, null, "得分"));
      columns.add(new Column(Role.EVALUATION, null, null, "等级"));
      columns.add(new Column(Role.EVALUATION, null, null, "状态"));
    }
    return columns;
  }

  private static void add(List<Column> columns, Role role) {
    columns.add(new Column(role, null, null, ""));
  }

  /** Funds the fund columns hold exactly: executed amounts only, kinds in order, each once. */
  static boolean simpleFunds(List<FundSource> funds) {
    int previous = -1;
    for (FundSource fund : funds) {
      if (fund.budget().isPresent()
          || fund.adjustedBudget().isPresent()
          || fund.label().isPresent()
          || fund.executed().isEmpty()
          || fund.kind().ordinal() <= previous) {
        return false;
      }
      previous = fund.kind().ordinal();
    }
    return true;
  }

  /**
   * Indicators the column pairs hold exactly: each under a level-2 category of its own level-1
   * category, with only a target and an actual, in the layout's order.
   */
  static boolean simpleIndicators(List<Indicator> indicators) {
    int previous = -1;
    for (Indicator indicator : indicators) {
      Optional<Subcategory> sub = indicator.subcategory();
      if (sub.isEmpty()
          || sub.get().category() != indicator.category()
          || sub.get().ordinal() < previous
          || indicator.name().isPresent()
          || indicator.nature().isPresent()
          || indicator.measureUnit().isPresent()
          || indicator.weight().isPresent()
          || indicator.statedScore().isPresent()
          || indicator.deviationReason().isPresent()
          || indicator.explanation().isPresent()
          || indicator.printedSubcategory().isPresent()
          || indicator.cutOff()
          || (indicator.target().isEmpty() && indicator.actual().isEmpty())) {
        return false;
      }
      previous = sub.get().ordinal();
    }
    return true;
  }
}

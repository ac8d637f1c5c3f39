package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.jixiao.core.internal.Checks;
import org.jixiao.core.money.MoneyUnit;

/**
 * The result of evaluating one project under a profile: the execution rate and its score, a
 * result per indicator, subtotals per level-1 category, the total score, grade and status, and
 * the findings. Every number carries a {@link Trace}.
 *
 * <p>It names its project (序号, name, unit) rather than holding it, so that evaluations of a
 * large table can be streamed without keeping the projects; it also carries the project's
 * amounts as published ({@link #budget()}, {@link #actual()}, {@link #statedRate()}, in {@link
 * #moneyUnit()}), so that evaluations can be summarised without the table.
 */
@Value.Immutable
public abstract class Evaluation {
  Evaluation() {}

  /** The id of the profile used, for example {@code mof-2020}. */
  public abstract String profile();

  /** 序号 of the project. */
  public abstract OptionalInt seq();

  /** 项目名称 (the project's name): the name only, not the {@code Project} (see the class doc). */
  public abstract String project();

  /** 单位名称 of the project. */
  public abstract Optional<String> unit();

  /** The unit of {@link #budget()} and {@link #actual()}; present when either is. */
  public abstract Optional<MoneyUnit> moneyUnit();

  /** 项目年度预算金额 / 年初预算数 of the project, as published. */
  public abstract Optional<BigDecimal> budget();

  /** 全年预算数 / 调整后预算数 of the project, when published. */
  public abstract Optional<BigDecimal> adjustedBudget();

  /** 实际支出金额合计 / 全年执行数 of the project, as published. */
  public abstract Optional<BigDecimal> actual();

  /** 预算支出执行率 as published, in percent; the computed one is in {@link #execution()}. */
  public abstract Optional<BigDecimal> statedRate();

  /** The execution rate and its score. */
  public abstract ExecutionResult execution();

  /** One result per indicator, in the project's indicator order. */
  public abstract List<IndicatorResult> indicators();

  /** Subtotals per level-1 category, in category order. */
  public abstract List<CategorySubtotal> subtotals();

  /** The total score, 0..100 under the standard weights; empty when none can be given. */
  public abstract Optional<BigDecimal> score();

  /** The grade of the score; empty when there is no score. */
  public abstract Optional<Grade> grade();

  /**
   * Why no score is given; never present beside a score. The built-in engine fills it whenever
   * it gives no score; the findings say more, in words.
   */
  public abstract Optional<WithheldReason> withheld();

  /** The completion status. */
  public abstract Status status();

  /** How the status was derived. */
  public abstract Optional<Trace> statusTrace();

  /**
   * Whether the score is provisional: some indicators were undetermined and excluded, and the
   * weights of the rest were rescaled.
   */
  @Value.Default
  public boolean provisional() {
    return false;
  }

  /** What the rules found, in rule order. */
  public abstract List<Finding> findings();

  @Value.Check
  void check() {
    Checks.requireNonBlank(profile(), "profile id");
    Checks.requireNonBlank(project(), "project name");
    Checks.requireNonNegative(score(), "score");
    if (grade().isPresent() && score().isEmpty()) {
      throw new IllegalArgumentException("a grade needs a score");
    }
    if (withheld().isPresent() && score().isPresent()) {
      throw new IllegalArgumentException(
          "a withheld score (" + withheld().get() + ") cannot have a score");
    }
    if ((budget().isPresent() || adjustedBudget().isPresent() || actual().isPresent())
        && moneyUnit().isEmpty()) {
      throw new IllegalArgumentException("amounts need their money unit");
    }
  }

  /**
   * The points the project did not earn, item by item (the execution rate and every scored
   * indicator with a loss), the largest loss first; equal losses keep the execution rate first,
   * then indicator order. Sub-targets of a numbered list are reported through their indicator.
   * Undetermined and not-applicable indicators lost no points (their weight went to the rest)
   * and are not listed: the findings name them.
   */
  public List<PointLoss> lostPoints() {
    List<PointLoss> losses = new ArrayList<>();
    ExecutionResult e = execution();
    e.points()
        .ifPresent(
            p ->
                losses.add(
                    PointLoss.builder()
                        .weight(e.weight())
                        .points(p)
                        .rule(e.trace().rule())
                        .reason(e.trace().reason())
                        .build()));
    for (IndicatorResult r : indicators()) {
      r.points()
          .ifPresent(
              p ->
                  losses.add(
                      PointLoss.builder()
                          .indicatorIndex(r.index())
                          .category(r.category())
                          .subcategory(r.subcategory())
                          .weight(r.weight())
                          .points(p)
                          .rule(r.trace().rule())
                          .reason(r.trace().reason())
                          .build()));
    }
    losses.removeIf(l -> l.lost().signum() == 0);
    // A stable sort: ties keep the insertion order (execution, then indicators in order).
    losses.sort(Comparator.comparing(PointLoss::lost).reversed());
    return List.copyOf(losses);
  }

  /** The most serious severity among the findings, if any. */
  public Optional<Severity> worstSeverity() {
    return findings().stream().map(Finding::severity).max(Enum::compareTo);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Evaluation}s; profile, project, execution and status are required. */
  public static class Builder extends ImmutableEvaluation.Builder {}
}

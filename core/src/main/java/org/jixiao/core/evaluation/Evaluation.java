package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.jixiao.core.internal.Checks;

/**
 * The result of evaluating one project under a profile: the execution rate and its score, a
 * result per indicator, subtotals per level-1 category, the total score, grade and status, and
 * the findings. Every number carries a {@link Trace}.
 *
 * <p>It names its project (序号, name, unit) rather than holding it, so that evaluations of a
 * large table can be streamed without keeping the projects.
 */
@Value.Immutable
public abstract class Evaluation {
  Evaluation() {}

  /** The id of the profile used, for example {@code mof-2020}. */
  public abstract String profile();

  /** 序号 of the project. */
  public abstract OptionalInt seq();

  /** 项目名称 of the project. */
  public abstract String project();

  /** 单位名称 of the project. */
  public abstract Optional<String> unit();

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

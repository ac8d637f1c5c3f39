package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jixiao.core.internal.Checks;

/**
 * The derived budget execution rate (预算执行率) and its score. Without a usable budget there
 * is no rate and no points, and the trace says why.
 */
@Value.Immutable
public abstract class ExecutionResult {
  ExecutionResult() {}

  /** Execution rate in percent, rounded HALF_UP to 2 decimals (58.38 means 58.38 %). */
  public abstract Optional<BigDecimal> rate();

  /** The weight of the execution rate in the total. */
  public abstract BigDecimal weight();

  /** The points earned, 0..weight. */
  public abstract Optional<BigDecimal> points();

  /** How the rate and points were reached. */
  public abstract Trace trace();

  /**
   * Findings the scorer reports with the evaluation, for example why a local policy gave no
   * points; the engine adds them to the project's findings, before the checks' findings.
   */
  public abstract List<Finding> findings();

  @Value.Check
  void check() {
    Checks.requireNonNegative(weight(), "execution weight");
    Optional<BigDecimal> points = points(); // no lambda: one that captures is an object per result before C2
    if (points.isPresent()) {
      Checks.requireWithin(points.get(), BigDecimal.ZERO, weight(), "execution points");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExecutionResult}s. */
  public static class Builder extends ImmutableExecutionResult.Builder {}
}

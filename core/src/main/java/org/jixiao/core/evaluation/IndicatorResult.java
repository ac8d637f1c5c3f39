package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.internal.Checks;

/**
 * The result of scoring one indicator: its outcome, the weight it was scored against, the
 * fraction of that weight it earned and the points, with the trace that explains them. A cell
 * holding a numbered list of sub-targets is scored part by part; {@link #parts()} holds those.
 *
 * <p>Invariants, checked on construction: fraction within 0..1 and points within 0..weight;
 * both present exactly when the outcome is {@link Outcome#SCORED}.
 */
@Value.Immutable
public abstract class IndicatorResult {
  IndicatorResult() {}

  /** Zero-based position of the indicator in the project's indicator set. */
  public abstract int index();

  /** 一级指标 of the indicator. */
  public abstract Category category();

  /** 二级指标 of the indicator, when it has one. */
  public abstract Optional<Subcategory> subcategory();

  /** What became of the indicator. */
  public abstract Outcome outcome();

  /** The weight it was scored against, after any rescaling. */
  public abstract BigDecimal weight();

  /** The fraction of the weight earned, 0..1; present when scored. */
  public abstract Optional<BigDecimal> fraction();

  /** The points earned, 0..weight; present when scored. */
  public abstract Optional<BigDecimal> points();

  /** How the result was reached. */
  public abstract Trace trace();

  /** Results of the sub-targets of a numbered list, in order; empty for a single target. */
  public abstract List<IndicatorResult> parts();

  @Value.Check
  void check() {
    if (index() < 0) {
      throw new IllegalArgumentException("index must not be negative, was " + index());
    }
    Checks.requireNonNegative(weight(), "indicator weight");
    boolean scored = outcome() == Outcome.SCORED;
    if (scored != fraction().isPresent() || scored != points().isPresent()) {
      throw new IllegalArgumentException(
          "fraction and points must be present exactly when the outcome is SCORED; outcome "
              + outcome());
    }
    // no lambdas: one that captures is an object per result until C2 compiles it away
    if (scored) {
      Checks.requireWithin(fraction().get(), BigDecimal.ZERO, BigDecimal.ONE, "fraction");
      Checks.requireWithin(points().get(), BigDecimal.ZERO, weight(), "points");
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorResult}s. */
  public static class Builder extends ImmutableIndicatorResult.Builder {}
}

package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.internal.Checks;

/**
 * Points a project did not earn on one scored item (失分): the execution rate or one indicator,
 * with its weight, the points earned and the reason from the item's trace. See {@link
 * Evaluation#lostPoints()}.
 */
@Value.Immutable
public abstract class PointLoss {
  PointLoss() {}

  /** The indicator's position in its project, or empty for the execution rate. */
  public abstract OptionalInt indicatorIndex();

  /** 一级指标 of the indicator; empty for the execution rate. */
  public abstract Optional<Category> category();

  /** 二级指标 of the indicator, when it has one. */
  public abstract Optional<Subcategory> subcategory();

  /** The weight the item was scored against. */
  public abstract BigDecimal weight();

  /** The points it earned. */
  public abstract BigDecimal points();

  /** The rule that scored it. */
  public abstract String rule();

  /** Why it earned what it did, from its trace. */
  public abstract String reason();

  /** The points not earned: {@code weight − points}, never negative. */
  public BigDecimal lost() {
    return weight().subtract(points()).max(BigDecimal.ZERO);
  }

  /** Whether the item is the execution rate (预算执行率) rather than an indicator. */
  public boolean isExecution() {
    return indicatorIndex().isEmpty();
  }

  @Value.Check
  void check() {
    Checks.requireNonNegative(weight(), "weight");
    Checks.requireWithin(points(), BigDecimal.ZERO, weight(), "points");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PointLoss}es; weight, points, rule and reason are required. */
  public static class Builder extends ImmutablePointLoss.Builder {}
}

package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.internal.Checks;

/** The points of one level-1 category against its weight (for example 产出指标 43.75 / 50). */
@Value.Immutable
public abstract class CategorySubtotal {
  CategorySubtotal() {}

  /** The category. */
  public abstract Category category();

  /** Its weight after rescaling. */
  public abstract BigDecimal weight();

  /** The points earned, 0..weight. */
  public abstract BigDecimal points();

  @Value.Check
  void check() {
    Checks.requireNonNegative(weight(), "category weight");
    Checks.requireWithin(points(), BigDecimal.ZERO, weight(), "category points");
  }

  /** A subtotal. */
  public static CategorySubtotal of(Category category, BigDecimal weight, BigDecimal points) {
    return builder().category(category).weight(weight).points(points).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CategorySubtotal}s. */
  public static class Builder extends ImmutableCategorySubtotal.Builder {}
}

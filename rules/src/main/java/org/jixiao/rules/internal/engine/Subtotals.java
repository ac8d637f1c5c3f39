package org.jixiao.rules.internal.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.core.evaluation.CategorySubtotal;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Category;

/** The subtotals by category of an evaluation's scored indicators, in the categories' order. */
final class Subtotals {
  private Subtotals() {}

  /** The subtotals of {@code results}: one per category with a scored indicator. */
  static List<CategorySubtotal> of(List<IndicatorResult> results) {
    // sums by the category's ordinal, read out in that order: the subtotals come out by category
    // (not an EnumMap filled and read through lambdas: an object and calls at every project that
    // code C2 has not compiled pays for)
    boolean[] scored = new boolean[CATEGORIES.length];
    BigDecimal[] weights = new BigDecimal[CATEGORIES.length];
    BigDecimal[] points = new BigDecimal[CATEGORIES.length];
    Arrays.fill(weights, BigDecimal.ZERO);
    Arrays.fill(points, BigDecimal.ZERO);
    for (int k = 0; k < results.size(); k++) {
      IndicatorResult r = results.get(k);
      if (r.outcome() == Outcome.SCORED) {
        int c = r.category().ordinal();
        scored[c] = true;
        weights[c] = weights[c].add(r.weight());
        points[c] = points[c].add(r.points().orElse(BigDecimal.ZERO));
      }
    }
    List<CategorySubtotal> out = new ArrayList<>();
    for (int c = 0; c < CATEGORIES.length; c++) {
      if (scored[c]) {
        out.add(CategorySubtotal.of(CATEGORIES[c], weights[c], points[c]));
      }
    }
    return out;
  }

  /** The categories in their order (values() copies its array at every call). */
  private static final Category[] CATEGORIES = Category.values();
}

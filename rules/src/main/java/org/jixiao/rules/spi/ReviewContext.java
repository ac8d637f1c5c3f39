package org.jixiao.rules.spi;

import java.util.Objects;
import org.jixiao.rules.review.BudgetYear;
import org.jixiao.rules.review.ReviewProfile;

/**
 * What a review check knows besides the declaration: the profile's thresholds and the budget
 * year that dates are judged against.
 *
 * @param profile the review profile in force
 * @param budgetYear the budget year and where it came from
 */
public record ReviewContext(ReviewProfile profile, BudgetYear budgetYear) {
  /** Both are required. */
  public ReviewContext {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(budgetYear, "budgetYear");
  }
}

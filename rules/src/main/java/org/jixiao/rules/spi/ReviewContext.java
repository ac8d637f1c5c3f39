package org.jixiao.rules.spi;

import java.util.Objects;
import java.util.Set;
import org.jixiao.rules.review.BudgetYear;
import org.jixiao.rules.review.ReviewProfile;

/**
 * What a review check knows besides the declaration: the profile's thresholds, the budget year
 * that dates are judged against, and which fields the declaration's form prints.
 *
 * @param profile the review profile in force
 * @param budgetYear the budget year and where it came from
 * @param formFields the fields the document's form has a place for, by their names in the model
 *     ({@code policyBasis}, {@code calculationBasis}, {@code goal} …), as its reader found their
 *     labels; empty when not known, and then every field is taken to be asked for
 */
public record ReviewContext(ReviewProfile profile, BudgetYear budgetYear, Set<String> formFields) {
  /** All are required; the set is copied. */
  public ReviewContext {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(budgetYear, "budgetYear");
    formFields = Set.copyOf(formFields);
  }

  /** A context whose form's fields are not known: every field is asked for. */
  public ReviewContext(ReviewProfile profile, BudgetYear budgetYear) {
    this(profile, budgetYear, Set.of());
  }

  /**
   * Whether the declaration's form has a place for a field: true when the form's fields are not
   * known. A field the form does not ask for cannot be missing from it (the Ministry's 申报表 has
   * no 政策依据 or 测算依据 row; those are checked in the project's other papers).
   *
   * @param field the field's name in the model, e.g. {@code policyBasis}
   */
  public boolean formAsks(String field) {
    return formFields.isEmpty() || formFields.contains(field);
  }
}

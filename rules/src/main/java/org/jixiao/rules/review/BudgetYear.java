package org.jixiao.rules.review;

/**
 * The budget year a review judges dates against, and where it came from, so that the review can
 * say why a date counts as stale.
 *
 * @param year the year, for example 2023
 * @param source where it came from
 */
public record BudgetYear(int year, Source source) {
  /** Where a budget year came from, most trusted first. */
  public enum Source {
    /** The document states it (a title such as 2023年…申报表, a 年度 cell). */
    DOCUMENT,
    /** The caller gave it ({@code --year}). */
    GIVEN,
    /** The year the declarations' own dates name most often. */
    INFERRED,
    /** The current year: neither the document, the caller nor the declarations' dates name one. */
    CURRENT
  }

  /** Checks the year is plausible for a budget (1949..2999). */
  public BudgetYear {
    if (year < 1949 || year > 2999) {
      throw new IllegalArgumentException("a budget year must be within 1949..2999, was " + year);
    }
  }
}

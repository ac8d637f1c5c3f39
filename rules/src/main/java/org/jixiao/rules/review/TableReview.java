package org.jixiao.rules.review;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The reviews of many declarations (a workbook, a season's batch), with the budget year they
 * were judged against.
 *
 * @param profile the id of the review profile
 * @param budgetYear the budget year and where it came from
 * @param reviews one review per declaration, in input order
 */
public record TableReview(String profile, BudgetYear budgetYear, List<Review> reviews) {
  /** Copies the reviews. */
  public TableReview {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(budgetYear, "budgetYear");
    reviews = List.copyOf(reviews);
  }

  /** How many declarations got each verdict; every verdict is a key. */
  public Map<ReviewVerdict, Integer> byVerdict() {
    Map<ReviewVerdict, Integer> out = new EnumMap<>(ReviewVerdict.class);
    for (ReviewVerdict v : ReviewVerdict.values()) {
      out.put(v, (int) reviews.stream().filter(r -> r.verdict() == v).count());
    }
    return out;
  }

  /** How many declarations each check flagged at least once, by check id, sorted. */
  public Map<String, Integer> declarationsFlaggedByCheck() {
    Map<String, Integer> out = new TreeMap<>();
    for (Review r : reviews) {
      r.opinions().stream().map(o -> o.finding().rule()).distinct().forEach(id -> out.merge(id, 1, Integer::sum));
    }
    return out;
  }

  /** Whether any declaration is returned (退回): the CLI's exit code 1. */
  public boolean anyReturned() {
    return reviews.stream().anyMatch(r -> r.verdict() == ReviewVerdict.RETURN);
  }
}

package org.jixiao.rules.internal.review;

import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.rules.review.BudgetYear;

/** Which budget year a review judges dates against. */
public final class Years {
  private Years() {}

  /**
   * The year the document states, else the one given, else the year the declarations' own
   * dates name most often (the later year on a tie), else the current year.
   */
  public static BudgetYear budgetYear(List<Project> declarations, OptionalInt documentYear, OptionalInt givenYear) {
    if (documentYear.isPresent()) {
      return new BudgetYear(documentYear.getAsInt(), BudgetYear.Source.DOCUMENT);
    }
    if (givenYear.isPresent()) {
      return new BudgetYear(givenYear.getAsInt(), BudgetYear.Source.GIVEN);
    }
    Map<Integer, Integer> counts = new TreeMap<>();
    for (Project p : declarations) {
      p.goal().ifPresent(g -> count(g, counts));
      for (Indicator i : p.indicators().indicators()) {
        i.target().ifPresent(t -> count(t, counts));
      }
    }
    int best = Year.now().getValue();
    int most = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getValue() >= most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    // no date named a year: the clock's, and said to be so (not as if the declarations named it)
    return new BudgetYear(best, most == 0 ? BudgetYear.Source.CURRENT : BudgetYear.Source.INFERRED);
  }

  private static void count(String text, Map<Integer, Integer> counts) {
    for (int y : ReviewTexts.years(text)) {
      counts.merge(y, 1, Integer::sum);
    }
  }
}

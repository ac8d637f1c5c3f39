package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.rules.internal.text.Periods;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;

/**
 * Which target figure and which actual figure the quantitative scorer pairs when counts over
 * periods are restated ({@link Periods#over}): the slack a comparison takes, the sub-target over
 * the actual's own period, and a figure printed over the target's period before one restated.
 */
final class PeriodPairing {
  private PeriodPairing() {}

  /** How the comparison takes the calendar's slack when a period is restated ({@link Periods#over}). */
  static Periods.Asked asked(Comparison comparison) {
    return comparison == Comparison.BETWEEN ? Periods.Asked.RANGE : comparison.isReverse() ? Periods.Asked.CEILING : Periods.Asked.FLOOR;
  }

  /** The candidates printed over the target's own period (not restated), when some are and some are not; else all. */
  static List<Quantity> asPrintedFirst(List<Quantity> candidates, List<Quantity> printed) {
    List<Quantity> kept = new ArrayList<>(candidates.size());
    for (Quantity q : candidates) {
      for (Quantity p : printed) {
        if (p == q) { // the same figure, not restated
          kept.add(q);
          break;
        }
      }
    }
    return kept.isEmpty() || kept.size() == candidates.size() ? candidates : kept;
  }

  /**
   * The targets with the one whose figure counts over a period the actual's figures count over
   * first, when several do over different periods: 每季度通报1次 answers 每周巡查1次、每季度通报1次 by its
   * second figure, not the first restated.
   */
  static List<Target> samePeriodFirst(List<Target> targets, List<Quantity> figures, String actual) {
    Target first = targets.get(0);
    if (first.quantity().filter(Periods::countsEvents).isEmpty() || anyTold(figures, actual, first)) {
      return targets;
    }
    for (int k = 1; k < targets.size(); k++) {
      Target later = targets.get(k);
      Optional<String> per = later.quantity().filter(Periods::countsEvents).flatMap(Quantity::per);
      if (per.isEmpty() || first.quantity().flatMap(Quantity::per).equals(per)) {
        continue;
      }
      for (Quantity q : figures) {
        // the same period and more of the same words: 每季度通报1次 / 每季度通报1次, not 每月巡查2次 / 每周巡查1次、每月通报1次
        if (Periods.told(q, actual).equals(per) && closer(later, first, q, actual)) {
          List<Target> out = new ArrayList<>(targets);
          out.add(0, out.remove(k));
          return out;
        }
      }
    }
    return targets;
  }

  /** Whether the words before {@code q} in the actual share more with {@code later}'s figure than with {@code first}'s. */
  private static boolean closer(Target later, Target first, Quantity q, String actual) {
    Set<String> words = Keywords.before(actual, q.start());
    int toLater = Keywords.shared(Keywords.withoutPeriods(Keywords.before(later.text(), later.quantity().orElseThrow().start())), words);
    int toFirst = Keywords.shared(Keywords.withoutPeriods(Keywords.before(first.text(), first.quantity().orElseThrow().start())), words);
    return toLater > toFirst;
  }

  private static boolean anyTold(List<Quantity> figures, String actual, Target first) {
    Optional<String> per = first.quantity().flatMap(Quantity::per);
    if (per.isEmpty()) {
      return false;
    }
    for (Quantity q : figures) {
      if (Periods.told(q, actual).equals(per)) {
        return true;
      }
    }
    return false;
  }
}

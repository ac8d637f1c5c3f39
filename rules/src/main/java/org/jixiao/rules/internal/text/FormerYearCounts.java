package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.text.Quantity;

/**
 * Counts said of a former year beside an absence said of this one (去年发生较大事故1起，今年未发生较大以上事故; 去年发生的1起事件已于今年处置完毕，
 * 今年未发生新的安全事件): the count is the year compared with, and the absence answers the year asked. Read as they stood, the
 * former year's count was this year's, and a target of none was missed. The mirror of {@link FormerYearDenials}, an
 * absence said only of a former year.
 */
public final class FormerYearCounts {
  private FormerYearCounts() {}

  /**
   * {@code figures} of {@code s} (normalised) without those a former year stands before in their clause, with no word of
   * this year between (去年发生较大事故1起; not 今年较去年减少2起, nor 去年、今年均发生1起), when {@code s} states an absence that is
   * not itself only of a former year; {@code figures} itself otherwise, as for nearly every actual.
   */
  public static List<Quantity> withoutFormerYears(List<Quantity> figures, String s) {
    if (figures.isEmpty() || !Differences.containsAny(s, FormerYearDenials.FORMER_YEARS) || !Absence.statesAbsence(s)
        || FormerYearDenials.onlyOfAFormerYear(s) != null) {
      return figures;
    }
    List<Quantity> kept = new ArrayList<>(figures.size());
    for (Quantity q : figures) {
      if (!saidOfAFormerYear(s, q)) {
        kept.add(q);
      }
    }
    return kept.size() == figures.size() ? figures : kept;
  }

  private static boolean saidOfAFormerYear(String s, Quantity q) {
    int from = Clauses.clauseStart(s, q.start());
    String before = s.substring(from, q.start());
    for (String year : FormerYearDenials.FORMER_YEARS) {
      int at = before.indexOf(year);
      if (at >= 0) {
        // 较去年, 比上年: a change from the former year is this year's figure
        boolean compared = at > 0 && "较比与同".indexOf(before.charAt(at - 1)) >= 0;
        return !compared && !Differences.containsAny(before, FormerYearDenials.THIS_YEAR);
      }
    }
    return false;
  }
}

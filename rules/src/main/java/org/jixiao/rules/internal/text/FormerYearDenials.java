package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Denials of what should not happen said only of a former year (去年未发生安全事故, 上年无投诉): they speak of that year,
 * not of the one the target asks, so they are no absence this year. Not a clause that names this year or a span that
 * holds it too (去年、今年均未发生, 连续三年未发生: {@link OccurrenceDenials}), nor a year by its number (2022年未发生),
 * which may be the year reported on.
 */
public final class FormerYearDenials {
  private FormerYearDenials() {}

  /**
   * The former year that opens every clause of {@code s} (normalised) stating an absence, when each such clause opens
   * with one and names no time of this year; null otherwise, or when no clause states an absence.
   */
  public static @Nullable String onlyOfAFormerYear(String s) {
    String former = null;
    int start = 0;
    while (start < s.length()) {
      int end = Clauses.clauseEnd(s, start);
      String clause = s.substring(start, end).strip();
      if (Absence.statesAbsence(clause)) {
        String year = Chars.firstAt(clause, 0, FORMER_YEARS);
        if (year == null || Differences.containsAny(clause, THIS_YEAR)) {
          return null; // 今年未发生, 去年、今年均未发生, 连续三年未发生: this year is spoken of
        }
        former = former == null ? year : former;
      }
      start = end + 1;
    }
    return former;
  }

  /** Words of a former year that open a clause (上年度 before 上年: the longest first). */
  static final List<String> FORMER_YEARS = List.of("上一年度", "上一年", "上年度", "上年", "去年", "前年", "往年");

  /** Words of this year, or of a span that holds it. */
  static final List<String> THIS_YEAR = List.of("今年", "本年", "当年", "连续", "均", "都", "以来", "至今", "近");
}

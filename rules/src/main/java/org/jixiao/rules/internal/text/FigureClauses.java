package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The clauses of a target, for what each figure counts: it is named in the figure's clause, not in the target's
 * other conditions. 验收合格率100%，且无安全事故 asks a share of at least 100 % and no accident; read whole, the
 * accident named beside it made the share a ceiling (≤100 %), and 95 % met it. Built once per target in one pass, and
 * asked by position (a binary search), so that a text of many figures costs no more than one of few.
 */
final class FigureClauses {
  /** Where each clause starts, in order; clauses are bounded by clause ends ({@link Clauses#isClauseEnd}) and 且. */
  private final int[] starts;

  /** Where each clause's first ideograph stands, or the clause's end when it has none. */
  private final int[] firstWords;

  /** Whether each clause names something unwanted ({@link Absence#namesUnwanted}). */
  private final boolean[] unwanted;

  private FigureClauses(int[] starts, int[] firstWords, boolean[] unwanted) {
    this.starts = starts;
    this.firstWords = firstWords;
    this.unwanted = unwanted;
  }

  static FigureClauses of(String s) {
    List<int[]> spans = new ArrayList<>();
    int from = 0;
    for (int k = 0; k <= s.length(); k++) {
      if (k == s.length() || isBound(s.charAt(k))) {
        spans.add(new int[] {from, k});
        from = k + 1;
      }
    }
    int n = spans.size();
    int[] starts = new int[n];
    int[] firstWords = new int[n];
    boolean[] unwanted = new boolean[n];
    for (int c = 0; c < n; c++) {
      int[] span = spans.get(c);
      starts[c] = span[0];
      int w = span[0];
      while (w < span[1] && !Chars.isCjk(s.charAt(w))) {
        w++;
      }
      firstWords[c] = w;
      unwanted[c] = Absence.namesUnwanted(s.substring(span[0], span[1]));
    }
    return new FigureClauses(starts, firstWords, unwanted);
  }

  private static boolean isBound(char c) {
    return Clauses.isClauseEnd(c) || c == '且';
  }

  /**
   * Whether the clause holding the figure starting at {@code start} names something unwanted; a figure that opens its
   * clause with no word before it (因项目引发的信访事件，3起) counts what the clause before it names.
   */
  boolean unwantedAt(int start) {
    int c = clauseOf(start);
    return unwanted[c] || (firstWords[c] >= start && c > 0 && unwanted[c - 1]);
  }

  private int clauseOf(int at) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}

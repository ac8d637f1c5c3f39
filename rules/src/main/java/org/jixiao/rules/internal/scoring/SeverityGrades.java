package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.text.Quantity;

/**
 * The grades of accidents and incidents (一般 &lt; 较大 &lt; 重大 &lt; 特别重大, as the State Council's rules on safety accidents and
 * emergencies grade them): a count of a lower grade than the name or the target asks is none of it. 发生一般事故2起，未发生较大及以上事故
 * under 重大安全事故 0起 was read as 2 起 (0 %); the two are 一般, and no 重大 one happened. Asked of the figures compared, when
 * the name or the target names a grade above 一般 before a word of harm (重大安全事故, 较大及以上事件).
 */
final class SeverityGrades {
  private SeverityGrades() {}

  /** The grade words, longest first (特别重大 before 重大), and their grades. */
  private static final String[] WORDS = {"特别重大", "重大", "较大", "一般"};

  private static final int[] GRADES = {4, 3, 2, 1};

  /** Words of harm a grade is said of: 重大安全事故, 较大及以上突发事件, 一般火灾. */
  private static final List<String> HARMS = List.of("事故", "事件", "案件", "险情", "火灾", "疫情", "舆情", "灾害");

  /** Farthest after its grade word a word of harm stands: 重大安全生产责任事故. */
  private static final int HARM_NEAR = 8;

  /** Farthest before a figure its grade word stands: 发生一般道路交通事故2起. */
  private static final int FIGURE_NEAR = 14;

  /** {@code figures} of the normalised {@code actual} without those of a lower grade than {@code asked} (target|name) names. */
  static List<Quantity> withoutLowerGrades(List<Quantity> figures, String actual, String asked) {
    if (figures.isEmpty() || asked.indexOf('大') < 0) {
      return figures; // nearly every indicator: no grade above 一般 asked (较大, 重大 and 特别重大 all hold 大)
    }
    int least = gradeIn(asked, 0, asked.length());
    if (least <= 1) {
      return figures;
    }
    List<Quantity> kept = new ArrayList<>(figures.size());
    for (Quantity q : figures) {
      int from = Math.max(Clauses.clauseStart(actual, q.start()), q.start() - FIGURE_NEAR);
      int own = gradeIn(actual, from, q.start());
      if (own == 0 || own >= least) {
        kept.add(q);
      }
    }
    return kept.size() == figures.size() ? figures : kept;
  }

  /**
   * The grade of the last grade word between {@code from} and {@code to} of {@code s} that a word of harm follows (重大安全事故: 3,
   * 较大及以上事故: 2); 0 when none.
   */
  private static int gradeIn(String s, int from, int to) {
    int found = 0;
    for (int k = from; k < to; k++) {
      for (int w = 0; w < WORDS.length; w++) {
        if (s.startsWith(WORDS[w], k) && harmFollows(s, k + WORDS[w].length())) {
          found = GRADES[w];
          k += WORDS[w].length() - 1;
          break;
        }
      }
    }
    return found;
  }

  /** Whether a word of harm follows {@code at} closely, in its clause (重大|安全事故, 较大|及以上事件). */
  private static boolean harmFollows(String s, int at) {
    int end = Math.min(s.length(), at + HARM_NEAR);
    for (int k = at; k < end && !Clauses.isClauseEnd(s.charAt(k)); k++) {
      for (String harm : HARMS) {
        if (s.startsWith(harm, k)) {
          return true;
        }
      }
    }
    return false;
  }
}

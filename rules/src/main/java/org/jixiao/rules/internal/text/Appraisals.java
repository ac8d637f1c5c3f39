package org.jixiao.rules.internal.text;

import java.util.Set;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Term;
import org.jspecify.annotations.Nullable;

/**
 * Actuals whose only words of completion are appraisals: 良好, 较好, 优秀, 一般, alone (良好) or
 * said of the work at the end of a clause (系统运行良好, 效果较好。). Such a word grades how well something went; it answers a target
 * of words (机构普遍接受整改建议 / 良好), but against a target of figures (投诉有效处置反馈率100%, ≥95%,
 * 培训500人次) it does not say whether the figure was reached, so no band can be read from it there.
 *
 * <p>Words that state completion or a pass (完成, 达标, 合格, 完成较好) are no appraisal: 完成 against
 * 92人 says the 92 were reached, and 完成良好 holds 完成. An appraisal that the work went poorly
 * (较差, or a negated one) is left to its band: it states a shortfall. Single-character grades (优,
 * 良, 中, 差) are no appraisal here: on a form graded by score (优 ≥ 90) they can be the figure itself.
 */
public final class Appraisals {
  private Appraisals() {}

  /** The appraisals that say the work went well or fair, as the vocabulary names them. */
  static final Set<String> WORDS = Set.of("优秀", "优良", "良好", "较好", "好", "一般");

  /**
   * The appraisal words of {@code reading} (read from {@code actual}, as printed) when every word
   * it found is one of them, each ends its clause, and they do not say the work went poorly; null
   * otherwise (a word of completion among them, a negation, words of the top and bottom bands at
   * once). An appraisal before a noun (良好氛围, 良好向上的竞技氛围) describes something else, not how
   * the work went: the reading is then left as it was.
   */
  public static @Nullable String only(Reading reading, String actual) {
    if (reading.mixed() || reading.band() == Band.NOT_ACHIEVED || reading.terms().isEmpty()) {
      return null;
    }
    for (Term t : reading.terms()) {
      if (!WORDS.contains(t.word())) {
        return null;
      }
    }
    String text = IndicatorTexts.normalize(actual);
    for (Term t : reading.terms()) {
      if (!endsClausesWherePrinted(text, t.word())) {
        return null;
      }
    }
    return reading.words();
  }

  /** Whether every place {@code word} stands in {@code text} ends a clause: the text's end, or punctuation or a space next. */
  private static boolean endsClausesWherePrinted(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int next = at + word.length();
      if (next < text.length() && CLAUSE_ENDS.indexOf(text.charAt(next)) < 0 && !Character.isWhitespace(text.charAt(next))) {
        return false;
      }
    }
    return true;
  }

  /** What may follow a word that ends its clause (normalised text: ASCII and full-width forms). */
  private static final String CLAUSE_ENDS = "，,。.；;：:、！!？?）)”\"";
}

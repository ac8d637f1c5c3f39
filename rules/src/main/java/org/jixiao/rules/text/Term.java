package org.jixiao.rules.text;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One entry of a {@link Vocabulary}: a word, what it says about completion, and the fraction of
 * the weight it earns, inside its {@link Band}.
 *
 * @param word the word as printed (matched after normalisation, longest first)
 * @param kind what the word states
 * @param band the band of the fraction
 * @param fraction the fraction of the weight earned, within the band
 * @param wholeText whether the word counts only as the whole cell ({@code 100%}), not inside prose
 */
public record Term(String word, Kind kind, Band band, BigDecimal fraction, boolean wholeText) {

  /** What a word states. */
  public enum Kind {
    /** A word about completion: 完成, 基本完成, 部分完成, 未完成, 满意, 良好 … */
    COMPLETION,
    /** A negative fact in prose: 取消, 未能, 无人申请, 未开展. */
    NEGATIVE_FACT,
    /** The project or target was withdrawn: 已撤项. Counts towards the CANCELLED status. */
    WITHDRAWAL,
    /**
     * A degree word (显著, 明显, 大幅, 有效, 基本, 一般, 部分, 有所, 较差): it counts only where it
     * qualifies a change or a result — before a verb of change (明显提升, 基本达到), at the end of
     * its clause (效果明显, 成效显著) or as the whole cell — so that 有效投诉 or 一般公共预算 say
     * nothing of completion.
     */
    DEGREE,
    /**
     * A phrase that contains a completion word but does not state completion (达成意向, 完成率,
     * 满意度); matching it first keeps the word inside it from counting.
     */
    DECOY
  }

  /** Checks the word is not blank and the fraction lies in the band. */
  public Term {
    Objects.requireNonNull(word, "word");
    if (word.isBlank()) {
      throw new IllegalArgumentException("a term needs a word");
    }
    if (kind != Kind.DECOY && !band.contains(fraction)) {
      throw new IllegalArgumentException(
          "term '" + word + "': fraction " + fraction.toPlainString() + " is outside " + band);
    }
  }

  /** A completion word. */
  public static Term completion(String word, Band band, BigDecimal fraction) {
    return new Term(word, Kind.COMPLETION, band, fraction, false);
  }

  /** A negative fact, in the {@link Band#NOT_ACHIEVED} band. */
  public static Term negativeFact(String word, BigDecimal fraction) {
    return new Term(word, Kind.NEGATIVE_FACT, Band.NOT_ACHIEVED, fraction, false);
  }

  /** A withdrawal word (已撤项), earning nothing. */
  public static Term withdrawal(String word) {
    return new Term(word, Kind.WITHDRAWAL, Band.NOT_ACHIEVED, BigDecimal.ZERO, false);
  }

  /** A degree word, counted where it qualifies a change or a result. */
  public static Term degree(String word, Band band, BigDecimal fraction) {
    return new Term(word, Kind.DEGREE, band, fraction, false);
  }

  /** A decoy: a phrase whose inner completion word must not count. */
  public static Term decoy(String word) {
    return new Term(word, Kind.DECOY, Band.ACHIEVED, BigDecimal.ONE, false);
  }
}

package org.jixiao.rules.text;

import org.jixiao.rules.internal.text.Memo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.rules.internal.text.CompletionReader;
import org.jixiao.rules.internal.text.VocabularyFile;

/**
 * The completion words a profile understands and where each lands in the qualitative bands
 * (domain §3): 完成 at the top of 达成 (100 %), 基本完成 at its bottom (80 %), 部分完成 in the
 * middle band (70 %), 未完成 in the bottom band (30 %), 取消 / 未开展 / 已撤项 at 0.
 *
 * <p>The default list is the resource {@code org/jixiao/rules/text/vocabulary.tsv}, which
 * documents every entry. A profile may override it: {@link #with} adds or replaces entries by
 * word, {@link #without} removes them.
 *
 * <p>Reading is linear: at each position the longest entry starting there wins, so 未完成 is
 * read as 未完成 and not as 完成, and a {@linkplain Term.Kind#DECOY decoy} such as 达成意向 hides
 * the 达成 inside it. Negation reaches over its clause (see {@link #read}); {@linkplain
 * Term.Kind#DEGREE degree words} (显著, 明显, 有效, 基本, 一般 …) count where they qualify a change.
 */
public final class Vocabulary {
  private static final String RESOURCE = "vocabulary.tsv";

  private final Map<String, Term> byWord;
  /** Its words indexed for reading, and the reading of a text (see {@link #read}). */
  private final CompletionReader reader;
  private final BigDecimal mixedFraction;
  private final BigDecimal negatedFraction;
  private final BigDecimal lateFraction;

  private Vocabulary(
      Collection<Term> terms, BigDecimal mixedFraction, BigDecimal negatedFraction, BigDecimal lateFraction) {
    if (!Band.PARTLY_ACHIEVED.contains(lateFraction)) {
      throw new IllegalArgumentException("the late fraction must lie in " + Band.PARTLY_ACHIEVED);
    }
    if (!Band.PARTLY_ACHIEVED.contains(mixedFraction)) {
      throw new IllegalArgumentException("the mixed fraction must lie in " + Band.PARTLY_ACHIEVED);
    }
    if (!Band.NOT_ACHIEVED.contains(negatedFraction)) {
      throw new IllegalArgumentException("the negated fraction must lie in " + Band.NOT_ACHIEVED);
    }
    Map<String, Term> words = new LinkedHashMap<>();
    for (Term term : terms) {
      words.put(IndicatorTexts.normalize(term.word()), term);
    }
    this.byWord = Collections.unmodifiableMap(words);
    this.reader = new CompletionReader(byWord, mixedFraction, negatedFraction);
    this.mixedFraction = mixedFraction;
    this.negatedFraction = negatedFraction;
    this.lateFraction = lateFraction;
  }

  /** The default vocabulary, from the bundled resource. */
  public static Vocabulary defaults() {
    return DEFAULTS;
  }

  /**
   * A vocabulary of the given terms.
   *
   * @param mixedFraction what a text with both top-band and bottom-band words earns, within
   *     {@link Band#PARTLY_ACHIEVED}
   * @param negatedFraction what a negated completion word earns, within {@link Band#NOT_ACHIEVED}
   */
  public static Vocabulary of(
      Collection<Term> terms, BigDecimal mixedFraction, BigDecimal negatedFraction) {
    return new Vocabulary(terms, mixedFraction, negatedFraction, mixedFraction);
  }

  /** The entries, in the order they were given. */
  public List<Term> terms() {
    return List.copyOf(byWord.values());
  }

  /** The entry for a word, if any. */
  public Optional<Term> term(String word) {
    return Optional.ofNullable(byWord.get(IndicatorTexts.normalize(word)));
  }

  /** What a text with words of the top and the bottom band earns (default 0.70). */
  public BigDecimal mixedFraction() {
    return mixedFraction;
  }

  /** What a negated completion word (没有完成, 未达到) earns (default 0.30). */
  public BigDecimal negatedFraction() {
    return negatedFraction;
  }

  /**
   * What work done after its deadline earns, when the actual states the date (目标 9月底前, 实际
   * 10月): default 0.70, in {@link Band#PARTLY_ACHIEVED}.
   */
  public BigDecimal lateFraction() {
    return lateFraction;
  }

  /** This vocabulary with another fraction for work done late. */
  public Vocabulary withLateFraction(BigDecimal late) {
    return new Vocabulary(byWord.values(), mixedFraction, negatedFraction, late);
  }

  /** This vocabulary with the given entries added, replacing entries of the same word. */
  public Vocabulary with(Term... terms) {
    List<Term> all = new ArrayList<>(byWord.values());
    for (Term term : terms) {
      all.removeIf(t -> IndicatorTexts.normalize(t.word()).equals(IndicatorTexts.normalize(term.word())));
      all.add(term);
    }
    return new Vocabulary(all, mixedFraction, negatedFraction, lateFraction);
  }

  /** This vocabulary without the entries of the given words. */
  public Vocabulary without(String... words) {
    List<Term> all = new ArrayList<>(byWord.values());
    for (String word : words) {
      String normal = IndicatorTexts.normalize(word);
      all.removeIf(t -> IndicatorTexts.normalize(t.word()).equals(normal));
    }
    return new Vocabulary(all, mixedFraction, negatedFraction, lateFraction);
  }

  /** This vocabulary with other fractions for mixed and negated readings. */
  public Vocabulary withFractions(BigDecimal mixed, BigDecimal negated) {
    return new Vocabulary(byWord.values(), mixed, negated, lateFraction);
  }

  /**
   * Reads the completion words of a text; empty when it holds none.
   *
   * <p>Clause by clause (a clause ends at , ; 。 : ! ?): a negation (未, 没有, 尚未, 无法, 不能,
   * 没能, 难以, 未能 …) makes the next top-band word of its clause not achieved ({@link
   * #negatedFraction()}), so a negated phrase is never "met" because 完成 or 及时 is inside it;
   * the negation is then spent, so 未按时完成 (done, late) reads as done and not done at once
   * ({@link #mixedFraction()}). A negation with no word after it in its clause is a shortfall of its own
   * (第3期未开班). A shortfall that concerns part of the target only (第3、4期…, 其中2期…, 部分…,
   * 个别…) earns {@link #mixedFraction()} instead: partly achieved. 存在…问题 / 以下 / 以上 / 情况
   * states a shortfall ({@link #mixedFraction()}); 未发生 / 无 followed by something unwanted
   * (未发生安全事故, 无投诉) is no negation but an achievement; 按…标准 / 要求 / 规定 / 计划 states
   * conformity, an achievement.
   *
   * @param text the text, as printed (it is normalised here)
   */
  public Optional<Reading> read(String text) {
    return Memo.get(READ, text, this, (t, v) -> v.reader.read(t));
  }

  private static final Object READ = new Object();

  /** Declared after every other constant, which its construction reads. */
  private static final Vocabulary DEFAULTS = VocabularyFile.read(Vocabulary.class, RESOURCE);

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Vocabulary that)) {
      return false;
    }
    return byWord.equals(that.byWord)
        && mixedFraction.compareTo(that.mixedFraction) == 0
        && negatedFraction.compareTo(that.negatedFraction) == 0
        && lateFraction.compareTo(that.lateFraction) == 0;
  }

  @Override
  public int hashCode() {
    return byWord.hashCode();
  }

  @Override
  public String toString() {
    return "Vocabulary(" + byWord.size() + " terms)";
  }
}

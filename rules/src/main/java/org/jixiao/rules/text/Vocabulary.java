package org.jixiao.rules.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

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
 * the 达成 inside it. A completion word of the top band right after a negation (未, 不, 没有,
 * 无法, 尚未) is read as not achieved, earning {@link #negatedFraction()}.
 */
public final class Vocabulary {
  private static final String RESOURCE = "vocabulary.tsv";
  private static final List<String> NEGATIONS = List.of("尚未", "没有", "无法", "难以", "未", "不", "没");
  private static final Vocabulary DEFAULTS = load();

  private final Map<String, Term> byWord;
  /** The first characters of the words, sorted; a {@code Map<Character, …>} boxed every lookup. */
  private final char[] firstChars;

  /** The words starting with {@code firstChars[k]}, longest first. */
  private final List<List<Entry>> byFirstChar;
  private final BigDecimal mixedFraction;
  private final BigDecimal negatedFraction;

  private Vocabulary(Collection<Term> terms, BigDecimal mixedFraction, BigDecimal negatedFraction) {
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
    SortedMap<Character, List<Entry>> index = new TreeMap<>();
    words.forEach(
        (word, term) -> {
          if (!term.wholeText()) {
            index.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(new Entry(word, term));
          }
        });
    this.firstChars = new char[index.size()];
    List<List<Entry>> lists = new ArrayList<>();
    for (Map.Entry<Character, List<Entry>> first : index.entrySet()) {
      firstChars[lists.size()] = first.getKey();
      List<Entry> sorted = first.getValue();
      sorted.sort((a, b) -> Integer.compare(b.word().length(), a.word().length()));
      lists.add(List.copyOf(sorted));
    }
    this.byWord = Collections.unmodifiableMap(words);
    this.byFirstChar = List.copyOf(lists);
    this.mixedFraction = mixedFraction;
    this.negatedFraction = negatedFraction;
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
    return new Vocabulary(terms, mixedFraction, negatedFraction);
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

  /** What a negated completion word (未按时完成) earns (default 0.30). */
  public BigDecimal negatedFraction() {
    return negatedFraction;
  }

  /** This vocabulary with the given entries added, replacing entries of the same word. */
  public Vocabulary with(Term... terms) {
    List<Term> all = new ArrayList<>(byWord.values());
    for (Term term : terms) {
      all.removeIf(t -> IndicatorTexts.normalize(t.word()).equals(IndicatorTexts.normalize(term.word())));
      all.add(term);
    }
    return new Vocabulary(all, mixedFraction, negatedFraction);
  }

  /** This vocabulary without the entries of the given words. */
  public Vocabulary without(String... words) {
    List<Term> all = new ArrayList<>(byWord.values());
    for (String word : words) {
      String normal = IndicatorTexts.normalize(word);
      all.removeIf(t -> IndicatorTexts.normalize(t.word()).equals(normal));
    }
    return new Vocabulary(all, mixedFraction, negatedFraction);
  }

  /** This vocabulary with other fractions for mixed and negated readings. */
  public Vocabulary withFractions(BigDecimal mixed, BigDecimal negated) {
    return new Vocabulary(byWord.values(), mixed, negated);
  }

  /**
   * Reads the completion words of a text; empty when it holds none.
   *
   * @param text the text, as printed (it is normalised here)
   */
  public Optional<Reading> read(String text) {
    String s = IndicatorTexts.normalize(text).strip();
    List<Term> hits = new ArrayList<>();
    Term whole = byWord.get(stripEnd(s));
    if (whole != null && whole.wholeText()) {
      hits.add(whole);
    }
    int i = 0;
    while (i < s.length()) {
      Entry entry = longestAt(s, i);
      if (entry == null) {
        i++;
        continue;
      }
      Term term = entry.term();
      if (term.kind() != Term.Kind.DECOY) {
        String negation = negationBefore(s, i, term);
        hits.add(negation == null ? term : Term.negativeFact(negation + entry.word(), negatedFraction));
      }
      i += entry.word().length();
    }
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    boolean high = hits.stream().anyMatch(t -> t.band() == Band.ACHIEVED);
    boolean low = hits.stream().anyMatch(t -> t.band() == Band.NOT_ACHIEVED);
    boolean withdrawn = hits.stream().allMatch(t -> t.kind() == Term.Kind.WITHDRAWAL);
    if (high && low) {
      return Optional.of(new Reading(hits, Band.PARTLY_ACHIEVED, mixedFraction, true, false));
    }
    Term lowest = hits.get(0);
    for (Term t : hits) {
      if (t.fraction().compareTo(lowest.fraction()) < 0) {
        lowest = t;
      }
    }
    return Optional.of(new Reading(hits, lowest.band(), lowest.fraction(), false, withdrawn));
  }

  /** An entry of the index: the normalised word and its term. */
  private record Entry(String word, Term term) {}

  private @Nullable Entry longestAt(String s, int i) {
    int k = Arrays.binarySearch(firstChars, s.charAt(i));
    if (k < 0) {
      return null;
    }
    for (Entry entry : byFirstChar.get(k)) {
      if (s.startsWith(entry.word(), i)) {
        return entry;
      }
    }
    return null;
  }

  /** The negation right before a top-band completion word, or null. */
  private static @Nullable String negationBefore(String s, int at, Term term) {
    if (term.band() != Band.ACHIEVED || term.kind() != Term.Kind.COMPLETION) {
      return null;
    }
    for (String negation : NEGATIONS) {
      if (at >= negation.length() && s.startsWith(negation, at - negation.length())) {
        return negation;
      }
    }
    return null;
  }

  private static String stripEnd(String s) {
    int end = s.length();
    while (end > 0 && "。.;,!".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  private static Vocabulary load() {
    List<Term> terms = new ArrayList<>();
    BigDecimal mixed = new BigDecimal("0.70");
    BigDecimal negated = new BigDecimal("0.30");
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        try {
          if (cells[0].equals("@mixed")) {
            mixed = new BigDecimal(cells[1].strip());
          } else if (cells[0].equals("@negated")) {
            negated = new BigDecimal(cells[1].strip());
          } else {
            Term.Kind kind = Term.Kind.valueOf(cells[1].strip());
            Band band = Band.valueOf(cells[2].strip());
            BigDecimal fraction = new BigDecimal(cells[3].strip());
            boolean whole = cells.length > 4 && cells[4].strip().equals("whole");
            terms.add(new Term(cells[0].strip(), kind, band, fraction, whole));
          }
        } catch (RuntimeException e) {
          throw new IllegalStateException(RESOURCE + " line " + number + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Vocabulary(terms, mixed, negated);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Vocabulary that)) {
      return false;
    }
    return byWord.equals(that.byWord)
        && mixedFraction.compareTo(that.mixedFraction) == 0
        && negatedFraction.compareTo(that.negatedFraction) == 0;
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

package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Deadline;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/** Reads a normalised target text into a {@link Target}. */
public final class TargetParser {
  private TargetParser() {}

  /** A comparison word and the comparison it states. */
  private record Word(String text, Comparison comparison) {}

  /** Words before a figure, longest first where one ends another. */
  private static final List<Word> PREFIXES =
      List.of(
          new Word("大于或等于", Comparison.AT_LEAST),
          new Word("小于或等于", Comparison.AT_MOST),
          new Word("大于等于", Comparison.AT_LEAST),
          new Word("小于等于", Comparison.AT_MOST),
          new Word("不少于", Comparison.AT_LEAST),
          new Word("不低于", Comparison.AT_LEAST),
          new Word("不小于", Comparison.AT_LEAST),
          new Word("不超过", Comparison.AT_MOST),
          new Word("不高于", Comparison.AT_MOST),
          new Word("不大于", Comparison.AT_MOST),
          new Word("不多于", Comparison.AT_MOST),
          new Word("控制在", Comparison.AT_MOST),
          new Word("至少", Comparison.AT_LEAST),
          new Word("达到", Comparison.AT_LEAST),
          new Word("超过", Comparison.MORE_THAN),
          new Word("大于", Comparison.MORE_THAN),
          new Word("高于", Comparison.MORE_THAN),
          new Word("多于", Comparison.MORE_THAN),
          new Word("至多", Comparison.AT_MOST),
          new Word("最多", Comparison.AT_MOST),
          new Word("小于", Comparison.LESS_THAN),
          new Word("低于", Comparison.LESS_THAN),
          new Word("少于", Comparison.LESS_THAN),
          new Word("等于", Comparison.EQUAL),
          new Word(">=", Comparison.AT_LEAST),
          new Word("<=", Comparison.AT_MOST),
          new Word("≥", Comparison.AT_LEAST),
          new Word("≧", Comparison.AT_LEAST),
          new Word("≤", Comparison.AT_MOST),
          new Word("≦", Comparison.AT_MOST),
          new Word(">", Comparison.MORE_THAN),
          new Word("<", Comparison.LESS_THAN),
          new Word("=", Comparison.EQUAL),
          new Word("达", Comparison.AT_LEAST));

  /** Words after a figure. */
  private static final List<Word> SUFFIXES =
      List.of(
          new Word("及以上", Comparison.AT_LEAST),
          new Word("及以下", Comparison.AT_MOST),
          new Word("以上", Comparison.AT_LEAST),
          new Word("之上", Comparison.AT_LEAST),
          new Word("以下", Comparison.AT_MOST),
          new Word("以内", Comparison.AT_MOST),
          new Word("之内", Comparison.AT_MOST),
          new Word("内", Comparison.AT_MOST));

  private record Candidate(Quantity quantity, @Nullable Word prefix, @Nullable Word suffix) {}

  /** Parses a normalised target text. */
  public static Target parse(String s) {
    List<Target> all = figures(s);
    if (all.isEmpty()) {
      return new Target(s, Comparison.AT_LEAST, false, Optional.empty(), Deadlines.find(s, QuantityScanner.scan(s)));
    }
    return all.get(0);
  }

  /**
   * One target per figure of a normalised target text, in order of preference: the main figure
   * first (see {@link Target}), then the others in text order. A scorer that finds no actual
   * figure for the main one may try the next ({@code 举办一期60人次培训}: 1 期, then 60 人次).
   */
  public static List<Target> figures(String s) {
    List<Found> found = QuantityScanner.scan(s);
    Optional<Deadline> deadline = Deadlines.find(s, found);
    List<Candidate> candidates = new ArrayList<>();
    for (Found f : found) {
      if (!f.date()) {
        Quantity q = f.quantity();
        candidates.add(new Candidate(q, prefix(s, q.start()), suffix(s, q.end())));
      }
    }
    List<Target> out = new ArrayList<>();
    int main = choose(candidates);
    if (main < 0) {
      return out;
    }
    out.add(target(s, candidates.get(main), deadline));
    for (int k = 0; k < candidates.size(); k++) {
      if (k != main) {
        out.add(target(s, candidates.get(k), deadline));
      }
    }
    return out;
  }

  private static Target target(String s, Candidate main, Optional<Deadline> deadline) {
    Quantity q = main.quantity();
    if (q.unit().equals(Unit.NONE) && q.value().signum() == 0 && Chars.startsWith(s, q.start(), "零")) {
      return new Target(s, Comparison.AT_MOST, true, Optional.of(q), deadline); // 零投诉
    }
    Word prefix = main.prefix();
    Word suffix = main.suffix();
    Comparison comparison;
    if (suffix != null && (prefix == null || prefix.text().equals("控制在"))) {
      comparison = suffix.comparison(); // 控制在5%以内: the suffix says which way
    } else if (prefix != null) {
      comparison = prefix.comparison();
    } else {
      comparison = q.isRange() ? Comparison.BETWEEN : Comparison.AT_LEAST;
    }
    boolean explicit = prefix != null || suffix != null;
    return new Target(s, comparison, explicit, Optional.of(q), deadline);
  }

  /** The position of the main figure among the candidates, -1 when there are none. */
  private static int choose(List<Candidate> candidates) {
    for (int k = 0; k < candidates.size(); k++) {
      if (candidates.get(k).prefix() != null) {
        return k;
      }
    }
    for (int k = 0; k < candidates.size(); k++) {
      if (candidates.get(k).suffix() != null) {
        return k;
      }
    }
    for (int k = 0; k < candidates.size(); k++) {
      Quantity q = candidates.get(k).quantity();
      if (!q.isRange() && !q.unit().equals(Unit.NONE)) {
        return k;
      }
    }
    for (int k = 0; k < candidates.size(); k++) {
      if (!candidates.get(k).quantity().isRange()) {
        return k;
      }
    }
    return candidates.isEmpty() ? -1 : 0;
  }

  private static @Nullable Word prefix(String s, int start) {
    int p = start;
    if (p > 0 && (s.charAt(p - 1) == '约' || s.charAt(p - 1) == '近')) {
      p--;
    }
    while (p > 0 && (s.charAt(p - 1) == ' ' || s.charAt(p - 1) == ':')) {
      p--;
    }
    for (Word word : PREFIXES) {
      if (Chars.endsWith(s, p, word.text())) {
        return word;
      }
    }
    return null;
  }

  private static @Nullable Word suffix(String s, int end) {
    int p = Chars.skipSpaces(s, end);
    for (Word word : SUFFIXES) {
      if (Chars.startsWith(s, p, word.text())) {
        return word;
      }
    }
    return null;
  }
}

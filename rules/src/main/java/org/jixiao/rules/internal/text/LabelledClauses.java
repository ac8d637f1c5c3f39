package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.text.Quantity;

/**
 * Two or more targets printed in one cell as clauses joined by commas, each naming what its
 * figure counts ({@code 饭堂用餐人数93人，办公人数36人}), paired with the clauses of an actual that
 * names the same things ({@code 饭堂用餐人数93人，办公人数20人}). A form prints such a cell where
 * its row holds several targets; read whole, only its main figure would be scored and a shortfall
 * in another clause never seen.
 *
 * <p>Only where the pairing cannot be in doubt: every clause of the target has a figure and a
 * label of its own (the words before the figure, without the comparison: {@code 办公人数} in
 * {@code 办公人数不少于36人}), no label is part of another, and each is named by exactly one clause
 * of the actual, which answers it together with the clauses after it that name none. A clause
 * that qualifies the one before ({@code 全年3次，每次不少于50人}) has no label of its own and keeps
 * the cell whole. A comma that groups thousands ({@code 1,500人}) separates no clauses.
 */
public final class LabelledClauses {
  private LabelledClauses() {}

  /** A target clause and the actual clause that names the same thing. */
  public record Pair(String target, String actual) {}

  /** Words that may stand between a label and its comparison or figure (办公人数为36人). */
  private static final String COPULAS = "为是共计有了";

  /** The most characters after the figure: a comparison word ({@code 及以上}) and no more. */
  private static final int MAX_AFTER = 3;

  /** The fewest characters a label has: 人数 alone names what 93人 counts no better than its unit. */
  private static final int MIN_LABEL = 3;

  /**
   * The clauses of {@code target} paired with those of {@code actual}, in the target's order, or
   * empty when the target is not such a list or the actual does not answer it clause by clause.
   *
   * @param target a normalised target text
   * @param actual a normalised actual text
   * @param maxClauses the most clauses paired
   */
  public static Optional<List<Pair>> pair(String target, String actual, int maxClauses) {
    if (target.indexOf(',') < 0 || actual.indexOf(',') < 0) {
      return Optional.empty();
    }
    List<String> targets = ListSplitter.splitOnCommas(target);
    if (targets.size() < 2 || targets.size() > maxClauses) {
      return Optional.empty();
    }
    List<String> labels = new ArrayList<>(targets.size());
    for (String clause : targets) {
      Optional<String> label = label(clause);
      if (label.isEmpty()) {
        return Optional.empty();
      }
      for (String other : labels) {
        if (other.contains(label.get()) || label.get().contains(other)) {
          return Optional.empty(); // 人数 and 用餐人数: which clause answers which is not sure
        }
      }
      labels.add(label.get());
    }
    // the actual's clauses in groups: one that names a label, with the clauses after it that name
    // none (补助资金总额人均5000元，合计50万元: the total is said in the clause after the name)
    List<String> actuals = ListSplitter.splitOnCommas(actual);
    List<Integer> named = new ArrayList<>(actuals.size()); // the label each clause names, or -1
    for (String clause : actuals) {
      int which = -1;
      for (int t = 0; t < labels.size(); t++) {
        if (clause.contains(labels.get(t))) {
          if (which >= 0) {
            return Optional.empty(); // a clause naming two labels
          }
          which = t;
        }
      }
      named.add(which);
    }
    String[] answers = new String[labels.size()];
    for (int a = 0; a < actuals.size(); a++) {
      int t = named.get(a);
      if (t < 0) {
        continue;
      }
      if (answers[t] != null) {
        return Optional.empty(); // named twice
      }
      StringBuilder group = new StringBuilder(actuals.get(a));
      for (int b = a + 1; b < actuals.size() && named.get(b) < 0; b++) {
        group.append(',').append(actuals.get(b));
      }
      answers[t] = group.toString();
    }
    List<Pair> pairs = new ArrayList<>(targets.size());
    for (int t = 0; t < targets.size(); t++) {
      if (answers[t] == null || !QuantityScanner.hasQuantity(answers[t])) {
        return Optional.empty();
      }
      pairs.add(new Pair(targets.get(t), answers[t]));
    }
    return Optional.of(pairs);
  }

  /**
   * The label of a clause: the words before its first figure without the comparison, or empty
   * when it has no figure or a second one (or a date), no label of {@value #MIN_LABEL} or more
   * ideographs, or more than {@value #MAX_AFTER} characters after its figure.
   */
  static Optional<String> label(String clause) {
    List<Found> found = QuantityScanner.scan(clause);
    if (found.size() != 1 || !found.get(0).figure()) {
      return Optional.empty();
    }
    Quantity q = found.get(0).quantity();
    if (clause.length() - q.end() > MAX_AFTER) {
      return Optional.empty(); // words after the figure: more than 以上 or 左右
    }
    int end = TargetParser.labelEnd(clause, q.start());
    while (end > 0 && COPULAS.indexOf(clause.charAt(end - 1)) >= 0) {
      end--;
    }
    String label = clause.substring(0, end).strip();
    int ideographs = 0;
    for (int i = 0; i < label.length(); i++) {
      if (Chars.isCjk(label.charAt(i))) {
        ideographs++;
      }
    }
    if (ideographs < MIN_LABEL || !TargetParser.parse(clause).isQuantitative()) {
      return Optional.empty();
    }
    return Optional.of(label);
  }
}

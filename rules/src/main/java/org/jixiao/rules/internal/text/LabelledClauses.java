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
 * of the actual, which answers it together with the clauses after it that name none. A clause of
 * the actual that names two labels is taken apart at 、 when that parts them. Where the target's
 * clauses were written out from names listed before 分别, a clause of the actual also names a label
 * by the words that set it apart from the others (城市 of 城市低保补差水平月均). A clause
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

  /** The fewest ideographs a label has: 人数 alone names what 93人 counts no better than its unit. */
  private static final int MIN_LABEL = 3;

  /**
   * The fewest ideographs a label has where the writer listed the names themselves (城市、农村 before
   * 分别, {@link Respectively}), or where every label is of two and they are parallel ({@link
   * #nameTheirClauses}): there 男性 and 女性 name what the figures count.
   */
  private static final int MIN_LISTED_LABEL = 2;

  /**
   * Characters a label of two ideographs does not start with when it is to name a clause: 每次 and
   * 单场 qualify the clause before (全年3次，每次不少于50人), 其中 and 均 part it.
   */
  private static final String QUALIFIER_STARTS = "每单各其均人户共合总";

  /** Characters a label of two ideographs does not end with: 人数, 次数, 金额, 面积 name a measure, not what is counted. */
  private static final String MEASURE_ENDS = "数量额率积度值比";

  /**
   * The clauses of {@code target} paired with those of {@code actual}, in the target's order, or
   * empty when the target is not such a list or the actual does not answer it clause by clause.
   *
   * @param target a normalised target text
   * @param actual a normalised actual text
   * @param maxClauses the most clauses paired
   * @param listed whether the target's clauses were written out from names the writer listed
   *     ({@link Respectively}): their labels may be of two ideographs, and a clause of the actual may
   *     name one by the words that set it apart ({@link #keys})
   */
  public static Optional<List<Pair>> pair(String target, String actual, int maxClauses, boolean listed) {
    if (target.indexOf(',') < 0 || (actual.indexOf(',') < 0 && actual.indexOf('、') < 0)) {
      return Optional.empty();
    }
    List<String> targets = ListSplitter.splitOnCommas(target);
    if (targets.size() < 2 || targets.size() > maxClauses) {
      return Optional.empty();
    }
    List<String> labels = new ArrayList<>(targets.size());
    for (String clause : targets) {
      Optional<String> label = label(clause, MIN_LISTED_LABEL);
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
    if (!listed && !nameTheirClauses(labels)) {
      return Optional.empty();
    }
    // by the words that set a label apart only where the writer listed the names: elsewhere 标准化厂房
    // of 建设标准化厂房2栋 would pair 建设周期6个月 with a clause that answers it as a floor
    List<String> keys = listed ? keys(labels) : List.of();
    // the actual's clauses in groups: one that names a label, with the clauses after it that name
    // none (补助资金总额人均5000元，合计50万元: the total is said in the clause after the name)
    List<String> actuals = new ArrayList<>();
    List<Integer> named = new ArrayList<>(); // the label each clause names, or -1
    for (String clause : ListSplitter.splitOnCommas(actual)) {
      int which = named(clause, labels, keys);
      if (which == TWO && clause.indexOf('、') >= 0) {
        // 城市低保标准620元/月、农村低保标准460元/月: the names are apart at 、
        for (String piece : ListSplitter.splitOn(clause, '、')) {
          actuals.add(piece);
          named.add(named(piece, labels, keys));
        }
      } else {
        actuals.add(clause);
        named.add(which);
      }
    }
    if (named.contains(TWO)) {
      return Optional.empty(); // a clause naming two labels
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
   * Whether labels name what their clauses count: each of {@value #MIN_LABEL} ideographs or more, or
   * all of two, none a qualifier nor a measure, and parallel: sharing their first or their last character
   * (男性不少于30人，女性不少于20人; 新建2所，改建3所). Not 全年3次，每次不少于50人, nor 人数93人，次数36人, nor 培训100人，
   * 其中女性40人, whose labels differ in length, nor 覆盖10个村，培训100人, whose two words are actions of their own.
   */
  private static boolean nameTheirClauses(List<String> labels) {
    boolean allLong = true;
    boolean parallel = true;
    boolean sameFirst = true; // 男性 and 女性 end alike, 市级 and 县级, 新建 and 改建; 上半 and 上季 start alike
    boolean sameLast = true;
    String first = labels.get(0);
    for (String label : labels) {
      int n = Chars.ideographs(label);
      allLong &= n >= MIN_LABEL;
      parallel &= n == MIN_LISTED_LABEL && label.length() == MIN_LISTED_LABEL && QUALIFIER_STARTS.indexOf(label.charAt(0)) < 0
          && MEASURE_ENDS.indexOf(label.charAt(1)) < 0;
      sameFirst &= parallel && label.charAt(0) == first.charAt(0);
      sameLast &= parallel && label.charAt(1) == first.charAt(1);
    }
    return allLong || (parallel && (sameFirst || sameLast));
  }

  /** What {@link #named} gives for a clause that names two labels. */
  private static final int TWO = -2;

  /**
   * The label a clause of the actual names, -1 for none, {@link #TWO} for two or more: by the whole
   * label, or else by the words that set it apart from the others ({@link #keys}).
   */
  private static int named(String clause, List<String> labels, List<String> keys) {
    int which = -1;
    for (int t = 0; t < labels.size(); t++) {
      if (clause.contains(labels.get(t)) || (!keys.isEmpty() && clause.contains(keys.get(t)))) {
        if (which >= 0) {
          return TWO;
        }
        which = t;
      }
    }
    return which;
  }

  /**
   * The words that set each label apart from the others, at least two characters: the labels less
   * the words they all start and end with, lengthened into those they end with where one character
   * is left (城市低保标准 and 农村低保标准: 城市 and 农村; 男性学员 and 女性学员: 男性 and 女性). An actual
   * often names what the target counts by these alone (城市低保:300.1元/月 under 城市低保补差水平月均达到300元/人).
   * None when one of them holds another, as 一 and 十一 would.
   */
  static List<String> keys(List<String> labels) {
    String first = labels.get(0);
    int prefix = first.length();
    int suffix = first.length();
    for (String label : labels) {
      int p = 0;
      while (p < Math.min(prefix, label.length()) && label.charAt(p) == first.charAt(p)) {
        p++;
      }
      prefix = p;
      int q = 0;
      while (q < Math.min(suffix, label.length()) && label.charAt(label.length() - 1 - q) == first.charAt(first.length() - 1 - q)) {
        q++;
      }
      suffix = q;
    }
    List<String> keys = new ArrayList<>(labels.size());
    for (String label : labels) {
      int end = Math.max(label.length() - suffix, prefix + 2);
      if (end > label.length() || end <= prefix) {
        return List.of();
      }
      String key = label.substring(prefix, end);
      for (String other : keys) {
        if (other.contains(key) || key.contains(other)) {
          return List.of();
        }
      }
      keys.add(key);
    }
    return keys;
  }

  /**
   * The label of a clause: the words before its first figure without the comparison, or empty
   * when it has no figure or a second one (or a date), no label of {@code fewest} or more
   * ideographs, or more than {@value #MAX_AFTER} characters after its figure.
   */
  static Optional<String> label(String clause, int fewest) {
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
    if (Chars.ideographs(label) < fewest || !TargetParser.parse(clause).isQuantitative()) {
      return Optional.empty();
    }
    return Optional.of(label);
  }
}

package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.QuantityScanner;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A rate of work done given by the rest not yet done (剩余, 尚有, 其余 … then 未, 正在, 预计 …): with the whole
 * (共受理工单3286件，尚有42件未办结 under 办结率: 1 − 42 / 3286), with the part done (8个村已完成，其余2个村预计明年3月完成 under
 * 完成率: 8 / (8 + 2)), or with both when they add up (15所学校中已完工12所，其余3所正在施工: 12 / 15). Part of {@link
 * QuantitativeScorer}, asked after {@link RatesFromCounts} found no rate.
 *
 * <p>Not where the cell says all was done (已全部审核完毕，尚有3件正在公示: the rest is of a later step), nor a rest of
 * another unit (剩余资金3.6万元), nor a rest that was done after all (上年剩余的5件已全部清零): a rest is read only when its
 * clause says it is not done yet.
 */
final class RatesFromRest {
  private RatesFromRest() {}

  /** Whether the normalised {@code actual} may give such a rate: a word of not done yet, and of all done only of the rest. Cheap. */
  static boolean mayHold(String actual) {
    return restAhead(actual) && !allDone(actual);
  }

  /**
   * Whether {@code s} may say a rest not done: a word of a rest right before a figure with a word of not yet after it in its
   * clause (尚有42件未办结), or a clause that opens with a figure a word of not yet follows (8件仍在办理). It is asked of every
   * count a floor is read against, so it looks no further.
   */
  private static boolean restAhead(String s) {
    for (String w : REST) {
      for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + w.length())) {
        int after = at + w.length();
        if (after < s.length() && figureStart(s.charAt(after))
            && Texts.containsAny(s.substring(after, Clauses.clauseEnd(s, after)), NOT_YET)) {
          return true;
        }
      }
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9' && (i == 0 || Clauses.isClauseEnd(s.charAt(i - 1)))) {
        int k = i;
        while (k < s.length() && (s.charAt(k) >= '0' && s.charAt(k) <= '9' || s.charAt(k) == '.')) {
          k++;
        }
        for (int unit = 0; unit <= 2 && k + unit < s.length(); unit++) { // 8件仍在办理, 42户仍在协商
          if (Texts.startsWithAny(s, k + unit, NOT_YET)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean figureStart(char c) {
    return c >= '0' && c <= '9' || "一二两三四五六七八九十百千万零".indexOf(c) >= 0;
  }

  /** Whether words say all was done (已全部, 均已 …), not of the rest alone (其余均已资助到位). */
  private static boolean allDone(String s) {
    for (String w : ALL_DONE) {
      for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
        if (!Texts.endsWithAnyAt(s, at, OF_THE_REST)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The whole, the part done and the rest a cell gives, the whole or the part done null when it gives only the other. */
  private record Parts(@Nullable Quantity whole, @Nullable Quantity done, Quantity rest) {}

  /** The parts of the normalised {@code actual}, when it gives a rest not done and a whole or a part done of one unit. */
  private static @Nullable Parts parts(String actual) {
    if (!mayHold(actual)) {
      return null; // nearly every cell: nothing said not done yet
    }
    List<Quantity> all = QuantityScanner.quantities(actual, false);
    if (all.size() < 2 || all.size() > 3) {
      return null;
    }
    Quantity rest = null;
    List<Quantity> others = new ArrayList<>(2);
    for (Quantity q : all) {
      Unit unit = q.unit();
      if (unit.isShare() || unit.isDuration() || unit.equals(Unit.NONE) || !unit.equals(all.get(0).unit()) || q.isRange()
          || q.per().isPresent() || q.value().signum() < 0) {
        return null; // 剩余资金3.6万元 beside 1250户: a rest of something else
      }
      if (isRest(actual, q)) {
        if (rest != null) {
          return null;
        }
        rest = q;
      } else {
        others.add(q);
      }
    }
    if (rest == null) {
      return null;
    }
    if (others.size() == 2) { // the whole is the one the other two add up to, whatever its words
      for (int k = 0; k < 2; k++) {
        if (others.get(k).value().compareTo(others.get(1 - k).value().add(rest.value())) == 0) {
          return new Parts(others.get(k), others.get(1 - k), rest);
        }
      }
      return null; // the three do not add up: one of them is of something else
    }
    Quantity other = others.get(0);
    if (saysDone(actual, other) && !Texts.containsAny(label(actual, other), WHOLES) && !wholeBefore(actual, other)) {
      return new Parts(null, other, rest); // 8个村已完成，其余2个村…
    }
    // 共受理工单3286件, 审计反馈问题18个: a count with no word of done is the whole
    return rest.value().compareTo(other.value()) > 0 ? null : new Parts(other, null, rest);
  }

  /** The rate of the normalised {@code actual} in {@code percent} under a rate named {@code name}; null when it gives none this way. */
  static RatesFromCounts.@Nullable Rate of(String actual, String name, Unit percent) {
    int r = name.lastIndexOf('率');
    Parts p = r < 2 ? null : parts(actual);
    if (p == null || !asksTheWork(name.substring(0, r), actual)) {
      return null; // 受理投诉50件，尚有3件未办结 under 满意率: no rate of the work left
    }
    Quantity rest = p.rest();
    Quantity whole = p.whole();
    Quantity done = p.done();
    if (whole != null && done != null) {
      return rate(done.value(), whole.value(), percent, done.start(), "（" + done.describe() + " / " + whole.describe() + "）");
    }
    if (whole != null) {
      // placed after the rest: neither the whole's words (应改造: a plan?) nor the rest's (尚有: a rate of the rest?) are its label
      return rate(whole.value().subtract(rest.value()), whole.value(), percent, rest.end(),
          "（1 − " + rest.describe() + " / " + whole.describe() + "）");
    }
    Quantity part = Objects.requireNonNull(done);
    String note = "（" + part.describe() + " / (" + part.describe() + " + " + rest.describe() + ")）";
    return rate(part.value(), part.value().add(rest.value()), percent, part.start(), note);
  }

  /**
   * The count of work done in {@code unit} that a whole and a rest not done of it give, under a count named {@code name}
   * (纳入帮扶对象530人，尚有58人未实现就业 under 帮扶就业人数: 472 人); null when the cell gives none this way, or states the part done
   * (which is read as it stands).
   */
  static RatesFromCounts.@Nullable Rate level(String actual, String name, Unit unit) {
    Parts p = parts(actual);
    Quantity whole = p == null ? null : p.whole();
    if (p == null || whole == null || p.done() != null || !whole.unit().equals(unit) || !Texts.containsAny(label(actual, whole), WHOLES)) {
      return null; // 培训320人，还有20人未取证: no whole of a plan or a list, but work done
    }
    String restSaid = clauseOf(actual, p.rest());
    if (!Texts.containsAny(restSaid, UNDONE) && !holdsAWindow(withoutCountWords(name), restSaid)) {
      return null; // 改造120户，还有5户未验收 under 改造户数: the rest is of a later step, not of the work counted
    }
    Quantity rest = p.rest();
    Quantity made = new Quantity(whole.value().subtract(rest.value()), Optional.empty(), unit, false, rest.end(), rest.end());
    return new RatesFromCounts.Rate(made, "（" + whole.describe() + " − " + rest.describe() + "）");
  }

  /**
   * Whether a name (its words before 率 for a rate) counts the work the rest is left of: it holds a word of completion
   * (完成, 办结, 改造 …), or two characters of its last four stand in the cell (验收合格率 / 通过验收23个; 帮扶就业人数 /
   * 尚有58人未实现就业).
   */
  private static boolean asksTheWork(String asked, String actual) {
    if (Texts.containsAny(asked, COMPLETION)) {
      return true;
    }
    return holdsAWindow(withoutCountWords(asked), actual);
  }

  /** Whether two characters of the last four of {@code words} stand in {@code s}. */
  private static boolean holdsAWindow(String words, String s) {
    for (int k = Math.max(0, words.length() - 4); k + 2 <= words.length(); k++) {
      if (s.contains(words.substring(k, k + 2))) {
        return true;
      }
    }
    return false;
  }

  /** Words of the work itself not done, whatever the work: 未完成, 在施工. */
  private static final List<String> UNDONE = List.of("未完成", "未完工", "施工", "在建", "未实施", "未开工", "未竣工");

  /** The name less the words of a count at its end (人数, 户数, 数量, 人次 …). */
  private static String withoutCountWords(String name) {
    for (String w : COUNT_WORDS) {
      if (name.endsWith(w)) {
        return name.substring(0, name.length() - w.length());
      }
    }
    return name;
  }

  private static final List<String> COUNT_WORDS = List.of("人数", "户数", "人次", "数量", "个数", "次数", "件数", "数", "量");

  /** Whether 中 follows {@code q} closely in its clause: 15所学校中, 全年4500件工单中 (the whole the rest is of). */
  private static boolean wholeBefore(String s, Quantity q) {
    int near = Math.min(Clauses.clauseEnd(s, q.end()), q.end() + 4);
    return s.substring(q.end(), near).contains("中");
  }

  private static RatesFromCounts.@Nullable Rate rate(BigDecimal part, BigDecimal whole, Unit percent, int at, String note) {
    if (whole.signum() <= 0) {
      return null;
    }
    BigDecimal value = RatesFromCounts.percentOf(part, whole);
    return new RatesFromCounts.Rate(new Quantity(value, Optional.empty(), percent, false, at, at), note);
  }

  /** Whether {@code q} is a rest not done: a word of a rest right before it, a word of not yet after it in its clause. */
  private static boolean isRest(String s, Quantity q) {
    String after = s.substring(q.end(), Clauses.clauseEnd(s, q.end()));
    if (Texts.endsWithAnyAt(s, q.start(), REST)) {
      return Texts.containsAny(after, NOT_YET);
    }
    // a clause that opens with the figure and says right after it that it is not done: 8件仍在办理, 42户仍在协商
    return Clauses.clauseStart(s, q.start()) == q.start() && Texts.startsWithAny(after, 0, NOT_YET);
  }

  /** Whether the clause of {@code q} says it was done: 已完成8个, 8个村已完成, 已完工12所. */
  private static boolean saysDone(String s, Quantity q) {
    String clause = clauseOf(s, q);
    return clause.contains("已") || clause.contains("完成") || clause.contains("完工") || clause.contains("办结");
  }

  private static String clauseOf(String s, Quantity q) {
    return s.substring(Clauses.clauseStart(s, q.start()), Clauses.clauseEnd(s, q.end()));
  }

  /** The words before {@code q} in its clause. */
  private static String label(String s, Quantity q) {
    return s.substring(Clauses.clauseStart(s, q.start()), q.start());
  }

  /** Words of work done a rate's name may count (完成率, 办结率, 整改率): any rest of work not done is short of them. */
  private static final List<String> COMPLETION =
      List.of("完成", "办结", "完工", "竣工", "整改", "建成", "结案", "验收", "到位", "发放", "处置", "支付", "拨付", "执行", "改造");

  /** Words of a rest right before its figure. */
  private static final List<String> REST = List.of("剩余", "尚有", "还有", "仍有", "另有", "其中", "其余", "余下", "尚余", "还剩", "还差", "尚差");

  /** Words after a rest saying it is not done yet. */
  private static final List<String> NOT_YET =
      List.of("未", "待", "正在", "在建", "推进", "预计", "计划", "有望", "尚在", "仍在", "进行中", "没有", "延至", "顺延", "推迟", "延期", "结转",
          "暂未", "在施工", "施工中", "建设中", "实施中", "办理中", "审核中", "整改中");



  /** Words before the whole (应改造120户, 共受理3286件, 全年计划培训800人). */
  private static final List<String> WHOLES = List.of("应", "共", "总", "受理", "计划", "任务", "全年", "涉及", "合计", "纳入", "列入");

  /** Words saying all was done: a rest beside them is of something else. */
  private static final List<String> ALL_DONE = List.of("已全部", "全部完成", "均已", "都已", "全部办结", "全部清零");

  /** Words of the rest before words of all done: 其余均已资助到位 says the rest, not all, was done. */
  private static final List<String> OF_THE_REST = List.of("其余", "其他", "剩余", "其余人员", "其余的");
}

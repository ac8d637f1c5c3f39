package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.FigureRoles;
import org.jixiao.rules.internal.text.PartsAsked;
import org.jixiao.rules.internal.text.RestatedTargets;
import org.jixiao.rules.internal.text.Signs;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;

/**
 * Of an actual's figures that answer a target alike, the levels reached before a plan, a part of a
 * total or something beside them ({@link FigureRoles}): 计划培训300人，实际培训280人 is 280 人, 新增养老床位180张，
 * 其中护理型床位60张 is 180 张. A figure the indicator's name points to stays (女性培训人数 against 培训120人，
 * 其中女性45人: the part may be what is asked), and the figures tie as before. Part of {@link QuantitativeScorer}.
 */
final class LevelsFirst {
  private LevelsFirst() {}

  /**
   * {@code ties} less the figures that are no level, when some level is among them; else {@code ties}. Only
   * against a floor: under a ceiling a part, a plan or work beside the level may be what is counted (受理投诉35件，
   * 其中有效投诉4件; 计划建设周期18个月，已完成主体工程用时12个月; 实际支出95万元，另有12万元待结算支付), except money said
   * to be actually spent beside a budget (项目投资56万元，实际决算金额54.6万元). A plan is set aside only beside a level
   * of the same work said to be reached this year and when the plan is not said to be met; a part only when it is
   * not the part reached (发现问题45个，其中已整改42个 is 42 done); work beside the level that may be done as well
   * (另有50人就地就业) only when every level alone meets the floor ({@code comparison}, {@code wanted}, in
   * {@code target}): the sum meets it too.
   */
  static List<Quantity> of(List<Quantity> ties, String text, String name, Comparison comparison, Quantity wanted, String target) {
    if (wanted.unit().isMoney()) {
      List<Quantity> actual = new ArrayList<>(ties.size());
      boolean budgets = true;
      for (Quantity q : ties) {
        if (FigureRoles.statedAsActual(text, q.start())) {
          actual.add(q);
        } else {
          budgets = budgets && FigureRoles.statedAsBudget(text, q.start());
        }
      }
      if (!actual.isEmpty() && actual.size() < ties.size() && budgets) {
        return actual; // 项目投资56万元，实际决算金额54.6万元; not 资金到位50万元，实际使用45万元
      }
    }
    boolean ceiling = comparison.isReverse(); // only a plan beside 实际 is set aside under a ceiling
    List<Quantity> levels = new ArrayList<>(ties.size());
    List<Quantity> plans = new ArrayList<>(ties.size());
    List<Quantity> others = new ArrayList<>(ties.size());
    boolean maybeDone = false;
    boolean part = false;
    Totals totals = null; // made when a part is met
    for (Quantity q : ties) {
      FigureRoles.Role role = FigureRoles.of(text, q.start());
      if (role == FigureRoles.Role.PART) {
        if (totals == null) {
          totals = new Totals(ties, text);
        }
        if (!totalBefore(ties, text, q, name, totals)) {
          role = null; // 截至2023年12月底，其中城镇新增就业1600人: no total of this unit before it, or the part reached
        }
      }
      if (role == FigureRoles.Role.PENDING && name.contains("开工")) {
        role = null; // 开工项目数 against 竣工15个，5个正在施工: work under way was started
      }
      if (role == FigureRoles.Role.PLAN && FigureRoles.planMet(text, q.end())) {
        role = null; // 计划招录150人，全部到岗: the plan met is the level
      }
      if (role == null) {
        levels.add(q);
      } else if (role == FigureRoles.Role.PLAN) {
        plans.add(q);
      } else {
        others.add(q);
        maybeDone = maybeDone || role == FigureRoles.Role.BESIDE;
        part = part || role == FigureRoles.Role.PART;
      }
    }
    if (levels.isEmpty() || plans.isEmpty() && others.isEmpty() || ceiling && !others.isEmpty() || part && partsExceedTotal(levels, others, text)) {
      return ties;
    }
    for (Quantity plan : plans) {
      boolean answered = false;
      for (Quantity q : levels) {
        answered = answered || (FigureRoles.statedAsReached(text, q.start()) && FigureRoles.sameWork(text, plan.start(), q.start())
            && (!ceiling || FigureRoles.saysActual(text, q.start())));
      }
      if (!answered) {
        return ties; // 计划培训300人，已完成就业推荐80人: another stage of the work, no level of the plan's
      }
    }
    if (maybeDone) {
      for (Quantity q : levels) {
        if (!meetsAFloor(q, text, name, comparison, wanted, target)) {
          return ties;
        }
      }
    }
    return !others.isEmpty() && namePointsElsewhere(levels, others, text, name, target, part) ? ties : levels;
  }

  /**
   * Whether the parts after a 其中 add up to more than the level right before it (改造120公里，其中县道40公里，
   * 乡道100公里): then that figure is no total of them, and a reader cannot tell which is the level.
   */
  static boolean partsExceedTotal(List<Quantity> levels, List<Quantity> others, String text) {
    // each part's 其中 found once: asked again for every pair of parts, a hostile cell of thousands made this quadratic
    int[] ats = new int[others.size()];
    for (int k = 0; k < ats.length; k++) {
      ats[k] = FigureRoles.partAt(text, others.get(k).start());
    }
    Map<Integer, List<Integer>> byPart = new LinkedHashMap<>();
    for (int k = 0; k < ats.length; k++) {
      if (ats[k] >= 0) {
        byPart.computeIfAbsent(ats[k], unused -> new ArrayList<>()).add(k);
      }
    }
    boolean inOrder = true;
    for (int k = 1; k < levels.size(); k++) {
      inOrder &= levels.get(k - 1).end() <= levels.get(k).end();
    }
    for (Map.Entry<Integer, List<Integer>> group : byPart.entrySet()) {
      int at = group.getKey();
      Quantity total = inOrder ? lastEndingBy(levels, at) : null;
      if (!inOrder) {
        for (Quantity l : levels) {
          total = l.end() <= at ? l : total;
        }
      }
      if (total == null) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (int k : group.getValue()) {
        Quantity p = others.get(k);
        if (RestatedTargets.asideAt(text, p.start()) < 0) { // not a target restated among the parts
          if (!p.unit().isCompatibleWith(total.unit())) {
            return true;
          }
          sum = sum.add(p.unit().convert(p.value(), total.unit()));
        }
      }
      if (sum.compareTo(total.value()) > 0) {
        return true;
      }
    }
    return false;
  }

  /** The last of {@code levels} (in order of their ends) that ends by {@code at}, or null. */
  private static @Nullable Quantity lastEndingBy(List<Quantity> levels, int at) {
    int lo = 0;
    int hi = levels.size() - 1;
    Quantity found = null;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (levels.get(mid).end() <= at) {
        found = levels.get(mid);
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * Whether the indicator's name points to a figure set aside rather than to the levels: a word of the name
   * in its clause that no level's clause holds (女性培训人数 against 培训120人，其中女性45人; 租赁车辆 against
   * 购置校车10辆，另有2辆为租赁), or, beside a part, no word of the name in a level's clause that the part's
   * lacks (医养结合床位 against 新增养老床位180张，其中护理型床位60张: both are 床位). First, beside parts, what the total's
   * own words tell ({@link PartsAsked}): a total that says only that it was done counts what the name names
   * (维修校舍 against 已完成8所（含结转项目2所）), and is the level unless the name or target holds a part's words.
   */
  private static boolean namePointsElsewhere(
      List<Quantity> levels, List<Quantity> figures, String text, String name, String target, boolean parts) {
    List<Quantity> others = figures;
    boolean part = parts;
    if (part) { // 维修校舍 against 已完成8所（含结转项目2所）: the total's words say only that it was done
      List<Quantity> ofTotals = new ArrayList<>(others.size());
      List<Quantity> beside = new ArrayList<>(others.size());
      for (Quantity q : others) {
        (FigureRoles.partAt(text, q.start()) >= 0 ? ofTotals : beside).add(q);
      }
      PartsAsked.Answer asked = PartsAsked.of(levels, ofTotals, text, name, target);
      if (asked == PartsAsked.Answer.PART) {
        return true;
      }
      if (asked == PartsAsked.Answer.TOTAL) {
        if (beside.isEmpty()) {
          return false;
        }
        others = beside; // …，另有2所正在施工: the name's words still tell of what stands beside the level
        part = false;
      }
    }
    Set<String> named = Keywords.of(name);
    if (named.isEmpty()) {
      return false;
    }
    Set<String> levelWords = new HashSet<>();
    for (Quantity q : levels) {
      levelWords.addAll(Keywords.of(clauseOf(text, q)));
    }
    Set<String> otherWords = new HashSet<>();
    for (Quantity q : others) {
      otherWords.addAll(Keywords.of(clauseOf(text, q)));
    }
    boolean levelOnly = false;
    for (String pair : named) {
      if (otherWords.contains(pair) && !levelWords.contains(pair)) {
        return true;
      }
      levelOnly = levelOnly || (levelWords.contains(pair) && !otherWords.contains(pair));
    }
    if (!part) {
      return false;
    }
    for (Quantity q : others) { // 培训脱贫户 against 培训脱贫户和一般农户120人，其中脱贫户45人: the name holds the part's words
      String partWords = FigureRoles.partAt(text, q.start()) < 0 ? "" : text.substring(FigureRoles.partWordsAt(text, q.start()), q.start()).replace("有", "").replace("为", "").replace(":", "").strip();
      if (partWords.length() >= 2 && name.contains(partWords)) {
        return true;
      }
    }
    // beside a part, the name must say no more than the total's clause: 妇女培训人数, 高龄老人补贴 and
    // 建档立卡户危房改造 may each ask a part in words of their own (女性, 80岁以上, 脱贫户)
    String levelClauses = levelClauses(levels, text);
    for (String pair : Keywords.of(RestatedTargets.withoutMeasure(name))) {
      if (!levelWords.contains(pair) && !(levelClauses.indexOf(pair.charAt(0)) >= 0 && levelClauses.indexOf(pair.charAt(1)) >= 0)) {
        return true; // 房改 of 危房改造 against 改造农村危房: a pair across two words the clause holds says no more
      }
    }
    return !levelOnly;
  }

  /** The clauses of {@code levels}, one after another. */
  private static String levelClauses(List<Quantity> levels, String text) {
    StringBuilder all = new StringBuilder();
    for (Quantity q : levels) {
      all.append(clauseOf(text, q));
    }
    return all.toString();
  }

  /**
   * Whether a figure of {@code ties} that is no part stands before the 其中 of {@code part} in its sentence, and
   * the part is not what was reached of what was found (发现问题45个，其中已整改42个: the 42 is the work done; but
   * 培训100人，其中未就业人员36人已实现就业 is a part of 100 trained).
   */
  private static boolean totalBefore(List<Quantity> ties, String text, Quantity part, String name, Totals totals) {
    int at = FigureRoles.partAt(text, part.start());
    // 项目开工数 against 年内项目开工12个，其中已竣工投产8个: the total begun is what is counted
    boolean partReached = FigureRoles.statedAsReached(text, part.start()) && !name.contains("开工");
    int sentence = at < 0 ? 0 : totals.sentenceStarts[at]; // no 。 between the total and the 其中
    if (totals.inOrder) {
      return at >= 0 && totals.anyBetween(sentence, at, partReached);
    }
    for (Quantity q : ties) {
      if (q.end() <= at && q.end() >= sentence && FigureRoles.partAt(text, q.start()) < 0
          && !(partReached && FigureRoles.statedAsFound(text, q.start()) && !FigureRoles.statedAsReached(text, q.start()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What {@link #totalBefore} asks of the ties, found once for a cell: where each sentence starts, and of the ties
   * (when in order of their ends) how many up to each are no part, and no part found but not reached. Asked again
   * of every earlier figure for every part, a hostile cell of thousands of parts took time quadratic in its length.
   */
  private static final class Totals {
    final int[] sentenceStarts;
    final boolean inOrder;
    private final int[] ends;
    /** Of the first k ties, how many are no part ({@code [k]}), and how many no part and not found-only. */
    private final int[] noPart;
    private final int[] notFoundOnly;

    Totals(List<Quantity> ties, String text) {
      this.sentenceStarts = sentenceStarts(text);
      boolean ordered = true;
      for (int k = 1; k < ties.size(); k++) {
        ordered &= ties.get(k - 1).end() <= ties.get(k).end();
      }
      this.inOrder = ordered;
      int n = ordered ? ties.size() : 0;
      this.ends = new int[n];
      this.noPart = new int[n + 1];
      this.notFoundOnly = new int[n + 1];
      for (int k = 0; k < n; k++) {
        Quantity q = ties.get(k);
        ends[k] = q.end();
        boolean total = FigureRoles.partAt(text, q.start()) < 0;
        boolean foundOnly = total && FigureRoles.statedAsFound(text, q.start()) && !FigureRoles.statedAsReached(text, q.start());
        noPart[k + 1] = noPart[k] + (total ? 1 : 0);
        notFoundOnly[k + 1] = notFoundOnly[k] + (total && !foundOnly ? 1 : 0);
      }
    }

    /** Whether a tie ending in {@code [from, to]} is no part (and, when {@code partReached}, not one only found). */
    boolean anyBetween(int from, int to, boolean partReached) {
      int lo = firstEndingFrom(from);
      int hi = firstEndingFrom(to + 1); // exclusive
      if (lo >= hi) {
        return false;
      }
      int[] counts = partReached ? notFoundOnly : noPart;
      return counts[hi] - counts[lo] > 0;
    }

    /** The first tie whose end is at least {@code end}. */
    private int firstEndingFrom(int end) {
      int lo = 0;
      int hi = ends.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (ends[mid] < end) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /**
   * For each position of {@code text} (and its end), where its sentence starts: just after the last 。 before it.
   * Made once for the parts of a cell, so that whether a total stands in a part's sentence costs no search.
   */
  private static int[] sentenceStarts(String text) {
    int[] starts = new int[text.length() + 1];
    int start = 0;
    for (int k = 0; k <= text.length(); k++) {
      starts[k] = start;
      if (k < text.length() && text.charAt(k) == '。') {
        start = k + 1;
      }
    }
    return starts;
  }

  /** The clause that holds {@code q}, figure and all. */
  private static String clauseOf(String text, Quantity q) {
    return text.substring(Clauses.clauseStart(text, q.start()), Clauses.clauseEnd(text, q.end()));
  }

  /** Whether {@code q} alone meets a floor of no direction and no sign (≥ 200 人: 200 人 or more). */
  private static boolean meetsAFloor(Quantity q, String actual, String name, Comparison comparison, Quantity wanted, String target) {
    if ((comparison != Comparison.AT_LEAST && comparison != Comparison.MORE_THAN) || wanted.isRange() || q.isRange()
        || Signs.minusBefore(target, wanted.start()) || Signs.before(target, wanted.start()) != Signs.Direction.NONE || Signs.nameStatesDecrease(name)) {
      return false;
    }
    Unit unit = wanted.unit();
    if (!q.unit().isCompatibleWith(unit) || Signs.before(actual, q.start()) != Signs.Direction.NONE) {
      return false;
    }
    int c = q.unit().convert(q.value(), unit).compareTo(wanted.value());
    return comparison == Comparison.AT_LEAST ? c >= 0 : c > 0;
  }
}

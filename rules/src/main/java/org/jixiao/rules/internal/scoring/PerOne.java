package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A rate per one (单位成本, 人均, 户均, 生均) made from a total and a count the cell gives: 完成投资516.6万元，改造面积1.23万平方米
 * under ≤400元/平方米 is 420 元/平方米, 140名干部合计完成培训3360学时 under 人均培训学时 ≥30学时 is 24 学时. A reader divides; the
 * scorer compared the total with the rate (5166000 元 against 400 元/平方米). Whom the rate is per comes from the target's per
 * (元/户, 万元/公里, 元/生·年) or, when it has none, from the name (人均, 户均, 场均, 每平方米). Made only from one total and one count
 * of whom, none of them a rate itself (人均, 月均, 每亩) or a sum over others (预算, 合同, 授课, 村集体); when the cell has counts of whom and totals
 * but not one of each, the totals answer nothing, as no rate per one can be made of them. Not over a period (元/人·月: a year's
 * total over 人 is no month's rate), not per a period (日均: the days are seldom written), and not a count per one unless
 * the name or the target says it is an average (场均, 平均每场): 每村配备1名 asks every village, which no average tells.
 */
final class PerOne {
  private PerOne() {}

  /** A rate made of a total and a count, or, when none could be made, the totals that answer no rate per one. */
  record Outcome(@Nullable Quantity made, String note, List<Quantity> totals, List<Quantity> counts) {
    static final Outcome NONE = new Outcome(null, "", List.of(), List.of());
  }

  /** Words of a name that ask a rate per one, with whom it is per, when the target prints no per. */
  private static final String[][] NAMED = {
    {"人均", "人"}, {"户均", "户"}, {"生均", "人"}, {"场均", "场"}, {"次均", "次"}, {"亩均", "亩"}, {"单次", "次"},
    {"每平方米", "平方米"}, {"单位面积", "平方米"}, {"每公里", "公里"}, {"每延米", "米"}, {"每吨", "吨"}, {"每户", "户"}, {"每人", "人"}
  };

  /**
   * Words before a total that make it no sum over whom the rate is per: a plan or a sum agreed (预算, 计划, 合同), what was
   * taught rather than attended (累计授课96学时: every trainee sat through the same hours), a collective's (村集体经济增收18万元 is
   * no household's income).
   */
  private static final List<String> NOT_SPENT = List.of("预算", "计划", "批复", "概算", "估算", "合同", "授课", "开课", "讲授", "集体");

  /** The rate per one {@code wanted} asks, made of the figures of the normalised actual {@code s}; {@link Outcome#NONE} when it asks none. */
  static Outcome of(List<Quantity> figures, String s, Quantity wanted, String name) {
    Unit whom = whom(wanted, name);
    if (whom == null || (wanted.unit().isCount() && name.indexOf('均') < 0)) { // 每村1名 asks each one, which no average tells
      return Outcome.NONE;
    }
    boolean whomApart = !whom.isCompatibleWith(wanted.unit()); // 元 per 户, not 人 per 人
    List<Quantity> totals = new ArrayList<>(2);
    List<Quantity> unrated = new ArrayList<>(2); // the totals that are no rate themselves
    List<Quantity> counts = new ArrayList<>(2);
    for (Quantity q : figures) {
      if (q.isRange()) {
        continue;
      }
      boolean alike = whomApart && q.unit().isCompatibleWith(wanted.unit());
      Rate rate = rateOf(q, s);
      if (alike && rate == Rate.PER_WHOM) {
        return Outcome.NONE; // 户均2,250元, 300元/人: the cell states a rate of its own
      } else if (alike) {
        totals.add(q); // 月均支出30.8万元 is in the list, though it is no total: it answers no rate per one either
        if (rate == Rate.NONE) {
          unrated.add(q);
        }
      } else if (rate == Rate.NONE && q.unit().isCompatibleWith(whom) && q.value().signum() > 0) {
        counts.add(q);
      }
    }
    if (totals.isEmpty() || counts.isEmpty()) {
      return Outcome.NONE;
    }
    List<Quantity> done = unrated.stream().filter(q -> !beforeInClause(s, q.start(), NOT_SPENT)).toList();
    if (done.size() != 1 || counts.size() != 1) {
      return new Outcome(null, "", totals, counts);
    }
    Quantity total = done.get(0);
    Quantity count = counts.get(0);
    BigDecimal value = total.unit().convert(total.value(), wanted.unit())
        .divide(count.unit().convert(count.value(), whom), MathContext.DECIMAL64);
    value = value.abs().compareTo(BigDecimal.ONE) >= 0 ? value.setScale(2, RoundingMode.HALF_UP) : value.round(new MathContext(3, RoundingMode.HALF_UP));
    Quantity made = new Quantity(value, Optional.empty(), wanted.unit(), total.approximate() || count.approximate(), total.start(), total.end(), wanted.per());
    return new Outcome(made, "（" + total.describe() + " / " + count.describe() + "）", totals, counts);
  }

  /** The verdict when the cell has totals and counts of whom but not one of each: no rate per one can be made (JX-T-0508). */
  static IndicatorVerdict unmade(String scorer, Comparison comparison, Quantity wanted, Outcome outcome) {
    return IndicatorVerdict.undetermined(
        Reasons.trace(scorer, "per-one-unmade", "JX-T-0508")
            .putArgs("comparison", comparison.symbol())
            .putArgs("wanted", wanted::describe)
            .putArgs("totals", () -> UndeterminedReasons.firstFive(outcome.totals()))
            .putArgs("counts", () -> UndeterminedReasons.firstFive(outcome.counts()))
            .build());
  }

  /** The unit of whom {@code wanted} is per (户, 平方米, 公里, 人 for 生), from its per or the name; null when it asks no rate per one. */
  static @Nullable Unit whom(Quantity wanted, String name) {
    if (wanted.per().isPresent()) {
      String per = wanted.per().get();
      int star = per.indexOf('*');
      if (star >= 0 && !per.substring(star + 1).equals("年")) {
        return null; // 元/人·月: a month's rate, which a year's total over 人 is not
      }
      String who = star >= 0 ? per.substring(0, star) : per;
      Unit unit = who.equals("生") ? Unit.of("人").orElse(null) : Unit.of(who).orElse(null);
      return unit == null || unit.isDuration() || unit.isShare() || unit.isMoney() ? null : unit;
    }
    if (name.indexOf('均') < 0 && name.indexOf('每') < 0 && name.indexOf('单') < 0) {
      return null; // every word of NAMED holds one of these: nearly every name has none
    }
    for (String[] word : NAMED) {
      if (name.contains(word[0])) {
        return Unit.of(word[1]).orElse(null);
      }
    }
    return null;
  }

  /** What a figure is a rate per: no one, a period (月均, 每月, /年) or whom (人均, 每亩, /户, 平均). */
  private enum Rate { NONE, PER_PERIOD, PER_WHOM }

  /** Characters before 均 or after 每 that name a period: 月均 and 每月 are rates of time, not per one. */
  private static final String PERIODS = "年月日天周季旬";

  private static Rate rateOf(Quantity q, String s) {
    if (q.per().isPresent()) {
      String per = q.per().get();
      return PERIODS.indexOf(per.charAt(0)) >= 0 ? Rate.PER_PERIOD : Rate.PER_WHOM;
    }
    for (int k = q.start() - 1; k >= Math.max(0, q.start() - 10) && !Clauses.isClauseEnd(s.charAt(k)); k--) {
      char c = s.charAt(k);
      if (c == '均' && k > 0) {
        return PERIODS.indexOf(s.charAt(k - 1)) >= 0 ? Rate.PER_PERIOD : Rate.PER_WHOM;
      }
      if (c == '每' && k + 1 < s.length()) {
        return PERIODS.indexOf(s.charAt(k + 1)) >= 0 ? Rate.PER_PERIOD : Rate.PER_WHOM;
      }
      if ((s.startsWith("单价", k) || s.startsWith("标准", k)) && q.start() - k <= 3) { // 补助标准300元, 标准为300元; not 高标准农田2万亩
        return Rate.PER_WHOM;
      }
    }
    return Rate.NONE;
  }

  /** Whether one of {@code words} stands before {@code start} in its clause: 项目预算资金260万元, 累计授课96学时. */
  private static boolean beforeInClause(String s, int start, List<String> words) {
    return Texts.containsAny(s.substring(Math.max(Clauses.clauseStart(s, start), start - 20), start), words); // near: 项目预算资金
  }
}

package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.ComplementRates;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * A rate given by a whole and the count of its rest in the words of the rate's opposite (review 75c, 75d): 检查设备200台，其中18台
 * 损坏或过期 under 设备完好率 is 1 − 18 / 200, 共办理120件，其中超期6件 under 及时率 1 − 6 / 120, 全年检测水样96份，除2份浊度超标外其余
 * 均达标 under 达标率, 回收有效问卷150份，除9份不满意外均为满意或非常满意 under 满意率. They were undetermined, or read by their words
 * alone (超期: partly, 70 %; 达标: met). The rest's words are those {@link ComplementRates#restAt} knows for the rate asked (损坏,
 * 故障 of 完好; 超期, 逾期 of 按时 and 及时; 超标 of 达标; the rate's own word denied: 不满意, 不合格, 未整改), anywhere in the rest's
 * clause; the whole is the other figure, in the same unit, with no such word in its clause and no smaller than the rest, unless
 * its clause says the share itself (抽检合格397批次，不合格15批次: 397 / (397 + 15)). Only
 * two figures: a third may be a part done or a whole of another kind. Part of {@link QuantitativeScorer}, asked after {@link
 * RatesFromCounts} and {@link RatesFromRest} found no rate.
 */
final class RatesFromFaults {
  private RatesFromFaults() {}

  /** The rate in {@code percent} the normalised {@code actual} gives under a rate {@code name} ({@code asked}: target and name); null when none. */
  static RatesFromCounts.@Nullable Rate of(List<Quantity> figures, String actual, String asked, String name, Unit percent) {
    if (figures.size() != 2) {
      return null;
    }
    Quantity a = figures.get(0);
    Quantity b = figures.get(1);
    if (!countable(a) || !countable(b) || !a.unit().equals(b.unit())) {
      return null;
    }
    boolean aRest = restInClause(actual, a, asked);
    boolean bRest = restInClause(actual, b, asked);
    if (aRest == bRest) {
      return null; // neither is a rest, or both are: which is the whole is not said
    }
    Quantity whole = aRest ? b : a;
    Quantity rest = aRest ? a : b;
    if (rest.value().compareTo(whole.value()) > 0) {
      return null;
    }
    Quantity rate;
    String note;
    if (saysTheShare(actual, whole, name)) { // 抽检合格397批次，不合格15批次: the two parts of a whole not written
      rate = new Quantity(RatesFromCounts.percentOf(whole.value(), whole.value().add(rest.value())), Optional.empty(), percent, false, rest.end(), rest.end());
      note = "（" + whole.describe() + " / (" + whole.describe() + " + " + rest.describe() + ")）";
    } else {
      rate = new Quantity(RatesFromCounts.percentOf(whole.value().subtract(rest.value()), whole.value()), Optional.empty(), percent, false, rest.end(), rest.end());
      note = "（1 − " + rest.describe() + " / " + whole.describe() + "）";
    }
    return new RatesFromCounts.Rate(rate, note);
  }

  /** Whether the clause of {@code q} says the share {@code name} asks, not denied: 合格 of 合格397批次 under 抽检合格率 (a part, no whole). */
  private static boolean saysTheShare(String s, Quantity q, String name) {
    String share = ComplementRates.lastShare(name);
    String word = share.length() > 2 ? share.substring(0, share.length() - 1) : "";
    String clause = s.substring(Clauses.clauseStart(s, q.start()), Clauses.clauseEnd(s, q.end()));
    for (int at = word.isEmpty() ? -1 : clause.indexOf(word); at >= 0; at = clause.indexOf(word, at + 1)) {
      if (at == 0 || "不未".indexOf(clause.charAt(at - 1)) < 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean countable(Quantity q) {
    return q.unit().isCount() && q.per().isEmpty() && !q.isRange() && q.value().signum() > 0;
  }

  /** Whether a word of the rest of the rate asked stands in the clause of {@code q}: 其中超期6件, 18台损坏或过期, 除2份浊度超标外. */
  private static boolean restInClause(String s, Quantity q, String asked) {
    int end = Clauses.clauseEnd(s, q.end());
    for (int k = Clauses.clauseStart(s, q.start()); k < end; k++) {
      if (ComplementRates.mayStartRest(s.charAt(k)) && ComplementRates.restAt(s, k, asked) > 0) {
        return true;
      }
    }
    return false;
  }
}

package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.MonthsNamed;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;

/**
 * A figure of part of the year under a target of the year (review 75b): 截至10月底累计完成改造226户 under 2023年底前完成改造300户,
 * 1—9月累计培训1,126人次 under 全年≥1,500人次, 1至11月已支出98.6万元 under 全年≤120万元, 汛期（6—9月）监测断面优良比例75% under
 * 本年度≥80%. They were read as the year's (75 %, 75 %, met, 94 %). A reader says: a count or a sum of part of a year that
 * ends before December may grow, so it settles a floor it already meets and nothing else; a share or an average of part of
 * the year (1-11月按时办结率100%, 第四季度平均到场时间12分钟, 采暖季均值46) is not the year's at all. Asked of the figure
 * chosen, when neither the target nor the name names a part of the year itself; and among tied figures, those of the whole
 * year (全年, 1—12月) answer before those of a part (12月受理187件；1—12月累计受理2,146件). Part of {@link QuantitativeScorer}.
 */
final class PartOfYear {
  private PartOfYear() {}

  /** December alone: a deadline at the year's end (12月底前) names no part of the year. */
  private static final int DECEMBER = 1 << 11;

  /** Undetermined when {@code chosen} is a figure of part of the year that does not settle the target; else empty. */
  static Optional<IndicatorVerdict> verdict(
      String scorer, Comparison comparison, BigDecimal a, BigDecimal b, Quantity chosen, Unit unit, String actual, String asked, Supplier<String> targetArg) {
    int months = YearParts.ofClause(actual, chosen);
    if (months == 0 || months == YearParts.YEAR || MonthsNamed.ofMonthsNamed(chosen, actual)) {
      return Optional.empty(); // nearly every figure: no part of the year named before it; 除2月外每月: already the year's
    }
    int askedMonths = YearParts.within(asked, 0, asked.length());
    if (askedMonths != 0 && askedMonths != YearParts.YEAR && askedMonths != DECEMBER) {
      return Optional.empty();
    }
    boolean average = unit.isShare() || averageBefore(actual, chosen, unit);
    boolean open = (months & DECEMBER) == 0; // the year goes on after the part: its total may grow
    // 截至11月底已完成验收38个，剩余2个预计12月底前完成: the rest is said pending, so the part is all that was done
    // a ceiling passed in part of the year is passed for it (by at least as much); the rest of the year said to have had
    // none (第四季度因场地改造未开展, 7月起闭馆维修至年底) leaves the part the year's
    boolean settled = !average && (!open || comparison == Comparison.AT_LEAST && b.compareTo(a) >= 0
        || comparison.isReverse() && b.compareTo(a) > 0 || RatesFromRest.mayHold(actual) || YearParts.withNoneSaid(months, actual) == YearParts.YEAR);
    if (settled) {
      return Optional.empty();
    }
    return Optional.of(
        IndicatorVerdict.undetermined(
            Reasons.trace(scorer, "part-of-year", "JX-T-0509")
                .putArgs("actual", chosen::describe)
                .putArgs("span", () -> describe(months))
                .putArgs("target", targetArg)
                .build()));
  }

  /** Among {@code ties}, those of the whole year or of no part named, when some are of a part of it; else all. */
  static List<Quantity> wholeYearFirst(List<Quantity> ties, String actual) {
    List<Quantity> whole = new ArrayList<>(ties.size());
    for (Quantity q : ties) {
      int months = YearParts.ofClause(actual, q);
      if (months == YearParts.YEAR || months == 0) {
        whole.add(q);
      }
    }
    return whole.isEmpty() || whole.size() == ties.size() ? ties : whole;
  }

  /**
   * Whether a word of an average stands in the clause before {@code q}: 平均, 均值; not 月均 before a count or a sum, which
   * {@link MonthlyAverages} made the months' total.
   */
  private static boolean averageBefore(String s, Quantity q, Unit unit) {
    int from = Clauses.clauseStart(s, q.start());
    for (int k = s.indexOf('均', from); k >= 0 && k < q.start(); k = s.indexOf('均', k + 1)) {
      if (!(k > 0 && s.charAt(k - 1) == '月' && (unit.isCount() || unit.isMoney()))) {
        return true;
      }
    }
    return false;
  }

  /** The months as a reader writes them: 1—10月, 1—3月、11—12月. */
  static String describe(int months) {
    StringBuilder out = new StringBuilder();
    for (int m = 0; m < 12; m++) {
      if ((months & (1 << m)) != 0) {
        int e = m;
        while (e + 1 < 12 && (months & (1 << (e + 1))) != 0) {
          e++;
        }
        out.append(out.length() > 0 ? "、" : "").append(m + 1).append(e > m ? "—" + (e + 1) : "").append('月');
        m = e;
      }
    }
    return out.toString();
  }
}

package org.jixiao.rules.internal.scoring;

import java.util.List;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * The year's own figure beside a total over more years (review 73c, 73e): 累计完成投资2,800万元，其中本年完成900万元 under
 * 当年完成投资额 is 900 万元, 按三年行动计划共需硬化道路45公里，本年度完成27.5公里 under 本年度道路硬化里程 27.5 公里; both read tied.
 * Part of {@link QuantitativeScorer}: when the name or the target asks the year's and one figure alone is said to be the
 * year's, with every other said to run over more years or a plan, that figure answers. A year the name or the target writes
 * is asked too, and said before a figure makes it the year's (2023年完成新造林2,760亩，累计保存面积2.1万亩 under 2023年新造林面积:
 * 2760 亩; review 74b).
 */
final class YearOfTheReport {
  private YearOfTheReport() {}

  /** Words of the year reported on, in a name or a target. */
  private static final List<String> ASKED = List.of("本年", "当年", "今年", "年度");

  /** Words of the year reported on before a figure. */
  private static final List<String> THIS_YEAR = List.of("本年", "当年", "今年", "年内", "年度内");

  /** Words before a figure of a total over more years, or of a plan. */
  private static final List<String> MORE_YEARS = List.of("累计", "共需", "三年", "五年", "历年", "总计划", "计划", "截至", "总投资", "合计");

  /** Words in a name or a target that ask a total over years, not the year's own. */
  private static final List<String> STOCK = List.of("累计", "截至", "截止", "总量", "保有");

  /** How far back in its clause the words before a figure are read. */
  private static final int BEFORE = 12;

  /** {@code candidates}, or the one figure said to be the year's when the rest run over more years ({@link YearOfTheReport}). */
  static List<Quantity> first(List<Quantity> candidates, String actual, String name, String target) {
    if (candidates.size() < 2) {
      return candidates;
    }
    // a year written where a total is asked dates the total (截至2023年底累计建成5G基站): no year's own figure is asked
    boolean total = Texts.containsAny(name, STOCK) || Texts.containsAny(target, STOCK);
    int written = total ? 0 : YearsWritten.yearAsked(name, target);
    if (written == 0 && !Texts.containsAny(name, ASKED) && !Texts.containsAny(target, ASKED)) {
      return candidates;
    }
    String asked = written > 0 ? written + "年" : "";
    @Nullable Quantity own = null;
    for (Quantity q : candidates) {
      String said = before(actual, q);
      boolean year = Texts.containsAny(said, THIS_YEAR) || !asked.isEmpty() && said.contains(asked); // 2023年完成新造林2,760亩
      boolean more = Texts.containsAny(said, MORE_YEARS);
      if (year && !more) {
        if (own != null) {
          return candidates; // two of the year's: not told apart here
        }
        own = q;
      } else if (!more) {
        return candidates; // a figure said to be neither
      }
    }
    return own == null ? candidates : List.of(own);
  }

  /** The words before {@code q} in its clause, at most {@link #BEFORE} characters. */
  private static String before(String actual, Quantity q) {
    return actual.substring(Math.max(Clauses.clauseStart(actual, q.start()), q.start() - BEFORE), q.start());
  }
}

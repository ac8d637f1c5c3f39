package org.jixiao.rules.internal.scoring;

import java.util.List;
import java.util.Optional;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * The year's own figure made from figures over more years (review 74b), when the name or the target writes the year asked:
 * a total over years less its part of an earlier year (2022—2023年累计改造156户（含2022年已完成48户） under 2023年…户数: 108 户;
 * 累计完成改造42.5公里，其中2022年完成27.1公里: 15.4 公里), or what was new in the year from two totals at two year-ends
 * (截至2023年底累计发放18,630张，2022年底累计16,220张 under 2023年新发放…: 2410 张). The whole read as the year's met
 * targets it did not; the two totals read tied. Part of {@link QuantitativeScorer}.
 */
final class YearsApart {
  private YearsApart() {}

  /** The year's figure and how it was made: （156 户 − 48 户）. */
  record Made(Quantity quantity, String note) {}

  /** Words before a figure of a total over more years. */
  private static final List<String> TOTALS = List.of("累计", "截至", "截止");

  /** Words in a name of what was new in the year (新增, 新建, 新发放): a flow, not a stock. */
  private static final String NEW = "新";

  /**
   * The year's own figure of the two {@code candidates} (of the normalised {@code actual}) as {@link YearsApart} makes it;
   * null when they are not a total and an earlier year's part of it, nor two year-ends' totals under a name of the new.
   */
  static @Nullable Made of(List<Quantity> candidates, String actual, String name, String target) {
    if (candidates.size() != 2 || actual.indexOf('年') < 0 || !Texts.containsAny(actual, TOTALS)) {
      return null;
    }
    int asked = YearsWritten.yearAsked(name, target);
    Quantity first = candidates.get(0);
    Quantity second = candidates.get(1);
    if (asked == 0 || !first.unit().equals(second.unit()) || first.isRange() || second.isRange()) {
      return null;
    }
    String before = actual.substring(Clauses.clauseStart(actual, first.start()), first.start());
    int secondYear = YearsWritten.yearOf(actual, second.start());
    if (before.contains("累计") && secondYear > 0 && secondYear < asked && Subsets.partAfter(actual, first, second)
        && second.value().compareTo(first.value()) <= 0) {
      return less(first, second);
    }
    int firstYear = YearsWritten.yearOf(actual, first.start());
    String secondBefore = actual.substring(Clauses.clauseStart(actual, second.start()), second.start());
    if (name.contains(NEW) && Texts.containsAny(before, TOTALS) && Texts.containsAny(secondBefore, TOTALS)) {
      Quantity now = firstYear == asked && secondYear == asked - 1 ? first : secondYear == asked && firstYear == asked - 1 ? second : null;
      Quantity then = now == first ? second : first;
      if (now != null && endOfYear(actual, now) && endOfYear(actual, then) && then.value().compareTo(now.value()) <= 0) {
        return less(now, then);
      }
    }
    return null;
  }

  /** {@code from} less {@code less}, in {@code from}'s unit, with the note that shows it: （156 户 − 48 户）. */
  private static Made less(Quantity from, Quantity less) {
    int start = Math.min(from.start(), less.start());
    int end = Math.max(from.end(), less.end());
    Quantity q = new Quantity(from.value().subtract(less.value()), Optional.empty(), from.unit(), from.approximate() || less.approximate(), start, end);
    return new Made(q, "（" + from.describe() + " − " + less.describe() + "）");
  }

  /** Whether the year before {@code q} in its clause is a year's end (2023年底, 2023年末, 2023年12月31日). */
  private static boolean endOfYear(String actual, Quantity q) {
    String before = actual.substring(Clauses.clauseStart(actual, q.start()), q.start());
    return before.contains("年底") || before.contains("年末") || before.contains("12月31日") || before.contains("年12月底");
  }
}

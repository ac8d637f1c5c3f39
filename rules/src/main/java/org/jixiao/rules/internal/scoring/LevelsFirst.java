package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.rules.internal.text.FigureRoles;
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
   * {@code ties} less the figures that are no level, when some level is among them; else {@code ties}. A
   * figure beside the level that may be done as well (另有50人就地就业) is left out only when every level
   * alone meets the floor asked ({@code comparison}, {@code wanted}, in {@code target}): the sum meets it too.
   */
  static List<Quantity> of(List<Quantity> ties, String actual, String name, Comparison comparison, Quantity wanted, String target) {
    List<Quantity> levels = new ArrayList<>(ties.size());
    List<Quantity> others = new ArrayList<>(ties.size());
    boolean maybeDone = false;
    for (Quantity q : ties) {
      FigureRoles.Role role = FigureRoles.of(actual, q.start());
      (role == null ? levels : others).add(q);
      maybeDone = maybeDone || role == FigureRoles.Role.BESIDE;
    }
    if (levels.isEmpty() || others.isEmpty()) {
      return ties;
    }
    if (maybeDone) {
      for (Quantity q : levels) {
        if (!meetsAFloor(q, actual, name, comparison, wanted, target)) {
          return ties;
        }
      }
    }
    Set<String> named = Keywords.of(name);
    Set<String> levelWords = new HashSet<>();
    for (Quantity q : levels) {
      levelWords.addAll(Keywords.before(actual, q.start()));
    }
    for (Quantity q : others) {
      for (String pair : Keywords.before(actual, q.start())) {
        if (named.contains(pair) && !levelWords.contains(pair)) {
          return ties; // 女性 in 女性培训人数: the name asks the part
        }
      }
    }
    return levels;
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

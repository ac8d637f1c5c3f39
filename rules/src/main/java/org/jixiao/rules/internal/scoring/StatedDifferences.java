package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Differences;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The candidates for a target's figure sorted by what they state ({@link Differences}): the levels
 * when there are any (完成250人，超额50人: 250 人); else a distance from the target restated as the
 * level it makes (超额完成50人 against ≥ 200 人: 250 人; 节约5万元 against ≤ 100 万元: 95 万元); else,
 * when only changes from something else are left (较上年提高5个百分点), none, and the indicator is
 * undetermined.
 */
final class StatedDifferences {
  private StatedDifferences() {}

  /**
   * The candidates sorted: {@code candidates} to compare (the same list when nothing is restated or
   * left out), the distance restated ({@code from}, with its {@code words}), or {@code onlyChanges}
   * when every candidate was a change.
   */
  record Sorted(List<Quantity> candidates, @Nullable Quantity from, Differences.Kind kind, String words, boolean onlyChanges) {
    boolean restated() {
      return from != null;
    }

    /** The note of a level restated from a distance (（200 人 + 超额完成 50 人）), else nothing. */
    String note(Quantity wanted) {
      Quantity d = from;
      if (d == null) {
        return "";
      }
      boolean above = kind == Differences.Kind.ABOVE_TARGET || kind == Differences.Kind.ABOVE_BUDGET;
      BigDecimal base = kind == Differences.Kind.BELOW_TARGET ? wanted.value() : wanted.upper().orElse(wanted.value());
      return "（" + Quantity.of(base, wanted.unit()).describe() + (above ? " + " : " − ") + words + " "
          + Quantity.of(d.value().abs(), d.unit()).describe() + "）";
    }
  }

  /**
   * Sorts {@code candidates} (figures of {@code actual} that fit the target's {@code wanted} in its
   * {@code unit}, compared by {@code comparison}); unchanged when the target asks a change itself.
   */
  static Sorted sort(List<Quantity> candidates, String actual, String target, Quantity wanted, Unit unit, Comparison comparison,
      String name) {
    Sorted same = new Sorted(candidates, null, Differences.Kind.LEVEL, "", false);
    if (!Differences.mayHold(actual) || Differences.asksAChange(target, wanted, name, comparison)) {
      return same;
    }
    List<Quantity> levels = new ArrayList<>(candidates.size());
    Quantity distance = null;
    Differences.Read read = null;
    boolean changes = false;
    for (Quantity q : candidates) {
      Differences.Read r = Differences.of(actual, q);
      switch (r.kind()) {
        case LEVEL -> levels.add(q);
        case CHANGE -> changes = true;
        default -> {
          if (distance == null) {
            distance = q;
            read = r;
          }
        }
      }
    }
    if (levels.size() == candidates.size()) {
      return same;
    }
    if (!levels.isEmpty()) {
      return new Sorted(levels, null, Differences.Kind.LEVEL, "", false); // 完成250人，超额50人: the level is stated
    }
    if (distance != null && read != null) {
      BigDecimal a = wanted.value();
      BigDecimal level = Differences.level(read.kind(), comparison, a, wanted.upper().orElse(a), Differences.inUnit(distance, unit));
      if (level != null) {
        Quantity restated = new Quantity(level, Optional.empty(), unit, distance.approximate(), distance.start(), distance.end(), distance.per());
        return new Sorted(List.of(restated), distance, read.kind(), actual.substring(read.from(), distance.start()).strip(), false);
      }
    }
    return new Sorted(List.of(), null, Differences.Kind.CHANGE, "", true); // a change from something else, or a budget's distance from a floor
  }

  /** Undetermined: every figure that fits the target states a change from something else. */
  static IndicatorVerdict onlyChanges(String scorer, Comparison comparison, Quantity wanted, List<Quantity> changes) {
    StringBuilder figures = new StringBuilder();
    for (Quantity q : changes) {
      figures.append(figures.length() == 0 ? "" : ", ").append(q.describe());
    }
    Trace trace =
        Reasons.trace(scorer, "stated-change", "JX-T-0278")
            .putArgs("target", comparison.symbol() + " " + wanted.describe())
            .putArgs("figures", figures.toString())
            .build();
    return IndicatorVerdict.undetermined(trace);
  }
}

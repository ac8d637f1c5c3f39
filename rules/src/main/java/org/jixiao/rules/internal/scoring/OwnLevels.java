package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Absence;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.FigureLabels;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jspecify.annotations.Nullable;

/**
 * Of the figures that fit a target, those the actual labels as no level of this year's own ({@link FigureLabels}): a
 * former time's (上年为12/10万), a wider area's average (全省平均8/10万), an aim (力争控制在4‰) or a plan (计划培训300人).
 * Where every figure is so labelled, no level was stated and the indicator is undetermined (method {@code
 * labelled-not-level}, JX-T-0292); where a level stands beside, a former time's or an area's figure is set aside
 * (全省平均12/10万，本县8.5/10万: 8.5), and a plan is left to {@link LevelsFirst}, which sets it aside only beside a
 * level of the same work. Part of {@link QuantitativeScorer}.
 */
final class OwnLevels {
  private OwnLevels() {}

  /** The figures kept, or none with the {@code label} of the first figure when every one was labelled. */
  record Sorted(List<Quantity> candidates, FigureLabels.@Nullable Label label, @Nullable Quantity labelled) {}

  static Sorted of(List<Quantity> candidates, String actual, String name, String target, Comparison comparison, Quantity wanted) {
    List<Quantity> kept = null; // made only when a figure is set aside: most actuals label none
    FigureLabels.Label first = null;
    Quantity firstLabelled = null;
    int labelled = 0;
    for (int k = 0; k < candidates.size(); k++) {
      Quantity q = candidates.get(k);
      FigureLabels.Label label = FigureLabels.of(actual, q.start(), q.end(), name, target);
      if (label != null) {
        labelled++;
        if (first == null) {
          first = label;
          firstLabelled = q;
        }
      }
      boolean setAside = label != null && label.kind() != FigureLabels.Kind.PLAN;
      if (setAside && kept == null) {
        kept = new ArrayList<>(candidates.subList(0, k));
      } else if (!setAside && kept != null) {
        kept.add(q);
      }
    }
    if (labelled == candidates.size() && first != null) {
      return candidates.size() == 1 && boundMeets(first, candidates.get(0), comparison, wanted)
          ? new Sorted(candidates, null, null) // 低于全国平均水平16.1/10万 under ≤20/10万: below a figure within the limit
          : new Sorted(List.of(), first, firstLabelled);
    }
    return new Sorted(kept == null ? candidates : kept, null, null); // not empty: some figure was no label's
  }

  /**
   * Whether an area's average the own level is said to be on the target's side of (低于 under a ceiling, 高于 under a
   * floor) meets the target itself: then the own level does too (低于全国平均水平16.1/10万 under ≤20/10万; not under
   * ≤10/10万, where the own level may be 12).
   */
  private static boolean boundMeets(FigureLabels.Label label, Quantity q, Comparison comparison, Quantity wanted) {
    boolean side = comparison.isReverse() ? label.side() < 0 : (comparison == Comparison.AT_LEAST || comparison == Comparison.MORE_THAN) && label.side() > 0;
    if (label.kind() != FigureLabels.Kind.ELSEWHERE || !side || !q.unit().isCompatibleWith(wanted.unit()) || q.isRange()) {
      return false;
    }
    java.math.BigDecimal bound = q.unit().convert(q.value(), wanted.unit());
    return comparison.isReverse() ? bound.compareTo(wanted.upper().orElse(wanted.value())) <= 0 : bound.compareTo(wanted.value()) >= 0;
  }

  /**
   * Whether the actual, less the clauses of its {@code labelled} figures, states an absence (去年发生2起，今年未发生; 上年为2%，
   * 本年度未发生): the labels' figures are another time's or place's, and the denial of this year answers a target of
   * none; the absence reading then decides, with its checks of what is denied and of aims.
   */
  static boolean deniesTheRest(String actual, List<Quantity> labelled) {
    StringBuilder rest = new StringBuilder(actual.length());
    int from = 0;
    for (Quantity q : labelled) {
      int clause = Clauses.clauseStart(actual, q.start());
      int end = Clauses.clauseEnd(actual, q.end());
      int open = actual.lastIndexOf('(', q.start());
      if (open >= clause && actual.lastIndexOf(')', q.start()) < open) { // 未发生特种设备事故（上年发生2起）: the aside alone
        clause = open;
        int close = actual.indexOf(')', q.end());
        end = close >= 0 && close < end ? close + 1 : end;
      }
      if (clause >= from) {
        rest.append(actual, from, clause).append(',');
        from = end;
      }
    }
    rest.append(actual, Math.min(from, actual.length()), actual.length());
    return Absence.statesAbsence(rest.toString());
  }

  /** Undetermined: every figure that fits the target is labelled as no level of this year's own. */
  static IndicatorVerdict noOwnLevel(String scorer, Comparison comparison, Quantity wanted, Sorted sorted) {
    FigureLabels.Label label = java.util.Objects.requireNonNull(sorted.label());
    Quantity figure = java.util.Objects.requireNonNull(sorted.labelled());
    return IndicatorVerdict.undetermined(
        Reasons.trace(scorer, "labelled-not-level", "JX-T-0292")
            .putArgs("target", comparison.symbol() + " " + wanted.describe())
            .putArgs("figure", figure.describe())
            .putArgs("words", label.words())
            .putArgs("kind", label.kind().zh())
            .putArgs("kindEn", label.kind().en())
            .build());
  }
}

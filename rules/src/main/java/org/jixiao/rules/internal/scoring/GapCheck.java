package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.GapReadings;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;

/**
 * A frequency written {@code 每隔两天} reads two ways ({@link GapReadings}): every two days or once
 * in three. The quantitative scorer's verdict stands when the other reading, taken on both sides
 * alike, scores the same; when it does not, the text does not say which verdict is right and the
 * indicator is undetermined (JX-T-0272), with both fractions in the reason.
 */
final class GapCheck {
  private GapCheck() {}

  /**
   * {@code first}, scored on the span as printed, or undetermined when the gap reading of the
   * target's figure and of the actual's {@code figures} ({@code rescore}) scores otherwise.
   */
  static IndicatorVerdict check(
      IndicatorVerdict first, Target target, List<Quantity> figures, String actual,
      BiFunction<Target, List<Quantity>, Optional<IndicatorVerdict>> rescore) {
    if (first.outcome() != Outcome.SCORED) {
      return first;
    }
    Optional<GapReadings.Gap> wanted = target.quantity().flatMap(q -> GapReadings.of(q, target.text()));
    Optional<GapReadings.Gap> shown = wanted;
    List<Quantity> asGaps = new ArrayList<>(figures.size());
    for (Quantity q : figures) {
      Optional<GapReadings.Gap> gap = GapReadings.of(q, actual);
      asGaps.add(gap.map(GapReadings.Gap::asGap).orElse(q));
      if (shown.isEmpty()) {
        shown = gap;
      }
    }
    if (shown.isEmpty()) {
      return first; // nearly always: no 隔 with a span of two or more
    }
    Target other = wanted.map(g -> new Target(target.text(), target.comparison(), target.explicit(), Optional.of(g.asGap()), target.deadline()))
        .orElse(target);
    Optional<IndicatorVerdict> second = rescore.apply(other, asGaps);
    BigDecimal printed = first.fraction().orElseThrow();
    if (second.isEmpty() || second.get().outcome() != Outcome.SCORED || second.get().fraction().orElseThrow().compareTo(printed) == 0) {
      return first; // the same either way, or the other reading pairs nothing: the one that did
    }
    BigDecimal between = second.get().fraction().orElseThrow();
    return IndicatorVerdict.undetermined(
        Reasons.trace(BuiltInIds.QUANTITATIVE, "gap-two-readings", "JX-T-0272")
            .putArgs("phrase", shown.get().phrase())
            .putArgs("span", shown.get().span())
            .putArgs("gap", shown.get().asGap().per().orElseThrow())
            .putArgs("every", printed, Trace.Printed.PERCENT)
            .putArgs("between", between, Trace.Printed.PERCENT)
            .build());
  }
}

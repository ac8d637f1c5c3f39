package org.jixiao.rules.internal.scoring;

import java.util.Optional;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.text.IndicatorTexts;

/**
 * A blank or placeholder 完成情况 (blank, *, **, /, —, 无) means "not filled": the indicator is
 * not applicable, dropped, and its weight spread over the others (domain §3).
 */
public final class NotApplicableScorer implements IndicatorScorer {
  @Override
  public String id() {
    return BuiltInIds.NOT_APPLICABLE;
  }

  @Override
  public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
    if (!IndicatorTexts.isPlaceholder(input.actual())) {
      return Optional.empty();
    }
    String actual = input.actual().strip();
    String what = actual.isEmpty() ? "blank" : "the placeholder '" + actual + "'";
    String reason =
        IndicatorTexts.isPlaceholder(input.target())
            ? "target and actual are " + (actual.isEmpty() ? "blank" : "placeholders") + " → 不适用"
            : "the actual is " + what + " (target '" + Texts.shorten(input.target()) + "') → 不适用";
    return Optional.of(IndicatorVerdict.notApplicable(Trace.of(id(), "placeholder", reason)));
  }
}

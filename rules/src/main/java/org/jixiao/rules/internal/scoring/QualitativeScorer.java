package org.jixiao.rules.internal.scoring;

import java.util.Optional;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.text.Reading;

/**
 * Maps the completion words of the actual (已完成, 基本完成, 部分完成, 取消 …) to a fraction of
 * the weight through the profile's {@link org.jixiao.rules.text.Vocabulary}. Declines when the
 * actual holds no completion word. The method is {@code withdrawal} when every word found is
 * 已撤项 (the status deriver counts those), {@code qualitative-mixed} when words of the top and
 * bottom bands are both present, {@code qualitative-band} otherwise.
 */
public final class QualitativeScorer implements IndicatorScorer {
  @Override
  public String id() {
    return BuiltInIds.QUALITATIVE;
  }

  @Override
  public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
    Optional<Reading> reading = context.profile().vocabulary().read(input.actual());
    if (reading.isEmpty()) {
      return Optional.empty();
    }
    Reading r = reading.get();
    String method = r.withdrawn() ? "withdrawal" : r.mixed() ? "qualitative-mixed" : "qualitative-band";
    String reason =
        "完成情况 '"
            + Texts.shorten(input.actual())
            + "' says "
            + r.words()
            + (r.mixed() ? " (done and not done at once)" : "")
            + " → "
            + r.band().label()
            + " → "
            + Decimals.percent(r.fraction());
    Trace trace =
        Trace.builder()
            .rule(id())
            .method(method)
            .reason(reason)
            .putFigures("fraction", Decimals.fraction(r.fraction()))
            .putFigures("bandLower", r.band().lower())
            .putFigures("bandUpper", r.band().upper())
            .build();
    return Optional.of(IndicatorVerdict.scored(r.fraction(), trace));
  }
}

package org.jixiao.rules.custom;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.Reading;

/**
 * Completion words read pass or fail: any word of the top band (完成, 完成较好, 基本完成 …) earns
 * the full weight, anything else nothing. Replaces the built-in {@code qualitative} scorer; it
 * says so through {@link #replaces()}, so that loading it as a service is enough.
 */
public final class PassFailWordsScorer implements IndicatorScorer {
  @Override
  public String id() {
    return "pass-fail-words";
  }

  @Override
  public Optional<String> replaces() {
    return Optional.of("qualitative");
  }

  @Override
  public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
    Optional<Reading> reading = context.profile().vocabulary().read(input.actual());
    if (reading.isEmpty()) {
      return Optional.empty();
    }
    boolean pass = reading.get().band() == Band.ACHIEVED;
    return Optional.of(
        IndicatorVerdict.scored(
            pass ? BigDecimal.ONE : BigDecimal.ZERO,
            Trace.of(id(), "pass-fail", reading.get().words() + (pass ? " → pass" : " → fail"))));
  }
}

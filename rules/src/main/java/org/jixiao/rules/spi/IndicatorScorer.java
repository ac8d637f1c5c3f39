package org.jixiao.rules.spi;

import java.util.Optional;

/**
 * Scores one indicator (or one sub-target of it). Scorers are tried in order — custom scorers
 * first, in the order added, then the built-ins {@link BuiltInIds#SCORERS} — and the first that
 * does not decline decides.
 *
 * <p>A scorer declines (returns empty) when the text is not of its kind: the quantitative
 * scorer declines a target without a figure. It returns an
 * {@linkplain IndicatorVerdict#undetermined undetermined} verdict when the text is of its kind
 * but cannot be decided (two figures fit equally well): then no later scorer guesses.
 */
public interface IndicatorScorer extends Part {
  /** The verdict on the input, or empty to let the next scorer try. */
  Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context);
}

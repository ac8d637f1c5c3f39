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
 *
 * <p>A custom scorer sees every indicator before the built-ins, including one whose copy ended in
 * its row before its actual ({@link org.jixiao.core.indicator.Indicator#cutOff()}): its blank
 * actual is unknown, not "not filled", and the built-in {@code not-applicable} scorer calls it
 * undetermined. A scorer that reads blank actuals should decline such an indicator.
 */
public interface IndicatorScorer extends Part {
  /** The verdict on the input, or empty to let the next scorer try. */
  Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context);
}

package org.jixiao.testkit.contract;

import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;

/**
 * The context a scorer sees in a contract: its project and profile, and no scorer after it, so
 * delegating to {@link #next} gives an undetermined verdict. The scorer is tested alone.
 */
record EndOfChain(Project project, Profile profile) implements ScoringContext {
  @Override
  public IndicatorVerdict next(IndicatorInput input) {
    return IndicatorVerdict.undetermined(Trace.of("contract", "end-of-chain", "no scorer after the one under test"));
  }
}

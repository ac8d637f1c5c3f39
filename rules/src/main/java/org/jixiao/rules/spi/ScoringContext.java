package org.jixiao.rules.spi;

import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;

/** What an indicator scorer may consult besides its input. */
public interface ScoringContext {
  /** The project the indicator belongs to. */
  Project project();

  /** The profile in force. */
  Profile profile();

  /**
   * Scores an input with the scorers that come after the calling one (ending, when none
   * decides, in an undetermined verdict). A scorer that splits an indicator into parts scores
   * each part this way.
   */
  IndicatorVerdict next(IndicatorInput input);
}

package org.jixiao.rules.spi;

import java.util.OptionalInt;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;

/** What an indicator scorer may consult besides its input. */
public interface ScoringContext {
  /** The project the indicator belongs to. */
  Project project();

  /** The profile in force. */
  Profile profile();

  /**
   * The year the project is evaluated for, when known: the table's ({@code
   * PerformanceTable#fiscalYear()}, from its title or 年度 line) or the one given with the project.
   * A deadline that names no year (全年, 9月底前) is in this year, so a date done in a later year is
   * late. Empty when evaluating a project or an indicator on its own.
   */
  default OptionalInt fiscalYear() {
    return OptionalInt.empty();
  }

  /**
   * Scores an input with the scorers that come after the calling one (ending, when none
   * decides, in an undetermined verdict). A scorer that splits an indicator into parts scores
   * each part this way.
   */
  IndicatorVerdict next(IndicatorInput input);
}

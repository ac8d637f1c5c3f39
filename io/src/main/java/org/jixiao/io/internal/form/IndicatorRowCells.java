package org.jixiao.io.internal.form;

/**
 * What one row of the indicator block prints, gathered by the header's column roles before the row
 * is judged: the indicator's texts, the columns of its figures (read once the row is known to be an
 * indicator's), and what its level cells showed ({@link IndicatorBlock#read}).
 */
final class IndicatorRowCells {
  String name = "";
  String target = "";
  String actual = "";
  String nature = "";
  String unit = "";
  String reason = "";
  String explanation = "";
  int targetColumn = -1;
  int actualColumn = -1;
  int weightColumn = -1;
  int scoreColumn = -1;
  int scoreOf100Column = -1;
  int convertedColumn = -1;
  int natureColumn = -1;
  /** A level cell that names no level the model knows, and its column (-1 when none). */
  boolean unknown;
  int unknownColumn = -1;
  /** A category cell printed as …… (a template's continuation row). */
  boolean placeholder;
  /** Whether this row prints its 一级 (else it is carried down). */
  boolean ownLevel;
  /** Whether its 一级 cell holds only points, (50分). */
  boolean barePoints;
  int level2Column = -1;
  /** The cells with text, wrapped labels' parts not counted. */
  int filled;

  /**
   * Takes the text of column {@code c}, whose role is not a level's: a text, or the column of a
   * figure read later. A column of no role takes nothing (its cell is kept as a stray cell).
   */
  void take(IndicatorRole role, int c, String t) {
    switch (role) {
      case NAME -> name = t;
      case TARGET -> {
        target = t;
        targetColumn = c;
      }
      case TARGET_PART -> target = target + t;
      case ACTUAL -> {
        actual = t;
        actualColumn = c;
      }
      case NATURE -> {
        nature = t;
        natureColumn = c;
      }
      case UNIT -> unit = t;
      case WEIGHT -> weightColumn = c;
      case SCORE -> scoreColumn = c;
      case SCORE_OF_100 -> scoreOf100Column = c;
      case CONVERTED_SCORE -> convertedColumn = c;
      case REASON -> reason = t;
      case EXPLANATION -> explanation = t;
      default -> {
        // a level (read by the block) or no role
      }
    }
  }

  String weightText(FormGrid g, int row) {
    return weightColumn >= 0 ? g.text(row, weightColumn) : "";
  }

  String scoreText(FormGrid g, int row) {
    return scoreColumn >= 0 ? g.text(row, scoreColumn) : "";
  }

  /** The texts of the sub-score columns (百分制得分, 折算得分) run together: empty when both are. */
  String subScores(FormGrid g, int row) {
    return (scoreOf100Column >= 0 ? g.text(row, scoreOf100Column) : "")
        + (convertedColumn >= 0 ? g.text(row, convertedColumn) : "");
  }

  /** Whether the row prints anything of an indicator besides its name. */
  boolean data(FormGrid g, int row) {
    return !target.isEmpty() || !actual.isEmpty() || !weightText(g, row).isEmpty() || !scoreText(g, row).isEmpty()
        || !subScores(g, row).isEmpty() || !nature.isEmpty() || !unit.isEmpty() || !reason.isEmpty()
        || !explanation.isEmpty();
  }

  /**
   * How many of the name, the target, the actual, the reason and the explanation it prints: the
   * texts a wrapped line carries on.
   */
  int texts() {
    return (name.isEmpty() ? 0 : 1) + (target.isEmpty() ? 0 : 1) + (actual.isEmpty() ? 0 : 1)
        + (reason.isEmpty() ? 0 : 1) + (explanation.isEmpty() ? 0 : 1);
  }
}

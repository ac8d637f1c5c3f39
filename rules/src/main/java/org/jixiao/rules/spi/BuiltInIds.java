package org.jixiao.rules.spi;

import java.util.List;

/** The ids of the built-in parts, in the order the evaluator runs them. */
public final class BuiltInIds {
  private BuiltInIds() {}

  /** Execution rate = actual / budget × 100 and its points. */
  public static final String EXECUTION_RATE = "execution-rate";

  /** Scorer 1: a blank or placeholder 完成情况 (*, /, —, 无) makes the indicator not applicable. */
  public static final String NOT_APPLICABLE = "not-applicable";

  /** Scorer 2: splits numbered lists into sub-targets, scores each with the scorers after it. */
  public static final String SUB_TARGETS = "sub-targets";

  /** Scorer 3: compares an actual figure with the target's figure (positive, equal, reverse, range). */
  public static final String QUANTITATIVE = "quantitative";

  /** Scorer 4: compares a date or month in the actual with the target's deadline (8月 vs 9月底前). */
  public static final String DEADLINE = "deadline";

  /** Scorer 5: echoes of the target, completion and degree words through the profile's vocabulary. */
  public static final String QUALITATIVE = "qualitative";

  /** The end of the scorer chain, when no scorer could decide: the indicator is undetermined. */
  public static final String UNDETERMINED = "undetermined";

  /** Weight allocation and rescaling. */
  public static final String WEIGHTS = "weights";

  /** Grade bands. */
  public static final String GRADE = "grade";

  /** Status derivation. */
  public static final String STATUS = "status";

  /** Check: stated execution rate vs the derived one. */
  public static final String STATED_RATE = "stated-rate";

  /** Check: the fund breakdown sums to the total. */
  public static final String FUND_BREAKDOWN = "fund-breakdown";

  /** Check: actual spending above the budget. */
  public static final String OVER_BUDGET = "over-budget";

  /** Check: stated scores vs computed, with tolerance and display rounding. */
  public static final String STATED_SCORE = "stated-score";

  /** Check: stated overall completion (完成 / 基本完成 / 未完成) vs the derived status. */
  public static final String STATED_COMPLETION = "stated-completion";

  /** Check: level-1 categories missing or entirely blank. */
  public static final String MISSING_CATEGORY = "missing-category";

  /** Check: the form's own 分值 (execution and indicators) do not add up to the total. */
  public static final String FORM_WEIGHTS = "form-weights";

  /** Check: star placeholders (*, **) in cells. */
  public static final String PLACEHOLDER_CELL = "placeholder-cell";

  /** Check: an execution rate below the profile's explanation threshold (Sichuan: 90 %). */
  public static final String LOW_EXECUTION = "low-execution";

  /** Check: an actual far above its target (unconfirmed rule; off unless the profile sets it). */
  public static final String OVER_ACHIEVEMENT = "over-achievement";

  /** Table check: duplicate, out-of-order and missing 序号. */
  public static final String SEQUENCE = "sequence";

  /** Table check: the 合计 row's budget and actual against the rows. */
  public static final String TOTALS = "totals";

  /** Table check: each fund column of the 合计 row against the rows. */
  public static final String FUND_TOTALS = "fund-totals";

  /** Findings of the evaluator itself (a score withheld, weights rescaled). */
  public static final String EVALUATOR = "evaluator";

  /** The indicator scorers, in the order they are tried. */
  public static final List<String> SCORERS = List.of(NOT_APPLICABLE, SUB_TARGETS, QUANTITATIVE, DEADLINE, QUALITATIVE);

  /** The project checks, in order. */
  public static final List<String> PROJECT_CHECKS =
      List.of(
          STATED_RATE,
          FUND_BREAKDOWN,
          OVER_BUDGET,
          STATED_SCORE,
          STATED_COMPLETION,
          FORM_WEIGHTS,
          MISSING_CATEGORY,
          PLACEHOLDER_CELL,
          LOW_EXECUTION,
          OVER_ACHIEVEMENT);

  /** The table checks, in order. */
  public static final List<String> TABLE_CHECKS = List.of(SEQUENCE, TOTALS, FUND_TOTALS);
}

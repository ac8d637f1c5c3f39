package org.jixiao.testkit;

import java.math.BigDecimal;
import java.util.List;

/**
 * The knobs of {@link ModelGenerators}. Percentages are probabilities per generated value.
 *
 * @param minProjects fewest projects in a generated table
 * @param maxProjects most projects in a generated table
 * @param maxIndicators most indicators per project; a generated project has one indicator per
 *     column of the disclosure table it imitates, so at most 7 whatever this says
 * @param edgeAmountPercent how often an amount is an edge case (0, 0.01, huge, many decimals)
 * @param missingCategoryPercent how often a level-1 category is left out of a project entirely
 * @param numberedListPercent how often a target is a numbered list of sub-targets
 * @param hostileTextPercent how often a text is hostile (control characters, full-width forms,
 *     emoji, very long)
 * @param longCellLength the length of a "very long" hostile cell
 * @param minSpendPercent the least a project spends, in percent of the budget its execution is
 *     measured against (its adjusted budget when it states one, else its budget)
 * @param maxSpendPercent the most a project spends, in percent of that budget (above 100: overruns)
 * @param misstatedRatePercent how often the published execution rate is off
 * @param rateMisstatement by how many percentage points a misstated rate is off, up or down
 * @param nearRates execution rates (in percent) that generated projects crowd around, to probe a
 *     rule's threshold: a project near one spends so that its rate is the threshold or 0.01 below
 *     or above it
 * @param nearRatePercent how often a project's rate is near one of {@code nearRates}
 * @param adjustedBudgetPercent how often a project states an adjusted budget (全年预算数 /
 *     调整后预算数): a third of them equal to the budget, the others 60 % to 140 % of it (cuts
 *     and top-ups during the year), or any amount when the budget is 0; spending and the
 *     published rate are then measured against it, as the rules measure them
 * @param statedWeightsPercent how often a project states 分值, as single-project forms do: seven
 *     in ten print the execution 分值 (10, now and then 9 or 20) and every indicator's, adding up
 *     to 100 (with 10 for the execution rate, the 90 split 50 / 30 / 10 over 产出 / 效益 / 满意度
 *     when the project has all three, else spread over its indicators); three in twenty print
 *     the execution 分值 only (the 20/80 template: 20, no indicator 分值); three in twenty
 *     print the indicators' only, adding up to 90. 分值 are whole, or on one form in five
 *     multiples of 0.5; with {@code edgeAmountPercent} probability one of a form's indicator
 *     分值 is an edge case instead (0, 0.005, or three decimals)
 * @param overweightPercent how often a form's indicator 分值 add up to 10 or 20 more than they
 *     should (110 or 120 in all), as some published forms do
 */
public record GeneratorSettings(
    int minProjects,
    int maxProjects,
    int maxIndicators,
    int edgeAmountPercent,
    int missingCategoryPercent,
    int numberedListPercent,
    int hostileTextPercent,
    int longCellLength,
    int minSpendPercent,
    int maxSpendPercent,
    int misstatedRatePercent,
    BigDecimal rateMisstatement,
    List<BigDecimal> nearRates,
    int nearRatePercent,
    int adjustedBudgetPercent,
    int statedWeightsPercent,
    int overweightPercent) {

  /** Realistic tables of 1 to 40 projects, rare edge amounts, no hostile text. */
  public static final GeneratorSettings REALISTIC = new GeneratorSettings(1, 40, 10, 5, 10, 20, 0, 0);

  /** Like {@link #REALISTIC} with frequent edge amounts and hostile text (10 000-char cells). */
  public static final GeneratorSettings HOSTILE = new GeneratorSettings(0, 20, 12, 30, 30, 30, 30, 10_000);

  /**
   * The first eight knobs, with spending from 30 % to 105 % of budget, a rate misstated by 1.00
   * on 5 % of projects, no rates crowded near a threshold, an adjusted budget on 30 % of
   * projects, and 分值 stated on 40 % of them, adding up to too much on 5 % of those.
   */
  public GeneratorSettings(
      int minProjects,
      int maxProjects,
      int maxIndicators,
      int edgeAmountPercent,
      int missingCategoryPercent,
      int numberedListPercent,
      int hostileTextPercent,
      int longCellLength) {
    this(
        minProjects, maxProjects, maxIndicators, edgeAmountPercent, missingCategoryPercent,
        numberedListPercent, hostileTextPercent, longCellLength, 30, 105, 5, BigDecimal.ONE, List.of(), 0);
  }

  /**
   * The knobs before adjusted budgets and 分值 were generated, with an adjusted budget on 30 % of
   * projects and 分值 stated on 40 % of them, adding up to too much on 5 % of those.
   */
  public GeneratorSettings(
      int minProjects,
      int maxProjects,
      int maxIndicators,
      int edgeAmountPercent,
      int missingCategoryPercent,
      int numberedListPercent,
      int hostileTextPercent,
      int longCellLength,
      int minSpendPercent,
      int maxSpendPercent,
      int misstatedRatePercent,
      BigDecimal rateMisstatement,
      List<BigDecimal> nearRates,
      int nearRatePercent) {
    this(
        minProjects, maxProjects, maxIndicators, edgeAmountPercent, missingCategoryPercent,
        numberedListPercent, hostileTextPercent, longCellLength, minSpendPercent, maxSpendPercent,
        misstatedRatePercent, rateMisstatement, nearRates, nearRatePercent, 30, 40, 5);
  }

  /** Validates the knobs. */
  public GeneratorSettings {
    if (minProjects < 0 || maxProjects < minProjects) {
      throw new IllegalArgumentException("need 0 <= minProjects <= maxProjects");
    }
    if (maxIndicators < 0 || longCellLength < 0) {
      throw new IllegalArgumentException("maxIndicators and longCellLength must not be negative");
    }
    for (int p :
        new int[] {
          edgeAmountPercent, missingCategoryPercent, numberedListPercent, hostileTextPercent, misstatedRatePercent,
          nearRatePercent, adjustedBudgetPercent, statedWeightsPercent, overweightPercent
        }) {
      if (p < 0 || p > 100) {
        throw new IllegalArgumentException("percentages must be within 0..100, was " + p);
      }
    }
    if (minSpendPercent < 0 || maxSpendPercent < minSpendPercent) {
      throw new IllegalArgumentException("need 0 <= minSpendPercent <= maxSpendPercent");
    }
    if (rateMisstatement.signum() < 0) {
      throw new IllegalArgumentException("rateMisstatement must not be negative");
    }
    nearRates = List.copyOf(nearRates);
    for (BigDecimal r : nearRates) {
      if (r.compareTo(new BigDecimal("0.01")) < 0 || r.stripTrailingZeros().scale() > 2) {
        throw new IllegalArgumentException(
            "a near rate must be at least 0.01 % with at most 2 decimals, was " + r.toPlainString());
      }
    }
  }

  /** These settings with tables of {@code min..max} projects. */
  public GeneratorSettings withProjects(int min, int max) {
    return new GeneratorSettings(
        min, max, maxIndicators, edgeAmountPercent, missingCategoryPercent, numberedListPercent,
        hostileTextPercent, longCellLength, minSpendPercent, maxSpendPercent, misstatedRatePercent,
        rateMisstatement, nearRates, nearRatePercent, adjustedBudgetPercent, statedWeightsPercent, overweightPercent);
  }

  /** These settings with the given hostile-text probability. */
  public GeneratorSettings withHostileText(int percent) {
    return new GeneratorSettings(
        minProjects, maxProjects, maxIndicators, edgeAmountPercent, missingCategoryPercent,
        numberedListPercent, percent, longCellLength, minSpendPercent, maxSpendPercent, misstatedRatePercent,
        rateMisstatement, nearRates, nearRatePercent, adjustedBudgetPercent, statedWeightsPercent, overweightPercent);
  }

  /**
   * These settings with projects spending {@code minPercent..maxPercent} of the budget their
   * execution is measured against (the adjusted budget when they state one).
   */
  public GeneratorSettings withSpending(int minPercent, int maxPercent) {
    return new GeneratorSettings(
        minProjects, maxProjects, maxIndicators, edgeAmountPercent, missingCategoryPercent,
        numberedListPercent, hostileTextPercent, longCellLength, minPercent, maxPercent, misstatedRatePercent,
        rateMisstatement, nearRates, nearRatePercent, adjustedBudgetPercent, statedWeightsPercent, overweightPercent);
  }

  /**
   * These settings with the published rate off by {@code by} percentage points (up or down) on
   * {@code percent} % of projects: to probe a tolerance, misstate by just less and just more
   * than it.
   */
  public GeneratorSettings withMisstatedRates(int percent, BigDecimal by) {
    return new GeneratorSettings(
        minProjects, maxProjects, maxIndicators, edgeAmountPercent, missingCategoryPercent,
        numberedListPercent, hostileTextPercent, longCellLength, minSpendPercent, maxSpendPercent, percent, by,
        nearRates, nearRatePercent, adjustedBudgetPercent, statedWeightsPercent, overweightPercent);
  }

  /**
   * These settings with {@code percent} % of projects spending so that their execution rate is
   * one of {@code rates} or 0.01 below or above it (for example a policy's 60 % or 90 %).
   */
  public GeneratorSettings withRatesNear(int percent, BigDecimal... rates) {
    return new GeneratorSettings(
        minProjects, maxProjects, maxIndicators, edgeAmountPercent, missingCategoryPercent,
        numberedListPercent, hostileTextPercent, longCellLength, minSpendPercent, maxSpendPercent,
        misstatedRatePercent, rateMisstatement, List.of(rates), percent, adjustedBudgetPercent, statedWeightsPercent,
        overweightPercent);
  }

  /** These settings with an adjusted budget (全年预算数) on {@code percent} % of projects. */
  public GeneratorSettings withAdjustedBudgets(int percent) {
    return new GeneratorSettings(
        minProjects, maxProjects, maxIndicators, edgeAmountPercent, missingCategoryPercent,
        numberedListPercent, hostileTextPercent, longCellLength, minSpendPercent, maxSpendPercent,
        misstatedRatePercent, rateMisstatement, nearRates, nearRatePercent, percent, statedWeightsPercent,
        overweightPercent);
  }

  /**
   * These settings with 分值 stated on {@code percent} % of projects, adding up to 10 or 20 too
   * much on {@code overweightPercent} % of those (see {@link #statedWeightsPercent()}).
   */
  public GeneratorSettings withStatedWeights(int percent, int overweightPercent) {
    return new GeneratorSettings(
        minProjects, maxProjects, maxIndicators, edgeAmountPercent, missingCategoryPercent,
        numberedListPercent, hostileTextPercent, longCellLength, minSpendPercent, maxSpendPercent,
        misstatedRatePercent, rateMisstatement, nearRates, nearRatePercent, adjustedBudgetPercent, percent,
        overweightPercent);
  }
}

package org.jixiao.testkit;

/**
 * The knobs of {@link ModelGenerators}. Percentages are probabilities per generated value.
 *
 * @param minProjects fewest projects in a generated table
 * @param maxProjects most projects in a generated table
 * @param maxIndicators most indicators per project
 * @param edgeAmountPercent how often an amount is an edge case (0, 0.01, huge, many decimals)
 * @param missingCategoryPercent how often a level-1 category is left out of a project entirely
 * @param numberedListPercent how often a target is a numbered list of sub-targets
 * @param hostileTextPercent how often a text is hostile (control characters, full-width forms,
 *     emoji, very long)
 * @param longCellLength the length of a "very long" hostile cell
 */
public record GeneratorSettings(
    int minProjects,
    int maxProjects,
    int maxIndicators,
    int edgeAmountPercent,
    int missingCategoryPercent,
    int numberedListPercent,
    int hostileTextPercent,
    int longCellLength) {

  /** Realistic tables of 1 to 40 projects, rare edge amounts, no hostile text. */
  public static final GeneratorSettings REALISTIC = new GeneratorSettings(1, 40, 10, 5, 10, 20, 0, 0);

  /** Like {@link #REALISTIC} with frequent edge amounts and hostile text (10 000-char cells). */
  public static final GeneratorSettings HOSTILE = new GeneratorSettings(0, 20, 12, 30, 30, 30, 30, 10_000);

  /** Validates the knobs. */
  public GeneratorSettings {
    if (minProjects < 0 || maxProjects < minProjects) {
      throw new IllegalArgumentException("need 0 <= minProjects <= maxProjects");
    }
    if (maxIndicators < 0 || longCellLength < 0) {
      throw new IllegalArgumentException("maxIndicators and longCellLength must not be negative");
    }
    for (int p : new int[] {edgeAmountPercent, missingCategoryPercent, numberedListPercent, hostileTextPercent}) {
      if (p < 0 || p > 100) {
        throw new IllegalArgumentException("percentages must be within 0..100, was " + p);
      }
    }
  }

  /** These settings with tables of {@code min..max} projects. */
  public GeneratorSettings withProjects(int min, int max) {
    return new GeneratorSettings(
        min, max, maxIndicators, edgeAmountPercent, missingCategoryPercent, numberedListPercent,
        hostileTextPercent, longCellLength);
  }

  /** These settings with the given hostile-text probability. */
  public GeneratorSettings withHostileText(int percent) {
    return new GeneratorSettings(
        minProjects, maxProjects, maxIndicators, edgeAmountPercent, missingCategoryPercent,
        numberedListPercent, percent, longCellLength);
  }
}

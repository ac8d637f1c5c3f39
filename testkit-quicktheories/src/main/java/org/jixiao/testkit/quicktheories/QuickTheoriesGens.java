package org.jixiao.testkit.quicktheories;

import org.jixiao.testkit.Choices;
import org.jixiao.testkit.Generator;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Turns a {@link Generator} into a QuickTheories {@link Gen}. Every choice becomes a QuickTheories
 * draw constrained to its range with its minimum as the shrink point, so QuickTheories' shrinking
 * simplifies generated tables, projects and phrases toward the smallest, first-listed choices.
 *
 * <p>A falsified value is described in at most {@link #DEFAULT_DESCRIPTION_LENGTH} characters
 * (its {@code toString} cut in the middle, with the number of characters left out), because a
 * hostile table's {@code toString} runs to tens of kilobytes of 10,000-character cells and would
 * bury the report; {@link #gen(Generator, int)} chooses another length.
 */
public final class QuickTheoriesGens {
  /** The default length of a value's description in a QuickTheories report. */
  public static final int DEFAULT_DESCRIPTION_LENGTH = 2_000;

  private QuickTheoriesGens() {}

  /**
   * The generator as a QuickTheories {@code Gen}, described in at most {@value
   * #DEFAULT_DESCRIPTION_LENGTH} characters.
   *
   * @param generator the generator
   * @param <T> the generated type
   * @return the Gen
   */
  public static <T> Gen<T> gen(Generator<T> generator) {
    return gen(generator, DEFAULT_DESCRIPTION_LENGTH);
  }

  /**
   * The generator as a QuickTheories {@code Gen}, described in at most {@code descriptionLength}
   * characters.
   *
   * @param generator the generator
   * @param descriptionLength the longest description of a value (at least 40)
   * @param <T> the generated type
   * @return the Gen
   * @throws IllegalArgumentException when {@code descriptionLength} is below 40
   */
  public static <T> Gen<T> gen(Generator<T> generator, int descriptionLength) {
    if (descriptionLength < 40) {
      throw new IllegalArgumentException("a description needs at least 40 characters, not " + descriptionLength);
    }
    Gen<T> gen =
        source -> {
          Choices choices = (min, max) -> source.next(Constraint.between(min, max).withShrinkPoint(min));
          return generator.generate(choices);
        };
    return gen.describedAs(value -> shorten(String.valueOf(value), descriptionLength));
  }

  /** The text, or its start and end with the number of characters between them left out. */
  static String shorten(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    // the gap's length depends on the count it names: start from the fewest characters that
    // must go, and count again until the count no longer changes (it only grows, and its digits
    // are few, so this ends within a few rounds); a limit of 40 leaves room for any int's digits
    int omitted = text.length() - length;
    String gap;
    while (true) {
      gap = "…(" + omitted + " characters left out)…";
      int counted = text.length() - Math.max(0, length - gap.length());
      if (counted == omitted) {
        break;
      }
      omitted = counted;
    }
    int keep = text.length() - omitted;
    int head = (keep + 1) / 2;
    int tail = keep - head;
    return text.substring(0, head) + gap + text.substring(text.length() - tail);
  }
}

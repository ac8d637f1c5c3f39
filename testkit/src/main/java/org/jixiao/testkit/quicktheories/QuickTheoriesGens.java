package org.jixiao.testkit.quicktheories;

import org.jixiao.testkit.Choices;
import org.jixiao.testkit.Generator;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Turns a {@link Generator} into a QuickTheories {@link Gen}. Every choice becomes a QuickTheories
 * draw constrained to its range with its minimum as the shrink point, so QuickTheories' shrinking
 * simplifies generated tables, projects and phrases toward the smallest, first-listed choices.
 */
public final class QuickTheoriesGens {
  private QuickTheoriesGens() {}

  /** The generator as a QuickTheories {@code Gen}. */
  public static <T> Gen<T> gen(Generator<T> generator) {
    return source -> {
      Choices choices = (min, max) -> source.next(Constraint.between(min, max).withShrinkPoint(min));
      return generator.generate(choices);
    };
  }
}

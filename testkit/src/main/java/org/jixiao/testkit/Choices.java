package org.jixiao.testkit;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The single source of every choice a {@link Generator} makes. Because generators draw all
 * randomness through {@link #between(long, long)}, a property-testing library can supply its
 * own source and shrink the drawn values (smaller values make simpler model values: shorter
 * lists, smaller amounts, the first phrase of a bank).
 */
@FunctionalInterface
public interface Choices {

  /** A value in {@code [min, max]} (both inclusive); {@code min <= max}. */
  long between(long min, long max);

  /** An int in {@code [min, max]}. */
  default int between(int min, int max) {
    return (int) between((long) min, (long) max);
  }

  /** True with the given probability in percent (0 never, 100 always). */
  default boolean percent(int probability) {
    return between(0, 99) >= 100 - probability;
  }

  /** One of the items; the first one is the simplest. */
  default <T> T pick(List<T> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return items.get(between(0, items.size() - 1));
  }

  /** Choices drawn from a {@link RandomGenerator}; reproducible for a seeded generator. */
  static Choices from(RandomGenerator random) {
    return (min, max) -> {
      if (min > max) {
        throw new IllegalArgumentException("min " + min + " > max " + max);
      }
      if (max == Long.MAX_VALUE) {
        return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
      }
      return random.nextLong(min, max + 1);
    };
  }

  /** Reproducible choices from a seed (SplittableRandom). */
  static Choices seeded(long seed) {
    return from(new java.util.SplittableRandom(seed));
  }
}

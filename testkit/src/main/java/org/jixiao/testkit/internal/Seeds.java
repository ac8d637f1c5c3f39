package org.jixiao.testkit.internal;

/**
 * Seeds of the items of a seeded run (project i of a stream, example i of a contract), each a
 * well-mixed function of the run's seed and the item's index.
 *
 * <p>Why not {@code seed * GAMMA + i}: {@code SplittableRandom(x)} draws {@code mix(x + GAMMA)},
 * {@code mix(x + 2 GAMMA)} …, so a seed that is {@code GAMMA} (or {@code 1}) away from another
 * draws the same values shifted by one, and the item of seed s + 1 repeats much of the item of
 * seed s. Putting every seed through SplitMix64's finaliser leaves no such arithmetic relation
 * between the seeds of nearby runs or items.
 */
public final class Seeds {
  /** The golden-ratio increment of SplitMix64. */
  private static final long GAMMA = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /** The seed of item {@code index} of the run seeded with {@code seed}. */
  public static long of(long seed, long index) {
    return mix(mix(seed) + index * GAMMA);
  }

  /** SplitMix64's finaliser (Stafford's variant 13): a bijection whose every output bit depends on every input bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}

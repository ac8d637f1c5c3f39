package org.jixiao.testkit.contract;

/** The direction in which a rule declares itself monotone in the actual figure. */
public enum Direction {
  /** A larger actual never earns less (正向: ≥, 不少于). */
  LARGER_IS_BETTER,
  /** A smaller actual never earns less (反向: ≤, 不超过). */
  SMALLER_IS_BETTER
}

package org.jixiao.rules.text;

import java.util.Optional;
import org.jixiao.core.indicator.TargetNature;

/**
 * How a target compares the actual value with its number: the direction of an indicator.
 * Positive targets (≥ ＞ ＝) want more, reverse targets (≤ ＜) want less, a range wants a value
 * between its ends.
 */
public enum Comparison {
  /** ≥: 不少于, 不低于, 至少, 达到, …以上, …及以上; the default of a bare number. */
  AT_LEAST("≥"),
  /** ＞: 超过, 大于, 高于. */
  MORE_THAN(">"),
  /** ＝: scored as positive (domain §3), with a special case for a target of 0. */
  EQUAL("="),
  /** ≤: 不超过, 不高于, 至多, …以内, …以下, 控制在…, 零投诉. */
  AT_MOST("≤"),
  /** ＜: 小于, 低于, 少于. */
  LESS_THAN("<"),
  /**
   * ∈: a range such as 100-500人 or 18—54周岁, the actual should lie between the ends. A symbol
   * like the others, not a word: it stands in reasons of either language.
   */
  BETWEEN("∈");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  /** The symbol used in {@link Target#describe()}. */
  public String symbol() {
    return symbol;
  }

  /** Whether more is better (≥ ＞ ＝). */
  public boolean isPositive() {
    return this == AT_LEAST || this == MORE_THAN || this == EQUAL;
  }

  /** Whether less is better (≤ ＜). */
  public boolean isReverse() {
    return this == AT_MOST || this == LESS_THAN;
  }

  /** The comparison a form's 指标性质 column states; empty for 定性 (qualitative). */
  public static Optional<Comparison> of(TargetNature nature) {
    return switch (nature) {
      case AT_LEAST -> Optional.of(AT_LEAST);
      case MORE_THAN -> Optional.of(MORE_THAN);
      case EQUAL -> Optional.of(EQUAL);
      case LESS_THAN -> Optional.of(LESS_THAN);
      case AT_MOST -> Optional.of(AT_MOST);
      case QUALITATIVE -> Optional.empty();
    };
  }
}

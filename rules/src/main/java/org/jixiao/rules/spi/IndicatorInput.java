package org.jixiao.rules.spi;

import java.util.Objects;
import java.util.OptionalInt;
import org.jixiao.core.indicator.Indicator;

/**
 * What an indicator scorer looks at: the indicator, and the target and actual text to judge —
 * the indicator's own, or one sub-target of a numbered list and the actual paired with it.
 *
 * @param indicator the indicator as published
 * @param index its zero-based position in the project's indicator set
 * @param target the target text to judge (empty when none was printed)
 * @param actual the actual text to judge (empty when none was printed)
 * @param item the number of the sub-target, when this is one part of a list
 */
public record IndicatorInput(
    Indicator indicator, int index, String target, String actual, OptionalInt item) {

  /** Checks the arguments. */
  public IndicatorInput {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(item, "item");
  }

  /** The whole of an indicator: its target and actual text. */
  public static IndicatorInput of(Indicator indicator, int index) {
    return new IndicatorInput(
        indicator,
        index,
        indicator.target().orElse(""),
        indicator.actual().orElse(""),
        OptionalInt.empty());
  }

  /** One sub-target of this input with its paired actual text. */
  public IndicatorInput part(int number, String partTarget, String partActual) {
    return new IndicatorInput(indicator, index, partTarget, partActual, OptionalInt.of(number));
  }
}

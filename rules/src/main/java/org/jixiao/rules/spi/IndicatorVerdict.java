package org.jixiao.rules.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Trace;

/**
 * What a scorer decided about an indicator, before weights are known: scored with a fraction
 * of its weight (0..1), not applicable, or undetermined — each with the trace that explains it.
 * The evaluator turns it into an {@link org.jixiao.core.evaluation.IndicatorResult} once the
 * weights are allocated (points = fraction × weight, HALF_UP to two decimals).
 */
public final class IndicatorVerdict {
  private final Outcome outcome;
  private final Optional<BigDecimal> fraction;
  private final Trace trace;
  private final List<IndicatorVerdict> parts;
  private final OptionalInt item;

  private IndicatorVerdict(
      Outcome outcome,
      Optional<BigDecimal> fraction,
      Trace trace,
      List<IndicatorVerdict> parts,
      OptionalInt item) {
    this.outcome = outcome;
    this.fraction = fraction;
    this.trace = Objects.requireNonNull(trace, "trace");
    this.parts = List.copyOf(parts);
    this.item = item;
    // no lambda: one that captures is an object per verdict until C2 compiles it away
    if (fraction.isPresent()) {
      BigDecimal f = fraction.get();
      if (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(
            "fraction must be within 0..1, was " + text(f) + " (" + trace.rule() + ")");
      }
    }
  }

  /** Scored: {@code fraction} (0..1) of the weight is earned. */
  public static IndicatorVerdict scored(BigDecimal fraction, Trace trace) {
    return new IndicatorVerdict(Outcome.SCORED, Optional.of(fraction), trace, List.of(), OptionalInt.empty());
  }

  /** Scored from sub-targets, whose verdicts are kept as parts. */
  public static IndicatorVerdict scored(BigDecimal fraction, Trace trace, List<IndicatorVerdict> parts) {
    return new IndicatorVerdict(Outcome.SCORED, Optional.of(fraction), trace, parts, OptionalInt.empty());
  }

  /** Not applicable (blank, /, —, 无): dropped, its weight spread over the others. */
  public static IndicatorVerdict notApplicable(Trace trace) {
    return new IndicatorVerdict(Outcome.NOT_APPLICABLE, Optional.empty(), trace, List.of(), OptionalInt.empty());
  }

  /** Not applicable, with the verdicts of its sub-targets. */
  public static IndicatorVerdict notApplicable(Trace trace, List<IndicatorVerdict> parts) {
    return new IndicatorVerdict(Outcome.NOT_APPLICABLE, Optional.empty(), trace, parts, OptionalInt.empty());
  }

  /**
   * Undetermined: the text does not allow a score. The trace's reason says why; it becomes the
   * message of a finding and the evaluation is provisional.
   */
  public static IndicatorVerdict undetermined(Trace trace) {
    return new IndicatorVerdict(Outcome.UNDETERMINED, Optional.empty(), trace, List.of(), OptionalInt.empty());
  }

  /** Undetermined, with the verdicts of its sub-targets. */
  public static IndicatorVerdict undetermined(Trace trace, List<IndicatorVerdict> parts) {
    return new IndicatorVerdict(Outcome.UNDETERMINED, Optional.empty(), trace, parts, OptionalInt.empty());
  }

  /** This verdict, marked as the verdict on sub-target {@code number}. */
  public IndicatorVerdict forItem(int number) {
    return new IndicatorVerdict(outcome, fraction, trace, parts, OptionalInt.of(number));
  }

  /** The outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** The fraction of the weight earned, present exactly when scored. */
  public Optional<BigDecimal> fraction() {
    return fraction;
  }

  /** Why. */
  public Trace trace() {
    return trace;
  }

  /** The verdicts on the sub-targets, in order; empty for a single target. */
  public List<IndicatorVerdict> parts() {
    return parts;
  }

  /** The sub-target number, when this is the verdict on one part of a list. */
  public OptionalInt item() {
    return item;
  }

  /** Whether this verdict or any of its parts is undetermined. */
  public boolean hasUndetermined() {
    if (outcome == Outcome.UNDETERMINED) {
      return true;
    }
    for (int p = 0; p < parts.size(); p++) { // by index, not iterator or stream: called often for every indicator
      if (parts.get(p).hasUndetermined()) {
        return true;
      }
    }
    return false;
  }

  /** Plain text, unless the scale is extreme: 1E-999999999 must not print a billion zeros. */
  private static String text(BigDecimal value) {
    return value.scale() < 0 || value.scale() > 100 ? value.toString() : value.toPlainString();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof IndicatorVerdict that)) {
      return false;
    }
    return outcome == that.outcome
        && fraction.equals(that.fraction)
        && trace.equals(that.trace)
        && parts.equals(that.parts)
        && item.equals(that.item);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, fraction, trace, parts, item);
  }

  @Override
  public String toString() {
    return outcome
        + fraction.map(f -> " " + text(f)).orElse("")
        + " ["
        + trace.rule()
        + "/"
        + trace.method()
        + ": "
        + trace.reason()
        + "]";
  }
}

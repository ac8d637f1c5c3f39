package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;
import org.jixiao.core.internal.Checks;

/**
 * Why a derived number is what it is: the rule that derived it, the method it used, the numbers
 * it used (in order, by name) and a short reason an auditor can read.
 */
@Value.Immutable
public abstract class Trace {
  Trace() {}

  /** The id of the rule. */
  public abstract String rule();

  /** The method, for example {@code positive-ratio} or {@code qualitative-band}. */
  public abstract String method();

  /** A short reason, for example {@code 实际 1500 ≥ 目标 1500 → 满分}. */
  public abstract String reason();

  /** The numbers used, by name, in the order they were added. */
  public abstract Map<String, BigDecimal> figures();

  @Value.Check
  void check() {
    Checks.requireNonBlank(rule(), "trace rule id");
    Checks.requireNonBlank(method(), "trace method");
  }

  /** A trace without figures. */
  public static Trace of(String rule, String method, String reason) {
    return builder().rule(rule).method(method).reason(reason).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Trace}s; rule, method and reason are required. */
  public static class Builder extends ImmutableTrace.Builder {}
}

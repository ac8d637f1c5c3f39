package org.jixiao.core.evaluation;

import java.util.Optional;
import org.immutables.value.Value;
import org.jixiao.core.internal.Checks;

/**
 * A verdict of a rule on published data: its rule id, severity, message and location.
 * Inconsistent data produces findings, never exceptions.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** The id of the rule that found it. */
  public abstract String rule();

  /** How serious it is. */
  public abstract Severity severity();

  /** What was found, in a sentence. */
  public abstract String message();

  /** Where it was found. */
  public abstract Optional<Location> location();

  @Value.Check
  void check() {
    Checks.requireNonBlank(rule(), "finding rule id");
    Checks.requireNonBlank(message(), "finding message");
  }

  /** A finding without a location. */
  public static Finding of(String rule, Severity severity, String message) {
    return builder().rule(rule).severity(severity).message(message).build();
  }

  /** A finding at a location. */
  public static Finding of(String rule, Severity severity, String message, Location location) {
    return builder().rule(rule).severity(severity).message(message).location(location).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Finding}s; rule, severity and message are required. */
  public static class Builder extends ImmutableFinding.Builder {}
}

package org.jixiao.core.evaluation;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jixiao.core.internal.Checks;

/**
 * A verdict of a rule on published data: its rule id, a stable code, severity, message and
 * location. Inconsistent data produces findings, never exceptions.
 *
 * <p>Branch on {@link #code()}, never on {@link #message()}: the message is prose in the
 * evaluator's language (Chinese by default) and may be reworded; the code and the {@link
 * #args()} stay.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** The id of the rule that found it. */
  public abstract String rule();

  /**
   * A stable code for what was found, for example {@code JX-R-0107}; the built-in rules give
   * every finding one. A finding built without a code has its rule id as its code.
   */
  @Value.Default
  public String code() {
    return rule();
  }

  /**
   * The figures and texts the message was made from, by name (for example {@code stated} and
   * {@code computed}), so that a consumer can write its own message for a code.
   */
  public abstract Map<String, String> args();

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
    Checks.requireNonBlank(code(), "finding code");
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

package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jixiao.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Why a derived number is what it is: the rule that derived it, the method it used, the numbers
 * it used (in order, by name) and a short reason an auditor can read.
 *
 * <p>A reason is either given as text ({@link Builder#reason(String)}, what a custom part
 * usually does) or made from a stable {@linkplain #code() code} and named {@linkplain #args()
 * arguments} with a {@link ReasonFormat} — the built-in rules do this, so that the reason is
 * written in the evaluator's language (Chinese by default) and only when it is asked for: an
 * evaluation whose reasons nobody reads never formats them. The formatted text is kept once
 * made; the code, the arguments and the figures are what a consumer should key on.
 */
@Value.Immutable
public abstract class Trace {
  Trace() {}

  /** The id of the rule. */
  public abstract String rule();

  /** The method, for example {@code positive-ratio} or {@code qualitative-band}. */
  public abstract String method();

  /**
   * The stable code of the reason (for the built-in rules {@code JX-T-…}), from which it is
   * formatted in a language; empty for a reason given only as text.
   */
  public abstract Optional<String> code();

  /** The named arguments the reason is made from, in order; empty for a reason given as text. */
  public abstract Map<String, String> args();

  /** The numbers used, by name, in the order they were added. */
  public abstract Map<String, BigDecimal> figures();

  /** The reason as given text, which wins over the code and format when both are there. */
  abstract Optional<String> text();

  /** How the reason is made from its code and arguments; not part of equality. */
  @Value.Auxiliary
  abstract Optional<ReasonFormat> format();

  /**
   * A short reason, for example {@code 实际 1500 ≥ 目标 1500 → 满分}: the text given, else the code
   * and arguments formatted (once, on first call) in the language of its format.
   */
  @Value.Lazy
  public String reason() {
    Optional<String> text = text();
    if (text.isPresent()) {
      return text.get();
    }
    return format().orElseThrow().format(code().orElseThrow(), args());
  }

  /** The same trace, its reason made by {@code format} (when it has a code) rather than as before. */
  public Trace withFormat(ReasonFormat format) {
    if (code().isEmpty()) {
      return this;
    }
    return builder().from(this).format(format).text(Optional.empty()).build();
  }

  /**
   * Traces are equal when their rule, method, figures and reason are: for a reason with a code,
   * the same code and arguments (in whatever language it is formatted, and whether it was read
   * back as text from JSON); for a reason given only as text, the same text.
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Trace t)) {
      return false;
    }
    return rule().equals(t.rule())
        && method().equals(t.method())
        && code().equals(t.code())
        && args().equals(t.args())
        && figures().equals(t.figures())
        && (code().isPresent() || text().equals(t.text()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule(), method(), code(), args(), figures(), code().isPresent() ? null : text());
  }

  @Override
  public String toString() {
    return "Trace{rule=" + rule() + ", method=" + method() + code().map(c -> ", code=" + c).orElse("")
        + ", reason=" + reason() + ", figures=" + figures() + "}";
  }

  @Value.Check
  void check() {
    Checks.requireNonBlank(rule(), "trace rule id");
    Checks.requireNonBlank(method(), "trace method");
    if (text().isEmpty() && (code().isEmpty() || format().isEmpty())) {
      throw new IllegalStateException(
          "trace of rule '" + rule() + "' has no reason: give a text, or a code and a format");
    }
  }

  /** A trace without figures. */
  public static Trace of(String rule, String method, String reason) {
    return builder().rule(rule).method(method).reason(reason).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Makes the text of a reason from its code and named arguments, in one language. Must be
   * thread-safe: a trace may be formatted on any thread.
   */
  @FunctionalInterface
  public interface ReasonFormat {
    /** The reason for {@code code} with {@code args} filled in. */
    String format(String code, Map<String, String> args);
  }

  /** Builds {@link Trace}s; rule, method and a reason (text, or code and format) are required. */
  public static class Builder extends ImmutableTrace.Builder {
    /**
     * The reason as text (what an auditor reads; a custom part usually gives this). It replaces
     * a coded reason copied with {@code from}: the code, arguments and format are dropped, since
     * they no longer say what the text says.
     */
    public final Builder reason(String reason) {
      text(reason);
      code(Optional.empty());
      args(Map.of());
      format(Optional.empty());
      return this;
    }

    /** The reason's code and how to format it; arguments go in with {@link #putArgs}. */
    public final Builder reason(String code, ReasonFormat format) {
      code(code);
      format(format);
      return this;
    }
  }
}

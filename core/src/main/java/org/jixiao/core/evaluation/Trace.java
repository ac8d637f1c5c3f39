package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.core.internal.Args;
import org.jixiao.core.internal.SmallMap;
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
 * evaluation whose reasons nobody reads never formats them. An argument may likewise be given as
 * a number to print ({@link Builder#putArgs(String, BigDecimal, Printed)}) or as a function that
 * makes its text ({@link Builder#putArgs(String, Supplier)}): it is printed or made when the
 * arguments or the reason are first read. The formatted text is kept once made; the code, the
 * arguments and the figures are what a consumer should key on.
 */
public final class Trace {
  private final String rule;
  private final String method;
  private final @Nullable String code;
  private final SmallMap<String, Object> given; // strings, and numbers and texts to make; what a copy takes as it is
  private final boolean unprinted; // whether a value of given may be a number or text still to make
  private volatile @Nullable SmallMap<String, String> printed; // given, printed on first read
  private final SmallMap<String, BigDecimal> figures;
  private final @Nullable String text;
  private final @Nullable ReasonFormat format;
  private volatile @Nullable String reason; // formatted once, on first call

  private Trace(Builder b) {
    if (b.rule == null || b.method == null) {
      throw new IllegalStateException(
          "Cannot build Trace, some of required attributes are not set "
              + (b.rule == null ? b.method == null ? "[rule, method]" : "[rule]" : "[method]"));
    }
    this.rule = b.rule;
    this.method = b.method;
    this.code = b.code;
    this.given = b.args.build();
    this.unprinted = b.unprinted;
    this.figures = b.figures.build();
    this.text = b.text;
    this.format = b.format;
    Checks.requireNonBlank(rule, "trace rule id");
    Checks.requireNonBlank(method, "trace method");
    if (text == null && (code == null || format == null)) {
      throw new IllegalStateException(
          "trace of rule '" + rule + "' has no reason: give a text, or a code and a format");
    }
  }

  /** The id of the rule. */
  public String rule() {
    return rule;
  }

  /** The method, for example {@code positive-ratio} or {@code qualitative-band}. */
  public String method() {
    return method;
  }

  /**
   * The stable code of the reason (for the built-in rules {@code JX-T-…}), from which it is
   * formatted in a language; empty for a reason given only as text.
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * The named arguments the reason is made from, in order; usually empty for a reason given as
   * text (a part may still give figures of its own there, and they are kept).
   * Numbers given to print, and texts given to make, are printed and made on the first call.
   */
  @SuppressWarnings("unchecked") // without numbers or texts to make, every value given is a String
  public Map<String, String> args() {
    if (!unprinted) {
      return (Map<String, String>) (Map<String, ?>) given; // refuses every change itself
    }
    SmallMap<String, String> p = printed;
    if (p == null) {
      p = Args.made(given); // printing twice on two threads at once gives equal maps: no lock needed
      printed = p;
    }
    return p;
  }

  /** The numbers used, by name, in the order they were added. */
  public Map<String, BigDecimal> figures() {
    return figures;
  }

  /** The reason as given text, which wins over the code and format when both are there. */
  Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** How the reason is made from its code and arguments; not part of equality. */
  Optional<ReasonFormat> format() {
    return Optional.ofNullable(format);
  }

  /**
   * A short reason, for example {@code 实际 1500 ≥ 目标 1500 → 满分}: the text given, else the code
   * and arguments formatted (once, on first call) in the language of its format.
   */
  public String reason() {
    String r = reason;
    if (r == null) {
      synchronized (this) {
        r = reason;
        if (r == null) {
          // text, or (checked when built) a code and a format
          r = text != null ? text : Objects.requireNonNull(format).format(Objects.requireNonNull(code), args());
          reason = Objects.requireNonNull(r, "reason");
        }
      }
    }
    return r;
  }

  /** The same trace, its reason made by {@code format} (when it has a code) rather than as before. */
  public Trace withFormat(ReasonFormat format) {
    if (code == null) {
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
    return rule.equals(t.rule)
        && method.equals(t.method)
        && Objects.equals(code, t.code)
        && args().equals(t.args())
        && figures.equals(t.figures)
        && (code != null || Objects.equals(text, t.text));
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, method, code(), args(), figures, code != null ? null : text());
  }

  @Override
  public String toString() {
    return "Trace{rule=" + rule + ", method=" + method + (code == null ? "" : ", code=" + code)
        + ", reason=" + reason() + ", figures=" + figures + "}";
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
   * How a number given as an argument ({@link Builder#putArgs(String, BigDecimal, Printed)}) is
   * printed when it is read. Both print without exponent and without needless zeros, so that
   * {@code 1.50} and {@code 1.5} read the same.
   */
  public enum Printed {
    /** The number as it is: {@code 1500}, {@code 0.05}, {@code -12.34}; zero is {@code 0}. */
    PLAIN {
      @Override
      public String print(BigDecimal number) {
        return plain(number);
      }
    },
    /**
     * A fraction as a percentage, rounded HALF_UP to two decimals: {@code 0.8} is {@code 80%},
     * {@code 0.123456} is {@code 12.35%}, {@code 1.2} is {@code 120%}.
     */
    PERCENT {
      @Override
      public String print(BigDecimal number) {
        return plain(number.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)) + "%";
      }
    };

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The text of {@code number}. */
    public abstract String print(BigDecimal number);

    private static String plain(BigDecimal number) {
      return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
  }

  /** An argument given as a number to print when the arguments are read. */
  private record ToPrint(BigDecimal number, Printed printed) implements Args.Deferred {
    ToPrint {
      Objects.requireNonNull(number, "args number");
      Objects.requireNonNull(printed, "args printed");
    }

    @Override
    public String text() {
      return printed.print(number);
    }
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

  /**
   * Builds {@link Trace}s; rule, method and a reason (text, or code and format) are required. Not
   * thread-safe; it may go on being used after {@link #build()}.
   */
  public static class Builder {
    private @Nullable String rule;
    private @Nullable String method;
    private @Nullable String code;
    private final SmallMap.Builder<String, Object> args = new SmallMap.Builder<>("args");
    private boolean unprinted; // whether a number or text to make was put since the arguments were last replaced
    private final SmallMap.Builder<String, BigDecimal> figures = new SmallMap.Builder<>("figures");
    private @Nullable String text;
    private @Nullable ReasonFormat format;

    /** Use {@link Trace#builder()}. */
    public Builder() {}

    /**
     * Fills the builder from {@code instance}: rule and method replaced, its code, text and format
     * when present, its arguments and figures added to those already here.
     */
    public final Builder from(Trace instance) {
      Objects.requireNonNull(instance, "instance");
      rule(instance.rule);
      method(instance.method);
      if (instance.code != null) {
        code(instance.code);
      }
      args.putAll(instance.given);
      unprinted |= instance.unprinted;
      putAllFigures(instance.figures);
      if (instance.text != null) {
        text(instance.text);
      }
      if (instance.format != null) {
        format(instance.format);
      }
      return this;
    }

    /** The id of the rule (required). */
    public final Builder rule(String rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /** The method (required). */
    public final Builder method(String method) {
      this.method = Objects.requireNonNull(method, "method");
      return this;
    }

    /** The reason's stable code. */
    public final Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /** The reason's stable code, or none. */
    public final Builder code(Optional<String> code) {
      this.code = code.orElse(null);
      return this;
    }

    /** Adds (or replaces) one argument of the reason. */
    public final Builder putArgs(String key, String value) {
      args.put(key, value);
      return this;
    }

    /**
     * Adds (or replaces) one argument of the reason, a number printed only when the arguments or
     * the reason are first read: a built-in rule gives its percentages so, and an evaluation whose
     * reasons nobody reads never prints them.
     */
    public final Builder putArgs(String key, BigDecimal number, Printed printed) {
      args.put(key, new ToPrint(number, printed));
      unprinted = true;
      return this;
    }

    /**
     * Adds (or replaces) one argument of the reason, its text made by {@code text} only when the
     * arguments or the reason are first read: a built-in rule describes the quantities it compared
     * so. {@code text} must be pure and thread-safe (it may be called on any thread, more than once
     * when two threads read at once) and must not return null.
     */
    public final Builder putArgs(String key, Supplier<String> text) {
      args.put(key, Args.made(key, text));
      unprinted = true;
      return this;
    }

    /** Adds (or replaces) one argument of the reason. */
    public final Builder putArgs(Map.Entry<String, ? extends String> entry) {
      args.put(entry.getKey(), entry.getValue());
      return this;
    }

    /** Replaces every argument by {@code entries}. */
    public final Builder args(Map<String, ? extends String> entries) {
      args.clear().putAll(entries);
      unprinted = false;
      return this;
    }

    /** Adds (or replaces) the arguments of {@code entries}, in their order. */
    public final Builder putAllArgs(Map<String, ? extends String> entries) {
      args.putAll(entries);
      return this;
    }

    /** Adds (or replaces) one figure. */
    public final Builder putFigures(String key, BigDecimal value) {
      figures.put(key, value);
      return this;
    }

    /** Adds (or replaces) one figure. */
    public final Builder putFigures(Map.Entry<String, ? extends BigDecimal> entry) {
      figures.put(entry.getKey(), entry.getValue());
      return this;
    }

    /** Replaces every figure by {@code entries}. */
    public final Builder figures(Map<String, ? extends BigDecimal> entries) {
      figures.clear().putAll(entries);
      return this;
    }

    /** Adds (or replaces) the figures of {@code entries}, in their order. */
    public final Builder putAllFigures(Map<String, ? extends BigDecimal> entries) {
      figures.putAll(entries);
      return this;
    }

    /** The reason as text; prefer {@link #reason(String)}, which also drops a copied code. */
    public final Builder text(String text) {
      this.text = Objects.requireNonNull(text, "text");
      return this;
    }

    /** The reason as text, or none. */
    public final Builder text(Optional<String> text) {
      this.text = text.orElse(null);
      return this;
    }

    /** How a coded reason is formatted; prefer {@link #reason(String, ReasonFormat)}. */
    public final Builder format(ReasonFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** How a coded reason is formatted, or none. */
    public final Builder format(Optional<? extends ReasonFormat> format) {
      this.format = format.orElse(null);
      return this;
    }

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

    /**
     * The reason's code and how to format it; arguments go in with {@link #putArgs}. It replaces
     * a reason given as text and copied with {@code from}: that text would otherwise win over the
     * code, and two equal traces would read differently. Arguments copied with {@code from} stay.
     */
    public final Builder reason(String code, ReasonFormat format) {
      code(code);
      format(format);
      text(Optional.empty());
      return this;
    }

    /**
     * The trace.
     *
     * @throws IllegalStateException when rule or method is missing, or there is no reason
     * @throws IllegalArgumentException when rule or method is blank
     */
    public Trace build() {
      return new Trace(this);
    }
  }
}

package org.jixiao.core.evaluation;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.core.internal.Args;
import org.jixiao.core.internal.Checks;
import org.jixiao.core.internal.SmallMap;
import org.jspecify.annotations.Nullable;

/**
 * A verdict of a rule on published data: its rule id, a stable code, severity, message and
 * location. Inconsistent data produces findings, never exceptions.
 *
 * <p>Branch on {@link #code()}, never on {@link #message()}: the message is prose in the
 * evaluator's language (Chinese by default) and may be reworded; the code and the {@link
 * #args()} stay.
 *
 * <p>A message is given as text ({@link Builder#message(String)}) or as a catalog's wording of the
 * code and arguments ({@link Builder#message(MessageCatalog, Locale)}), which is filled in when
 * the message is first read: most findings of a large run are counted or stored by code and never
 * read as prose. Either way two findings are equal when their rule, code, arguments, severity,
 * message and location are. Instances are immutable and thread-safe.
 */
public final class Finding {
  private final String rule;
  private final String code;
  private final SmallMap<String, Object> args; // strings, and texts to make on first read (Args.Deferred); compact
  private final boolean deferred; // whether a value of args may be a text still to make
  private volatile @Nullable SmallMap<String, String> made; // args, made on first read
  private final Severity severity;
  private final @Nullable Location location;
  private final @Nullable String text; // the message given as text (or filled when built); final, so any thread sees it
  private final MessageCatalog.@Nullable Template template; // else the wording
  private final Finding fillFrom; // and the finding whose arguments fill it: this one, unless copied from another
  private volatile @Nullable String filled; // the wording filled, on first read

  private Finding(Builder b) {
    if (b.rule == null || b.severity == null || !b.hasMessage()) {
      throw new IllegalStateException("Cannot build Finding, some of required attributes are not set " + b.missing());
    }
    this.rule = b.rule;
    this.code = b.code != null ? b.code : b.rule;
    this.args = b.args.build();
    this.deferred = b.deferred;
    this.severity = b.severity;
    this.location = b.location;
    Checks.requireNonBlank(rule, "finding rule id");
    MessageCatalog.Template t = b.template;
    Finding filledFrom = b.templateFillFrom != null ? b.templateFillFrom : this;
    if (t == null && b.catalog != null) {
      Checks.requireNonBlank(code, "finding code"); // before it is looked up
      t = b.catalog.template(code, Objects.requireNonNull(b.locale, "locale"));
    }
    if (t != null && !t.neverBlank()) {
      // a template of nothing but arguments may fill to a blank message: fill it now, and check
      this.template = null;
      this.fillFrom = this;
      this.text = t.fill(filledFrom.args());
    } else {
      this.template = t;
      this.fillFrom = filledFrom;
      this.text = t == null ? b.message : null;
    }
    if (text != null) {
      Checks.requireNonBlank(text, "finding message");
    }
    Checks.requireNonBlank(code, "finding code"); // after the message, in the order the generated class checked
  }

  /** The id of the rule that found it. */
  public String rule() {
    return rule;
  }

  /**
   * A stable code for what was found, for example {@code JX-R-0107}; the built-in rules give
   * every finding one. A finding built without a code has its rule id as its code.
   */
  public String code() {
    return code;
  }

  /**
   * The figures and texts the message was made from, by name (for example {@code stated} and
   * {@code computed}), so that a consumer can write its own message for a code. Texts given to
   * make ({@link Builder#putArgs(String, Supplier)}) are made on the first call.
   */
  @SuppressWarnings("unchecked") // without texts to make, every value given is a String
  public Map<String, String> args() {
    if (!deferred) {
      return (Map<String, String>) (Map<String, ?>) args; // refuses every change itself
    }
    SmallMap<String, String> m = made;
    if (m == null) {
      m = Args.made(args); // making twice on two threads at once gives equal maps: no lock needed
      made = m;
    }
    return m;
  }

  /** How serious it is. */
  public Severity severity() {
    return severity;
  }

  /** What was found, in a sentence. */
  public String message() {
    if (text != null) {
      return text;
    }
    String m = filled;
    if (m == null) {
      synchronized (this) {
        m = filled;
        if (m == null) {
          // a finding has a text or a wording (checked when built), and a wording never fills blank
          m = Objects.requireNonNull(template, "template").fill(fillFrom.args());
          filled = m;
        }
      }
    }
    return m;
  }

  /** Where it was found. */
  public Optional<Location> location() {
    return Optional.ofNullable(location);
  }

  /** Whether its message is {@code wording} filled with its own arguments. */
  boolean wordedBy(MessageCatalog.Template wording) {
    // the same arguments at once when they were not copied from another finding
    return template == wording && (fillFrom == this || fillFrom.args().equals(args()));
  }

  /** Whether its message was given as text, not as a catalog's wording. */
  boolean givenAsText() {
    return template == null;
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

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Finding f)) {
      return false;
    }
    return rule.equals(f.rule)
        && code.equals(f.code)
        && args().equals(f.args())
        && severity == f.severity
        && Objects.equals(location, f.location)
        && message().equals(f.message());
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, code, args(), severity, message(), location);
  }

  @Override
  public String toString() {
    return "Finding{rule=" + rule + ", code=" + code + ", args=" + args() + ", severity=" + severity
        + ", message=" + message() + (location == null ? "" : ", location=" + location) + "}";
  }

  /** Builds {@link Finding}s; rule, severity and message are required. */
  public static class Builder {
    private @Nullable String rule;
    private @Nullable String code;
    private final SmallMap.Builder<String, Object> args = new SmallMap.Builder<>("args");
    private boolean deferred; // whether a text to make was put since the arguments were last replaced
    private @Nullable Severity severity;
    private @Nullable String message;
    private MessageCatalog.@Nullable Template template; // a wording copied from another finding
    private @Nullable Finding templateFillFrom; // and the finding whose arguments fill it
    private @Nullable MessageCatalog catalog; // or a catalog and language to word the code
    private @Nullable Locale locale;
    private @Nullable Location location;

    /** A new, empty builder. */
    public Builder() {}

    /**
     * Fills the builder from a finding: its rule, code, severity and message replace what was set,
     * its arguments are added, and its location replaces any only when it has one. The copy says
     * what the original says: arguments changed after this do not re-fill its message (as with a
     * message given as text); give a wording again ({@link #message(MessageCatalog, Locale)}) or
     * use {@link MessageCatalog#localise} to word it with the new arguments.
     */
    public final Builder from(Finding instance) {
      Objects.requireNonNull(instance, "instance");
      rule(instance.rule);
      code(instance.code);
      args.putAll(instance.args); // texts still to make stay so
      deferred |= instance.deferred;
      severity(instance.severity);
      if (instance.template == null) {
        message(instance.message());
      } else {
        // worded from a template: the copy takes the wording and its arguments, and is filled when read
        clearMessage();
        this.template = instance.template;
        this.templateFillFrom = instance.fillFrom;
      }
      if (instance.location != null) {
        location(instance.location);
      }
      return this;
    }

    /** The id of the rule that found it. */
    public final Builder rule(String rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /** The finding's stable code; its rule id when not set. */
    public final Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /** Adds or replaces one argument. */
    public final Builder putArgs(String key, String value) {
      args.put(key, value);
      return this;
    }

    /**
     * Adds or replaces one argument, its text made by {@code text} only when the arguments or the
     * message are first read (which equality and {@link Finding#toString()} do too): a built-in
     * rule gives so the reasons it quotes from an indicator's trace, and a run that only counts
     * its findings never makes them. {@code text} must be pure and thread-safe (it may be called
     * on any thread, more than once when two threads read at once) and must not return null; a
     * null text is refused with its key when it is made.
     */
    public final Builder putArgs(String key, Supplier<String> text) {
      args.put(key, Args.made(key, text));
      deferred = true;
      return this;
    }

    /** Adds or replaces one argument. */
    public final Builder putArgs(Map.Entry<String, ? extends String> entry) {
      args.put(entry.getKey(), entry.getValue());
      return this;
    }

    /** Sets the arguments, replacing any added before. */
    public final Builder args(Map<String, ? extends String> entries) {
      args.clear().putAll(entries);
      deferred = false;
      return this;
    }

    /** Adds or replaces every argument of {@code entries}, in their order. */
    public final Builder putAllArgs(Map<String, ? extends String> entries) {
      args.putAll(entries);
      return this;
    }

    /** How serious it is. */
    public final Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /** The message, as text. */
    public final Builder message(String message) {
      Objects.requireNonNull(message, "message");
      clearMessage();
      this.message = message;
      return this;
    }

    private void clearMessage() {
      this.message = null;
      this.template = null;
      this.templateFillFrom = null;
      this.catalog = null;
      this.locale = null;
    }

    /**
     * The message as {@code catalog} words the finding's code and arguments in the language of
     * {@code locale}, filled in when first read. The catalog must word the code: {@link #build()}
     * throws {@link IllegalStateException} otherwise.
     */
    public final Builder message(MessageCatalog catalog, Locale locale) {
      Objects.requireNonNull(catalog, "catalog");
      Objects.requireNonNull(locale, "locale");
      clearMessage();
      this.catalog = catalog;
      this.locale = locale;
      return this;
    }

    /** Where it was found. */
    public final Builder location(Location location) {
      this.location = Objects.requireNonNull(location, "location");
      return this;
    }

    /** Where it was found, or nowhere in particular. */
    public final Builder location(Optional<? extends Location> location) {
      this.location = location.orElse(null);
      return this;
    }

    /**
     * The finding.
     *
     * @throws IllegalStateException when the rule, the severity or the message is missing, or the
     *     message's catalog does not word the code
     * @throws IllegalArgumentException when the rule, the code or the message is blank
     */
    public Finding build() {
      return new Finding(this);
    }

    /** Whether a message was given: as text, as a copied wording, or as a catalog's. */
    private boolean hasMessage() {
      return message != null || template != null || catalog != null;
    }

    private String missing() {
      StringBuilder out = new StringBuilder("[");
      if (rule == null) {
        out.append("rule");
      }
      if (severity == null) {
        out.append(out.length() > 1 ? ", " : "").append("severity");
      }
      if (!hasMessage()) {
        out.append(out.length() > 1 ? ", " : "").append("message");
      }
      return out.append(']').toString();
    }
  }
}

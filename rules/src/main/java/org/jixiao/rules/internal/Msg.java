package org.jixiao.rules.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.rules.Messages;

/**
 * A built-in finding in the making: its code and named arguments. The message is worded in
 * Chinese from {@code messages.properties} when it is first read; {@link Messages#localise} words
 * it in English.
 */
public final class Msg {
  private final Finding.Builder finding; // the arguments go straight into the finding's own map

  private Msg(String code) {
    this.finding = Finding.builder().code(code).message(Messages.catalog(), Locale.CHINESE);
  }

  /** A message with this code; the code must be in {@code messages.properties}. */
  public static Msg of(String code) {
    return new Msg(code);
  }

  /** Adds an argument. */
  public Msg arg(String name, String value) {
    finding.putArgs(name, value);
    return this;
  }

  /**
   * Adds an argument whose text is made only when the finding's arguments or message are first
   * read; {@code text} must be pure and thread-safe.
   */
  public Msg arg(String name, Supplier<String> text) {
    finding.putArgs(name, text);
    return this;
  }

  /** Adds a number argument, written as plain decimals. */
  public Msg arg(String name, BigDecimal value) {
    return arg(name, value.toPlainString());
  }

  /** Adds a number argument. */
  public Msg arg(String name, long value) {
    return arg(name, Long.toString(value));
  }

  /** The finding, its message in Chinese. */
  public Finding finding(String rule, Severity severity, Location location) {
    return finding.rule(rule).severity(severity).location(location).build();
  }

  /** The finding without a location. */
  public Finding finding(String rule, Severity severity) {
    return finding.rule(rule).severity(severity).location(Optional.empty()).build();
  }
}

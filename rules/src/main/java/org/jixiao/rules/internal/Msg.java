package org.jixiao.rules.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.rules.Messages;

/**
 * A built-in finding in the making: its code and named arguments. The message is rendered in
 * Chinese from {@code messages.properties}; {@link Messages#localise} renders it in English.
 */
public final class Msg {
  private final String code;
  private final Map<String, String> args = new LinkedHashMap<>();

  private Msg(String code) {
    this.code = code;
  }

  /** A message with this code; the code must be in {@code messages.properties}. */
  public static Msg of(String code) {
    return new Msg(code);
  }

  /** Adds an argument. */
  public Msg arg(String name, String value) {
    args.put(name, value);
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
    return builder(rule, severity).location(location).build();
  }

  /** The finding without a location. */
  public Finding finding(String rule, Severity severity) {
    return builder(rule, severity).build();
  }

  private Finding.Builder builder(String rule, Severity severity) {
    String message =
        Messages.render(code, args, Locale.CHINESE)
            .orElseThrow(() -> new IllegalStateException("no message for code " + code));
    return Finding.builder().rule(rule).code(code).severity(severity).message(message).args(args);
  }
}

package org.jixiao.rules.internal;

import java.util.Locale;
import java.util.Map;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.evaluation.Trace.ReasonFormat;
import org.jixiao.rules.Messages;

/**
 * The reasons of the built-in traces: a code ({@code JX-T-…}) and named arguments, formatted from
 * the same message files as the findings, in Chinese unless the evaluator is English. A trace is
 * made with its code and arguments and formatted only when its reason is read.
 *
 * <p>Arguments that are words of one language come in two: {@code band} (Chinese) and {@code
 * bandEn}; each text uses its own.
 */
public final class Reasons {
  /** Formats reasons in Chinese. */
  public static final ReasonFormat ZH = new Format(Locale.CHINESE);

  /** Formats reasons in English. */
  public static final ReasonFormat EN = new Format(Locale.ENGLISH);

  private Reasons() {}

  /** The format of the language of {@code locale}: English, or Chinese for every other. */
  public static ReasonFormat format(Locale locale) {
    return Messages.isEnglish(locale) ? EN : ZH;
  }

  /** A trace builder of this rule and method whose reason is {@code code}, formatted in Chinese. */
  public static Trace.Builder trace(String rule, String method, String code) {
    return Trace.builder().rule(rule).method(method).reason(code, ZH);
  }

  /** Formats by code from the message files; a code missing there is a defect of ours. */
  private static final class Format implements ReasonFormat {
    private final Locale locale;

    Format(Locale locale) {
      this.locale = locale;
    }

    @Override
    public String format(String code, Map<String, String> args) {
      return Messages.render(code, args, locale)
          .orElseThrow(() -> new IllegalStateException("no reason text for code " + code));
    }

    @Override
    public String toString() {
      return "reasons in " + locale.getLanguage();
    }
  }
}

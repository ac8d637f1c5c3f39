package org.jixiao.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.MessageCatalog;

/**
 * The messages of the built-in findings and the reasons of the built-in traces, by code, in
 * Chinese (the default) and English.
 *
 * <p>Every built-in finding has a stable code ({@code JX-R-…}) and the arguments its message was
 * made from ({@link Finding#args()}); its message is written in Chinese. {@link #localise}
 * rewrites it in another language, and an {@link Evaluator} built with {@link
 * Evaluator.Builder#locale(Locale)} does so for every finding it makes. A consumer that wants
 * its own wording keeps a table of its own by code and fills in the arguments: it never needs to
 * parse a message. Findings of custom parts whose code is not ours are left as they are here; an
 * evaluator words them in its language when it is given their catalog ({@link
 * Evaluator.Builder#messages}).
 *
 * <p>The texts live in {@code org/jixiao/rules/messages.properties} (Chinese) and {@code
 * messages_en.properties}: one line per code, arguments as {@code {name}}. They are read once,
 * as UTF-8, without the JVM's default locale taking part (a server's locale must not change
 * what a report says).
 *
 * <p>Trace reasons ({@code JX-T-…}) live in the same files: a built-in {@link
 * org.jixiao.core.evaluation.Trace} keeps its code and arguments and formats its reason from here,
 * in the evaluator's language, when the reason is first read.
 */
public final class Messages {
  private static final MessageCatalog CATALOG = load();

  private Messages() {}

  /** The codes of the built-in findings ({@code JX-R-…}, {@code JX-V-…}) and trace reasons ({@code JX-T-…}), sorted. */
  public static Set<String> codes() {
    return CATALOG.codes();
  }

  /** The catalog itself, to word these codes with a {@link MessageCatalog}'s other methods. */
  public static MessageCatalog catalog() {
    return CATALOG;
  }

  /** Whether the language of {@code locale} is English; every other language gets Chinese. */
  public static boolean isEnglish(Locale locale) {
    return MessageCatalog.isEnglish(locale);
  }

  /**
   * The message for {@code code} in the language of {@code locale}, with {@code args} filled in;
   * empty when the code is not a built-in one.
   */
  public static java.util.Optional<String> render(String code, Map<String, String> args, Locale locale) {
    return CATALOG.render(code, args, locale);
  }

  /**
   * The finding with its message in the language of {@code locale}; the finding itself when its
   * code is not a built-in one.
   */
  public static Finding localise(Finding finding, Locale locale) {
    return CATALOG.localise(finding, locale);
  }

  private static MessageCatalog load() {
    InputStream zh = Messages.class.getResourceAsStream("messages.properties");
    InputStream en = Messages.class.getResourceAsStream("messages_en.properties");
    if (zh == null || en == null) {
      throw new IllegalStateException("the message files are missing from jixiao-rules");
    }
    try {
      return MessageCatalog.read(zh, en);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the message files of jixiao-rules", e);
    }
  }
}

package org.jixiao.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.core.evaluation.Finding;

/**
 * The messages of the built-in findings and the reasons of the built-in traces, by code, in
 * Chinese (the default) and English.
 *
 * <p>Every built-in finding has a stable code ({@code JX-R-…}) and the arguments its message was
 * made from ({@link Finding#args()}); its message is written in Chinese. {@link #localise}
 * rewrites it in another language, and an {@link Evaluator} built with {@link
 * Evaluator.Builder#locale(Locale)} does so for every finding it makes. A consumer that wants
 * its own wording keeps a table of its own by code and fills in the arguments: it never needs to
 * parse a message. Findings of custom parts whose code is not ours are left as they are.
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
  private static final Map<String, String> ZH = load("messages.properties");
  private static final Map<String, String> EN = load("messages_en.properties");

  private Messages() {}

  /** The codes of the built-in findings ({@code JX-R-…}, {@code JX-V-…}) and trace reasons ({@code JX-T-…}), sorted. */
  public static Set<String> codes() {
    return Collections.unmodifiableSet(new TreeSet<>(ZH.keySet()));
  }

  /** Whether the language of {@code locale} is English; every other language gets Chinese. */
  public static boolean isEnglish(Locale locale) {
    return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  /**
   * The message for {@code code} in the language of {@code locale}, with {@code args} filled in;
   * empty when the code is not a built-in one.
   */
  public static java.util.Optional<String> render(String code, Map<String, String> args, Locale locale) {
    String template = (isEnglish(locale) ? EN : ZH).get(code);
    return template == null ? java.util.Optional.empty() : java.util.Optional.of(fill(template, args));
  }

  /**
   * The finding with its message in the language of {@code locale}; the finding itself when its
   * code is not a built-in one.
   */
  public static Finding localise(Finding finding, Locale locale) {
    return render(finding.code(), finding.args(), locale)
        .filter(m -> !m.equals(finding.message()))
        .map(m -> Finding.builder().from(finding).message(m).build())
        .orElse(finding);
  }

  /** Replaces every {@code {name}} whose name is an argument; other braces stay as written. */
  static String fill(String template, Map<String, String> args) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = template.indexOf('}', i + 1);
        if (end > i) {
          String value = args.get(template.substring(i + 1, end));
          if (value != null) {
            out.append(value);
            i = end + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static Map<String, String> load(String name) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the message file " + name + " is missing from jixiao-rules");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    Map<String, String> map = new java.util.HashMap<>();
    p.forEach((k, v) -> map.put((String) k, (String) v));
    return Collections.unmodifiableMap(map);
  }
}

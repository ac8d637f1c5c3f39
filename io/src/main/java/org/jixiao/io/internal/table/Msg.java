package org.jixiao.io.internal.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.evaluation.MessageCatalog;
import org.jixiao.io.ReadMessages;
import org.jspecify.annotations.Nullable;

/**
 * A reader's message in the making: its code ({@code JX-I-…}), its arguments and its parts
 * (phrases with codes of their own: the row, the reasons, the moves …). {@link #args(Locale)}
 * gives the arguments as a diagnostic keeps them, parts worded in a language; the layout of the
 * parts' keys is documented in {@link ReadMessages}.
 */
public final class Msg {
  /** Parts of a list that read as clauses: {@code ；} / {@code ; }. */
  public static final String CLAUSES = "clauses";

  /** Parts of a list that read as items: {@code 、} / {@code , }. */
  public static final String ITEMS = "items";

  private final String code;
  /** Arguments in order; a part or a list has an empty value here, worded by {@link #args}. */
  private final Map<String, String> args = new LinkedHashMap<>();

  private Msg(String code) {
    this.code = code;
  }

  /** A message with this code; the code must be in the io module's {@code messages.properties}. */
  public static Msg of(String code) {
    return new Msg(code);
  }

  /** The code. */
  public String code() {
    return code;
  }

  /** Adds a text argument. */
  public Msg arg(String name, String value) {
    args.put(name, value);
    return this;
  }

  /** Adds a whole-number argument. */
  public Msg arg(String name, long value) {
    return arg(name, Long.toString(value));
  }

  /** Adds a part: a phrase with a code of its own. */
  public Msg part(String name, Msg part) {
    args.put(name, "");
    flatten(name + ".", part);
    return this;
  }

  /**
   * Adds a list of parts.
   *
   * @param join {@link #CLAUSES} or {@link #ITEMS}: the separator by which the parts are joined
   */
  public Msg list(String name, List<Msg> parts, String join) {
    args.put(name, "");
    args.put(name + ".count", Integer.toString(parts.size()));
    args.put(name + ".join", join);
    for (int i = 0; i < parts.size(); i++) {
      flatten(name + "." + (i + 1) + ".", parts.get(i));
    }
    return this;
  }

  private void flatten(String prefix, Msg part) {
    args.put(prefix + "code", part.code);
    part.args.forEach((k, v) -> args.put(prefix + k, v));
  }

  /** The arguments as a diagnostic keeps them, the parts worded in the language of {@code locale}. */
  public Map<String, String> args(Locale locale) {
    return reword(args, locale);
  }

  /** The message in the language of {@code locale}. */
  public String render(Locale locale) {
    return render(code, args(locale), locale);
  }

  /** Renders a code whose parts are already worded. */
  static String render(String code, Map<String, String> worded, Locale locale) {
    return ReadMessages.catalog()
        .render(code, worded, locale)
        .orElseThrow(() -> new IllegalStateException("no message for code " + code));
  }

  /**
   * The arguments with every part and list worded (again) in the language of {@code locale}; the
   * other arguments as they are. A part whose code is not the module's keeps its phrase.
   */
  public static Map<String, String> reword(Map<String, String> args, Locale locale) {
    MessageCatalog catalog = ReadMessages.catalog();
    Map<String, String> out = new LinkedHashMap<>(args);
    for (String key : args.keySet()) {
      if (key.indexOf('.') >= 0) {
        continue;
      }
      String code = args.get(key + ".code");
      String count = args.get(key + ".count");
      if (code != null && catalog.has(code)) {
        Map<String, String> sub = reword(under(args, key + "."), locale);
        putUnder(out, key + ".", sub);
        out.put(key, render(code, sub, locale));
      } else if (count != null) {
        int n = parseCount(count);
        List<String> phrases = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          String prefix = key + "." + i + ".";
          String partCode = args.get(prefix + "code");
          if (partCode == null || !catalog.has(partCode)) {
            continue;
          }
          Map<String, String> sub = reword(under(args, prefix), locale);
          putUnder(out, prefix, sub);
          phrases.add(render(partCode, sub, locale));
        }
        out.put(key, String.join(separator(args.get(key + ".join"), locale), phrases));
      }
    }
    return out;
  }

  private static String separator(@Nullable String join, Locale locale) {
    boolean english = MessageCatalog.isEnglish(locale);
    if (ITEMS.equals(join)) {
      return english ? ", " : "、";
    }
    return english ? "; " : "；";
  }

  private static int parseCount(String count) {
    try {
      return Math.max(0, Integer.parseInt(count));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The arguments whose keys start with {@code prefix}, the prefix cut off. */
  private static Map<String, String> under(Map<String, String> args, String prefix) {
    Map<String, String> out = new LinkedHashMap<>();
    args.forEach(
        (k, v) -> {
          if (k.startsWith(prefix)) {
            out.put(k.substring(prefix.length()), v);
          }
        });
    return out;
  }

  private static void putUnder(Map<String, String> out, String prefix, Map<String, String> sub) {
    sub.forEach((k, v) -> out.put(prefix + k, v));
  }
}

package org.jixiao.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.MessageCatalog;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.JixiaoReadException;
import org.jspecify.annotations.Nullable;

/**
 * The xlsx module's messages, worded in the reader's language from {@code messages.properties}
 * (Chinese) and {@code messages_en.properties} beside this class: the problems that stop a
 * spreadsheet read ({@code JX-X-02xx}: a bound of {@code WorkbookLimits}, a file that is no
 * readable workbook …) and the diagnostics of reading cells and declarations ({@code
 * JX-X-01xx}), some of whose messages are made of parts ({@code JX-X-0150 …}).
 */
public final class XlsxProblems {
  private static final MessageCatalog CATALOG = load();

  private XlsxProblems() {}

  /** The codes, sorted. */
  public static Set<String> codes() {
    return CATALOG.codes();
  }

  /** The catalog: the templates by code, in Chinese and English. */
  public static MessageCatalog catalog() {
    return CATALOG;
  }

  /**
   * A problem.
   *
   * @param code its code
   * @param locale the language
   * @param line one-based line, 0 when none
   * @param path the sheet, cell or part, if any
   * @param cause the underlying exception, if any
   * @param args names and values, alternately
   * @return the exception
   */
  public static JixiaoReadException problemAt(
      String code,
      Locale locale,
      long line,
      @Nullable String path,
      @Nullable Throwable cause,
      Object... args) {
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      named.put(String.valueOf(args[i]), String.valueOf(args[i + 1]));
    }
    return JixiaoReadException.at(code, render(code, named, locale), line, 0, path, null, cause, locale);
  }

  /**
   * A phrase with a code of its own that a diagnostic's message is made of: which of several
   * things went wrong, worded in the diagnostic's language.
   *
   * @param code its code ({@code JX-X-015x})
   * @param args its arguments by name
   */
  public record Part(String code, Map<String, String> args) {}

  /**
   * A part.
   *
   * @param code its code
   * @param args names and values, alternately
   * @return the part
   */
  public static Part part(String code, Object... args) {
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      named.put(String.valueOf(args[i]), String.valueOf(args[i + 1]));
    }
    return new Part(code, named);
  }

  /**
   * A diagnostic of reading cells or declarations, its message worded in the language of {@code
   * locale}. It keeps the arguments it was worded from ({@link Finding#args()}); a {@link Part}
   * is kept as the io module's readers keep theirs: its phrase under its name, its code under
   * {@code name.code} and its own arguments under {@code name.…}.
   *
   * @param rule the rule id ({@code read.xlsx}, {@code read.declaration})
   * @param code its code ({@code JX-X-01xx})
   * @param severity how serious it is
   * @param location the cell
   * @param locale the language
   * @param args names and values (text, numbers or parts), alternately
   * @return the diagnostic
   */
  public static Finding diagnostic(
      String rule, String code, Severity severity, Location location, Locale locale, Object... args) {
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      String name = String.valueOf(args[i]);
      if (args[i + 1] instanceof Part p) {
        named.put(name, render(p.code(), p.args(), locale));
        named.put(name + ".code", p.code());
        p.args().forEach((k, v) -> named.put(name + "." + k, v));
      } else {
        named.put(name, String.valueOf(args[i + 1]));
      }
    }
    return Finding.builder()
        .rule(rule)
        .code(code)
        .severity(severity)
        .message(render(code, named, locale))
        .args(named)
        .location(location)
        .build();
  }

  /** The text of a code without arguments, worded in {@code locale}: a sentence quoted in another. */
  public static String words(String code, Locale locale) {
    return render(code, Map.of(), locale);
  }

  private static String render(String code, Map<String, String> args, Locale locale) {
    return CATALOG
        .render(code, args, locale)
        .orElseThrow(() -> new IllegalStateException("no message for code " + code));
  }

  /** A problem without a location. */
  public static JixiaoReadException problem(String code, Locale locale, Object... args) {
    return problemAt(code, locale, 0, null, null, args);
  }

  private static MessageCatalog load() {
    try (InputStream zh = open("messages.properties");
        InputStream en = open("messages_en.properties")) {
      return MessageCatalog.read(zh, en);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the xlsx module's messages", e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = XlsxProblems.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the message file " + name + " is missing from jixiao-xlsx");
    }
    return in;
  }
}

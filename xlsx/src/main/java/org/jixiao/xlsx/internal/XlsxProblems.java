package org.jixiao.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jixiao.core.evaluation.MessageCatalog;
import org.jixiao.io.JixiaoReadException;
import org.jspecify.annotations.Nullable;

/**
 * The problems that stop a spreadsheet read ({@code JX-X-02xx}: a bound of {@code
 * WorkbookLimits}, a file that is no readable workbook …), worded in the reader's language from
 * {@code messages.properties} (Chinese) and {@code messages_en.properties} beside this class.
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
    String message =
        CATALOG
            .render(code, named, locale)
            .orElseThrow(() -> new IllegalStateException("no message for code " + code));
    return JixiaoReadException.at(code, message, line, 0, path, null, cause, locale);
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

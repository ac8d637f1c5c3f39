package org.jixiao.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jixiao.core.evaluation.MessageCatalog;
import org.jixiao.core.label.Labelled;

/**
 * The command line's own words in the language of {@code --lang}: error and remark messages by
 * code ({@code JX-C-…}) and the labels of the reports, from {@code cli.properties} (Chinese) and
 * {@code cli_en.properties}.
 */
final class CliText {
  private static final MessageCatalog CATALOG = load();

  /** Chinese, the default. */
  static final CliText ZH = new CliText(Locale.SIMPLIFIED_CHINESE);

  /** English. */
  static final CliText EN = new CliText(Locale.ENGLISH);

  private final Locale locale;

  private CliText(Locale locale) {
    this.locale = locale;
  }

  /** The texts of a {@code --lang} value. */
  static CliText of(String lang) {
    return switch (lang) {
      case "zh" -> ZH;
      case "en" -> EN;
      default -> throw new InputError("JX-C-0104 " + ZH.get("JX-C-0104", "lang", lang) + " / " + EN.get("JX-C-0104", "lang", lang));
    };
  }

  Locale locale() {
    return locale;
  }

  boolean english() {
    return MessageCatalog.isEnglish(locale);
  }

  /**
   * The text of {@code key} with its arguments, given as name, value, name, value …
   *
   * @throws IllegalStateException when the key is not in the catalog (a programming error)
   */
  String get(String key, Object... nameValues) {
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i + 1 < nameValues.length; i += 2) {
      args.put(String.valueOf(nameValues[i]), String.valueOf(nameValues[i + 1]));
    }
    return CATALOG
        .render(key, args, locale)
        .orElseThrow(() -> new IllegalStateException("no CLI text for " + key));
  }

  /**
   * A review check by its name in this language and its id ({@code 年度目标（annual-goal）}): the id
   * alone for a check the command line has no name for (a custom one).
   */
  String check(String id) {
    return CATALOG
        .render("check." + id, Map.of(), locale)
        .map(name -> english() ? name + " (" + id + ")" : name + "（" + id + "）")
        .orElse(id);
  }

  /** An input error worded in this language, prefixed by its code. */
  InputError error(String code, Object... nameValues) {
    return new InputError(code + " " + get(code, nameValues));
  }

  /** A label of the model (等级, 状态 …): its Chinese label, or its English name with --lang en. */
  String label(Labelled value) {
    if (!english()) {
      return value.label();
    }
    return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT).replace('_', ' ') : value.label();
  }

  /** Every key of the catalog (for the test that both languages word all of them). */
  static java.util.Set<String> keys() {
    return CATALOG.codes();
  }

  private static MessageCatalog load() {
    try {
      return MessageCatalog.read(open("cli.properties"), open("cli_en.properties"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the command line's texts", e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = CliText.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("the command line's texts " + name + " are missing from the jar");
    }
    return in;
  }
}

package org.jixiao.core.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Messages by stable code, in Chinese (the default) and English: how every jixiao module words
 * its findings and diagnostics, and how a custom part can word its own the same way.
 *
 * <p>A message is a template with named arguments written {@code {name}}; a {@link Finding}
 * keeps its code ({@link Finding#code()}) and arguments ({@link Finding#args()}), so it can be
 * worded again in another language ({@link #localise}) and a consumer never needs to parse a
 * message. Templates are read from UTF-8 properties files by the module that owns them (a
 * module's resources are its own to open), without the JVM's default locale taking part: a
 * server's locale must not change what a report says.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MessageCatalog {
  private final Map<String, String> chinese;
  private final Map<String, String> english;
  private final Map<String, Template> chineseTemplates; // the same, split once where arguments go
  private final Map<String, Template> englishTemplates;

  private MessageCatalog(Map<String, String> chinese, Map<String, String> english) {
    // Chinese is the default language: an English template alone is a misspelt or forgotten code,
    // which would otherwise be worded in English only and be missing from codes() and has().
    Set<String> englishOnly = new TreeSet<>(english.keySet());
    englishOnly.removeAll(chinese.keySet());
    if (!englishOnly.isEmpty()) {
      throw new IllegalArgumentException("English templates without a Chinese one: " + englishOnly);
    }
    // a blank template (BUREAU-0002= in a file) would word a finding blank, which a finding refuses
    // far from here, naming neither the code nor the file: refused where it is given
    Set<String> blank = new TreeSet<>();
    chinese.forEach((code, template) -> { if (template.isBlank()) blank.add(code); });
    english.forEach((code, template) -> { if (template.isBlank()) blank.add(code + " (English)"); });
    if (!blank.isEmpty()) {
      throw new IllegalArgumentException("blank templates: " + blank);
    }
    this.chinese = Map.copyOf(chinese);
    this.english = Map.copyOf(english);
    this.chineseTemplates = compile(this.chinese);
    this.englishTemplates = compile(this.english);
  }

  private static Map<String, Template> compile(Map<String, String> templates) {
    Map<String, Template> out = new HashMap<>();
    templates.forEach((code, template) -> out.put(code, new Template(template)));
    return Map.copyOf(out);
  }

  /**
   * A catalog of the given templates.
   *
   * @param chinese the Chinese template of every code
   * @param english the English templates; a code without one is worded in Chinese
   * @return the catalog
   * @throws IllegalArgumentException when an English template's code has no Chinese template, or
   *     a template is blank
   */
  public static MessageCatalog of(Map<String, String> chinese, Map<String, String> english) {
    return new MessageCatalog(chinese, english);
  }

  /**
   * A catalog read from two UTF-8 properties files, typically {@code messages.properties} and
   * {@code messages_en.properties} opened by the owning module's own class ({@code
   * MyMessages.class.getResourceAsStream(...)}); both streams are closed.
   *
   * @param chinese the Chinese templates
   * @param english the English templates
   * @return the catalog
   * @throws IOException when a stream cannot be read
   * @throws IllegalArgumentException when an English template's code has no Chinese template, or
   *     a template is blank
   */
  public static MessageCatalog read(InputStream chinese, InputStream english) throws IOException {
    try (chinese;
        english) {
      return new MessageCatalog(properties(chinese), properties(english));
    }
  }

  /** Whether the language of {@code locale} is English; every other language gets Chinese. */
  public static boolean isEnglish(Locale locale) {
    return locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  /** The codes this catalog words, sorted. */
  public Set<String> codes() {
    return Collections.unmodifiableSet(new TreeSet<>(chinese.keySet()));
  }

  /** Whether this catalog words {@code code}. */
  public boolean has(String code) {
    return chinese.containsKey(code);
  }

  /**
   * The message for {@code code} in the language of {@code locale}, with {@code args} filled in;
   * empty when the catalog does not word the code.
   *
   * @param code the code
   * @param args the arguments by name
   * @param locale the language
   * @return the message
   */
  public Optional<String> render(String code, Map<String, String> args, Locale locale) {
    Template template = pick(code, locale);
    return template == null ? Optional.empty() : Optional.of(template.fill(args));
  }

  /**
   * The finding with its message in the language of {@code locale}; the finding itself when the
   * catalog does not word its code.
   *
   * @param finding the finding
   * @param locale the language
   * @return the finding, reworded
   */
  public Finding localise(Finding finding, Locale locale) {
    Template template = pick(finding.code(), locale);
    if (template == null || finding.wordedBy(template)) {
      return finding;
    }
    if (finding.givenAsText()
        && (!template.filledBy(finding.args()) || template.fill(finding.args()).equals(finding.message()))) {
      // worded so already, as text; or not this catalog's finding, lacking the template's arguments
      // (a part's own text under a reused code): worded again, it would print {note} for its text.
      // A finding worded from a template (made when read) is never asked for its arguments here.
      return finding;
    }
    return Finding.builder().from(finding).message(this, locale).build();
  }

  /** The template for {@code code} in the language of {@code locale} (Chinese when it has no English one), or null. */
  private @Nullable Template pick(String code, Locale locale) {
    Template template = isEnglish(locale) ? englishTemplates.get(code) : null;
    return template == null ? chineseTemplates.get(code) : template;
  }

  /** The template a finding's message is filled from; the catalog must word the code. */
  Template template(String code, Locale locale) {
    Template template = pick(code, locale);
    if (template == null) {
      throw new IllegalStateException("the message catalog does not word the code " + code);
    }
    return template;
  }

  /** Replaces every {@code {name}} whose name is an argument; other braces stay as written. */
  static String fill(String template, Map<String, String> args) {
    return new Template(template).fill(args);
  }

  /**
   * A template with its braces found once: every {@code {} that has a {@code }} after it, with
   * the name between. Filling is then a copy of the text between them and a lookup per name,
   * with no substring made per message (every message read is filled so).
   */
  static final class Template {
    private final String text;
    private final int[] opens; // each '{' with a '}' after it
    private final int[] closes; // the first '}' after it
    private final String[] names; // the text between
    private final boolean neverBlank; // whether text outside the braces is not all whitespace

    Template(String text) {
      this.text = text;
      int count = 0;
      for (int i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
        if (text.indexOf('}', i + 1) > i) {
          count++;
        }
      }
      opens = new int[count];
      closes = new int[count];
      names = new String[count];
      int k = 0;
      for (int i = text.indexOf('{'); i >= 0 && k < count; i = text.indexOf('{', i + 1)) {
        int end = text.indexOf('}', i + 1);
        if (end > i) {
          opens[k] = i;
          closes[k] = end;
          names[k] = text.substring(i + 1, end);
          k++;
        }
      }
      neverBlank = hasNonBlankLiteral(text, opens, closes);
    }

    /** Whether {@code args} fill every argument of this template (a name of letters, digits, dots). */
    boolean filledBy(Map<String, String> args) {
      for (String name : names) {
        if (!args.containsKey(name) && isArgumentName(name)) {
          return false;
        }
      }
      return true;
    }

    private static boolean isArgumentName(String name) {
      if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
        return false;
      }
      for (int i = 1; i < name.length(); i++) {
        char c = name.charAt(i);
        if (!Character.isLetterOrDigit(c) && c != '.' && c != '_') {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether every filling of this template has a character other than whitespace: one outside
     * the braces. A {@code {name}} without an argument stays as written, so it never fills blank
     * either; only a template of arguments and spaces can.
     */
    boolean neverBlank() {
      return neverBlank;
    }

    private static boolean hasNonBlankLiteral(String text, int[] opens, int[] closes) {
      int i = 0;
      for (int k = 0; k < opens.length; k++) {
        if (opens[k] < i) {
          continue;
        }
        if (!text.substring(i, opens[k]).isBlank()) {
          return true;
        }
        i = closes[k] + 1;
      }
      return !text.substring(i).isBlank();
    }

    /**
     * Left to right, as a reader would: a {@code {name}} with an argument is replaced and the scan
     * goes on after its {@code }}; one without is kept, and the scan goes on after its {@code {}.
     */
    String fill(Map<String, String> args) {
      if (opens.length == 0) {
        return text;
      }
      // the values first, so that the builder has room for all of them and never grows
      @Nullable String[] values = new String[opens.length];
      int length = text.length();
      for (int k = 0; k < opens.length; k++) {
        String value = args.get(names[k]);
        values[k] = value;
        length += value == null ? 0 : value.length();
      }
      StringBuilder out = new StringBuilder(length);
      int i = 0;
      for (int k = 0; k < opens.length; k++) {
        int open = opens[k];
        if (open < i) {
          continue; // inside a name already replaced
        }
        out.append(text, i, open);
        String value = values[k];
        if (value != null) {
          out.append(value);
          i = closes[k] + 1;
        } else {
          out.append('{');
          i = open + 1;
        }
      }
      return out.append(text, i, text.length()).toString();
    }
  }

  private static Map<String, String> properties(InputStream in) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> map = new HashMap<>();
    p.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }
}

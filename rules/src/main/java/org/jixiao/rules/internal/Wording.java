package org.jixiao.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.MessageCatalog;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The language an evaluator or a reviewer words its findings and reasons in: the built-in codes
 * from {@link Messages}, the codes of the catalogs its user gave from those, all in one locale.
 * The built-in parts word in Chinese, so a Chinese engine without catalogs of its users leaves
 * everything as it is and costs nothing; a custom part may word in either language, so its codes
 * are worded again in both. Immutable and thread-safe.
 */
public final class Wording {
  /** The prefix of every code jixiao words itself ({@code JX-R}, {@code JX-I}, {@code JX-X}, …). */
  public static final String RESERVED_PREFIX = "JX-";

  private static final Wording CHINESE = new Wording(Locale.CHINESE, List.of());

  private final Locale locale;
  private final boolean english;
  private final Map<String, Custom> custom; // a code of a user's catalog → that catalog

  /** A user's catalog and its reasons' format in the engine's language. */
  private record Custom(MessageCatalog catalog, Trace.ReasonFormat format) {}

  private Wording(Locale locale, List<MessageCatalog> catalogs) {
    this.locale = locale;
    this.english = Messages.isEnglish(locale);
    Map<String, Custom> byCode = new HashMap<>();
    for (MessageCatalog catalog : catalogs) {
      Custom c = new Custom(catalog, format(catalog, locale));
      for (String code : catalog.codes()) {
        byCode.put(code, c);
      }
    }
    this.custom = Map.copyOf(byCode);
  }

  /**
   * The wording in the language of {@code locale} of the built-in codes and of {@code catalogs}'
   * codes; the catalogs must have passed {@link #checkCodes}.
   */
  public static Wording of(Locale locale, List<MessageCatalog> catalogs) {
    return catalogs.isEmpty() && !Messages.isEnglish(locale) ? CHINESE : new Wording(locale, catalogs);
  }

  /**
   * Adds {@code catalogs} to {@code kept}, a builder's catalogs, once each; none when one is
   * refused (see {@link #checkCodes}).
   *
   * @throws IllegalArgumentException naming the codes of a refused catalog
   */
  public static void addCatalogs(List<MessageCatalog> kept, MessageCatalog... catalogs) {
    List<MessageCatalog> given = new ArrayList<>(kept);
    for (MessageCatalog catalog : catalogs) {
      Objects.requireNonNull(catalog, "catalog");
      checkCodes(catalog, given); // every one checked before any is kept
      if (!containsSame(given, catalog)) {
        given.add(catalog);
      }
    }
    kept.clear();
    kept.addAll(given);
  }

  private static boolean containsSame(List<MessageCatalog> catalogs, MessageCatalog catalog) {
    for (MessageCatalog c : catalogs) {
      if (c == catalog) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses a user's catalog that words a code of jixiao's own (any code beginning {@value
   * #RESERVED_PREFIX}: a later version may add it, and then two texts would claim it) or a code
   * that one of {@code before} words already with another text: one code has one text (a copy of
   * a catalog, loaded again, words its codes as the first does and is no conflict).
   *
   * @throws IllegalArgumentException naming the codes
   */
  public static void checkCodes(MessageCatalog catalog, List<MessageCatalog> before) {
    Set<String> ours = new TreeSet<>();
    for (String code : catalog.codes()) {
      if (code.startsWith(RESERVED_PREFIX)) {
        ours.add(code);
      }
    }
    if (!ours.isEmpty()) {
      throw new IllegalArgumentException(
          "a custom message catalog words codes beginning " + RESERVED_PREFIX + ", which are jixiao's own: " + ours
              + "; give your codes a prefix of your own (BUREAU-0001)");
    }
    for (MessageCatalog other : before) {
      if (other == catalog) {
        continue; // the same catalog given twice words nothing twice
      }
      Set<String> both = new TreeSet<>(catalog.codes());
      both.retainAll(other.codes());
      both.removeIf(code -> sameText(catalog, other, code)); // a copy of a catalog (loaded twice) agrees
      if (!both.isEmpty()) {
        throw new IllegalArgumentException("two message catalogs word the same codes with other texts: " + both);
      }
    }
  }

  /** Whether two catalogs give {@code code} the same texts, Chinese and English. */
  private static boolean sameText(MessageCatalog a, MessageCatalog b, String code) {
    for (Locale language : List.of(Locale.CHINESE, Locale.ENGLISH)) {
      if (!a.render(code, Map.of(), language).equals(b.render(code, Map.of(), language))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the built-in texts are worded in English. */
  public boolean english() {
    return english;
  }

  /** Whether any finding may need wording again: the built-in ones in English, or a user's code. */
  private boolean rewords() {
    return english || !custom.isEmpty();
  }

  /**
   * The finding in this language: its message as the catalog that words its code words it, else
   * as it is (a code that no catalog words stays as its part worded it). Code, arguments,
   * severity and location stay.
   */
  public Finding finding(Finding finding) {
    if (!custom.isEmpty()) {
      Custom c = custom.get(finding.code());
      if (c != null) {
        return c.catalog().localise(finding, locale);
      }
    }
    return english ? Messages.localise(finding, Locale.ENGLISH) : finding;
  }

  /** The findings in this language; {@code findings} itself when none changes. */
  public List<Finding> findings(List<Finding> findings) {
    if (!rewords()) {
      return findings;
    }
    List<Finding> out = null;
    for (int i = 0; i < findings.size(); i++) { // by index, no iterator, on the path of every project
      Finding f = findings.get(i);
      Finding worded = finding(f);
      if (worded != f && out == null) {
        out = new ArrayList<>(findings.subList(0, i));
      }
      if (out != null) {
        out.add(worded);
      }
    }
    return out == null ? findings : out;
  }

  /**
   * The format that gives {@code trace}'s coded reason in this language, or null when it stays as
   * it is: a reason given as text, a code no catalog words, or a built-in code in Chinese (the
   * language it is made in).
   */
  public Trace.@Nullable ReasonFormat formatFor(Trace trace) {
    if (!rewords()) {
      return null; // before the code is read: the path of every trace of a Chinese evaluation
    }
    Optional<String> code = trace.code();
    if (code.isEmpty()) {
      return null;
    }
    if (!custom.isEmpty()) {
      Custom c = custom.get(code.get());
      if (c != null) {
        return c.format();
      }
    }
    return english && Messages.catalog().has(code.get()) ? Reasons.EN : null;
  }

  /** The trace with its reason in this language (see {@link #formatFor}). */
  public Trace trace(Trace trace) {
    Trace.ReasonFormat format = formatFor(trace);
    return format == null ? trace : trace.withFormat(format);
  }

  private static Trace.ReasonFormat format(MessageCatalog catalog, Locale locale) {
    return new Trace.ReasonFormat() {
      @Override
      public String format(String code, Map<String, String> args) {
        // only given to traces whose code the catalog words
        return catalog.render(code, args, locale).orElseThrow(() -> new IllegalStateException("no text for code " + code));
      }

      @Override
      public String toString() {
        return "reasons of a custom catalog in " + locale.getLanguage();
      }
    };
  }

  @Override
  public String toString() {
    return "Wording(" + locale.getLanguage() + ", " + new TreeSet<>(custom.keySet()) + ")";
  }
}

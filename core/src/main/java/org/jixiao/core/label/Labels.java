package org.jixiao.core.label;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Parsing of Chinese labels into {@link Labelled} constants.
 *
 * <p>Labels are compared after {@link #normalize}: Unicode NFKC (so full-width letters, digits
 * and brackets equal their half-width forms) with all white space removed. An index is built
 * once per enum and is safe to share between threads.
 *
 * @param <E> the labelled enum
 */
public final class Labels<E extends Enum<E> & Labelled> {
  private final Class<E> type;
  private final Map<String, E> byLabel;

  private Labels(Class<E> type) {
    this.type = type;
    Map<String, E> index = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      register(index, constant.name(), constant);
      register(index, constant.label(), constant);
      for (String variant : constant.labelVariants()) {
        register(index, variant, constant);
      }
    }
    this.byLabel = Collections.unmodifiableMap(index);
  }

  private void register(Map<String, E> index, String text, E constant) {
    E previous = index.put(normalize(text), constant);
    if (previous != null && previous != constant) {
      throw new IllegalStateException(
          type.getSimpleName() + ": label '" + text + "' means both " + previous + " and " + constant);
    }
  }

  /**
   * Builds the label index of an enum.
   *
   * @throws IllegalStateException when one label names two constants
   */
  public static <E extends Enum<E> & Labelled> Labels<E> of(Class<E> type) {
    return new Labels<>(type);
  }

  /**
   * The constant whose identifier, label or label variant equals {@code text} after
   * normalisation, or empty when none does.
   */
  public Optional<E> parse(CharSequence text) {
    return Optional.ofNullable(byLabel.get(normalize(text)));
  }

  /**
   * Like {@link #parse} but fails on an unknown label.
   *
   * @throws IllegalArgumentException naming the text and the type when no constant matches
   */
  public E parseOrThrow(CharSequence text) {
    return parse(text)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown " + type.getSimpleName() + " label: '" + text + "'"));
  }

  /** NFKC with all white space (including the ideographic space) removed. */
  public static String normalize(CharSequence text) {
    if (stable(text)) {
      return text.toString(); // nearly every label: what NFKC and the space filter would give
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); ) {
      int cp = nfkc.codePointAt(i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Whether {@code text} is made only of printable ASCII other than the space and of CJK unified
   * ideographs (U+4E00–U+9FFF): characters NFKC leaves alone, that compose with nothing and are no
   * space, so that {@link #normalize} gives the text itself (without the normaliser's work).
   */
  private static boolean stable(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c > ' ' && c < 0x7f) || (c >= 0x4E00 && c <= 0x9FFF))) {
        return false;
      }
    }
    return true;
  }
}

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
 * and brackets equal their half-width forms) with all white space removed, and with the
 * traditional characters of the labels' vocabulary folded to simplified ones ({@link
 * #foldTraditional}: 產出指標 is 产出指标). An index is built once per enum and is safe to share
 * between threads.
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
    E previous = index.put(key(text), constant);
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
   * normalisation and with traditional characters folded (數量指標 is 数量指标), or empty when none
   * does.
   */
  public Optional<E> parse(CharSequence text) {
    String normalized = normalize(text);
    E found = byLabel.get(normalized);
    if (found == null) {
      // folded only when the text as written is no label: most text is simplified, and folding
      // every parse cost the TSV read (a marker row's levels) about 5 %
      String folded = TraditionalFold.fold(normalized);
      found = folded.equals(normalized) ? null : byLabel.get(folded);
    }
    return Optional.ofNullable(found);
  }

  /** What labels are compared by: {@link #normalize}d, traditional characters folded. */
  private static String key(CharSequence text) {
    return TraditionalFold.fold(normalize(text));
  }

  /**
   * {@code text} with the traditional characters of the labels' vocabulary written as their
   * simplified forms, one character for one: 項目名稱 is 项目名称, 績效指標 is 绩效指标, 準備 is 准备.
   * Every other character is kept, so the result is exactly as long as {@code text} and a
   * position in one is the same position in the other. Not a general converter: only the
   * characters that the labels of the published layouts are made of (the top blocks, headings
   * and levels of forms and declarations, the constants' labels, the words readers look for in a
   * label such as 申报表 or 备注) are folded, each from every traditional form of it (准 from 準,
   * 复 from 復 and 複). Readers fold what they compare with a label, never a value they keep:
   * a project's name or a target stays as printed.
   *
   * @param text any text
   * @return the text folded; the same string when nothing in it is folded
   */
  public static String foldTraditional(CharSequence text) {
    return TraditionalFold.fold(text.toString());
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

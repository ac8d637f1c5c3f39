package org.jixiao.core.label;

import java.util.List;

/**
 * A Chinese label as printed in published tables, with the other spellings real tables print
 * for the same thing.
 *
 * @param text the canonical label, for example {@code 一般公共预算}
 * @param variants other spellings, for example {@code 一般公共}; never contains {@code text}
 */
public record Label(String text, List<String> variants) {
  /** Checks the label and copies the variants. */
  public Label {
    if (text.isBlank()) {
      throw new IllegalArgumentException("a label must not be blank");
    }
    variants = List.copyOf(variants);
    if (variants.contains(text)) {
      throw new IllegalArgumentException("label '" + text + "' lists itself as a variant");
    }
  }

  /** A label and its variants. */
  public static Label of(String text, String... variants) {
    return new Label(text, List.of(variants));
  }
}

package org.jixiao.io.internal.form;

import java.util.Optional;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.label.Labels;
import org.jspecify.annotations.Nullable;

/**
 * The 指标性质 a cell states, in whichever glyph the form prints its comparator. Forms type it with
 * whatever their input method or font offers: ≧ and ≦ (云南公开14表 2022), the box-drawing ═ for ＝,
 * ⩾ ⩽, the book-title marks 》《 and angle brackets › ‹ 〉 〈 for ＞ ＜, and two-character forms (>=,
 * =>, ≥=, ＜＝). NFKC already folds the full-width and small forms (＞ ﹥ ＝ ﹦) into ASCII; these
 * others it leaves alone, so {@link TargetNature#fromLabel} did not know them and the comparator
 * was dropped (JX-I-0236). The same glyphs are the ones the rules fold when they read a target's
 * text; they are listed here again because io does not depend on the rules.
 */
final class NatureGlyphs {
  private NatureGlyphs() {}

  /** The nature the cell states: a label {@link TargetNature} knows, or a comparator glyph. */
  static Optional<TargetNature> read(String cell) {
    Optional<TargetNature> known = TargetNature.fromLabel(cell);
    if (known.isPresent()) {
      return known;
    }
    String canonical = comparator(Labels.normalize(cell));
    return canonical == null ? Optional.empty() : TargetNature.fromLabel(canonical);
  }

  /**
   * The comparator one glyph, or two read as one (≥ and =), stand for, as ≥ ＞ ＝ ＜ ≤; null for
   * any other text. Only the whole cell is read: a comparator with other text beside it is not a
   * 指标性质 this reader can tell, and stays a stray cell.
   */
  private static @Nullable String comparator(String k) {
    if (k.isEmpty() || k.length() > 2) {
      return null;
    }
    char a = glyph(k.charAt(0));
    if (k.length() == 1) {
      return a == 0 ? null : String.valueOf(a);
    }
    char b = glyph(k.charAt(1));
    if (a == 0 || b == 0) {
      return null;
    }
    char other = a == '=' ? b : b == '=' ? a : 0;
    if (other == 0) {
      return null; // two comparators, neither an equals sign: >< or ≥≤ states nothing
    }
    // >= and =>, ≥= and =≥: the comparator and an equals sign (a typed ≥)
    return switch (other) {
      case '>', '≥' -> "≥";
      case '<', '≤' -> "≤";
      case '=' -> "＝"; // ==
      default -> null;
    };
  }

  /** The comparator a glyph is printed for: one of ≥ ≤ > < =, or 0 for any other character. */
  private static char glyph(char c) {
    return switch (c) {
      case '≥', '≧', '⩾' -> '≥';
      case '≤', '≦', '⩽' -> '≤';
      case '>', '》', '›', '〉' -> '>';
      case '<', '《', '‹', '〈' -> '<';
      case '=', '═' -> '=';
      default -> 0;
    };
  }
}

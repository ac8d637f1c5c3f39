package org.jixiao.rules.text;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.rules.internal.text.ChineseNumerals;
import org.jixiao.rules.internal.text.ListSplitter;
import org.jixiao.rules.internal.text.QuantityScanner;
import org.jixiao.rules.internal.text.TargetParser;
import org.jspecify.annotations.Nullable;

/**
 * Reading of indicator text (年度指标内容 / 完成情况) as published: normalisation, targets,
 * actual figures, numbered lists, placeholders and Chinese numerals.
 *
 * <p>Every method runs in time linear in its input (hand-written scanners, no backtracking
 * regular expressions) and never throws on odd text: what cannot be read is simply not found.
 */
public final class IndicatorTexts {
  private IndicatorTexts() {}

  /**
   * Punctuation of Chinese tables that NFKC leaves alone (no decomposition): 、。“”‘’《》【】—×≤≥.
   */
  private static final String STABLE = "\u3001\u3002\u201c\u201d\u2018\u2019\u300a\u300b\u3010\u3011\u2014\u00d7\u2264\u2265";

  /** Cells that mean "not filled": the indicator is not applicable. */
  private static final Set<String> PLACEHOLDERS =
      Set.of("/", "-", "--", "—", "——", "–", "无", "暂无", "不适用", "N/A", "n/a", "NA", "空");

  /**
   * Unicode NFKC (full-width digits, letters and punctuation become ASCII: {@code １５％} is
   * {@code 15%}, {@code ；} is {@code ;}, {@code （} is {@code (}), with the ideographic space
   * turned into a space.
   */
  public static String normalize(CharSequence text) {
    String simple = simpleNfkc(text);
    if (simple != null) {
      return simple;
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return nfkc.replace('\u3000', ' ');
  }

  /**
   * NFKC of text made only of characters whose NFKC is one character and that do not compose
   * with one another: ASCII, the CJK unified ideographs (U+4E00–U+9FFF) and the punctuation of
   * {@link #STABLE} stay, full-width ASCII forms (U+FF01–U+FF5E) become ASCII, the ideographic
   * space becomes a space; {@code null} for any other text, so that text with a combining mark
   * (which may compose with the character before it) goes to the normaliser. Nearly all cells
   * are such text, and the normaliser's checks and copies were 7 % of an evaluation's time.
   */
  static @Nullable String simpleNfkc(CharSequence text) {
    char[] out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char n;
      if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || STABLE.indexOf(c) >= 0) {
        n = c;
      } else if (c >= 0xFF01 && c <= 0xFF5E) {
        n = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        n = ' ';
      } else {
        return null;
      }
      if (n != c && out == null) {
        out = new char[text.length()];
        for (int k = 0; k < i; k++) {
          out[k] = text.charAt(k);
        }
      }
      if (out != null) {
        out[i] = n;
      }
    }
    return out == null ? text.toString() : new String(out);
  }

  /**
   * Whether a cell is blank or a placeholder meaning "not filled": {@code *}, {@code **},
   * {@code /}, {@code —}, {@code 无} and the like.
   */
  public static boolean isPlaceholder(CharSequence text) {
    String s = normalize(text).strip();
    return s.isEmpty() || PLACEHOLDERS.contains(s) || onlyStars(s);
  }

  /** Whether a cell is a star placeholder ({@code *}, {@code **}), which a check reports. */
  public static boolean isStarPlaceholder(CharSequence text) {
    String s = normalize(text).strip();
    return !s.isEmpty() && onlyStars(s);
  }

  private static boolean onlyStars(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != '*') {
        return false;
      }
    }
    return true;
  }

  /** Parses a target: comparison, main figure and deadline. */
  public static Target parseTarget(String text) {
    return TargetParser.parse(normalize(text));
  }

  /**
   * The figures of an actual text, in order, with the prose around them ignored; dates, list
   * markers and ordinals are not figures. Positions refer to {@link #normalize normalised} text.
   */
  public static List<Quantity> parseActual(String text) {
    return QuantityScanner.quantities(normalize(text));
  }

  /**
   * The items of a cell: a numbered list ({@code 1.… 2.…}, {@code 1、…}), else a list separated
   * by semicolons, else the whole cell as one item numbered 0.
   */
  public static List<ListItem> split(String text) {
    return ListSplitter.split(normalize(text));
  }

  /** Whether a cell is a numbered list of two items or more. */
  public static boolean isNumberedList(String text) {
    return ListSplitter.isNumberedList(normalize(text));
  }

  /** The value of a Chinese numeral ({@code 两} is 2, {@code 十} is 10, {@code 一百零五} 105). */
  public static Optional<BigDecimal> chineseNumber(String text) {
    return ChineseNumerals.parse(text.strip());
  }
}

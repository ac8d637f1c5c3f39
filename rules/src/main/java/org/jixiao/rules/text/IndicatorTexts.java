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

/**
 * Reading of indicator text (年度指标内容 / 完成情况) as published: normalisation, targets,
 * actual figures, numbered lists, placeholders and Chinese numerals.
 *
 * <p>Every method runs in time linear in its input (hand-written scanners, no backtracking
 * regular expressions) and never throws on odd text: what cannot be read is simply not found.
 */
public final class IndicatorTexts {
  private IndicatorTexts() {}

  /** Cells that mean "not filled": the indicator is not applicable. */
  private static final Set<String> PLACEHOLDERS =
      Set.of("/", "-", "--", "—", "——", "–", "无", "暂无", "不适用", "N/A", "n/a", "NA", "空");

  /**
   * Unicode NFKC (full-width digits, letters and punctuation become ASCII: {@code １５％} is
   * {@code 15%}, {@code ；} is {@code ;}, {@code （} is {@code (}), with the ideographic space
   * turned into a space.
   */
  public static String normalize(CharSequence text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return nfkc.replace('\u3000', ' ');
  }

  /**
   * Whether a cell is blank or a placeholder meaning "not filled": {@code *}, {@code **},
   * {@code /}, {@code —}, {@code 无} and the like.
   */
  public static boolean isPlaceholder(CharSequence text) {
    String s = normalize(text).strip();
    if (s.isEmpty() || PLACEHOLDERS.contains(s)) {
      return true;
    }
    return s.chars().allMatch(c -> c == '*');
  }

  /** Whether a cell is a star placeholder ({@code *}, {@code **}), which a check reports. */
  public static boolean isStarPlaceholder(CharSequence text) {
    String s = normalize(text).strip();
    return !s.isEmpty() && s.chars().allMatch(c -> c == '*');
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

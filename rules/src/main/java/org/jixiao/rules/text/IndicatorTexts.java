package org.jixiao.rules.text;

import org.jixiao.rules.internal.text.Memo;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.rules.internal.text.CharArrays;
import org.jixiao.rules.internal.text.CharSet;
import org.jixiao.rules.internal.text.ChineseNumerals;
import org.jixiao.rules.internal.text.DateReader;
import org.jixiao.rules.internal.text.LetterSpacing;
import org.jixiao.rules.internal.text.ListSplitter;
import org.jixiao.rules.internal.text.PinyinGlosses;
import org.jixiao.rules.internal.text.PositionalNumerals;
import org.jixiao.rules.internal.text.Normalized;
import org.jixiao.rules.internal.text.QuantityScanner;
import org.jixiao.rules.internal.text.ShareWords;
import org.jixiao.rules.internal.text.ShortYears;
import org.jixiao.rules.internal.text.TargetContext;
import org.jixiao.rules.internal.text.TargetParser;
import org.jixiao.rules.internal.text.Traditional;
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

  private static final int LONGEST_PLACEHOLDER = PLACEHOLDERS.stream().mapToInt(String::length).max().orElse(0);

  /**
   * Unicode NFKC (full-width digits, letters and punctuation become ASCII: {@code １５％} is
   * {@code 15%}, {@code ；} is {@code ;}, {@code （} is {@code (}, {@code ㎡} is {@code m2}), with
   * the ideographic space turned into a space, ═ ‹ › read as = &lt; &gt; and the traditional
   * characters of indicator text simplified (達成 is 达成, 萬 is 万), and without the pinyin some
   * mirror sites print after each character ({@code 達(dá)成} is 达成). Characters spread over a
   * cell one by one are read together ({@code ≥ 9 5 %} is {@code ≥95%}), digits written place by
   * place are ASCII digits ({@code 二〇二三年} is {@code 2023年}, {@code 二〇〇人} is {@code 200人}),
   * years of two digits are written in full ({@code 23年底} is {@code 2023年底}) and shares in words
   * are figures ({@code 百分之九十五} is {@code 95%}, {@code 三分之二} is {@code 66.67%}). The length
   * changes through NFKC (㎡ becomes two characters), those glosses, spread characters, short years
   * and shares in words; positions refer to the normalised text.
   */
  public static String normalize(CharSequence text) {
    if (text instanceof String s) {
      // the scorers of one indicator normalise the same cell again and again
      return Memo.get(Normalized.KIND, s, Boolean.TRUE, (t, unused) -> normalizeRemembered(t));
    }
    return computeNormalize(text);
  }

  /**
   * {@link #computeNormalize}, remembering a changed result as its own normalisation when it took
   * the simple path, which is idempotent (its output is ASCII, {@link #STABLE} punctuation and
   * simplified ideographs, each its own image): the scorers normalise the normalised text again.
   * Text that went through the normaliser is not remembered so: a mapped character may compose
   * with a combining mark after it ({@code ‹} + U+0338).
   */
  private static String normalizeRemembered(String text) {
    char[] chars = text.toCharArray();
    int mapped = mapSimply(chars);
    if ((mapped & NOT_SIMPLE) != 0) {
      return computeNormalize(text);
    }
    char[] printed = printed(chars, mapped);
    char[] read = printed == null ? chars : printed;
    String simple = (mapped & CHANGED) != 0 || printed != null ? new String(read) : text;
    if (simple != text) {
      Normalized.remember(simple);
    }
    CharArrays.remember(simple, read); // the scanners of this text loop over these characters
    return simple;
  }

  /** {@link #printed(char[], int)} of a text. */
  private static String printed(String text) {
    char[] chars = text.toCharArray();
    int forms = 0;
    for (char c : chars) {
      forms |= formOf(c);
    }
    char[] printed = printed(chars, forms);
    return printed == null ? text : new String(printed);
  }

  /**
   * The characters of {@code text} read as printed, or null when they read as they stand:
   * characters spread over their cell read together (≥ 9 5 % is ≥95%), digits written place by
   * place as digits (二〇二三年 is 2023年), years of two digits in full (23年底 is 2023年底), shares in
   * words as figures (百分之九十五 is 95%); see {@link LetterSpacing}, {@link PositionalNumerals},
   * {@link ShortYears} and {@link ShareWords}. {@code chars} (the
   * text's characters, mapped) may be changed; {@code forms} says which of the characters these
   * readings start from the text holds ({@link #formOf}), so that a text with none is not scanned
   * again.
   */
  private static char @Nullable [] printed(char[] chars, int forms) {
    char[] read = (forms & SPACED) != 0 ? LetterSpacing.join(chars) : chars;
    boolean changed = read != chars;
    if ((forms & ZERO) != 0 || (forms & (YEAR | NINE)) == (YEAR | NINE)) { // 二〇二三, 二零二四, 一九九九年
      changed |= PositionalNumerals.toDigits(read);
    }
    if ((forms & YEAR) != 0) {
      char[] years = ShortYears.toFull(read);
      changed |= years != read;
      read = years;
    }
    if ((forms & SHARE) != 0) { // 分之, or 分 之 spread
      char[] shares = ShareWords.toFigures(read);
      changed |= shares != read;
      read = shares;
    }
    return changed ? read : null;
  }

  /** Which of the characters the readings of print start from {@code c} is (0 for nearly all). */
  private static int formOf(char c) {
    return switch (c) {
      case ' ', '\u3000' -> SPACED;
      case '〇', '零' -> ZERO;
      case '年' -> YEAR;
      case '之' -> SHARE;
      case '九' -> NINE;
      default -> 0;
    };
  }

  private static String computeNormalize(CharSequence text) {
    String simple = simpleNfkc(text);
    if (simple != null) {
      return printed(simple);
    }
    String nfkc = Normalizer.normalize(circledAsMarkers(text), Normalizer.Form.NFKC);
    // a toned vowel never takes the shortcut, so only here can a mirror's pinyin (達(dá)成) be
    return printed(afterNfkc(PinyinGlosses.strip(nfkc.replace('\u3000', ' '))));
  }

  /**
   * {@code text} with its circled numbers (① to ⑳, ❶ to ❿, ➀ to ➉, ➊ to ➓) written as the bracketed list markers they are
   * ({@code (1)}): NFKC makes ① a bare 1, which was read as a figure (①不需发证的经营者1989家: a count of 1; review 78b h105).
   * They never take the shortcut of {@link #simpleNfkc}, so only here.
   */
  private static CharSequence circledAsMarkers(CharSequence text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      int n = circledNumber(text.charAt(i));
      if (n > 0) {
        out = out != null ? out : new StringBuilder(text.length() + 8).append(text, 0, i);
        out.append('(').append(n).append(')');
      } else if (out != null) {
        out.append(text.charAt(i));
      }
    }
    return out != null ? out : text;
  }

  /** The number a circled number stands for (① 1, ⑳ 20, ❶ 1, ➀ 1, ➊ 1), or 0 for any other character. */
  private static int circledNumber(char c) {
    if (c >= '\u2460' && c <= '\u2473') {
      return c - '\u2460' + 1;
    }
    if (c >= '\u2776' && c <= '\u2793') {
      return (c - '\u2776') % 10 + 1; // ❶–❿, ➀–➉ and ➊–➓: three runs of ten
    }
    return 0;
  }

  /** The mapping of {@link #simpleNfkc} applied to text the normaliser has already seen. */
  private static String afterNfkc(String nfkc) {
    StringBuilder out = new StringBuilder(nfkc.length());
    for (int i = 0; i < nfkc.length(); i++) {
      out.append(mapped(nfkc.charAt(i)));
    }
    return out.toString();
  }

  /**
   * Characters NFKC leaves alone that tables print for something else: the box-drawing ═ and
   * the angle quotes ‹ › used as = &lt; &gt;, and traditional characters (達成, 萬元, 個).
   */
  private static char mapped(char c) {
    return switch (c) {
      case '\u2550' -> '=';
      case '\u2039' -> '<';
      case '\u203a' -> '>';
      default -> Traditional.simplify(c);
    };
  }

  /**
   * NFKC of text made only of characters whose NFKC is one character and that do not compose
   * with one another: ASCII, the CJK unified ideographs (U+4E00–U+9FFF) and the punctuation of
   * {@link #STABLE} stay, full-width ASCII forms (U+FF01–U+FF5E) become ASCII, the ideographic
   * space becomes a space; {@code null} for any other text, so that text with a combining mark
   * (which may compose with the character before it) goes to the normaliser. Nearly all cells
   * are such text, and the normaliser's checks and copies were 7 % of an evaluation's time.
   *
   * <p>Normalising calls {@link #mapSimply} itself, to keep the array for the scanners; this is
   * the same mapping as a string, which the tests hold against the JDK's normaliser.
   */
  static @Nullable String simpleNfkc(CharSequence text) {
    String whole = text.toString();
    char[] chars = whole.toCharArray();
    int mapped = mapSimply(chars);
    return (mapped & NOT_SIMPLE) != 0 ? null : (mapped & CHANGED) != 0 ? new String(chars) : whole;
  }

  private static final int CHANGED = 1;
  private static final int NOT_SIMPLE = 2;
  // the characters the readings of print start from, noted on the way (see printed)
  private static final int SPACED = 4;
  private static final int ZERO = 8;
  private static final int YEAR = 16;
  private static final int SHARE = 32;
  private static final int NINE = 64;

  /** The ideographs of {@link #formOf}: one lookup at each ideograph of a cell. */
  private static final CharSet FORMS =
      CharSet.of(c -> c == '零' || c == '年' || c == '之' || c == '九');

  /**
   * Maps {@code chars} in place as {@link #simpleNfkc} does: the flags {@link #CHANGED} and those of
   * {@link #formOf} the text holds, or {@link #NOT_SIMPLE} (the array is then partly mapped). One copy of the characters, mapped
   * in place: a call of charAt for each character (and its bounds check) is what this cost before
   * the compiler inlines it.
   */
  private static int mapSimply(char[] chars) {
    int flags = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      char n;
      if (c < 0x80) {
        if (c == ' ') {
          flags |= SPACED;
        }
        continue;
      } else if ((c >= 0x4E00 && c <= 0x9FFF) || c == '\u2550' || c == '\u2039' || c == '\u203a') {
        n = mapped(c); // tested before STABLE: nearly every character of a cell is an ideograph
        if (FORMS.contains(n)) {
          flags |= formOf(n);
        }
      } else if (STABLE.indexOf(c) >= 0) {
        continue;
      } else if (c >= 0xFF01 && c <= 0xFF5E) {
        n = (char) (c - 0xFEE0);
      } else if (c == '\u3000') {
        n = ' ';
        flags |= SPACED;
      } else {
        return NOT_SIMPLE;
      }
      if (n != c) {
        chars[i] = n;
        flags |= CHANGED;
      }
    }
    return flags;
  }

  /**
   * Whether a cell is blank or a placeholder meaning "not filled": {@code *}, {@code **},
   * {@code /}, {@code —}, {@code 无} and the like.
   */
  public static boolean isPlaceholder(CharSequence text) {
    String s = normalize(text).strip();
    // a text longer than every placeholder is none: no hash of it to compute
    return s.isEmpty() || (s.length() <= LONGEST_PLACEHOLDER && PLACEHOLDERS.contains(s)) || onlyStars(s);
  }

  /** Whether a cell is a star placeholder ({@code *}, {@code **}), which a check reports. */
  public static boolean isStarPlaceholder(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
        return false; // normalising keeps an ideograph, a digit or a letter: no star-only cell (a quick no for nearly every cell)
      }
    }
    String s = normalize(text).strip();
    return !s.isEmpty() && onlyStars(s);
  }

  private static boolean onlyStars(String s) {
    char[] chars = CharArrays.of(s); // a loop of charAt here had C2 recompile its callers (Chars.digitsEnd)
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] != '*') {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses a target on its own: comparison, main figure (with what it is per) and deadline. A
   * bare 万 is 万元 only when the text speaks of money (总成本不超83.32万); the direction of a bare
   * figure is "at least" unless it is 0, a time limit or a count of something unwanted.
   */
  public static Target parseTarget(String text) {
    return TargetParser.parse(normalize(text));
  }

  /**
   * Parses the target of an indicator, reading it as a reviewer would with the indicator around
   * it: in a 成本 indicator a bare figure is a ceiling and a bare 万 is 万元; the 度量单位 column,
   * or else the name ({@code 公猪舍(≥**平方米)}, {@code (人)}, {@code …人数}, {@code …率}), gives a
   * bare figure its unit and, through a template placeholder, its comparison. The 指标性质 column
   * is not applied here: scorers apply it on top.
   */
  public static Target parseTarget(Indicator indicator) {
    return TargetParser.parse(normalize(indicator.target().orElse("")), TargetContext.of(indicator));
  }

  /**
   * The dates and periods a text states, in order, each as the end it stands for ({@code 8月},
   * {@code 2023年9月}, {@code 2023-10-15}, {@code 年底}); figures are not dates.
   */
  public static List<DatePeriod> dates(String text) {
    return DateReader.periods(normalize(text));
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

package org.jixiao.rules.internal.text;

import java.util.Set;

/**
 * The pinyin that some mirror sites print in brackets after the characters of a copied page
 * ({@code 達(dá)成預(yù)期指標(biāo)}, {@code 項(xiàng)目}): read without it, the words are the ones a scorer knows
 * ({@code 達成預期指標}). The form reader drops such brackets from labels already; cells keep them
 * as printed, and only what the rules compare goes without.
 *
 * <p>A bracket is a gloss when it follows an ideograph and holds one syllable of pinyin, an initial
 * and a final of one to {@value #LONGEST} letters (a unit in lower case, km or ppm, is none). Such
 * brackets are removed only from text in which at least one of them carries a tone mark
 * ({@code (dá)}, {@code (xiàng)}): a mirror glosses every character and most syllables carry a tone,
 * while an author's own bracket after a word ({@code 监测(pm)}) carries none, so text without a toned
 * gloss is left as it is, and the unmarked glosses of a glossed text ({@code 的(de)}) go with the rest.
 */
public final class PinyinGlosses {
  private PinyinGlosses() {}

  /** The longest syllable of pinyin ({@code zhuang}, {@code shuang}). */
  static final int LONGEST = 6;

  /**
   * The vowels of pinyin with their tone marks, and ü (NFKC composes a vowel and its mark into one
   * of these).
   */
  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńň";

  /** The letter of each of {@link #TONED}, at its position: ü as v. */
  private static final String BASES = "aaaaeeeeiiiioooouuuuvvvvvenn";

  /**
   * The text without its pinyin glosses; the same string when it has none (no bracket after an
   * ideograph holds a toned syllable). Expects NFKC text, whose brackets are ASCII.
   */
  public static String strip(String text) {
    if (!anyToned(text, 0, text.length())) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean toned = false;
    int i = 0;
    while (i < text.length()) {
      // after what is kept, not after what was printed: 達(dá)(dá) loses both, as stripping its
      // result again would find the second
      int end = out.length() > 0 && isIdeograph(out.charAt(out.length() - 1)) ? glossEnd(text, i) : -1;
      if (end > 0) {
        toned |= anyToned(text, i, end);
        i = end;
      } else {
        out.append(text.charAt(i++));
      }
    }
    return toned ? out.toString() : text;
  }

  /** The index after the gloss that opens at {@code i}, or -1 when no bracket of pinyin opens there. */
  private static int glossEnd(String text, int i) {
    if (text.charAt(i) != '(') {
      return -1;
    }
    int j = i + 1;
    while (j < text.length() && j - i - 1 < LONGEST && isPinyinLetter(text.charAt(j))) {
      j++;
    }
    return j > i + 1 && j < text.length() && text.charAt(j) == ')' && isSyllable(text, i + 1, j) ? j + 1 : -1;
  }

  /** The initials of pinyin, the two-letter ones first. */
  private static final String[] INITIALS = {
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""
  };

  /** The finals of pinyin, ü written v. */
  private static final Set<String> FINALS = Set.of(
      "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao",
      "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "ve", "van", "vn");

  /**
   * Whether {@code text[from, to)} spells one syllable of pinyin, an initial and a final (its tone
   * marks aside): a unit or a code in lower case (km, t, ppm, kg) is none, so a glossed text keeps it.
   */
  private static boolean isSyllable(String text, int from, int to) {
    StringBuilder plain = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      plain.append(base(text.charAt(i)));
    }
    String syllable = plain.toString();
    for (String initial : INITIALS) {
      if (syllable.startsWith(initial) && FINALS.contains(syllable.substring(initial.length()))) {
        return true;
      }
    }
    return false;
  }

  /** A vowel without its tone mark, ü as v; other letters as they are. */
  private static char base(char c) {
    int toned = TONED.indexOf(c);
    if (c < 0xC0 || toned < 0) {
      return c;
    }
    return BASES.charAt(toned);
  }

  private static boolean anyToned(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0xC0 && TONED.indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPinyinLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 0xC0 && TONED.indexOf(c) >= 0);
  }

  /** The unified ideographs and their extension A, where the glossed characters are. */
  private static boolean isIdeograph(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
  }
}

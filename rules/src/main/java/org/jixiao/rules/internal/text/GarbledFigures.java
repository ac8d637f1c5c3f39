package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;
import static org.jixiao.rules.internal.text.Chars.isAsciiLetter;

/**
 * Text that stands in a figure's place but is not one, for {@link QuantityScanner}: digits that
 * OCR or typing garbled into letters or symbols ({@code M.8万元} for 14.8万元, {@code ≥l00人} for
 * ≥100人). Read as it stands such text gives another number (8 万元) or none; found here, it is
 * reported as unreadable so that no rule compares the number it seems to say.
 *
 * <p>Letters are not read back as the digits they resemble (O for 0, l for 1): O3 is ozone, I2
 * iodine, O2O a trade, and no rule tells those from a garbled figure.
 */
final class GarbledFigures {
  private GarbledFigures() {}

  /**
   * Characters that close a phrase: an ASCII {@code .} after one (or after an ideograph) is a
   * sentence's stop, not a decimal point ({@code 完成.8月底前}).
   */
  static final String CLOSING = ")]}”’》」】";

  /** Comparison signs: what follows one is the figure compared. */
  static final String COMPARISON_SIGNS = "≥≤><=≧≦》《≠";

  /** Where the run of ASCII letters that ends at {@code last} starts. */
  static int lettersStart(char[] a, int last) {
    int letters = last;
    while (letters > 0 && isAsciiLetter(a[letters - 1])) {
      letters--;
    }
    return letters;
  }

  /**
   * Whether letters glued before digits, from {@code letters} (with a unit after them ending at
   * {@code unitEnd}, -1 for none), stand in a figure's place: after a comparison sign
   * ({@code ≥l00人}), or as all the text says, with a unit ({@code l00人}). Anywhere else they
   * name things (H5页面, PM2.5, O3浓度, 3D) and are no figure at all.
   */
  static boolean inFiguresPlace(char[] a, int letters, int unitEnd) {
    int before = letters - 1;
    while (before >= 0 && a[before] == ' ') {
      before--;
    }
    if (before >= 0) {
      return COMPARISON_SIGNS.indexOf(a[before]) >= 0;
    }
    return unitEnd == a.length;
  }

  /**
   * Where the text starts that stands for the integer part of a figure whose decimal point has no
   * digit before it: a Latin letter glued to the point ({@code M.8}, {@code O.5}, where OCR
   * garbled the digits), a stray symbol or the start of the text ({@code .5}, {@code ≥.5}, digits
   * lost). The figure after such a point cannot be trusted: read as it stands it is another
   * number (8 for 14.8). -1 when the point is no part of a figure: a sentence's stop after an
   * ideograph or a closing mark ({@code 完成.8月底前}), a list marker after digits
   * ({@code 1.2019年}), or the numero sign ({@code No.1}, as 第1).
   */
  static int junkBeforePoint(char[] a, int point) {
    if (point == 0) {
      return 0;
    }
    char p = a[point - 1];
    if (isAsciiDigit(p) || Chars.isCjk(p) || CLOSING.indexOf(p) >= 0) {
      return -1;
    }
    if (!isAsciiLetter(p)) {
      return point;
    }
    int letters = lettersStart(a, point - 1);
    boolean numero = point - letters == 2 && (a[letters] == 'N' || a[letters] == 'n') && (a[letters + 1] == 'o' || a[letters + 1] == 'O');
    return numero ? -1 : letters;
  }
}

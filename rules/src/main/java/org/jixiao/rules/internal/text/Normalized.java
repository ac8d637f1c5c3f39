package org.jixiao.rules.internal.text;

/**
 * Which strings {@link org.jixiao.rules.text.IndicatorTexts#normalize} is known to leave as they
 * are, in the {@link Memo}: a text its simple path returned unchanged, or made. Such a text holds
 * only characters that are their own image (ASCII, simplified ideographs, the stable
 * punctuation; {@code IndicatorTextsTest.theShortcutIsItsOwnImage} checks every char), so a
 * piece of it is its own normalisation too, unless a reading of print would take the piece
 * otherwise than its cell ({@link #rememberPiece}). The items of a list cut from a
 * normalised cell are recorded so, and the scorers that read each item do not normalise it again.
 * Text that went through {@link java.text.Normalizer} is never recorded: a piece of it may start
 * with a combining mark.
 */
public final class Normalized {
  private Normalized() {}

  /** The memo's name for normalising. */
  public static final Object KIND = new Object();

  /** Records {@code text}, made by the simple path, as its own normalisation. */
  public static void remember(String text) {
    Memo.remember(KIND, text, Boolean.TRUE, text);
  }

  /**
   * Records {@code piece}, cut from a text {@link #known} to be normalised, as its own normalisation,
   * unless it holds what a reading of print takes only in a whole cell: a space (完成 完 成 cut to
   * 完 成, a whole cell of two spread ideographs), 年 (2.23年底前 cut to 23年底前), 之, 〇 or 零. Such a
   * piece is normalised again when read, as a cell of its own would be.
   */
  public static void rememberPiece(String piece) {
    for (int i = 0; i < piece.length(); i++) {
      if (WHOLE_CELL_FORMS.contains(piece.charAt(i))) {
        return;
      }
    }
    remember(piece);
  }

  /** The characters of {@link #rememberPiece}: one lookup a character. */
  private static final CharSet WHOLE_CELL_FORMS = CharSet.of(c -> c == ' ' || c == '年' || c == '之' || c == '〇' || c == '零');

  /**
   * Whether {@code text} is known to be its own normalisation by the simple path. False says
   * nothing: the memo may have let it go.
   */
  static boolean known(String text) {
    return Memo.peek(KIND, text, Boolean.TRUE) == text;
  }
}

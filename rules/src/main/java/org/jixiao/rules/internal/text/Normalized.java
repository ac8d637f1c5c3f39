package org.jixiao.rules.internal.text;

/**
 * Which strings {@link org.jixiao.rules.text.IndicatorTexts#normalize} is known to leave as they
 * are, in the {@link Memo}: a text its simple path returned unchanged, or made. Such a text holds
 * only characters that are their own image (ASCII, simplified ideographs, the stable
 * punctuation; {@code IndicatorTextsTest.theShortcutIsItsOwnImage} checks every char), so any
 * piece of it is its own normalisation too. The items of a list cut from a
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
   * Whether {@code text} is known to be its own normalisation by the simple path. False says
   * nothing: the memo may have let it go.
   */
  static boolean known(String text) {
    return Memo.peek(KIND, text, Boolean.TRUE) == text;
  }
}

package org.jixiao.io.internal.table;

/**
 * Cell text rules shared by reader and writer: what counts as blank, and the formula
 * neutralisation the writer applies and the reader undoes.
 *
 * <p>Neutralisation is a bijection on strings, so that it never breaks a round trip: a text that
 * starts with zero or more apostrophes followed by a trigger character ({@code = + - @}, tab or
 * carriage return) gets one more apostrophe in front; the reader removes one apostrophe from a
 * cell that starts with one or more apostrophes followed by a trigger. Numbers are never
 * neutralised (the writer knows which cells are numbers), so {@code -3.50} stays a number.
 */
public final class Cells {
  private Cells() {}

  /** Whether the cell is empty or white space only (including the ideographic space). */
  public static boolean isBlank(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      // Printable ASCII and the CJK range hold no white space; the Unicode tables are slow.
      if ((ch > ' ' && ch < '\u007f') || (ch >= '\u3400' && ch < '\ud800')) {
        return false;
      }
      if (!Character.isWhitespace(ch) && !Character.isSpaceChar(ch)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link org.jixiao.core.label.Labels#normalize} of a cell, without its cost for the cells
   * most rows start with (序号 such as {@code 17}): printable ASCII without spaces is already
   * normal (NFKC leaves it as it is and there is no white space to remove), so it is returned as
   * it is. Anything else goes through {@code Labels.normalize}.
   */
  public static String normalizeLabel(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char ch = cell.charAt(i);
      if (ch <= ' ' || ch > '~') {
        return org.jixiao.core.label.Labels.normalize(cell);
      }
    }
    return cell;
  }

  private static boolean isTrigger(char ch) {
    return ch == '=' || ch == '+' || ch == '-' || ch == '@' || ch == '\t' || ch == '\r';
  }

  /** The index of the first character after the leading apostrophes. */
  private static int afterApostrophes(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '\'') {
      i++;
    }
    return i;
  }

  /** Whether a text would be taken for a formula by a spreadsheet (or looks neutralised). */
  static boolean needsNeutralising(String text) {
    int i = afterApostrophes(text);
    return i < text.length() && isTrigger(text.charAt(i));
  }

  /** The text as the writer puts it in a cell when neutralisation is on. */
  public static String neutralise(String text) {
    return needsNeutralising(text) ? "'" + text : text;
  }

  /** Undoes {@link #neutralise}: removes one apostrophe before apostrophes and a trigger. */
  public static String unneutralise(String cell) {
    if (cell.isEmpty() || cell.charAt(0) != '\'') {
      return cell;
    }
    int i = afterApostrophes(cell);
    return i < cell.length() && isTrigger(cell.charAt(i)) ? cell.substring(1) : cell;
  }

  /** Text shortened for a diagnostic; hostile cells can be very long. */
  public static String shorten(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = limit;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}

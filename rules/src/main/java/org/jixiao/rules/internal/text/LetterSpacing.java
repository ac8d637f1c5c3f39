package org.jixiao.rules.internal.text;

import static org.jixiao.rules.internal.text.Chars.isAsciiDigit;

/**
 * Text spread over its cell one character at a time: a cell justified to both edges (分散对齐)
 * comes out of a PDF as 逾 期 率 3 %, ≥ 9 5 % or 1 0 0 %, and read as it stands the figure is the
 * last digit (5 %, 0 %) and the words are none.
 *
 * <p>Characters stand spread when three or more in a row are each alone between single spaces,
 * or when the whole cell is two ideographs with a space between (完 成, 合 格); their spaces are
 * taken out (逾期率3%, ≥95%, 100%, 完成), and so is the space between a figure and a spread run of
 * ideographs after it (2024 年 1 月 is 2024年1月). Any other space beside a word or a figure of two or more
 * characters stays (完成 100%, 2 10人: which of 210 and "2, 10" is meant cannot be told), as do
 * two spaces and more.
 */
public final class LetterSpacing {
  private LetterSpacing() {}

  /** {@code chars} with the spaces of its spread characters taken out; itself when there are none. */
  public static char[] join(char[] chars) {
    int n = chars.length;
    char[] out = null;
    int w = 0; // characters written to out
    int copied = 0; // characters of chars accounted for in out
    int i = 0;
    while (i < n) {
      if (!alone(chars, i)) {
        i++;
        continue;
      }
      int j = i; // the last character of the run
      int count = 1;
      while (j + 2 < n && chars[j + 1] == ' ' && alone(chars, j + 2)) {
        j += 2;
        count++;
      }
      if (count >= 3 || (count == 2 && wholeCell(chars, i, j) && isIdeograph(chars[i]) && isIdeograph(chars[j]))) {
        if (out == null) {
          out = new char[n];
        }
        // a figure, a space, then its spread unit (2024 年 1 月, 于 2024 年 3 月): one reading, as 2024年1月
        int upTo = i >= 2 && i - 1 > copied && chars[i - 1] == ' ' && isAsciiDigit(chars[i - 2]) && isIdeograph(chars[i]) ? i - 1 : i;
        System.arraycopy(chars, copied, out, w, upTo - copied);
        w += upTo - copied;
        for (int k = i; k <= j; k += 2) {
          out[w++] = chars[k];
        }
        copied = j + 1;
      }
      i = j + 1;
    }
    if (out == null) {
      return chars;
    }
    System.arraycopy(chars, copied, out, w, n - copied);
    w += n - copied;
    return java.util.Arrays.copyOf(out, w);
  }

  /**
   * Whether the character at {@code i} is one a cell spreads (an ideograph, an ASCII letter or
   * digit, a sign of a figure) with no other non-space beside it.
   */
  private static boolean alone(char[] chars, int i) {
    return spreads(chars[i]) && (i == 0 || isSpace(chars[i - 1])) && (i + 1 == chars.length || isSpace(chars[i + 1]));
  }

  /** Not a combining mark, which would join the character before it, nor other marks. */
  private static boolean spreads(char c) {
    return isIdeograph(c)
        || isAsciiDigit(c)
        || (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || "%‰.≥≤<>=+-~,;:、。()".indexOf(c) >= 0;
  }

  /** Whether only spaces stand before {@code start} and after {@code end}. */
  private static boolean wholeCell(char[] chars, int start, int end) {
    for (int k = 0; k < start; k++) {
      if (!isSpace(chars[k])) {
        return false;
      }
    }
    for (int k = end + 1; k < chars.length; k++) {
      if (!isSpace(chars[k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** An ideograph, or 〇 (U+3007, outside their block), which spreads with the digits beside it. */
  private static boolean isIdeograph(char c) {
    return Chars.isCjk(c) || c == '〇';
  }

}

package org.jixiao.io.internal.table;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Parsing of number and flag cells as published tables print them: {@code 1,234.56}, full-width
 * digits and signs, a trailing {@code %} where a rate is expected, {@code —}, {@code /} and blank
 * for absent. Written as a scanner, not a regular expression, so that a hostile 100 000-character
 * cell costs one pass.
 */
public final class NumberCells {
  private NumberCells() {}

  /** The longest digit string accepted; longer ones are not numbers a table states. */
  static final int MAX_DIGITS = 400;

  private static final int MAX_EXPONENT = 9_999;

  /**
   * The largest scale, positive or negative, of a number cell: the JSON reader's default bound
   * ({@code JixiaoJson.DEFAULT_MAX_NUMBER_SCALE}), so that every table read can be written to JSON
   * and read back. {@code 1E+5000} is not a number a table states.
   */
  static final int MAX_SCALE = 1_000;

  /** Marker for an absent number: blank or a placeholder such as — or /. */
  public static final BigDecimal ABSENT = new BigDecimal("-0.0000000000000000000000000000001");

  /**
   * Parses a number cell.
   *
   * @param cell the cell text
   * @param percentAllowed whether a trailing % is accepted (rates)
   * @return the number; {@link #ABSENT} (compare by identity) for a placeholder; null when the
   *     cell is not a number
   */
  public static @Nullable BigDecimal parseDecimal(String cell, boolean percentAllowed) {
    if (isPlain(cell)) {
      // What the canonical writer prints (and most tables): the general path below would copy
      // exactly these characters, so parse the cell as it is.
      return bounded(plain(cell));
    }
    int start = 0;
    int end = cell.length();
    while (start < end && isSpace(cell.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(cell.charAt(end - 1))) {
      end--;
    }
    if (start == end || isPlaceholder(cell, start, end)) {
      return ABSENT;
    }
    if (end - start > MAX_DIGITS + 16) {
      return null;
    }
    if (percentAllowed && (cell.charAt(end - 1) == '%' || cell.charAt(end - 1) == '％')) {
      end--;
      while (end > start && isSpace(cell.charAt(end - 1))) {
        end--;
      }
    }
    StringBuilder out = new StringBuilder(end - start);
    int i = start;
    char first = cell.charAt(i);
    if (first == '-' || first == '－' || first == '−') {
      out.append('-');
      i++;
    } else if (first == '+' || first == '＋') {
      i++;
    }
    int digits = 0;
    int groupDigits = -1; // digits since the last grouping comma; -1 before any comma
    boolean point = false;
    for (; i < end; i++) {
      char ch = cell.charAt(i);
      int d = digit(ch);
      if (d >= 0) {
        out.append((char) ('0' + d));
        digits++;
        if (groupDigits >= 0 && !point) {
          groupDigits++;
        }
      } else if ((ch == ',' || ch == '，') && !point && digits > 0) {
        // A grouping comma must follow 1–3 digits at first and exactly three after that.
        if (groupDigits >= 0 ? groupDigits != 3 : digits > 3) {
          return null;
        }
        groupDigits = 0;
      } else if ((ch == '.' || ch == '．') && !point) {
        if (groupDigits >= 0 && groupDigits != 3) {
          return null;
        }
        point = true;
        out.append('.');
      } else if ((ch == 'e' || ch == 'E') && digits > 0) {
        return withExponent(out, cell, i + 1, end, groupDigits, point);
      } else {
        return null;
      }
    }
    if (digits == 0 || digits > MAX_DIGITS || (groupDigits >= 0 && !point && groupDigits != 3)) {
      return null;
    }
    return bounded(new BigDecimal(out.toString()));
  }

  private static @Nullable BigDecimal bounded(BigDecimal value) {
    return value.scale() > MAX_SCALE || value.scale() < -MAX_SCALE ? null : value;
  }

  /**
   * Whether the cell is a plain ASCII decimal: an optional {@code -}, then digits with at most
   * one {@code .} among or after them, at least one digit, at most {@link #MAX_DIGITS} digits.
   * {@link BigDecimal#BigDecimal(String)} reads such text exactly as the general path would.
   */
  private static boolean isPlain(String cell) {
    int length = cell.length();
    if (length == 0 || length > MAX_DIGITS + 2) {
      return false;
    }
    int i = cell.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    boolean point = false;
    for (; i < length; i++) {
      char ch = cell.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digits++;
      } else if (ch == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits > 0 && digits <= MAX_DIGITS;
  }

  /**
   * A cell that {@link #isPlain} accepted, as {@code new BigDecimal(cell)} reads it (same value,
   * same scale): up to 18 digits without building a string of digits first.
   */
  private static BigDecimal plain(String cell) {
    int length = cell.length();
    boolean negative = cell.charAt(0) == '-';
    int digits = length - (negative ? 1 : 0);
    int point = cell.indexOf('.');
    if (point >= 0) {
      digits--;
    }
    if (digits > 18) {
      return new BigDecimal(cell);
    }
    long unscaled = 0;
    for (int i = negative ? 1 : 0; i < length; i++) {
      char ch = cell.charAt(i);
      if (ch != '.') {
        unscaled = unscaled * 10 + (ch - '0');
      }
    }
    int scale = point >= 0 ? length - point - 1 : 0;
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  private static @Nullable BigDecimal withExponent(
      StringBuilder mantissa, String cell, int from, int end, int groupDigits, boolean point) {
    if (groupDigits >= 0 && !point && groupDigits != 3) {
      return null;
    }
    int i = from;
    boolean negative = false;
    if (i < end && (cell.charAt(i) == '+' || cell.charAt(i) == '-')) {
      negative = cell.charAt(i) == '-';
      i++;
    }
    if (i == end || end - i > 4) {
      return null;
    }
    int exponent = 0;
    for (; i < end; i++) {
      int d = digit(cell.charAt(i));
      if (d < 0) {
        return null;
      }
      exponent = exponent * 10 + d;
    }
    if (exponent > MAX_EXPONENT || mantissa.length() > MAX_DIGITS + 2) {
      return null;
    }
    mantissa.append('E').append(negative ? '-' : '+').append(exponent);
    return bounded(new BigDecimal(mantissa.toString()));
  }

  /**
   * Parses a 序号 cell: digits only (full-width accepted), at most nine, as tables made in a word
   * processor number rows too: {@code 1.}, {@code 1、}, {@code 1)}, {@code (1)}, {@code （2）}.
   *
   * @return the number, -1 for blank or a placeholder, -2 when it is not a whole number
   */
  public static int parseSeq(String cell) {
    String text = cell.strip();
    if (text.isEmpty() || isPlaceholder(text, 0, text.length())) {
      return -1;
    }
    text = withoutNumbering(text);
    if (text.isEmpty()) {
      return -2;
    }
    if (text.length() > 9) {
      return -2;
    }
    int value = 0;
    for (int i = 0; i < text.length(); i++) {
      int d = digit(text.charAt(i));
      if (d < 0) {
        return -2;
      }
      value = value * 10 + d;
    }
    return value;
  }

  /**
   * A number's text without the punctuation a numbered list puts around it: one trailing {@code .
   * ． 、 ) ）}, or brackets around it; any other text as it is.
   */
  private static String withoutNumbering(String text) {
    int n = text.length();
    if (n >= 3 && (text.charAt(0) == '(' || text.charAt(0) == '（') && (text.charAt(n - 1) == ')' || text.charAt(n - 1) == '）')) {
      return text.substring(1, n - 1).strip();
    }
    if (n >= 2) {
      char last = text.charAt(n - 1);
      if (last == '.' || last == '．' || last == '、' || last == ')' || last == '）') {
        return text.substring(0, n - 1).strip();
      }
    }
    return text;
  }

  /** 是/否 and their usual spellings; null for blank or a placeholder. */
  public enum Flag {
    /** 是. */
    YES,
    /** 否. */
    NO,
    /** Not a flag. */
    INVALID
  }

  /** Parses a 是否 cell; null when blank or a placeholder. */
  public static @Nullable Flag parseFlag(String cell) {
    String text = cell.strip();
    if (text.isEmpty() || isPlaceholder(text, 0, text.length())) {
      return null;
    }
    switch (text) {
      case "是":
      case "Y":
      case "y":
      case "true":
        return Flag.YES;
      case "否":
      case "N":
      case "n":
      case "false":
        return Flag.NO;
      default:
        return Flag.INVALID;
    }
  }

  /** —, ——, -, －, /, ／, –, --, * and **: what tables print for "nothing here". */
  static boolean isPlaceholder(String cell, int start, int end) {
    for (int i = start; i < end; i++) {
      char ch = cell.charAt(i);
      if (ch != '—' && ch != '-' && ch != '－' && ch != '/' && ch != '／' && ch != '–'
          && ch != '*' && ch != '＊') {
        return false;
      }
    }
    return end - start <= 4;
  }

  private static boolean isSpace(char ch) {
    return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
  }

  private static int digit(char ch) {
    if (ch >= '0' && ch <= '9') {
      return ch - '0';
    }
    if (ch >= '０' && ch <= '９') {
      return ch - '０';
    }
    return -1;
  }

  /** The canonical cell text of a number: exact, so that reading it gives an equal BigDecimal. */
  public static String format(BigDecimal value) {
    // toPlainString loses a negative scale (1E+3 would come back as 1000, unequal); toString
    // keeps it. Plain text is kept for every other value because that is what tables print.
    // A very large scale would make a very long plain string; toString is exact there too.
    return value.scale() < 0 || value.scale() > 100 ? value.toString() : value.toPlainString();
  }
}

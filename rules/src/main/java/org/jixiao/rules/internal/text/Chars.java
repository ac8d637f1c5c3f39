package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Character classes shared by the scanners. */
public final class Chars {
  private Chars() {}

  /**
   * {@code text} with every occurrence of each of {@code words} taken out, one word after another: whether a
   * clause says no more than such words is whether nothing is left (实际, 全年 … before a measure).
   */
  public static String withoutWords(String text, List<String> words) {
    String rest = text;
    for (String word : words) {
      rest = rest.replace(word, "");
    }
    return rest;
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Where the first ASCII digit of {@code [from, to)} of {@code s} is, or {@code to} when none is. */
  static int firstAsciiDigit(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (isAsciiDigit(s.charAt(k))) {
        return k;
      }
    }
    return to;
  }

  /** Whether {@code s} holds an ASCII digit. */
  public static boolean hasAsciiDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isAsciiDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** How many CJK ideographs {@code s} holds: what a label names by, where its other characters are marks or figures. */
  public static int ideographs(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += isCjk(s.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  /** A CJK ideograph (the basic block is enough for table text). */
  public static boolean isCjk(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }

  /** Characters after which a list marker such as {@code 2.} may start. */
  static boolean isBoundary(char c) {
    if (c >= 0x4E00 && c <= 0x9FFF) {
      return false; // an ideograph, nearly always: no lookup in the JDK's tables of spaces
    }
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == ';'
        || c == '。'
        || c == ','
        || c == ':'
        || c == '!'
        || c == '?'
        || c == '“'
        || c == '"';
  }

  /**
   * Whether the {@code .} at {@code dot} ends a list marker (1. or 12. at the start of the text or
   * after a boundary), no decimal point: 1.24年3月完成 and 1.百分之八十 are items.
   */
  static boolean isListDot(char[] chars, int dot) {
    int k = dot;
    while (k > 0 && dot - k < 3 && isAsciiDigit(chars[k - 1])) {
      k--;
    }
    return chars[dot] == '.' && k < dot && dot - k <= 2 && (k == 0 || isBoundary(chars[k - 1]));
  }

  /**
   * The characters a rewriting of {@code chars} made: {@code chars} itself when it made none ({@code
   * out} null), else {@code out} and the characters of {@code chars} from {@code copied} on.
   */
  static char[] rewritten(char[] chars, @Nullable StringBuilder out, int copied) {
    if (out == null) {
      return chars;
    }
    out.append(chars, copied, chars.length - copied);
    char[] result = new char[out.length()];
    out.getChars(0, out.length(), result, 0);
    return result;
  }

  /** Characters that end a list marker: {@code 1.}, {@code 1、}, {@code 1)}. */
  static boolean isMarkerEnd(char c) {
    return c == '.' || c == '、' || c == ')';
  }

  static boolean isRangeDash(char c) {
    return c == '-' || c == '—' || c == '–' || c == '~' || c == '至' || c == '到' || c == '―';
  }

  /**
   * The number written at {@code start..end}: ASCII digits with at most one {@code .} and any
   * {@code ,} (thousands separators, left out), as {@code new BigDecimal} of the text without its
   * commas gives it, scale included ({@code 1,500.50} is 1500.50). Up to 18 digits it is read in a
   * {@code long}: no substring, no copy without commas, no parse of a string.
   */
  static BigDecimal decimal(char[] s, int start, int end) {
    long unscaled = 0;
    int digits = 0;
    int scale = -1; // digits after the point so far; -1 before a point
    for (int i = start; i < end; i++) {
      char c = s[i];
      if (c == '.') {
        if (scale >= 0) {
          return parsed(s, start, end); // a second point: the parser says what is wrong
        }
        scale = 0;
      } else if (c >= '0' && c <= '9') {
        if (++digits > 18) {
          return parsed(s, start, end);
        }
        unscaled = unscaled * 10 + (c - '0');
        if (scale >= 0) {
          scale++;
        }
      } else if (c != ',') {
        return parsed(s, start, end);
      }
    }
    if (digits == 0 || scale == 0 || s[start] == '.') {
      return parsed(s, start, end); // no digit, "1." or ".5": the parser's own answer
    }
    return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
  }

  private static BigDecimal parsed(char[] s, int start, int end) {
    return new BigDecimal(new String(s, start, end - start).replace(",", ""));
  }

  /**
   * The value of the ASCII digits from {@code start} to {@code end}, one to nine of them (a caller
   * has found them with {@link #digitsEnd}): {@code Integer.parseInt} of their substring, without
   * the substring, and without the code C2 inlines for parseInt's signs, radixes and Unicode
   * digits at every call (over a third of the date reader's compiled code).
   *
   * @throws NumberFormatException when the span is empty, longer than nine or not all ASCII digits
   */
  static int digitsValue(char[] s, int start, int end) {
    if (end <= start || end - start > 9) {
      throw notDigits(start, end);
    }
    int v = 0;
    for (int i = start; i < end; i++) {
      char c = s[i];
      if (!isAsciiDigit(c)) {
        throw notDigits(start, end);
      }
      v = 10 * v + (c - '0');
    }
    return v;
  }

  /** Made out of line, so that {@link #digitsValue} stays small enough to inline. */
  private static NumberFormatException notDigits(int start, int end) {
    return new NumberFormatException("not one to nine ASCII digits at " + start + ".." + end);
  }

  /**
   * The end of the run of ASCII digits from {@code from}. On an array: a loop over {@code
   * String.charAt} here had C2 hoist the index check on a profile that short runs broke, and
   * recompile each scanner that inlines this (a date reader twice in every first pass).
   */
  static int digitsEnd(char[] s, int from) {
    int j = from;
    while (j < s.length && isAsciiDigit(s[j])) {
      j++;
    }
    return j;
  }

  static int skipSpaces(String s, int from) {
    int j = from;
    while (j < s.length() && (s.charAt(j) == ' ' || Character.isSpaceChar(s.charAt(j)))) {
      j++;
    }
    return j;
  }

  /** Whether {@code s} holds {@code word} at {@code at}. */
  static boolean startsWith(String s, int at, String word) {
    return at >= 0 && s.startsWith(word, at);
  }

  /** Whether {@code s} holds one of {@code words} at {@code at}. */
  static boolean startsWithAny(String s, int at, List<String> words) {
    return firstAt(s, at, words) != null;
  }

  /** The first of {@code words} (in list order) that {@code s} holds at {@code at}, or null. */
  static @Nullable String firstAt(String s, int at, List<String> words) {
    for (String w : words) {
      if (s.startsWith(w, at)) {
        return w;
      }
    }
    return null;
  }

  /** The first of {@code words} (in list order) that {@code s} holds anywhere, or null. */
  static @Nullable String firstIn(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return w;
      }
    }
    return null;
  }

  /**
   * Where {@code s} is left at when words of {@code words} ending at {@code at} are passed over,
   * one after another, back to {@code floor} at most (未能控制在: 控制, 能 back from 在).
   */
  static int backOver(String s, int at, int floor, List<String> words) {
    int p = at;
    boolean moved = true;
    while (moved && p > floor) {
      moved = false;
      for (String w : words) {
        if (p - w.length() >= floor && s.startsWith(w, p - w.length())) {
          p -= w.length();
          moved = true;
          break;
        }
      }
    }
    return p;
  }

  /** Where the first of {@code words} (in list order) ending just before {@code end} starts, or -1. */
  static int startOfEndingAt(String s, int end, List<String> words) {
    for (String w : words) {
      if (end >= w.length() && s.startsWith(w, end - w.length())) {
        return end - w.length();
      }
    }
    return -1;
  }

  /** Whether {@code s} holds {@code word} ending just before {@code end}. */
  static boolean endsWith(String s, int end, String word) {
    int from = end - word.length();
    return from >= 0 && s.startsWith(word, from);
  }
}

package org.jixiao.rules.internal.text;

/** Character classes shared by the scanners. */
final class Chars {
  private Chars() {}

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** A CJK ideograph (the basic block is enough for table text). */
  static boolean isCjk(char c) {
    return c >= '\u4e00' && c <= '\u9fff';
  }

  /** Characters after which a list marker such as {@code 2.} may start. */
  static boolean isBoundary(char c) {
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

  /** Characters that end a list marker: {@code 1.}, {@code 1、}, {@code 1)}. */
  static boolean isMarkerEnd(char c) {
    return c == '.' || c == '、' || c == ')';
  }

  static boolean isRangeDash(char c) {
    return c == '-' || c == '—' || c == '–' || c == '~' || c == '至' || c == '到' || c == '―';
  }

  static int digitsEnd(String s, int from) {
    int j = from;
    while (j < s.length() && isAsciiDigit(s.charAt(j))) {
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

  /** Whether {@code s} holds {@code word} ending just before {@code end}. */
  static boolean endsWith(String s, int end, String word) {
    int from = end - word.length();
    return from >= 0 && s.startsWith(word, from);
  }
}

package org.jixiao.rules.internal.scoring;

import java.util.List;
import org.jixiao.rules.internal.text.Clauses;
import org.jspecify.annotations.Nullable;

/** Small text helpers for reasons, findings and the scorers' word lists. */
public final class Texts {
  private Texts() {}

  private static final int SHORT = 40;

  /** The text, stripped, cut to 40 characters with an ellipsis; for reasons. */
  public static String shorten(String text) {
    String s = text.strip();
    return s.length() <= SHORT ? s : s.substring(0, SHORT) + "…";
  }

  /** The text cut to {@code max} characters, for locations. */
  public static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  /**
   * {@code text} (normalised) without white space around it and the punctuation that may close a
   * cell after its last word ({@code 否。}, {@code 95%;}): what the cell says, for readings of a whole cell.
   */
  static String withoutClosing(String text) {
    String t = text.strip();
    int end = t.length();
    while (end > 0 && "。.,;!，；！".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    return t.substring(0, end).strip();
  }

  /** Whether {@code text} contains any of {@code words}. */
  static boolean containsAny(String text, List<String> words) {
    for (String word : words) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The first of {@code words}, in their order, that {@code text} contains, or null. */
  static @Nullable String firstContained(String text, List<String> words) {
    for (String word : words) {
      if (text.contains(word)) {
        return word;
      }
    }
    return null;
  }

  /** Whether one of {@code words} starts at {@code at} of {@code text}. */
  static boolean startsWithAny(String text, int at, List<String> words) {
    for (String word : words) {
      if (text.startsWith(word, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} holds any of the characters of {@code chars}. */
  static boolean containsAnyChar(String text, String chars) {
    for (int k = 0; k < text.length(); k++) {
      if (chars.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the sentence holding {@code at} starts: just after the 。 or ; before it, or 0; at most {@link Clauses#MOST}
   * characters back, as a clause is looked up, so that a long cell is not read again for every figure.
   */
  static int sentenceStart(String s, int at) {
    int k = at;
    int least = Math.max(0, at - Clauses.MOST);
    while (k > least && s.charAt(k - 1) != '。' && s.charAt(k - 1) != ';') {
      k--;
    }
    return k;
  }

  /** Whether no 。 or ; ends a sentence between {@code from} and {@code to}. */
  static boolean sameSentence(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.charAt(k) == '。' || s.charAt(k) == ';') {
        return false;
      }
    }
    return true;
  }

  /** Whether one of {@code words} ends right before {@code at} of {@code text}. */
  static boolean endsWithAnyAt(String text, int at, List<String> words) {
    for (String word : words) {
      if (at >= word.length() && text.startsWith(word, at - word.length())) {
        return true;
      }
    }
    return false;
  }
}

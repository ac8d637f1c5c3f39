package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A list of words looked up at a position by the character there: the scanners ask at every
 * character whether one of a few dozen words starts there, and nearly always none can. Words
 * keep their list order within the ones sharing a first character, so the first word found is
 * the one a scan of the whole list would find.
 *
 * <p>A 64-bit mask of the first characters (by their low six bits) turns most characters away
 * before any search: this runs at every character of every cell.
 */
final class WordList {
  private final long mask; // bit (c & 63) set for every first character c
  private final char[] firsts; // the distinct first characters, ascending
  private final List<List<String>> byFirst; // the words of each, in list order

  private WordList(long mask, char[] firsts, List<List<String>> byFirst) {
    this.mask = mask;
    this.firsts = firsts;
    this.byFirst = byFirst;
  }

  static WordList of(List<String> words) {
    StringBuilder seen = new StringBuilder();
    for (String word : words) {
      if (seen.indexOf(word.substring(0, 1)) < 0) {
        seen.append(word.charAt(0));
      }
    }
    char[] firsts = seen.toString().toCharArray();
    Arrays.sort(firsts);
    List<List<String>> byFirst = new ArrayList<>();
    long mask = 0;
    for (int k = 0; k < firsts.length; k++) {
      List<String> same = new ArrayList<>();
      for (String word : words) {
        if (word.charAt(0) == firsts[k]) {
          same.add(word);
        }
      }
      byFirst.add(List.copyOf(same));
      mask |= 1L << (firsts[k] & 63);
    }
    return new WordList(mask, firsts, List.copyOf(byFirst));
  }

  private int indexOf(char c) {
    if ((mask & (1L << (c & 63))) == 0) {
      return -1;
    }
    int k = Arrays.binarySearch(firsts, c);
    return k < 0 ? -1 : k;
  }

  /** Whether a word of the list starts with {@code c}. */
  boolean startWith(char c) {
    return indexOf(c) >= 0;
  }

  /** Whether a word of the list occurs anywhere in {@code text}: one pass, not a search per word. */
  boolean occursIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (at(text, i) != null) {
        return true;
      }
    }
    return false;
  }

  /** The words that start with the character at {@code i} (whether the rest matches is not checked). */
  List<String> startingWith(String s, int i) {
    int k = indexOf(s.charAt(i));
    return k < 0 ? List.of() : byFirst.get(k);
  }

  /** The first word of the list that {@code s} has at {@code i}, or null. */
  @Nullable String at(String s, int i) {
    int k = indexOf(s.charAt(i));
    if (k < 0) {
      return null;
    }
    List<String> words = byFirst.get(k);
    for (int w = 0; w < words.size(); w++) { // by index: no iterator at every character
      String word = words.get(w);
      if (s.startsWith(word, i)) {
        return word;
      }
    }
    return null;
  }
}

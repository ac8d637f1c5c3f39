package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A list of words looked up at a position by the character there: the scanners ask at every
 * character whether one of a few dozen words starts there, and nearly always none can. Words
 * keep their list order within the ones sharing a first character, so the first word found is
 * the one a scan of the whole list would find.
 */
final class WordList {
  private final String firsts; // the distinct first characters, in order of first appearance
  private final List<List<String>> byFirst; // the words of each, in list order

  private WordList(String firsts, List<List<String>> byFirst) {
    this.firsts = firsts;
    this.byFirst = byFirst;
  }

  static WordList of(List<String> words) {
    StringBuilder firsts = new StringBuilder();
    List<List<String>> byFirst = new ArrayList<>();
    for (String word : words) {
      int k = firsts.indexOf(word.substring(0, 1));
      if (k < 0) {
        k = firsts.length();
        firsts.append(word.charAt(0));
        byFirst.add(new ArrayList<>());
      }
      byFirst.get(k).add(word);
    }
    List<List<String>> frozen = new ArrayList<>();
    for (List<String> b : byFirst) {
      frozen.add(List.copyOf(b));
    }
    return new WordList(firsts.toString(), List.copyOf(frozen));
  }

  /** Whether a word of the list starts with {@code c}. */
  boolean startWith(char c) {
    return firsts.indexOf(c) >= 0;
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
    int k = firsts.indexOf(s.charAt(i));
    return k < 0 ? List.of() : byFirst.get(k);
  }

  /** The first word of the list that {@code s} has at {@code i}, or null. */
  @Nullable String at(String s, int i) {
    int k = firsts.indexOf(s.charAt(i));
    if (k < 0) {
      return null;
    }
    for (String word : byFirst.get(k)) {
      if (s.startsWith(word, i)) {
        return word;
      }
    }
    return null;
  }
}

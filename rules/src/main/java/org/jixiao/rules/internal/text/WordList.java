package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A list of words looked up at a position by the character there: the scanners ask at every
 * character whether one of a few dozen words starts there, and nearly always none can. Words
 * keep their list order within the ones sharing a first character, so the first word found is
 * the one a scan of the whole list would find.
 *
 * <p>The first characters sit in a {@link CharTable}: this runs at every character of every
 * cell, and nearly every character starts no word.
 */
final class WordList {
  private final CharTable firsts; // the first characters, each at its position in byFirst
  private final String[][] byFirst; // the words of each first character, in list order

  private static final String[] NONE = {};

  private WordList(CharTable firsts, String[][] byFirst) {
    this.firsts = firsts;
    this.byFirst = byFirst;
  }

  static WordList of(List<String> words) {
    StringBuilder firsts = new StringBuilder();
    String[][] byFirst = grouped(words, word -> word.charAt(0), firsts);
    return new WordList(CharTable.of(firsts.toString().toCharArray()), byFirst);
  }

  /**
   * {@code words} grouped by the character {@code key} gives each: the groups in the order their characters first
   * appear, which are appended to {@code keys}, and each group's words in list order (so the first word of a group that
   * matches is the first of the list that does). {@link WordEnds} groups by the last character.
   */
  static String[][] grouped(List<String> words, Function<String, Character> key, StringBuilder keys) {
    for (String word : words) {
      char k = key.apply(word);
      if (keys.indexOf(String.valueOf(k)) < 0) {
        keys.append(k);
      }
    }
    String[][] groups = new String[keys.length()][];
    for (int g = 0; g < keys.length(); g++) {
      List<String> same = new ArrayList<>();
      for (String word : words) {
        if (key.apply(word) == keys.charAt(g)) {
          same.add(word);
        }
      }
      groups[g] = same.toArray(new String[0]);
    }
    return groups;
  }

  /** Whether a word of the list starts with {@code c}. */
  boolean startWith(char c) {
    return firsts.indexOf(c) >= 0;
  }

  /** Whether a word of the list occurs anywhere in {@code text}: one pass, not a search per word. */
  boolean occursIn(String text) {
    char[] chars = CharArrays.of(text);
    for (int i = 0; i < chars.length; i++) {
      if (at(text, chars[i], i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words that start with the character at {@code i} (whether the rest matches is not
   * checked), in list order. An array, never changed by the callers: a list here was two kinds of
   * list (empty, one or two, more) behind one call site at every character.
   */
  String[] startingWith(char c) {
    int k = firsts.indexOf(c);
    return k < 0 ? NONE : byFirst[k];
  }

  /** The first word of the list that {@code s} has at {@code i}, or null. */
  @Nullable String at(String s, int i) {
    return at(s, s.charAt(i), i);
  }

  /**
   * The first word of the list that {@code s} has at {@code i}, whose character {@code first} a
   * scanner looping over the text's array already holds, or null.
   */
  @Nullable String at(String s, char first, int i) {
    for (String word : startingWith(first)) {
      if (s.startsWith(word, i)) {
        return word;
      }
    }
    return null;
  }
}

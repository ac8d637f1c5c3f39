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
 * <p>The first characters sit in a small open-addressed table (at most a quarter full), so a
 * character that starts no word is turned away by one probe of an empty slot nearly always: this
 * runs at every character of every cell. (A 64-bit mask of low bits, used before, let through
 * most ideographs of a list with a few dozen first characters, and each then cost a binary
 * search.)
 */
final class WordList {
  private static final int EMPTY = -1;

  private final int[] keys; // a first character, or EMPTY; the length is a power of two
  private final int[] slots; // the index into byFirst of the character in keys
  private final String[][] byFirst; // the words of each first character, in list order
  private final List<List<String>> byFirstLists; // the same, as the lists startingWith returns

  private WordList(int[] keys, int[] slots, String[][] byFirst, List<List<String>> byFirstLists) {
    this.keys = keys;
    this.slots = slots;
    this.byFirst = byFirst;
    this.byFirstLists = byFirstLists;
  }

  static WordList of(List<String> words) {
    StringBuilder seen = new StringBuilder();
    for (String word : words) {
      if (seen.indexOf(word.substring(0, 1)) < 0) {
        seen.append(word.charAt(0));
      }
    }
    int size = 16;
    while (size < 4 * seen.length()) {
      size <<= 1;
    }
    int[] keys = new int[size];
    int[] slots = new int[size];
    Arrays.fill(keys, EMPTY);
    String[][] byFirst = new String[seen.length()][];
    List<List<String>> byFirstLists = new ArrayList<>();
    for (int k = 0; k < seen.length(); k++) {
      char first = seen.charAt(k);
      List<String> same = new ArrayList<>();
      for (String word : words) {
        if (word.charAt(0) == first) {
          same.add(word);
        }
      }
      byFirst[k] = same.toArray(new String[0]);
      byFirstLists.add(List.copyOf(same));
      int i = home(first, size - 1);
      while (keys[i] != EMPTY) {
        i = (i + 1) & (size - 1);
      }
      keys[i] = first;
      slots[i] = k;
    }
    return new WordList(keys, slots, byFirst, List.copyOf(byFirstLists));
  }

  /** The first slot to probe for {@code c}: a multiplicative hash, since ideographs of one list share low bits. */
  private static int home(char c, int mask) {
    return (c * 0x9E3779B1) >>> 16 & mask;
  }

  private int indexOf(char c) {
    int mask = keys.length - 1;
    for (int i = home(c, mask); ; i = (i + 1) & mask) {
      int key = keys[i];
      if (key == c) {
        return slots[i];
      }
      if (key == EMPTY) {
        return -1;
      }
    }
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
    return k < 0 ? List.of() : byFirstLists.get(k);
  }

  /** The first word of the list that {@code s} has at {@code i}, or null. */
  @Nullable String at(String s, int i) {
    int k = indexOf(s.charAt(i));
    if (k < 0) {
      return null;
    }
    for (String word : byFirst[k]) { // an array: no iterator or list access at every character
      if (s.startsWith(word, i)) {
        return word;
      }
    }
    return null;
  }
}

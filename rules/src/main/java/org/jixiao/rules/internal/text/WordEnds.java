package org.jixiao.rules.internal.text;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A list of words looked up by the character a position ends at: which word of the list ends right
 * before it, the first in list order. The scanners that read back from a figure (下降≥5%: what stands
 * before the 5) ask this of every figure, and nearly always the character there ends no word; a scan
 * of the whole list asked each of its words. {@link WordList} is the same for words that start at a
 * position.
 */
final class WordEnds {
  private final CharTable lasts; // the last characters, each at its position in byLast
  private final String[][] byLast; // the words of each last character, in list order

  private WordEnds(CharTable lasts, String[][] byLast) {
    this.lasts = lasts;
    this.byLast = byLast;
  }

  static WordEnds of(List<String> words) {
    StringBuilder lasts = new StringBuilder();
    String[][] byLast = WordList.grouped(words, word -> word.charAt(word.length() - 1), lasts);
    return new WordEnds(CharTable.of(lasts.toString().toCharArray()), byLast);
  }

  /**
   * The first word of the list (in list order) that ends right before {@code end} in {@code s}, or
   * null: the word a scan of the whole list with {@link Chars#endsWith} would find, since a word
   * that ends there ends with the character there.
   */
  @Nullable String endingAt(String s, int end) {
    if (end <= 0 || end > s.length()) {
      return null;
    }
    int k = lasts.indexOf(s.charAt(end - 1));
    if (k < 0) {
      return null;
    }
    for (String word : byLast[k]) {
      if (Chars.endsWith(s, end, word)) {
        return word;
      }
    }
    return null;
  }
}

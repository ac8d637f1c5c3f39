package org.jixiao.io.testing;

import java.util.Arrays;
import java.util.List;

/** Cuts a line of tab-separated cells as a PDF extraction wraps a tall row: its texts' ends go to a line below. */
public final class WrappedLines {
  private WrappedLines() {}

  /**
   * Moves the text after {@code at} characters of each of {@code columns} of line {@code index}
   * to a new line right below it, whose other cells are empty; returns {@code lines}, changed.
   */
  public static List<String> cut(List<String> lines, int index, int at, int... columns) {
    String[] row = lines.get(index).split("\t", -1);
    String[] rest = new String[row.length];
    Arrays.fill(rest, "");
    for (int c : columns) {
      rest[c] = row[c].substring(at);
      row[c] = row[c].substring(0, at);
    }
    lines.set(index, String.join("\t", row));
    lines.add(index + 1, String.join("\t", rest));
    return lines;
  }

  /** The index of the first line holding {@code text}. */
  public static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line holds " + text);
  }
}

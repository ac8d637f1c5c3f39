package org.jixiao.io.internal.form;

import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.grid.CellGrid;

/**
 * A grid with the reader's limits applied as cells are read: a cell longer than the limit throws,
 * a row is seen only up to the column limit (the reader rejects wider rows before reading).
 */
final class FormGrid {
  final CellGrid grid;
  private final int maxCellLength;
  private final int maxColumns;

  FormGrid(CellGrid grid, int maxCellLength, int maxColumns) {
    this.grid = grid;
    this.maxCellLength = maxCellLength;
    this.maxColumns = maxColumns;
  }

  int height() {
    return grid.height();
  }

  int width(int row) {
    return Math.min(grid.width(row), maxColumns);
  }

  String text(int row, int column) {
    String t = grid.text(row, column);
    if (t.length() > maxCellLength) {
      throw JixiaoReadException.atLine(
          "a cell longer than the limit of " + maxCellLength + " characters",
          grid.location(row, column).line().orElse(row + 1L),
          column + 1,
          t);
    }
    return t;
  }

  /** The text of a cell, or "" for a column outside the row (a negative one, or past its width). */
  String cell(int row, int column) {
    return column >= 0 && column < width(row) ? text(row, column) : "";
  }

  /** A grid row's one-based line in the source: its line in a text, its row in a sheet. */
  long line(int row) {
    return grid.location(row, 0).line().orElse(row + 1L);
  }

  String key(int row, int column) {
    return FormText.key(text(row, column));
  }

  /** The first column with text, -1 for a blank row. */
  int first(int row) {
    int w = width(row);
    for (int c = 0; c < w; c++) {
      if (!text(row, c).isEmpty()) {
        return c;
      }
    }
    return -1;
  }

  /** The number of cells with text. */
  int count(int row) {
    int n = 0;
    int w = width(row);
    for (int c = 0; c < w; c++) {
      if (!text(row, c).isEmpty()) {
        n++;
      }
    }
    return n;
  }

  /** The first column at or after {@code from} with text, -1 when none. */
  int next(int row, int from) {
    int w = width(row);
    for (int c = Math.max(from, 0); c < w; c++) {
      if (!text(row, c).isEmpty()) {
        return c;
      }
    }
    return -1;
  }

  /** Whether any cell's key of the row satisfies the test. */
  boolean anyKey(int row, java.util.function.Predicate<String> test) {
    int w = width(row);
    for (int c = 0; c < w; c++) {
      String t = text(row, c);
      if (!t.isEmpty() && test.test(FormText.key(t))) {
        return true;
      }
    }
    return false;
  }

  /** The cells of row {@code r} from column {@code from}, tab-separated, without trailing empty ones. */
  String joined(int r, int from) {
    StringBuilder line = new StringBuilder();
    int w = width(r);
    for (int c = from; c < w; c++) {
      if (c > from) {
        line.append('\t');
      }
      line.append(text(r, c));
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == '\t') {
      end--;
    }
    line.setLength(end);
    return line.toString();
  }
}

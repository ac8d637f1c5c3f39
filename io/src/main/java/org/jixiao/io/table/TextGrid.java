package org.jixiao.io.table;

import java.util.List;
import org.jixiao.core.evaluation.Location;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.internal.table.Cells;
import org.jixiao.io.internal.table.DiagnosticSink;

/** The cells of a TSV or CSV as a grid; each row remembers the line it started on. */
final class TextGrid implements CellGrid {
  private final String name;
  private final List<String[]> rows;
  private final List<Long> lines;

  TextGrid(String name, List<String[]> rows, List<Long> lines) {
    this.name = name;
    this.rows = List.copyOf(rows);
    this.lines = List.copyOf(lines);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int height() {
    return rows.size();
  }

  @Override
  public int width(int row) {
    return row < 0 || row >= rows.size() ? 0 : rows.get(row).length;
  }

  @Override
  public String text(int row, int column) {
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.get(row).length) {
      return "";
    }
    String s = rows.get(row)[column];
    return s == null ? "" : s.strip();
  }

  @Override
  public Location location(int row, int column) {
    Location.Builder b = Location.builder();
    if (!name.isEmpty()) {
      b.path(name);
    }
    if (row >= 0 && row < lines.size()) {
      b.line(lines.get(row));
    }
    if (column >= 0) {
      b.column(column + 1);
    }
    String t = text(row, column);
    if (!t.isEmpty()) {
      b.text(Cells.shorten(t, DiagnosticSink.MAX_TEXT));
    }
    return b.build();
  }
}

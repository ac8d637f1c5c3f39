package org.jixiao.io.grid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.core.evaluation.Location;
import org.jspecify.annotations.Nullable;

/**
 * A laid-out sheet, neutral of any file format: rows of cell text, the merged regions (合并单元格)
 * and a width hint per column. A writer that knows a document's layout (the single-project form's
 * {@link org.jixiao.io.form.FormWriter}) produces one; a renderer (the {@code jixiao-xlsx} module)
 * turns it into a worksheet with merged cells, and {@link #asGrid(String)} lets a reader read it
 * back as a {@link CellGrid}.
 *
 * <p>A merged region's text is that of its first (top-left) cell; the other cells it covers are
 * blank. Regions lie inside the grid's rectangle and do not overlap. Instances are immutable.
 */
public final class GridLayout {
  /**
   * A merged region (合并单元格).
   *
   * @param row zero-based first row
   * @param column zero-based first column
   * @param rows number of rows covered, at least 1
   * @param columns number of columns covered, at least 1; a region covers at least two cells
   */
  public record Region(int row, int column, int rows, int columns) {
    /** Checks the region. */
    public Region {
      if (row < 0 || column < 0 || rows < 1 || columns < 1 || (rows == 1 && columns == 1)) {
        throw new IllegalArgumentException(
            "a merged region starts at a cell and covers at least two: " + row + "," + column + " " + rows + "×" + columns);
      }
    }

    /** Whether the region covers the cell. */
    public boolean covers(int r, int c) {
      return r >= row && r < row + rows && c >= column && c < column + columns;
    }
  }

  private final List<List<String>> rows;
  private final List<Region> merges;
  private final List<Integer> columnWidths;
  private final int width;

  private GridLayout(List<List<String>> rows, List<Region> merges, List<Integer> columnWidths) {
    List<List<String>> copy = new ArrayList<>(rows.size());
    int w = 0;
    for (List<String> row : rows) {
      copy.add(List.copyOf(row));
      w = Math.max(w, row.size());
    }
    this.rows = List.copyOf(copy);
    this.width = w;
    this.merges = List.copyOf(merges);
    this.columnWidths = List.copyOf(columnWidths);
    boolean[][] taken = new boolean[this.rows.size()][w];
    for (Region m : this.merges) {
      if (m.row() + m.rows() > this.rows.size() || m.column() + m.columns() > w) {
        throw new IllegalArgumentException("a merged region outside the grid: " + m);
      }
      for (int r = m.row(); r < m.row() + m.rows(); r++) {
        for (int c = m.column(); c < m.column() + m.columns(); c++) {
          if (taken[r][c]) {
            throw new IllegalArgumentException("merged regions overlap at " + r + "," + c + ": " + m);
          }
          taken[r][c] = true;
          if ((r != m.row() || c != m.column()) && !text(r, c).isEmpty()) {
            throw new IllegalArgumentException(
                "a cell covered by a merged region holds text at " + r + "," + c + ": " + m);
          }
        }
      }
    }
    for (int cw : this.columnWidths) {
      if (cw < 0) {
        throw new IllegalArgumentException("a negative column width: " + cw);
      }
    }
  }

  /**
   * A layout.
   *
   * @param rows the rows of cell text (rows may differ in length; missing cells are blank)
   * @param merges the merged regions, inside the rows' rectangle and not overlapping, with no
   *     text in the cells they cover beyond their first
   * @param columnWidths a width hint per column, in characters of a CJK text (may be shorter
   *     than the widest row; missing widths are left to the renderer)
   * @return the layout
   * @throws IllegalArgumentException when a region lies outside the grid, overlaps another or
   *     covers text, or a width is negative
   */
  public static GridLayout of(List<List<String>> rows, List<Region> merges, List<Integer> columnWidths) {
    return new GridLayout(rows, merges, columnWidths);
  }

  /** The rows of cell text, in order; each row as long as it was given. */
  public List<List<String>> rows() {
    return rows;
  }

  /** The merged regions. */
  public List<Region> merges() {
    return merges;
  }

  /** Column width hints in characters, by column; may be shorter than {@link #width()}. */
  public List<Integer> columnWidths() {
    return columnWidths;
  }

  /** The number of rows. */
  public int height() {
    return rows.size();
  }

  /** The number of columns: the length of the longest row. */
  public int width() {
    return width;
  }

  /**
   * The text of a cell; empty when blank, covered by a merged region, or outside the grid.
   *
   * @param row zero-based row
   * @param column zero-based column
   * @return the text
   */
  public String text(int row, int column) {
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.get(row).size()) {
      return "";
    }
    return rows.get(row).get(column);
  }

  /**
   * This layout seen as a {@link CellGrid}, as a reader sees a worksheet: text stripped, merged
   * continuation cells blank and {@link CellGrid#continuesMerge} true, locations as one-based
   * rows ("lines") and columns.
   *
   * @param name the grid's name (a sheet's name)
   * @return the grid
   */
  public CellGrid asGrid(String name) {
    boolean[][] continues = new boolean[rows.size()][width];
    for (Region m : merges) {
      for (int r = m.row(); r < m.row() + m.rows(); r++) {
        Arrays.fill(continues[r], m.column(), m.column() + m.columns(), true);
      }
      continues[m.row()][m.column()] = false;
    }
    return new CellGrid() {
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
        return row < 0 || row >= rows.size() ? 0 : rows.get(row).size();
      }

      @Override
      public String text(int row, int column) {
        return GridLayout.this.text(row, column).strip();
      }

      @Override
      public boolean continuesMerge(int row, int column) {
        return row >= 0 && row < continues.length && column >= 0 && column < width && continues[row][column];
      }

      @Override
      public Location location(int row, int column) {
        Location.Builder b = Location.builder().line(row + 1L).column(column + 1);
        if (!name.isEmpty()) {
          b.path(name);
        }
        String t = text(row, column);
        if (!t.isEmpty()) {
          b.text(t.length() > 200 ? t.substring(0, 200) + "…" : t);
        }
        return b.build();
      }
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof GridLayout
        && rows.equals(((GridLayout) o).rows)
        && merges.equals(((GridLayout) o).merges)
        && columnWidths.equals(((GridLayout) o).columnWidths);
  }

  @Override
  public int hashCode() {
    return rows.hashCode() * 31 * 31 + merges.hashCode() * 31 + columnWidths.hashCode();
  }

  @Override
  public String toString() {
    return "GridLayout{" + rows.size() + " rows × " + width + ", " + merges.size() + " merges}";
  }
}

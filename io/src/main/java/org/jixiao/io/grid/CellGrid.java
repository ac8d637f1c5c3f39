package org.jixiao.io.grid;

import java.util.List;
import org.jixiao.core.evaluation.Location;

/**
 * A sheet or a text file seen as a person sees it: rows of cell text. It is what the readers of
 * the three layouts (disclosure table, single-project form, target declaration) read, whatever the
 * file was: a TSV or CSV (see {@link org.jixiao.io.table.TableReader#readGrid(java.io.Reader, String)}), or a worksheet (the {@code jixiao-xlsx} module
 * adapts one).
 *
 * <p>A cell that continues a merged region (合并单元格) is blank: its text is the region's, given
 * in the region's first cell only, and {@link #continuesMerge(int, int)} tells it from a cell that
 * is blank on the page.
 */
public interface CellGrid {
  /** The grid's name as a person would cite it: a sheet's name, a file's name; may be empty. */
  String name();

  /** The number of rows. */
  int height();

  /** The number of cells in row {@code row} (zero-based); rows may differ in width. */
  int width(int row);

  /**
   * The text of a cell, with its surrounding white space removed; empty when blank, when it
   * continues a merged region, or when the cell is outside the grid.
   *
   * @param row zero-based row
   * @param column zero-based column
   */
  String text(int row, int column);

  /**
   * Whether the cell lies in a merged region but is not its first cell. A grid read from text
   * has no merged regions.
   */
  default boolean continuesMerge(int row, int column) {
    return false;
  }

  /**
   * Where a cell is, for a diagnostic: a sheet's cell reference ({@code '项目1'!B6}) or a line and
   * column, with the cell's text.
   *
   * @param row zero-based row
   * @param column zero-based column
   */
  Location location(int row, int column);

  /**
   * The cells of a row, {@link #width(int)} of them.
   *
   * @param row zero-based row
   */
  default List<String> row(int row) {
    String[] cells = new String[width(row)];
    for (int c = 0; c < cells.length; c++) {
      cells[c] = text(row, c);
    }
    return List.of(cells);
  }
}

package org.jixiao.io.internal.table;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import org.jspecify.annotations.Nullable;

/**
 * Takes FastCSV's cells straight into one reused array, so that reading a row allocates its
 * cell strings and nothing else (FastCSV's own record handler builds a record and copies its
 * cells once more for every row). {@link #buildRecord} returns this handler: the reader must
 * use a row before asking for the next one.
 *
 * <p>It also enforces the reader's limits as the cells arrive, before a long row is kept.
 */
public final class RowHandler extends AbstractBaseCsvCallbackHandler<RowHandler> {
  private final int maxCells;
  private final int maxCellLength;
  private final long maxRowLength;
  private String[] cells = new String[64];
  private long rowLength;
  private @Nullable Msg exceeded;

  /**
   * A handler with limits.
   *
   * @param maxCells the most cells a row may have
   * @param maxCellLength the most characters a cell may have
   * @param maxRowLength the most characters the cells of a row may have together
   */
  public RowHandler(int maxCells, int maxCellLength, long maxRowLength) {
    this.maxCells = maxCells;
    this.maxCellLength = maxCellLength;
    this.maxRowLength = maxRowLength;
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    rowLength = 0;
  }

  @Override
  protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
    if (index >= maxCells) {
      exceeded =
          Msg.of("JX-I-0147").arg("line", getStartingLineNumber()).arg("limit", maxCells);
      throw new CsvParseException(
          "the row starting at line "
              + getStartingLineNumber()
              + " has more than "
              + maxCells
              + " cells, the limit of columns");
    }
    if (length > maxCellLength) {
      exceeded =
          Msg.of("JX-I-0148")
              .arg("cell", index + 1L)
              .arg("line", getStartingLineNumber())
              .arg("limit", maxCellLength);
      throw new CsvParseException(
          "cell "
              + (index + 1)
              + " of the row starting at line "
              + getStartingLineNumber()
              + " is longer than "
              + maxCellLength
              + " characters, the limit of a cell");
    }
    rowLength += length;
    if (rowLength > maxRowLength) {
      exceeded =
          Msg.of("JX-I-0149").arg("line", getStartingLineNumber()).arg("limit", maxRowLength);
      throw new CsvParseException(
          "the row starting at line "
              + getStartingLineNumber()
              + " is longer than "
              + maxRowLength
              + " characters, the limit of a row");
    }
    if (index == cells.length) {
      String[] larger = new String[Math.min(maxCells, cells.length * 2)];
      System.arraycopy(cells, 0, larger, 0, cells.length);
      cells = larger;
    }
    cells[index] = length == 0 ? "" : new String(buffer, offset, length);
  }

  @Override
  protected RowHandler buildRecord() {
    return this;
  }

  /** The cells of the current row; only the first {@link #count()} belong to it. */
  public String[] cells() {
    return cells;
  }

  /** How many cells the current row has. */
  public int count() {
    return getFieldCount();
  }

  /** The limit the last row exceeded, as a message; null when it exceeded none. */
  public @Nullable Msg exceeded() {
    return exceeded;
  }

  /** The one-based line the current row starts on. */
  public long line() {
    return getStartingLineNumber();
  }
}

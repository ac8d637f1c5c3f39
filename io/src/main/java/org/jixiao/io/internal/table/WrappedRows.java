package org.jixiao.io.internal.table;

import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.ReadDiagnostics;
import org.jspecify.annotations.Nullable;

/**
 * Holds a project row until the next row shows whether it carries on that row's text: a tall row
 * cut by a page break, or cells a PDF extraction wrapped onto lines of their own, print the rest
 * of the row's texts on a line with no 序号 and no figure. Read as a row of its own, such a line
 * became a project with no figures (when its name cell held the name's end) or left the texts'
 * ends as stray cells; joined, the project reads as printed.
 *
 * <p>A line is taken as a wrap of the held row only when the held row has a 序号, the line has
 * none, and every cell it fills lies under a text cell (unit, name, goal, indicator, problems…)
 * that the held row filled too: a project of its own would bring figures or fill a cell the row
 * above left empty. A repeated header between the two is passed over when its columns are the
 * held row's. The texts are joined as printed, with nothing between (a wrapped line breaks a
 * word, not a sentence), and each join is said (JX-I-0401).
 */
final class WrappedRows {
  private final ReadContext ctx;

  private int count;
  private long line;
  private @Nullable Layout layout;
  private int seq = -1;
  /** The joined text of each column, made only for columns a wrap added to. */
  private @Nullable StringBuilder @Nullable [] joined;

  WrappedRows(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** A held row, joined with the lines that wrapped it; its cells are valid until the next hold. */
  record Held(String[] cells, int count, long line, Layout layout) {}

  /**
   * The cells of the held row, while {@link #layout} is set: one array, reused from row to row
   * (rows are read one at a time).
   */
  private String[] buffer = new String[64];

  /** Holds a project row (its cells are copied: the caller may reuse the array). */
  void hold(String[] rowCells, int rowCount, long rowLine, Layout l) {
    if (buffer.length < rowCount) {
      buffer = new String[Math.max(rowCount, 2 * buffer.length)];
    }
    System.arraycopy(rowCells, 0, buffer, 0, rowCount);
    count = rowCount;
    line = rowLine;
    layout = l;
    seq = NumberCells.parseSeq(RowCells.cell(rowCells, rowCount, l.seqColumn()));
    joined = null;
  }

  boolean holding() {
    return layout != null;
  }

  /**
   * Joins a row that wraps the held one to it and says so; returns whether it did.
   *
   * @param l the layout of the row's header block (the held row's, or a repeated header's)
   */
  boolean join(String[] row, int rowCount, long rowLine, Layout l) {
    String[] held = buffer;
    Layout heldLayout = layout;
    if (heldLayout == null || seq < 0 || !heldLayout.sameColumns(l)) {
      return false;
    }
    if (!Cells.isBlank(RowCells.cell(row, rowCount, l.seqColumn()))) {
      return false;
    }
    int first = -1;
    for (int c = 0; c < rowCount; c++) {
      if (Cells.isBlank(row[c])) {
        continue;
      }
      if (c >= count || Cells.isBlank(held[c]) || !isText(l.role(c))) {
        return false;
      }
      if (first < 0) {
        first = c;
      }
    }
    if (first < 0) {
      return false;
    }
    StringBuilder[] text = joined;
    if (text == null) {
      text = new StringBuilder[count];
      joined = text;
    }
    for (int c = first; c < rowCount; c++) {
      if (!Cells.isBlank(row[c])) {
        StringBuilder b = text[c];
        if (b == null) {
          b = new StringBuilder(held[c]);
          text[c] = b;
        }
        b.append(row[c]);
      }
    }
    String fragments = RowCells.joinNonBlank(row, rowCount);
    ctx.sink.report(
        ReadDiagnostics.WRAPPED_ROW,
        Severity.INFO,
        Msg.of("JX-I-0401")
            .arg("line", rowLine)
            .part("row", RowCells.describeRow(seq, line)),
        rowLine,
        first,
        fragments,
        seq);
    return true;
  }

  /** The held row with its wraps joined, and nothing held any more; null when none is held. */
  @Nullable Held take() {
    String[] held = buffer;
    Layout l = layout;
    if (l == null) {
      return null;
    }
    StringBuilder[] text = joined;
    if (text != null) {
      for (int c = 0; c < count; c++) {
        if (text[c] != null) {
          held[c] = text[c].toString();
        }
      }
    }
    Held out = new Held(held, count, line, l);
    layout = null;
    joined = null;
    seq = -1;
    return out;
  }

  /** Columns whose text a line can wrap: none that holds a number, a flag or a derived value. */
  private static boolean isText(@Nullable Role role) {
    if (role == null) {
      return false;
    }
    switch (role) {
      case UNIT:
      case DEPARTMENT:
      case NAME:
      case GOAL:
      case GOAL_OUTCOME:
      case COMPLETION:
      case TARGET:
      case ACHIEVED:
      case PROBLEMS:
      case RECTIFICATION:
      case UNKNOWN:
        return true;
      default:
        return false;
    }
  }
}

package org.jixiao.io.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.grid.DocumentLayout;

/**
 * Tells, from the first rows a table reader is given, whether they show another layout than a
 * disclosure table — a single-project form, a target declaration — and says so once, as an
 * ERROR (JX-I-0196). Read as a table, a form's label rows become projects without names or
 * figures; a careful reader would stop at the title and pick up the right form instead.
 *
 * <p>The rows are held back until it has decided, and then handed on: so the layout is the first
 * thing said, and a strict read stops at it rather than at a symptom of it in some row. It holds
 * no more than the {@value DocumentLayout#ROWS_READ} rows {@link DocumentLayout#detect} reads (and
 * the marker rows among them, at most {@value #MAX_HELD} in all), so a table of any length costs
 * the same.
 */
final class LayoutWatch {
  /** At most this many rows are held, marker rows included (a text of markers only decides here). */
  static final int MAX_HELD = 1_000;

  /** A row held back: its cells, and its line. */
  record Row(String[] cells, long line) {}

  private final List<Row> held = new ArrayList<>();
  /** The held rows detection reads: not markers (jixiao's own rows, no layout's words). */
  private final List<Row> read = new ArrayList<>();
  private boolean decided;

  /** Whether it has decided: rows go straight on from then. */
  boolean decided() {
    return decided;
  }

  /**
   * Holds a row that is not blank; whether it has enough rows to decide now.
   *
   * @param marker whether the row is a marker row, which detection does not read
   */
  boolean hold(String[] cells, int count, long line, boolean marker) {
    Row row = new Row(RowCells.copy(cells, count), line);
    held.add(row);
    if (!marker) {
      read.add(row);
    }
    return read.size() == DocumentLayout.ROWS_READ || held.size() == MAX_HELD;
  }

  /** Decides on the rows held, says so when they show another layout, and gives them back. */
  List<Row> decide(ReadContext ctx) {
    decided = true;
    String kind =
        switch (DocumentLayout.detect(new Rows())) {
          case SINGLE_PROJECT_FORM -> "JX-I-0197";
          case TARGET_DECLARATION -> "JX-I-0198";
          default -> "";
        };
    if (!kind.isEmpty()) {
      ctx.sink.report(
          ReadDiagnostics.OTHER_LAYOUT,
          Severity.ERROR,
          Msg.of("JX-I-0196").part("layout", Msg.of(kind)),
          read.get(0).line(),
          -1,
          null,
          -1);
    }
    List<Row> rows = List.copyOf(held);
    held.clear();
    read.clear();
    return rows;
  }

  /** The rows detection reads, as a grid gives them (trimmed cells). */
  private final class Rows implements CellGrid {
    @Override
    public String name() {
      return "";
    }

    @Override
    public int height() {
      return read.size();
    }

    @Override
    public int width(int row) {
      return read.get(row).cells().length;
    }

    @Override
    public String text(int row, int column) {
      String[] cells = read.get(row).cells();
      String text = column < cells.length ? cells[column] : null;
      return text == null ? "" : text.strip();
    }

    @Override
    public Location location(int row, int column) {
      return Location.builder().line(read.get(row).line()).build();
    }
  }
}

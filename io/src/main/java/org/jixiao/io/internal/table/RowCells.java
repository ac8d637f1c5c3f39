package org.jixiao.io.internal.table;

/** Small helpers over the cells of one row (only the first {@code count} cells are the row's). */
final class RowCells {
  private RowCells() {}

  static String cell(String[] cells, int count, int column) {
    return column >= 0 && column < count ? cells[column] : "";
  }

  static int firstNonBlank(String[] cells, int count) {
    for (int c = 0; c < count; c++) {
      if (!Cells.isBlank(cells[c])) {
        return c;
      }
    }
    return -1;
  }

  static int nonBlankCount(String[] cells, int count) {
    int n = 0;
    for (int c = 0; c < count; c++) {
      if (!Cells.isBlank(cells[c])) {
        n++;
      }
    }
    return n;
  }

  static String joinNonBlank(String[] cells, int count) {
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < count; c++) {
      if (!Cells.isBlank(cells[c])) {
        if (out.length() > 0) {
          out.append('\t');
        }
        out.append(cells[c]);
      }
    }
    return out.toString();
  }

  static String[] copy(String[] cells, int count) {
    String[] out = new String[count];
    System.arraycopy(cells, 0, out, 0, count);
    return out;
  }

  /** The row a diagnostic is about: 第12行（序号 3）, or 第12行 when it has no 序号. */
  static Msg describeRow(int seq, long line) {
    return seq >= 0
        ? Msg.of("JX-I-0151").arg("line", line).arg("seq", seq)
        : Msg.of("JX-I-0152").arg("line", line);
  }

  /** The lines of a header block: 第3行, or 第3–5行. */
  static Msg describeLines(long from, long to) {
    return from == to
        ? Msg.of("JX-I-0153").arg("line", from)
        : Msg.of("JX-I-0154").arg("from", from).arg("to", to);
  }
}

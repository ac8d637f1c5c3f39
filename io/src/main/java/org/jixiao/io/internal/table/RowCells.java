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

  static String describeRow(int seq, long line) {
    return seq >= 0 ? "the row of 序号 " + seq + " (line " + line + ")" : "the row at line " + line;
  }
}

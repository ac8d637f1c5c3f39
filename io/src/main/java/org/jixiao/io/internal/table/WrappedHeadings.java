package org.jixiao.io.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.io.internal.table.HeaderResolver.HeaderRow;

/**
 * Headings wrapped over two or more header rows: a narrow column prints 项目年度预算 above 金额,
 * 预算支出 above 执行率, 预算金额 above （万元）. Read as a level-1 label over a level-2 one, the
 * column had no field (its figures became stray cells); joined, it is the field it names.
 *
 * <p>Two cells one above the other in a column are joined when one of them alone names nothing
 * the reader knows and the two together do. Labels that both name something (实际支出金额 over
 * 合计, 产出目标 over 数量指标) are a level-1 label over its level-2 one and are kept apart.
 */
final class WrappedHeadings {
  private WrappedHeadings() {}

  /** A heading joined from a column's cells: the parts as printed and the label they make. */
  record Joined(long line, int column, String upper, String lower, String label) {}

  /**
   * Whether {@code cell}, under {@code above} in the same column, ends a wrapped heading: one of
   * the two names nothing alone, the two together name a field or a group.
   */
  static boolean continues(String above, String cell, int column) {
    if (Cells.isBlank(above) || Cells.isBlank(cell)) {
      return false;
    }
    String upper = above.strip();
    String lower = cell.strip();
    if (upper.length() + lower.length() > HeaderBlocks.MAX_LABEL_LENGTH) {
      return false;
    }
    boolean upperKnown = known(upper, 0, column);
    boolean lowerKnown = known(lower, 1, column);
    return !(upperKnown && lowerKnown) && known(upper + lower, 0, column);
  }

  /** Whether {@code cell} of a block continues a heading of the block's last row. */
  static boolean continuesBlock(String cell, int column, List<HeaderRow> block) {
    String[] above = block.get(block.size() - 1).cells();
    return column < above.length && continues(above[column], cell, column);
  }

  /**
   * The block with each wrapped heading joined into its top cell (the cells below it left
   * blank); the joins made are added to {@code joined}. The rows given are not changed.
   */
  static List<HeaderRow> join(List<HeaderRow> rows, List<Joined> joined) {
    int n = rows.size();
    String[][] cells = new String[n][];
    boolean changed = false;
    int width = 0;
    for (HeaderRow row : rows) {
      width = Math.max(width, row.cells().length);
    }
    for (int c = 0; c < width; c++) {
      for (int r = 0; r < n; r++) {
        String top = cell(rows, cells, r, c);
        if (Cells.isBlank(top)) {
          continue;
        }
        String label = top.strip();
        int k = r + 1;
        // a heading wrapped over three rows takes each part in turn
        while (k < n && continues(label, cell(rows, cells, k, c), c)) {
          String part = cell(rows, cells, k, c).strip();
          joined.add(new Joined(rows.get(r).line(), c, label, part, label + part));
          label = label + part;
          set(rows, cells, k, c, "");
          k++;
        }
        if (k > r + 1) {
          set(rows, cells, r, c, label);
          changed = true;
        }
        r = k - 1;
      }
    }
    if (!changed) {
      return rows;
    }
    List<HeaderRow> out = new ArrayList<>(n);
    for (int r = 0; r < n; r++) {
      String[] own = cells[r];
      out.add(own != null ? new HeaderRow(rows.get(r).line(), own) : rows.get(r));
    }
    return out;
  }

  private static String cell(List<HeaderRow> rows, String[][] cells, int r, int c) {
    String[] own = cells[r] != null ? cells[r] : rows.get(r).cells();
    return c < own.length ? own[c] : "";
  }

  /** Sets a cell in a copy of its row (the row given is not changed). */
  private static void set(List<HeaderRow> rows, String[][] cells, int r, int c, String text) {
    if (cells[r] == null) {
      cells[r] = rows.get(r).cells().clone();
    }
    cells[r][c] = text;
  }

  private static boolean known(String text, int row, int column) {
    return HeaderLabels.classify(text, row, column, 0, row == 0).kind() != HeaderLabels.Kind.UNKNOWN;
  }
}

package org.jixiao.io.internal.table;

import java.util.List;

/**
 * Rows of a disclosure table that are neither projects nor its 合计: a group's 小计, and the
 * sign-off line (填表人 / 审核人 / 单位负责人 / 填报日期 …) that Excel and Word exports spread over
 * cells. Read as project rows, each became a project (审核人：李四, or an unnamed one holding the
 * group's sums) and made the totals look wrong.
 */
final class ClosingLines {
  /**
   * The labels a sign-off line is made of, as {@link Cells#normalizeLabel} gives them: who filled,
   * checked or signed the table, and when.
   */
  private static final List<String> SIGN_OFF =
      List.of(
          "填表人", "填报人", "制表人", "审核人", "复核人", "审批人", "经办人", "联系人", "联系电话",
          "单位负责人", "单位主要负责人", "主要负责人", "财务负责人", "项目负责人", "部门负责人",
          "分管领导", "填报日期", "填表日期", "制表日期", "报送日期", "审核日期");

  private ClosingLines() {}

  /** Whether a row's first cell, at {@code first}, labels it a 小计 (a group's subtotal). */
  static boolean isSubtotal(String firstText, int first, Layout l) {
    if (first > Math.max(l.nameColumn(), 2) || firstText.length() > HeaderBlocks.MAX_LABEL_LENGTH) {
      return false;
    }
    String normalized = Cells.normalizeLabel(firstText);
    return normalized.equals("小计") || (normalized.endsWith("小计") && normalized.length() <= 12);
  }

  /**
   * Whether a row is a sign-off line: its first filled cell starts with a sign-off label, and so
   * do at least half of its filled cells (the others are the names and dates beside them).
   */
  static boolean isSignOff(String[] cells, int count) {
    int first = RowCells.firstNonBlank(cells, count);
    if (first < 0 || !startsWithSignOff(Cells.normalizeLabel(cells[first].strip()))) {
      return false; // every project row ends here: its first cell is no signer's label
    }
    int filled = 1;
    int labelled = 1;
    for (int c = first + 1; c < count; c++) {
      if (!Cells.isBlank(cells[c])) {
        filled++;
        labelled += startsWithSignOff(Cells.normalizeLabel(cells[c].strip())) ? 1 : 0;
      }
    }
    return labelled * 2 >= filled;
  }

  private static boolean startsWithSignOff(String text) {
    for (String label : SIGN_OFF) {
      if (text.startsWith(label)) {
        return true;
      }
    }
    return false;
  }
}

package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.rules.internal.text.Headings;
import org.jspecify.annotations.Nullable;

/**
 * Indicator rows a form reader kept whole as stray cells because no level stood above them (a
 * copy that lost the first rows' 一级 and 二级): on one line, a name under the name column's
 * heading and a 分值 under the 分值 column's. Their points are the ones a form's printed 分值 then
 * lack, and they are in the document, not cut from it.
 */
final class KeptRows {
  private static final Set<String> NAME_HEADINGS = Set.of("三级指标", "三级", "指标名称", "指标内容", "指标");
  private static final Set<String> POINTS_HEADINGS = Set.of("分值", "指标分值", "权重", "权重分值");

  /** How many rows, their 分值 added up, and the first one's name and line. */
  record Found(int rows, BigDecimal points, String first, long line) {}

  private KeptRows() {}

  /** The rows kept, or null when none is (or the cells carry no lines to tell rows by). */
  static @Nullable Found of(Project project) {
    List<StrayCell> cells = project.strayCells();
    if (cells.isEmpty()) {
      return null;
    }
    Map<Long, String> names = new TreeMap<>();
    Map<Long, BigDecimal> points = new TreeMap<>();
    for (StrayCell cell : cells) {
      if (cell.line().isEmpty() || cell.header().isEmpty()) {
        continue;
      }
      long line = cell.line().getAsLong();
      String heading = Headings.key(cell.header().get());
      if (NAME_HEADINGS.contains(heading)) {
        names.putIfAbsent(line, cell.text().strip());
      } else if (POINTS_HEADINGS.contains(heading)) {
        BigDecimal p = points(cell.text());
        if (p != null) {
          points.putIfAbsent(line, p);
        }
      }
    }
    int rows = 0;
    BigDecimal sum = BigDecimal.ZERO;
    String first = "";
    long firstLine = -1;
    for (Map.Entry<Long, String> name : names.entrySet()) {
      BigDecimal p = points.get(name.getKey());
      if (p == null) {
        continue; // a name alone (a 其中 sub-row, a note) is no row that carries points
      }
      if (rows++ == 0) {
        first = name.getValue();
        firstLine = name.getKey();
      }
      sum = sum.add(p);
    }
    return rows == 0 ? null : new Found(rows, sum, first, firstLine);
  }

  /** A 分值 as printed (10, 10分, 12.5): a positive figure of a few digits, else null. */
  private static @Nullable BigDecimal points(String text) {
    String t = text.strip();
    if (t.endsWith("分")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (t.isEmpty() || t.length() > 8) {
      return null;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return null;
      }
    }
    try {
      BigDecimal p = new BigDecimal(t);
      return p.signum() > 0 ? p : null;
    } catch (NumberFormatException e) {
      return null; // 1.2.3
    }
  }
}

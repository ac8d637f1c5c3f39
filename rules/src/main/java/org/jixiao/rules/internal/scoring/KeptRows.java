package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jixiao.core.label.Labels;
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
  private static final Set<String> NAME_HEADINGS = Set.of("指标名称", "指标内容", "指标");
  private static final Set<String> LEVEL_HEADINGS = Set.of("一级指标", "二级指标", "一级", "二级");

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
    Set<Long> levelled = new java.util.HashSet<>();
    for (StrayCell cell : cells) {
      if (cell.line().isEmpty() || cell.header().isEmpty() || cell.text().isBlank()) {
        continue;
      }
      long line = cell.line().getAsLong();
      String heading = Headings.key(cell.header().get());
      if (LEVEL_HEADINGS.contains(heading)) {
        levelled.add(line); // a level printed but not known (过程指标 | 资金管理): the row did not lose it
      } else if (isName(heading)) {
        names.putIfAbsent(line, cell.text().strip());
      } else if (heading.startsWith("分值") || heading.startsWith("权重") || heading.equals("指标分值")) {
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
      if (p == null || levelled.contains(name.getKey()) || Headings.key(name.getValue()).startsWith("其中")) {
        // a name alone is no row that carries points; a 其中 row's points are part of the row above's
        continue;
      }
      if (rows++ == 0) {
        first = name.getValue();
        firstLine = name.getKey();
      }
      sum = sum.add(p);
    }
    return rows == 0 ? null : new Found(rows, sum, first, firstLine);
  }

  /** The name column's heading: 三级指标, 三级指标名称, 指标名称, 指标内容, 指标. */
  private static boolean isName(String heading) {
    return heading.startsWith("三级") || NAME_HEADINGS.contains(heading);
  }

  /** A 分值 as printed (10, 10分, 12.5, ２０): a positive figure of a few digits, else null. */
  private static @Nullable BigDecimal points(String text) {
    String t = Labels.normalize(text);
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

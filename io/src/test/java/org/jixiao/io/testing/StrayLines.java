package org.jixiao.io.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;

/**
 * The lines of a table's stray cells, in order: a stray cell's line is no part of its equality
 * (as a project's source line is not), so a round trip that keeps it is checked with these.
 */
public final class StrayLines {
  private StrayLines() {}

  /** The lines of every project's stray cells, then the 合计 row's. */
  public static List<OptionalLong> of(PerformanceTable table) {
    List<OptionalLong> lines = new ArrayList<>();
    for (Project p : table.projects()) {
      lines.addAll(of(p));
    }
    table.totals().ifPresent(t -> t.strayCells().forEach(c -> lines.add(c.line())));
    return lines;
  }

  /** The lines of a project's stray cells. */
  public static List<OptionalLong> of(Project project) {
    List<OptionalLong> lines = new ArrayList<>();
    for (StrayCell c : project.strayCells()) {
      lines.add(c.line());
    }
    return lines;
  }
}

package org.jixiao.io.internal.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.TotalsRow;
import org.jspecify.annotations.Nullable;

/**
 * What the row readers of one read share: the diagnostics, the notes and metadata collected so
 * far, the row still open to marker and continuation rows, and the columns stray cells came
 * from. One per read; not thread-safe.
 */
final class ReadContext {
  /** Which kind of row the last body row was. */
  enum Last {
    NONE,
    PROJECT,
    TOTALS
  }

  final DiagnosticSink sink;
  final List<String> notes = new ArrayList<>();
  final Map<String, String> metadata = new LinkedHashMap<>();
  /** The columns of the current header block that stray cells were read from. */
  final Set<Integer> strayColumns = new HashSet<>();

  /** The last project row's project, still open to marker and continuation rows. */
  Project.@Nullable Builder openProject;
  /** The indicators of {@link #openProject}; each project row brings its own list. */
  List<Indicator> openIndicators = new ArrayList<>();
  /** The declaration fields (【申报】 rows) {@link #openProject} has been given. */
  Set<String> declarationFields = new HashSet<>();
  TotalsRow.@Nullable Builder totals;
  Last last = Last.NONE;

  ReadContext(DiagnosticSink sink) {
    this.sink = sink;
  }

  /** Adds a stray cell to the row above: the 合计 row or the open project. */
  void addStray(StrayCell cell) {
    if (last == Last.TOTALS && totals != null) {
      totals.addStrayCells(cell);
    } else if (openProject != null) {
      openProject.addStrayCells(cell);
    }
  }

  /**
   * A stray cell printed on this one-based line, in a column of the current layout, headed by that
   * column's header text.
   */
  StrayCell layoutStray(long line, int column, Layout l, String text) {
    strayColumns.add(column);
    return stray(line, column, l.header(column), text);
  }

  /** A stray cell; a line below 1 is a line not known, a blank header none. */
  static StrayCell stray(long line, int column, String header, String text) {
    StrayCell.Builder cell = StrayCell.builder().column(column).text(text);
    if (!header.isEmpty()) {
      cell.header(header);
    }
    if (line >= 1) {
      cell.line(line);
    }
    return cell.build();
  }
}

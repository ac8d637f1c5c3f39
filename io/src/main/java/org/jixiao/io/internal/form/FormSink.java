package org.jixiao.io.internal.form;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.internal.table.Cells;
import org.jixiao.io.internal.table.DiagnosticSink;
import org.jspecify.annotations.Nullable;

/**
 * The diagnostics of one form read, located by the grid's own {@link CellGrid#location} (a sheet's
 * cell or a text's line and column). Strict mode throws the first WARNING or ERROR as a {@link
 * JixiaoReadException}; the number kept is bounded like the table reader's.
 */
public final class FormSink {
  private final boolean strict;
  private final CellGrid grid;
  private final List<Finding> findings = new ArrayList<>();
  private long dropped;

  public FormSink(boolean strict, CellGrid grid) {
    this.strict = strict;
    this.grid = grid;
  }

  /**
   * Reports a diagnostic at a cell.
   *
   * @param row zero-based row, -1 when none
   * @param column zero-based column, -1 when none
   * @param text the offending text, if any (else the cell's)
   */
  public void report(
      String rule, Severity severity, String message, int row, int column, @Nullable String text) {
    Location located = row >= 0 ? grid.location(row, Math.max(column, 0)) : Location.builder().build();
    Location.Builder b = Location.builder().from(located);
    if (column < 0) {
      b.column(java.util.OptionalInt.empty());
    }
    if (text != null && !text.isEmpty()) {
      b.text(Cells.shorten(text, DiagnosticSink.MAX_TEXT));
    }
    Location location = b.build();
    if (strict && severity != Severity.INFO) {
      String where = location.path().map(p -> p + ": ").orElse("");
      throw JixiaoReadException.atLine(
          where + message,
          location.line().orElse(0L),
          location.column().orElse(0),
          text != null ? text : location.text().orElse(null));
    }
    if (findings.size() >= DiagnosticSink.MAX_DIAGNOSTICS) {
      dropped++;
      return;
    }
    findings.add(Finding.of(rule, severity, message, location));
  }

  public List<Finding> finish() {
    if (dropped > 0) {
      findings.add(
          Finding.of(
              "read.too-many-diagnostics",
              Severity.INFO,
              dropped + " more diagnostics were not kept (at most " + DiagnosticSink.MAX_DIAGNOSTICS + ")"));
    }
    return List.copyOf(findings);
  }
}

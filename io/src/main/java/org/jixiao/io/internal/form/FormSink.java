package org.jixiao.io.internal.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.internal.table.Cells;
import org.jixiao.io.internal.table.DiagnosticSink;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The diagnostics of one form read, worded in the reader's language from the io module's messages
 * ({@code JX-I-02xx}) and located by the grid's own {@link CellGrid#location} (a sheet's cell or
 * a text's line and column, with the offending text). Strict mode throws the first WARNING or
 * ERROR as a {@link JixiaoReadException} with the same code and words; the number kept is bounded
 * like the table reader's.
 */
public final class FormSink {
  private final boolean strict;
  private final CellGrid grid;
  private final Locale locale;
  private final List<Finding> findings = new ArrayList<>();
  private long dropped;

  public FormSink(boolean strict, CellGrid grid, Locale locale) {
    this.strict = strict;
    this.grid = grid;
    this.locale = locale;
  }

  /**
   * Reports a diagnostic at a cell.
   *
   * @param rule the rule id ({@code read.form.…} or a shared one of {@link ReadDiagnostics})
   * @param msg the message: its code and arguments
   * @param row zero-based row, -1 when none
   * @param column zero-based column, -1 when none
   * @param text the offending text, if any (else the cell's)
   */
  public void report(
      String rule, Severity severity, Msg msg, int row, int column, @Nullable String text) {
    boolean stops = strict && severity != Severity.INFO;
    if (!stops && findings.size() >= DiagnosticSink.MAX_DIAGNOSTICS) {
      dropped++; // not worded: a hostile input must not cost a message per dropped diagnostic
      return;
    }
    Location located =
        row >= 0 ? grid.location(row, Math.max(column, 0)) : Location.builder().build();
    Location.Builder b = Location.builder().from(located);
    if (column < 0) {
      b.column(OptionalInt.empty());
    }
    if (text != null && !text.isEmpty()) {
      b.text(Cells.shorten(text, DiagnosticSink.MAX_TEXT));
    }
    Location location = b.build();
    Map<String, String> args = msg.args(locale);
    String message = msg.render(locale);
    if (stops) {
      throw JixiaoReadException.at(
          msg.code(),
          message,
          location.line().orElse(0L),
          location.column().orElse(0),
          location.path().orElse(null),
          text != null ? text : location.text().orElse(null),
          null,
          locale);
    }
    Finding.Builder finding =
        Finding.builder().rule(rule).code(msg.code()).severity(severity).message(message).args(args);
    if (!DiagnosticSink.isBlank(location)) {
      finding.location(location); // the form's grid has no name and the finding no cell: no location
    }
    findings.add(finding.build());
  }

  /** The diagnostics, with a last one counting those that were not kept. */
  public List<Finding> finish() {
    if (dropped > 0) {
      Msg msg =
          Msg.of("JX-I-0143").arg("dropped", dropped).arg("max", DiagnosticSink.MAX_DIAGNOSTICS);
      findings.add(
          Finding.builder()
              .rule(ReadDiagnostics.TOO_MANY_DIAGNOSTICS)
              .code(msg.code())
              .severity(Severity.INFO)
              .message(msg.render(locale))
              .args(msg.args(locale))
              .build());
    }
    return List.copyOf(findings);
  }
}

package org.jixiao.io.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.JixiaoReadException;
import org.jspecify.annotations.Nullable;

/**
 * Collects the diagnostics of one read. In strict mode the first WARNING or ERROR is thrown as a
 * {@link JixiaoReadException} instead. The number kept is bounded so that a hostile input cannot
 * fill memory with diagnostics; the text in a location is shortened for the same reason.
 */
public final class DiagnosticSink {
  /** At most this many diagnostics are kept; the rest are counted. */
  public static final int MAX_DIAGNOSTICS = 10_000;

  /** Offending text in a diagnostic is cut to this many characters. */
  public static final int MAX_TEXT = 200;

  private final boolean strict;
  private final List<Finding> findings = new ArrayList<>();
  private long dropped;

  public DiagnosticSink(boolean strict) {
    this.strict = strict;
  }

  public boolean strict() {
    return strict;
  }

  /**
   * Reports a diagnostic.
   *
   * @param line one-based line, 0 when unknown
   * @param column zero-based column, -1 when unknown (locations are one-based)
   * @param seq 序号, -1 when unknown
   */
  public void report(
      String rule,
      Severity severity,
      String message,
      long line,
      int column,
      @Nullable String text,
      int seq) {
    if (strict && severity != Severity.INFO) {
      throw JixiaoReadException.atLine(message, line, column + 1, text);
    }
    if (findings.size() >= MAX_DIAGNOSTICS) {
      dropped++;
      return;
    }
    Location.Builder location = Location.builder();
    if (line > 0) {
      location.line(line);
    }
    if (column >= 0) {
      location.column(column + 1);
    }
    if (seq >= 0) {
      location.seq(seq);
    }
    if (text != null && !text.isEmpty()) {
      location.text(Cells.shorten(text, MAX_TEXT));
    }
    findings.add(Finding.of(rule, severity, message, location.build()));
  }

  /** The diagnostics reported so far (a copy), without the count of those not kept. */
  public List<Finding> snapshot() {
    return List.copyOf(findings);
  }

  /** The diagnostics, with a last one counting those that were not kept. */
  public List<Finding> finish() {
    if (dropped > 0) {
      findings.add(
          Finding.of(
              "read.too-many-diagnostics",
              Severity.INFO,
              dropped + " more diagnostics were not kept (at most " + MAX_DIAGNOSTICS + ")"));
    }
    return findings;
  }
}

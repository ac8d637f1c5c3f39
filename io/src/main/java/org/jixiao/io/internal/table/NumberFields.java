package org.jixiao.io.internal.table;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.ReadDiagnostics;
import org.jspecify.annotations.Nullable;

/**
 * Reads the number cells of project and 合计 rows: a cell that is not a number is kept as a stray
 * cell and reported as an ERROR with its location.
 */
final class NumberFields {
  private final ReadContext ctx;

  NumberFields(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** The number in {@code text}, null when absent or not a number (then kept and reported). */
  @Nullable BigDecimal number(
      List<StrayCell> stray, int c, Layout l, String text, long line, int seq, boolean percent) {
    BigDecimal value = NumberCells.parseDecimal(text, percent);
    if (value == null) {
      notNumber(stray, c, l, text, line, seq, "is not a number");
      return null;
    }
    return value == NumberCells.ABSENT ? null : value;
  }

  void notNumber(
      List<StrayCell> stray, int c, Layout l, String text, long line, int seq, String what) {
    stray.add(ctx.layoutStray(c, l, text));
    ctx.sink.report(
        ReadDiagnostics.NOT_A_NUMBER,
        Severity.ERROR,
        RowCells.describeRow(seq, line)
            + ": "
            + l.header(c)
            + " "
            + what
            + "; the cell is kept as a stray cell",
        line,
        c,
        text,
        seq);
  }
}

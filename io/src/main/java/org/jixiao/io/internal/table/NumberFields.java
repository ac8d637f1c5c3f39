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
  /** The code of a cell that is not a number. */
  static final String NOT_A_NUMBER = "JX-I-0114";

  /** The code of a 序号 that is not a whole number. */
  static final String NOT_A_WHOLE_NUMBER = "JX-I-0115";

  /** The code of a number that must not be negative. */
  static final String NEGATIVE = "JX-I-0116";

  private final ReadContext ctx;

  NumberFields(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** The number in {@code text}, null when absent or not a number (then kept and reported). */
  @Nullable BigDecimal number(
      List<StrayCell> stray, int c, Layout l, String text, long line, int seq, boolean percent) {
    BigDecimal value = NumberCells.parseDecimal(text, percent);
    if (value == null) {
      notNumber(stray, c, l, text, line, seq, NOT_A_NUMBER);
      return null;
    }
    return value == NumberCells.ABSENT ? null : value;
  }

  /**
   * Keeps a cell that is not the number its column needs and reports it.
   *
   * @param code {@link #NOT_A_NUMBER}, {@link #NOT_A_WHOLE_NUMBER} or {@link #NEGATIVE}
   */
  void notNumber(
      List<StrayCell> stray, int c, Layout l, String text, long line, int seq, String code) {
    stray.add(ctx.layoutStray(c, l, text));
    ctx.sink.report(
        ReadDiagnostics.NOT_A_NUMBER,
        Severity.ERROR,
        Msg.of(code).part("row", RowCells.describeRow(seq, line)).arg("header", l.header(c)),
        line,
        c,
        text,
        seq);
  }
}

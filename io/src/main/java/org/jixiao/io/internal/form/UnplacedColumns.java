package org.jixiao.io.internal.form;

import java.util.BitSet;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;

/**
 * A block with no actual column whose indicator rows hold text in a column it could not place (大英
 * 2020 headed its actuals 实施进度): those cells may be the actuals, and the rules, finding none, would
 * call every actual blank. So each such column is told once, as a WARNING naming its column and
 * heading ({@code JX-I-0251}; {@code 0252} for a column with no heading), besides its cells being kept
 * as stray cells. Not the block's label column left of 一级指标, nor a column of points headed by a figure.
 */
final class UnplacedColumns {
  private final FormGrid g;
  private final FormSink sink;
  private final IndicatorColumns columns;
  /** The columns already told. */
  private final BitSet told = new BitSet();

  UnplacedColumns(FormGrid g, FormSink sink, IndicatorColumns columns) {
    this.g = g;
    this.sink = sink;
    this.columns = columns;
  }

  /**
   * Tells each column of indicator row {@code row} that holds text and has no role, once, when the
   * block has no actual column.
   */
  void tell(int row) {
    if (columns.has(IndicatorRole.ACTUAL)) {
      return;
    }
    int w = g.width(row);
    for (int c = columns.cat1Column + 1; c < w; c++) {
      if (columns.roleAt(c) != IndicatorRole.NONE || c == columns.pointsColumn || told.get(c) || g.text(row, c).isEmpty()) {
        continue;
      }
      told.set(c);
      String h = columns.header(c);
      String header = h == null ? "" : h.strip();
      Msg msg = header.isEmpty()
          ? Msg.of("JX-I-0252").arg("column", c + 1L)
          : Msg.of("JX-I-0251").arg("column", c + 1L).arg("header", header);
      sink.report(FormDiagnostics.NO_ACTUAL_COLUMN, Severity.WARNING, msg, row, c, g.text(row, c));
    }
  }
}

package org.jixiao.io.internal.form;

import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;

/**
 * A copy that stops inside the row of its last indicator, every cell from the actual column on
 * blank (濉溪 2019 stops at {@code ★受助对象满意度(≥**%) | 10 | >=9}, 临翔 2023 at the name {@code
 * 受益农户满意度}): the actual and the score may be cut off, not left blank by the form, so the
 * indicator is marked {@link Indicator#cutOff() cut off} and the rules read it as undetermined, not as
 * not applicable (JX-I-0259, WARNING). Looked at for the file's last row (marked before the table is
 * built, said after it) and for the last row of a form still in its indicators when the next form
 * starts (stacked copies, each cut).
 */
final class EndsInIndicatorRow {
  private EndsInIndicatorRow() {}

  /**
   * Marks the last indicator cut off when {@code lastRow}, the last row of the copy, is its row
   * ({@code indicatorRow}) and blank from the actual column on.
   *
   * @param actualColumn the block's column of actuals, -1 when it has none (nothing to be cut from it)
   * @return whether the last indicator was marked
   */
  static boolean mark(FormGrid g, int lastRow, int indicatorRow, int actualColumn, FormDraft d) {
    if (lastRow != indicatorRow || d.indicators.isEmpty() || actualColumn < 0) {
      return false;
    }
    int w = g.width(lastRow);
    for (int c = actualColumn; c < w; c++) {
      if (!g.text(lastRow, c).isEmpty()) {
        return false;
      }
    }
    // not when the last line carried on the name of an indicator read whole (JX-I-0254)
    return d.markCutOff(d.indicators.size() - 1);
  }

  /** Says that the last indicator was marked cut off ({@link #mark}), at the copy's last row. */
  static void tell(FormGrid g, FormSink sink, int lastRow, FormDraft d) {
    Indicator last = d.indicators.get(d.indicators.size() - 1);
    int first = Math.max(g.first(lastRow), 0);
    sink.report(FormDiagnostics.ENDS_IN_INDICATOR_ROW, Severity.WARNING,
        Msg.of("JX-I-0259").arg("name", last.name().orElse("")), lastRow, first, g.text(lastRow, first));
  }
}

package org.jixiao.io.internal.form;

import java.util.Optional;
import org.jixiao.core.project.FundKind;

/**
 * A fund row's label wrapped in its narrow column, as text copied out of a PDF places it: 其中：当年财
 * / 政拨款, the figures beside either line. Read line by line, the row's figures were stray cells
 * and the other line an unplaced row. A label that names a fund only joined to the lone text of the
 * line below or above it in its column is read so, and the other line said as a wrapped label
 * (INFO JX-I-0256).
 */
final class FundLabelLines {
  private final FormGrid g;
  private final FormSink sink;
  /** The line holding the end of a label read with the row above, or -1. */
  private int consumedRow = -1;
  /** A label's first line, alone above the row it belongs to, and its row (-1 when none). */
  private String held = "";
  private int heldRow = -1;

  FundLabelLines(FormGrid g, FormSink sink) {
    this.g = g;
    this.sink = sink;
  }

  /** Whether {@code row} is a label's line already read with the row it belongs to. */
  boolean consumed(int row) {
    return row == consumedRow;
  }

  /**
   * The label of the fund row at {@code row}, column {@code c}: its text, or its text joined to the
   * line above (held for it) or to the lone line below when only the joined text names a fund.
   */
  String label(int row, int c) {
    String own = g.text(row, c);
    if (heldRow >= 0 && heldRow == row - 1) {
      heldRow = -1;
      WrappedLabels.say(sink, g, row - 1, c, held + own, row);
      return held + own; // 其中：当年财 / 政拨款 | 100 | …: the label's first line above
    }
    String below = row + 1 < g.height() && alone(row + 1, c) ? g.text(row + 1, c) : "";
    if (!below.isEmpty() && joinedNames(own, own + below)) {
      consumedRow = row + 1;
      WrappedLabels.say(sink, g, row + 1, c, own + below, row);
      return own + below; // 其中：当年财 | 100 | … / 政拨款: its last line below
    }
    return own;
  }

  /**
   * Holds a lone line whose label names no fund but does joined to the label of the row below, for
   * that row; returns whether it did.
   */
  boolean hold(int row, int c) {
    String own = g.text(row, c);
    if (!alone(row, c) || row + 1 >= g.height() || !joinedNames(own, own + g.text(row + 1, c))) {
      return false;
    }
    held = own;
    heldRow = row;
    return true;
  }

  /**
   * Whether a label's line names a fund row only {@code joined} to the other line: it names none by
   * itself, or it names a fund and the joined label the block's total (年度财政资金 / 总额, the 20/80
   * template's 年度财政资金总额 wrapped: read as a fund, the total was lost and with it the execution's
   * 20 points, 长宁 2022's score going from 84 to 100: review 62c).
   */
  private static boolean joinedNames(String own, String joined) {
    Optional<FundKind> alone = FundsLabels.rowKind(FormText.key(own));
    Optional<FundKind> whole = FundsLabels.rowKind(FormText.key(joined));
    return whole != null && (alone == null || (alone.isPresent() && whole.isEmpty()));
  }

  /** Whether {@code row} holds one text, in column {@code c}. */
  private boolean alone(int row, int c) {
    return g.first(row) == c && g.count(row) == 1;
  }
}

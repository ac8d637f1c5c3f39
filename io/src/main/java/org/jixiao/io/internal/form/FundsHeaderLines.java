package org.jixiao.io.internal.form;

import java.util.StringJoiner;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.label.Labels;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;

/**
 * The lines a funds block's header is printed on: its row, and the one or two under it its headings
 * wrap onto ({@link WrappedFundsHeader}: 年初 / 预算数, 年 / 初 / 预算数), read as one header.
 */
final class FundsHeaderLines {
  private final FormGrid g;

  /** The header's row, its first line. */
  private final int first;

  /** The header's last line when it is wrapped over two or three rows, or -1. */
  private final int lower;

  FundsHeaderLines(FormGrid g, int row) {
    this.g = g;
    this.first = row;
    this.lower = WrappedFundsHeader.lower(g, row);
  }

  /**
   * Whether a row is a funds header: a column of 执行数 and one of a budget, or one of either above
   * the block's total row (the other's heading may be unreadable: {@link UnreadFundsHeadings}).
   */
  static boolean isHeader(FormGrid g, int row) {
    if (isHeaderRow(g, row)) {
      return true;
    }
    FundsHeaderLines lines = new FundsHeaderLines(g, row);
    if (lines.lower < 0) {
      return false;
    }
    boolean actual = false;
    boolean budget = false;
    for (int c = 0; c < lines.width(); c++) {
      FundsRole r = FundsLabels.role(FormText.key(lines.heading(c)));
      actual |= r == FundsRole.ACTUAL;
      budget |= r == FundsRole.ADJUSTED || r == FundsRole.BUDGET;
    }
    return (actual && budget) || ((actual || budget) && UnreadFundsHeadings.totalLabelColumn(g, lines.lower) >= 0);
  }

  /** {@link #isHeader} of the row alone. */
  static boolean isHeaderRow(FormGrid g, int row) {
    boolean actual = g.anyKey(row, k -> FundsLabels.role(k) == FundsRole.ACTUAL);
    boolean budget = g.anyKey(row, k -> FundsLabels.role(k) == FundsRole.ADJUSTED || FundsLabels.role(k) == FundsRole.BUDGET);
    return (actual && budget) || ((actual || budget) && UnreadFundsHeadings.totalLabelColumn(g, row) >= 0);
  }

  /** The header's last line: the rows under it are the block's. */
  int last() {
    return lower >= 0 ? lower : first;
  }

  /** The most cells of a line of the header. */
  int width() {
    int w = g.width(first);
    for (int r = first + 1; r <= lower; r++) {
      w = Math.max(w, g.width(r));
    }
    return w;
  }

  /** Column {@code c}'s heading: its pieces on the header's lines, joined. */
  String heading(int c) {
    return WrappedHeader.text(g, first, lower, c);
  }

  /** Whether the header is wrapped onto {@code row}, a line of it under its first. */
  boolean wrappedOnto(int row) {
    return row > first && row <= lower;
  }

  /**
   * The line of the header that prints column {@code c}'s heading: the lowest with text there (the
   * caption centred on a middle line of a header over three), or the header's first.
   */
  int lineOf(int c) {
    for (int r = Math.max(lower, first); r > first; r--) {
      if (c < g.width(r) && !g.text(r, c).isEmpty()) {
        return r;
      }
    }
    return first;
  }

  /**
   * Whether {@code row} is a line of the wrapped header under its first, read with it; says the
   * joined {@code headings} once, on the second line (INFO {@code JX-I-0272}).
   */
  boolean take(int row, String[] headings, FormSink sink) {
    if (!wrappedOnto(row)) {
      return false;
    }
    if (row > first + 1) {
      return true;
    }
    StringJoiner joined = new StringJoiner("、");
    for (int c = 0; c < headings.length; c++) {
      if (!headings[c].equals(c < g.width(first) ? g.text(first, c) : "")) { // a heading the lines under the first go on with
        joined.add(FormText.key(headings[c]).isEmpty() ? Labels.normalize(headings[c]).strip() : FormText.key(headings[c]));
      }
    }
    int at = g.first(row);
    sink.report(FormDiagnostics.WRAPPED_HEADER, Severity.INFO, Msg.of("JX-I-0272").arg("headings", joined.toString()), row, at, g.text(row, at));
    return true;
  }
}

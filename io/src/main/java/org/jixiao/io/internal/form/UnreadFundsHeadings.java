package org.jixiao.io.internal.form;

import java.util.Optional;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.FundKind;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;

/**
 * Headings of a funds header that name no column the reader knows, over figures: OCR damage in
 * the stored copy of a form (宁夏银川 2021 prints {@code 年初预匏数 | 调整预算将,A、 | 全年执行数(B) |
 * 执行率(B/A)}). Once a header needed a budget heading beside its 执行数 to be one, so a single
 * garbled word lost the whole block: the clean 全年执行数 and 执行率 were read as labels of stray
 * cells, and the rules found no budget. A header is also known by the row under it, the block's
 * total (年度资金总额, 总额 …): then any clean amount heading makes it one, the columns with clean
 * headings are read, and a column whose heading cannot be read is kept, heading and figures, as
 * stray cells and told. What such a heading meant is not guessed: 年初预匏数 looks like 年初预算数,
 * but a reader that matched near words would misread the words it does not know.
 */
final class UnreadFundsHeadings {
  private UnreadFundsHeadings() {}

  /**
   * The column of the label of the block's total row when that row (年度资金总额, 总额, 资金总额 …)
   * is the next one with text under {@code header}, else -1.
   */
  static int totalLabelColumn(FormGrid g, int header) {
    for (int r = header + 1; r < g.height(); r++) {
      int first = g.first(r);
      if (first < 0) {
        continue; // a blank line between the header and its rows
      }
      Optional<FundKind> kind = FundsLabels.rowKind(g.key(r, first));
      return kind != null && kind.isEmpty() ? first : -1;
    }
    return -1;
  }

  /**
   * The columns right of the total's label whose heading names nothing the reader knows while the
   * total row holds a figure under it: amounts (or a rate) under a heading that cannot be read. A
   * heading over text (得分计算方法 | 执行率*该指标分值 …) is not one: it heads a note, not an amount.
   */
  static boolean[] columns(FormGrid g, int header, int totalLabel, FundsRole[] roles, String[] headings) {
    boolean[] unread = new boolean[roles.length];
    if (totalLabel < 0) {
      return unread;
    }
    int total = totalRow(g, header);
    for (int c = totalLabel + 1; c < roles.length; c++) {
      if (roles[c] == FundsRole.NONE && !FormText.key(headings[c]).isEmpty()
          && FormNumber.parse(g.text(total, c), true).value() != null) {
        unread[c] = true;
      }
    }
    return unread;
  }

  /**
   * The first column of figures: the one after the total's label when a heading that cannot be
   * read stands before the first known one (年初预匏数 before 全年执行数: its figures are the row's
   * amounts, not a second label of the row), else the first known one.
   */
  static int firstDataColumn(int firstKnown, int totalLabel, boolean[] unread) {
    for (int c = totalLabel + 1; c < firstKnown; c++) {
      if (unread[c]) {
        return totalLabel + 1;
      }
    }
    return firstKnown;
  }

  /** Keeps each heading that cannot be read as a stray cell, and tells it (JX-I-0218). */
  static void keep(FormSink sink, int row, boolean[] unread, String[] headers, FormDraft d) {
    for (int c = 0; c < unread.length; c++) {
      if (unread[c]) {
        d.stray(row, c, null, headers[c]);
        sink.report(FormDiagnostics.UNREAD_FUNDS_COLUMN, Severity.WARNING, Msg.of("JX-I-0218"), row, c, headers[c]);
      }
    }
  }

  private static int totalRow(FormGrid g, int header) {
    int r = header + 1;
    while (g.first(r) < 0) {
      r++; // found by totalLabelColumn: there is one
    }
    return r;
  }
}

package org.jixiao.io.internal.form;

import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * Rows of a form kept whole as stray cells: the writer's own marker rows ({@link
 * FormParser#STRAY_MARKER}), the closing rows no field takes, and any row no block reads, said
 * with a diagnostic; and the writer's rows marking an indicator cut off ({@link
 * FormParser#CUT_OFF_MARKER}).
 */
final class StrayRows {
  private final FormGrid g;
  private final FormSink sink;

  StrayRows(FormGrid g, FormSink sink) {
    this.g = g;
    this.sink = sink;
  }

  void markerStray(int r, int first, FormDraft draft) {
    String col = g.text(r, first + 1);
    String header = g.text(r, first + 2);
    String text = g.text(r, first + 3);
    int column = -1;
    try {
      column = Integer.parseInt(col);
    } catch (NumberFormatException e) {
      column = -1;
    }
    String lineText = g.text(r, first + 4);
    long line = lineText.isEmpty() ? 0 : printedLine(lineText);
    if (column < 0 || text.isEmpty() || line < 0 || g.next(r, first + 5) >= 0) {
      // not the writer's marker row (a cell past the text would be lost): kept whole, and said
      strayRow(r, Severity.WARNING, draft);
      return;
    }
    StrayCell.Builder cell = StrayCell.builder().column(column).text(text);
    if (!header.isEmpty()) {
      cell.header(header);
    }
    if (line > 0) {
      cell.line(line); // the line the cell was printed on in the document the form was written from
    }
    draft.strays.add(cell.build());
  }

  /**
   * The writer's row for an indicator its copy cut off ({@link FormParser#CUT_OFF_MARKER} and the
   * indicator's number): the indicator read above is marked again. A row that is not the writer's
   * (no such indicator, one with an actual or a 得分, a cell past the number) is kept whole and said.
   */
  void markerCutOff(int r, int first, FormDraft draft) {
    String number = g.text(r, first + 1);
    long n = number.isEmpty() ? -1 : printedLine(number);
    if (n < 1 || n > draft.indicators.size() || g.next(r, first + 2) >= 0 || !draft.markCutOff((int) n - 1)) {
      strayRow(r, Severity.WARNING, draft);
    }
  }

  /** A marker row's line: a whole number of one or more, else -1. */
  private static long printedLine(String text) {
    if (text.length() > 18 || text.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return -1;
      }
    }
    long line = Long.parseLong(text);
    return line >= 1 ? line : -1;
  }

  void strayRow(int r, Severity severity, FormDraft draft) {
    int first = keepRow(r, draft);
    sink.report(FormDiagnostics.UNPLACED_ROW, severity, Msg.of("JX-I-0203"), r, first,
        first >= 0 ? g.text(r, first) : null);
  }

  /**
   * Keeps a row's cells as stray cells, each value with its label as header: the first cell of a
   * row with several labels the next, {@code 项目负责人:查小兵} is a label and a value, a label
   * ending in a colon with nothing after it is kept alone.
   *
   * @return the first column with text
   */
  int keepRow(int r, FormDraft draft) {
    int w = g.width(r);
    int first = g.first(r);
    boolean several = g.count(r) > 1;
    @Nullable String label = null;
    int labelAt = -1;
    for (int c = 0; c < w; c++) {
      String t = g.text(r, c);
      if (t.isEmpty()) {
        continue;
      }
      int colon = FormLabels.colonLabel(t);
      boolean bareLabel = t.endsWith(":") || t.endsWith("：");
      if (colon >= 0 || bareLabel || (c == first && several)) {
        if (label != null) {
          draft.stray(r, labelAt, null, label);
        }
        if (colon >= 0) {
          draft.stray(r, c, t.substring(0, colon).strip(), t.substring(colon + 1).strip());
          label = null;
        } else {
          label = t;
          labelAt = c;
        }
      } else if (label != null) {
        String header = label;
        while (header.endsWith(":") || header.endsWith("：")) {
          header = header.substring(0, header.length() - 1);
        }
        draft.stray(r, c, header, t);
        label = null;
      } else {
        draft.stray(r, c, null, t);
      }
    }
    if (label != null) {
      draft.stray(r, labelAt, null, label);
    }
    return first;
  }
}

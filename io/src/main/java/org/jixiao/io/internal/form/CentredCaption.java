package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The funds block's caption (项目资金 (万元), 预算执行情况 (10分)) printed on a row under the block's
 * header, not on it: the caption is a cell merged down the block, and an extractor that centres a
 * merged cell's text (pdfplumber, a copy from a PDF viewer) prints it on a middle row, or on a line of
 * its own between two rows. Taken for that row's label, it lost the row's fund and every row under it
 * (review 62c F1b: 11 of 11 real forms). Only in a column where the header row is blank, left of the
 * row's own label: a cell the header fills is a copy ({@code FundsBlock.repeatsCaption}) or a label.
 */
final class CentredCaption {

  private final FormGrid g;
  private final FormSink sink;
  /** The rows a caption piece was read on, so that a piece wrapped onto the next row is known. */
  private int lastRow = -1;

  private int lastColumn = -1;

  /**
   * The header's leftmost column printing a caption (a heading over the labels may read as one:
   * 年度预算数 (万元), 青神 2023), or the header's width: no caption is looked for there or right of it.
   */
  private final int onHeader;

  /** The points the header's caption states, or null. */
  private final @Nullable BigDecimal headerPoints;

  /** The points the caption printed under the header states (预算执行情况 / (10分)), or null. */
  private @Nullable BigDecimal points;

  CentredCaption(FormGrid g, FormSink sink, FundsHeaderLines header, @Nullable BigDecimal headerPoints) {
    this.g = g;
    this.sink = sink;
    this.headerPoints = headerPoints;
    int w = header.width();
    int c = 0;
    while (c < w && !names(header.heading(c))) {
      c++;
    }
    this.onHeader = c;
  }

  /**
   * Whether {@code text}, in column {@code c} of {@code row} under the header of cells
   * {@code headers}, is the caption or a piece of it wrapped under it (its unit or points alone:
   * 预算执行情况 / (10分)).
   */
  boolean is(int row, int c, String text, String[] headers) {
    String header = c < headers.length ? headers[c] : "";
    if (c >= onHeader || !FormText.key(header).isEmpty() || FundsLabels.unitIn(FormText.folded(header)) != null) {
      return false;
    }
    String key = FormText.key(text);
    if (lastRow < 0 && names(text) && isLabel(key)) {
      return true;
    }
    return key.isEmpty() && row == lastRow + 1 && c == lastColumn
        && (FundsLabels.unitIn(FormText.folded(text)) != null || FormText.bracketPoints(text) != null);
  }

  /**
   * Whether a cell names the block: a caption the reader knows (项目资金, 预算执行情况, 资金情况 …), or
   * one of the budget or the funds that says how it went or carries the block's points (项目预算
   * 执行情况 (10分), 资金使用情况): no fund's label does.
   */
  static boolean names(String text) {
    String key = FormText.key(text);
    return FundsLabels.isCaption(key)
        || ((key.contains("预算") || key.contains("资金")) && (key.endsWith("情况") || FormText.bracketPoints(text) != null));
  }

  /** Whether a caption's key is a label: no figure, no sentence (预算执行情况：全年执行100万元 is a remark). */
  static boolean isLabel(String key) {
    for (int i = 0; i < key.length(); i++) {
      char ch = key.charAt(i);
      if ((ch >= '0' && ch <= '9') || ch == ',' || ch == '，' || ch == '。' || ch == ':' || ch == '：' || ch == ';' || ch == '；') {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the caption printed in column {@code c} of {@code row}: its points are the block's when the
   * header states none ({@link #points}), its unit the form's when none is known yet, and it is said
   * (INFO {@code JX-I-0273}).
   */
  void read(int row, int c, FormDraft d) {
    String text = g.text(row, c);
    if (d.moneyUnit == null) {
      d.moneyUnit = FundsLabels.unitIn(FormText.folded(text));
    }
    BigDecimal p = FormText.bracketPoints(text);
    if (headerPoints == null && points == null && p != null) {
      points = p;
      if (d.fundsTotalRead && d.executionWeight == null) {
        d.executionWeight = p; // the total row, read above the caption, stated no points of its own
      }
    }
    lastRow = row;
    lastColumn = c;
    sink.report(FormDiagnostics.CENTRED_CAPTION, Severity.INFO, Msg.of("JX-I-0273").arg("caption", text), row, c, text);
  }

  /** The points the caption printed under the header states, or null. */
  @Nullable BigDecimal points() {
    return points;
  }

  /**
   * Reads a row that holds nothing but the caption, left of the amounts (a line of its own between two
   * of the block's rows, where the merged cell's centred text falls); false when the row holds more.
   */
  boolean alone(int row, int firstDataColumn, String[] headers, FormDraft d) {
    int c = g.first(row);
    if (c < 0 || c >= firstDataColumn || g.count(row) != 1 || !is(row, c, g.text(row, c), headers)) {
      return false;
    }
    read(row, c, d);
    return true;
  }
}

package org.jixiao.io.internal.form;

import java.util.Set;

/**
 * A funds header wrapped over two rows, as PDF text prints the narrow amount columns: {@code 年初} over
 * {@code 预算数}, {@code 全年预算} over {@code 数(A)}, {@code 执行率(} over {@code B/A)}. Read alone, the
 * upper row named no budget or no 执行数 and was no header, and the lower one (预算数 | 预算数 | 执行数)
 * was read as the header: 年初预算数, the rate, the points and the score were lost (review 62c: 10 of
 * 15 real forms; 阆中 2021 lost its whole form).
 *
 * <p>The row under a row naming some column of the block (a caption, 分值, 执行率 …), or itself naming
 * one, is its second line when it holds no figure, and each of its cells, put after the cell above
 * it, makes a heading the block knows: of the same column as the upper piece when that names one
 * already, and then only when the lower piece is a heading's tail (数, 值, (A), B/A), not a value. A unit in brackets under the
 * caption ({@code (万元)}) is part of it too, and so is a heading of one line under a blank cell (分值,
 * 得分 or the caption, centred in the two lines, come out on the lower one: review 63i). The two rows
 * then head the block as one (an INFO says so), as {@link WrappedHeader} reads the indicator block's.
 */
final class WrappedFundsHeader {
  private WrappedFundsHeader() {}

  /** The longest first line of a heading that names no column by itself: 年初, 全年预算, 调整后预算. */
  private static final int MAX_PIECE = 6;

  /** The last words of the block's headings, printed alone on a heading's second line. */
  private static final Set<String> TAILS = Set.of("数", "值", "率", "额", "金额", "资金", "情况", "分析", "说明");

  /** The row under {@code row} that completes its headings, or -1. */
  static int lower(FormGrid g, int row) {
    int lower = row + 1;
    if (lower >= g.height() || g.count(row) == 0 || !(namesAColumn(g, row) || namesAColumn(g, lower))) {
      return -1;
    }
    int w = g.width(lower);
    boolean completes = false;
    for (int c = 0; c < w; c++) {
      String piece = g.text(lower, c);
      if (piece.isEmpty()) {
        continue;
      }
      String above = c < g.width(row) ? g.text(row, c) : "";
      if (FormNumber.parse(piece, true).value() != null) {
        return -1; // a figure: a row of the block, not its header's
      }
      if (above.isEmpty()) {
        if (!namesItself(piece) && !isUnit(piece)) {
          return -1; // text under no heading: a row of the block (a label, a note), not its header's
        }
        continue; // 分值, 得分 or the caption on the lower line: a heading of one line, centred in the two
      }
      if (unitUnderCaption(above, piece)) {
        continue;
      }
      if (!completes(above, piece)) {
        return -1;
      }
      completes = true;
    }
    return completes && headingsOnly(g, row) ? lower : -1;
  }

  /**
   * Whether no cell of the upper row is a label of the form's top (主管部门, 实施单位, 项目负责人：…): such
   * a row over a header of one line is no header's first line, though a value of it may end as a
   * heading does (某局 + 执行率). Words the reader does not know (年初预匏数, an OCR copy's: 银川 2021)
   * may be headings still.
   */
  private static boolean headingsOnly(FormGrid g, int row) {
    int w = g.width(row);
    for (int c = 0; c < w; c++) {
      String upper = g.text(row, c);
      if (!upper.isEmpty() && (FormLabels.topField(FormText.key(upper)) != null || FormLabels.colonField(upper.strip()) != null)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the row names some column or the caption of a funds block by itself (项目资金, 分值, 执行率 …). */
  private static boolean namesAColumn(FormGrid g, int row) {
    return g.anyKey(row, WrappedFundsHeader::isHeading);
  }

  /** Whether a cell is a heading of the block by itself (分值, 得分, 执行率, 项目资金 (万元)). */
  private static boolean namesItself(String cell) {
    return isHeading(FormText.key(cell));
  }

  private static boolean isHeading(String key) {
    return FundsLabels.role(key).field() || FundsLabels.isCaption(key);
  }

  /** (万元) under 项目资金: the caption's unit, wrapped. */
  private static boolean unitUnderCaption(String above, String piece) {
    return isUnit(piece) && FundsLabels.isCaption(FormText.key(above));
  }

  /** A unit in brackets alone, (万元), as a caption's wrapped line prints it, under it or beside it. */
  private static boolean isUnit(String piece) {
    return FormText.key(piece).isEmpty() && FundsLabels.unitIn(FormText.folded(piece)) != null;
  }

  /** Whether {@code piece}, printed under {@code above}, is the rest of its heading. */
  private static boolean completes(String above, String piece) {
    String head = FormText.key(above);
    String whole = FormText.key(above + piece);
    FundsRole alone = FundsLabels.role(head);
    if (whole.equals(FundsLabels.LABEL_HEADING)) {
      return alone == FundsRole.NONE; // 年度预算 / 数(万元) over the rows' labels (Sichuan)
    }
    if (FundsLabels.describesScoring(whole) && !FundsLabels.describesScoring(head)) {
      return true; // 得分计 / 算方法: a column of text on how the points are given, not the score
    }
    FundsRole joined = FundsLabels.role(whole);
    if (!joined.field() && joined != FundsRole.KEPT) {
      return false;
    }
    if (alone == FundsRole.NONE) {
      // 年初 + 预算数, 全年 + 执行数: the upper piece names no column by itself, and is a heading's
      // first words, not a value (某局 + 执行率 is no heading)
      return head.length() <= MAX_PIECE;
    }
    String tail = FormText.key(piece);
    // 执行率( / B/A), 得分(20 / 分*执行率): the piece only closes a bracket the upper one opened
    boolean closes = whole.equals(head);
    return alone == joined && (closes || tail.isEmpty() || TAILS.contains(tail) || FundsLabels.role(tail) == joined || isFormula(tail));
  }

  /** B/A, E/C×100%: a rate's formula, the letters of its columns. */
  private static boolean isFormula(String tail) {
    boolean letters = false;
    for (int i = 0; i < tail.length(); i++) {
      char ch = tail.charAt(i);
      boolean letter = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
      letters |= letter;
      if (!letter && !(ch >= '0' && ch <= '9') && "/×*%.".indexOf(ch) < 0) {
        return false;
      }
    }
    return letters;
  }
}

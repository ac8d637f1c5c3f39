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
 * 得分, the caption or the rows' labels' heading, centred in the two lines, come out on the lower one:
 * review 63i). The two rows then head the block as one (an INFO says so), as {@link WrappedHeader} reads
 * the indicator block's.
 *
 * <p>So do three rows ({@link #lower}): a third that ends the headings two already name, a heading in
 * three pieces (年 / 初 / 预算数), or the one-line headings on a middle row between the halves, as
 * {@code pdftotext -layout} prints a two-line header; then only when the first row begins a heading in
 * each cell and the middle row alone is no header.
 */
final class WrappedFundsHeader {
  private WrappedFundsHeader() {}

  /** The longest first line of a heading that names no column by itself: 年初, 全年预算, 调整后预算. */
  private static final int MAX_PIECE = 6;

  /** The last words of the block's headings, printed alone on a heading's second line. */
  private static final Set<String> TAILS = Set.of("数", "值", "率", "额", "金额", "资金", "情况", "分析", "说明");

  /**
   * The last row of the header that begins on {@code row} when its headings are wrapped onto the
   * rows under it (one, or two: a three-line wrap, or the headings of one line on a middle line of
   * their own), or -1.
   */
  static int lower(FormGrid g, int row) {
    if (row + 1 >= g.height() || g.count(row) == 0) {
      return -1;
    }
    if (completesOnto(g, row, row + 1)) {
      // 全 / 年预 / 算数(A): two lines already name the columns (全年预), a third ends them
      return row + 2 < g.height() && hasWords(g, row + 2) && completesOnto(g, row, row + 2) ? row + 2 : row + 1;
    }
    // 年 / 初 / 预算数, 执行 / 率( / B/A): a column narrow enough for three lines; or, as pdftotext
    // -layout prints a two-line header, 分值, 得分 and the caption centred on a line between its halves
    return row + 2 < g.height() && !FundsHeaderLines.isHeaderRow(g, row + 1) && firstOfThree(g, row) && middle(g, row)
        && completesOnto(g, row, row + 2) ? row + 2 : -1;
  }

  /** Whether a cell of the row holds words, not only letters of columns (A, B/A) or a unit in brackets ((万元)). */
  private static boolean hasWords(FormGrid g, int row) {
    for (int c = 0; c < g.width(row); c++) {
      String key = FormText.key(g.text(row, c));
      for (int i = 0; i < key.length(); i++) {
        if (Character.UnicodeScript.of(key.codePointAt(i)) == Character.UnicodeScript.HAN) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether each cell of {@code row} begins a heading of the block's header over it and the two rows
   * under it, or is one: a line of text above the header (a goal, a remark) is no first line of it.
   */
  private static boolean firstOfThree(FormGrid g, int row) {
    for (int c = 0; c < g.width(row); c++) {
      String top = g.text(row, c);
      if (!top.isEmpty() && !namesItself(top) && !isUnit(top)) {
        String key = FormText.key(WrappedHeader.text(g, row, row + 2, c));
        FundsRole whole = FundsLabels.role(key);
        if (!whole.field() && whole != FundsRole.KEPT && !key.equals(FundsLabels.LABEL_HEADING) && !FundsLabels.describesScoring(key)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether the cells of row {@code lower}, each put after the header's rows above it from
   * {@code row}, complete its headings (see the class).
   */
  private static boolean completesOnto(FormGrid g, int row, int lower) {
    if (!namesAColumn(g, row, lower)) {
      return false;
    }
    int w = g.width(lower);
    boolean completes = false;
    for (int c = 0; c < w; c++) {
      String piece = g.text(lower, c);
      if (piece.isEmpty()) {
        continue;
      }
      String above = WrappedHeader.text(g, row, lower - 1, c);
      if (FormNumber.parse(piece, true).value() != null) {
        return false; // a figure: a row of the block, not its header's
      }
      if (above.isEmpty()) {
        if (!namesItself(piece) && !isUnit(piece) && !FundsLabels.isLabelHeading(FormText.key(piece))) {
          return false; // text under no heading: a row of the block (a label, a note), not its header's
        }
        continue; // 分值, 得分, 资金来源 or the caption on the lower line: a heading of one line, centred in the two
      }
      if (unitUnderCaption(above, piece)) {
        continue;
      }
      if (!completes(above, piece)) {
        return false;
      }
      completes = true;
    }
    for (int r = row; r < lower; r++) {
      if (!headingsOnly(g, r)) {
        return false;
      }
    }
    return completes;
  }

  /**
   * Whether the row under {@code row} may be the middle line of a header over three: no figure, and
   * each cell either a piece under a heading's first words that the line below goes on with (初
   * under 年 over 预算数) or that ends it (率 under 执行), or a heading of one line under a blank cell.
   */
  private static boolean middle(FormGrid g, int row) {
    int mid = row + 1;
    if (g.count(mid) == 0) {
      return false;
    }
    for (int c = 0; c < g.width(mid); c++) {
      String piece = g.text(mid, c);
      if (piece.isEmpty()) {
        continue;
      }
      if (FormNumber.parse(piece, true).value() != null) {
        return false;
      }
      String above = g.cell(row, c);
      boolean goesOn = c < g.width(row + 2) && !g.text(row + 2, c).isEmpty();
      boolean alone = namesItself(piece) || isUnit(piece) || FundsLabels.isLabelHeading(FormText.key(piece));
      if (above.isEmpty() ? !alone : !goesOn && !completes(above, piece)) {
        return false;
      }
    }
    return true;
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

  /** Whether a row from {@code row} to {@code last} names some column or the caption of a funds block by itself (项目资金, 分值, 执行率 …). */
  private static boolean namesAColumn(FormGrid g, int row, int last) {
    for (int r = row; r <= last; r++) {
      if (g.anyKey(r, WrappedFundsHeader::isHeading)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a cell is a heading of the block by itself (分值, 得分, 执行率, 项目资金 (万元), or 原因: a
   * column of text, but a heading all the same when it stands on a wrapped header's line), or its
   * caption in any words {@link CentredCaption} knows (项目预算 执行情况 (10分)).
   */
  private static boolean namesItself(String cell) {
    String key = FormText.key(cell);
    return isHeading(key) || FundsLabels.role(key) == FundsRole.REASON || (CentredCaption.names(cell) && CentredCaption.isLabel(key));
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

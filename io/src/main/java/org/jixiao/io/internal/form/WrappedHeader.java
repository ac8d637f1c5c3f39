package org.jixiao.io.internal.form;

/**
 * An indicator header wrapped over two rows, as PDF-to-text and narrow Word tables print the
 * standard form's long headings: {@code 年度} over {@code 指标值}, {@code 实际} over {@code 完成值},
 * {@code 偏差原因分析} over {@code 及改进措施}. Read alone, the upper row lost its target column
 * (年度 names none) and the lower row was read as an indicator row (指标值 as its category).
 *
 * <p>The row under a header is its second line when every cell it holds, put after the cell above
 * it, makes a heading the block knows ({@link IndicatorRole}), of the same column as the upper piece
 * when that names one already, and then when the lower piece is itself a heading or a heading's tail
 * (完成值, 值, 及改进措施), not a value: 已完成 under 实际完成值 or 人数 under 三级指标 is an indicator's data,
 * and a row holding any data is never joined. On a line that makes a heading of an upper piece naming
 * no column ({@code 年初目标} / {@code 值(A)}, 20/80 template; {@code 预期指标} / {@code 值(A)}, 历城 2019) the
 * other pieces may be any short words ending their heading ({@code 改进措施及} / {@code 结果应用方案},
 * {@code 得分计} / {@code 算方法}): such a header, read a line at a time, lost its targets or, its first
 * line taken for the goal block's 年初目标, every indicator (review 62c). The two lines then head the
 * block as one row (an INFO says so), as the table reader resolves a header block over several rows.
 */
final class WrappedHeader {
  private WrappedHeader() {}

  /** The row under {@code row} that completes its headings, or -1. */
  static int lower(FormGrid g, int row) {
    int lower = row + 1;
    if (lower >= g.height() || g.count(row) == 0) {
      return -1;
    }
    int w = g.width(lower);
    boolean any = false;
    boolean named = false; // a piece that makes a heading of an upper piece naming no column
    boolean words = false; // a piece only a line naming one may carry
    for (int c = 0; c < w; c++) {
      String piece = g.text(lower, c);
      if (piece.isEmpty()) {
        continue;
      }
      String above = g.cell(row, c);
      if (completes(above, piece)) {
        any = true;
        named |= !FormText.key(above).isEmpty() && IndicatorRole.of(FormText.key(above)) == IndicatorRole.NONE;
      } else if (restOfHeading(above, piece)) {
        words = true;
      } else {
        return -1;
      }
    }
    return any && (named || !words) ? lower : -1;
  }

  /**
   * Whether {@code piece} under {@code above} may end its heading on a line that makes a heading of
   * another upper piece naming no column (年初目标 / 值(A) beside it): the rest of a heading of the
   * same column (改进措施及 / 结果应用方案) or of one the block keeps but does not read (得分计 / 算方法).
   * Words only, short, no figure: a data row holds its indicator's name under 三级指标, which ends
   * no heading, and is never joined.
   */
  private static boolean restOfHeading(String above, String piece) {
    String tail = FormText.key(piece);
    String head = FormText.key(above);
    if (head.isEmpty() || head.length() > 8 || tail.isEmpty() || tail.length() > 8 || FormText.isNothing(piece)
        || FormLabels.colonField(above.strip()) != null) {
      return false; // both pieces of a heading: short; a goal's text over the block's label is none
    }
    for (int i = 0; i < tail.length(); i++) {
      if (Character.isDigit(tail.charAt(i))) {
        return false;
      }
    }
    IndicatorRole alone = IndicatorRole.of(head);
    return alone == IndicatorRole.of(FormText.key(above + piece)) && IndicatorRole.of(tail) == IndicatorRole.NONE;
  }

  /** Whether {@code piece}, printed under {@code above}, is the rest of its heading. */
  private static boolean completes(String above, String piece) {
    String tail = FormText.key(piece);
    if (tail.isEmpty() || FormText.isNothing(piece) || FormLabels.colonField(above.strip()) != null) {
      return false; // a field with its value (实施单位：天长市水利局) is a line of the form's top, no heading's first line
    }
    IndicatorRole joined = IndicatorRole.of(FormText.key(above + piece));
    if (joined == IndicatorRole.NONE) {
      return false;
    }
    IndicatorRole alone = IndicatorRole.of(FormText.key(above));
    if (alone == IndicatorRole.NONE) {
      return true; // 年度 + 指标值, 一级 + 指标: the upper piece names no column by itself
    }
    // 实际 + 完成值, 实际完成 + 值, 偏差原因分析 + 及改进措施: the same column, and the piece a heading's
    // or a heading's tail, not a value
    return alone == joined && (IndicatorRole.of(tail) != IndicatorRole.NONE || TAILS.contains(tail)
        || tail.startsWith("及") || tail.startsWith("和") || tail.startsWith("与"));
  }

  /** The last words of the block's headings, printed alone on a heading's second line. */
  private static final java.util.Set<String> TAILS = java.util.Set.of("值", "数", "情况", "进度", "指标", "分析", "措施");

  /**
   * The heading of column {@code c}: the upper piece followed by those of the rows under it to
   * {@code lower}, if any (a funds header may wrap over three: {@link WrappedFundsHeader}).
   */
  static String text(FormGrid g, int row, int lower, int c) {
    String upper = g.cell(row, c);
    if (lower <= row) {
      return upper;
    }
    StringBuilder b = new StringBuilder(upper);
    for (int r = row + 1; r <= lower; r++) {
      if (c < g.width(r)) {
        b.append(g.text(r, c));
      }
    }
    return b.toString();
  }

  /** Whether the two rows, joined, are an indicator header (一级指标 and 二级 or 三级指标). */
  static boolean isHeader(FormGrid g, int row, int lower) {
    boolean cat1 = false;
    boolean other = false;
    int w = Math.max(g.width(row), g.width(lower));
    for (int c = 0; c < w; c++) {
      String k = FormText.key(text(g, row, lower, c));
      cat1 |= k.equals("一级指标");
      other |= k.equals("三级指标") || k.equals("二级指标");
    }
    return cat1 && other;
  }
}

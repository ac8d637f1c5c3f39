package org.jixiao.io.internal.form;

/**
 * A figure a narrow 年度指标值 / 实际完成值 column cut in two: text copied out of a PDF prints the
 * first part on the indicator's line and the rest alone on the line below, in the same column
 * ({@code ≥2} / {@code 00人次}, {@code 95} / {@code %}, {@code ≤0.} / {@code 5%}, {@code 1,2} /
 * {@code 00万元}, {@code 2023年12} / {@code 月底前}). Read apart, the target was the first part
 * (≥2 for ≥200: an actual of 150 then meets it) and the rest a nameless indicator.
 *
 * <p>The two parts are one figure when joined they read as one (a bound, digits with whole thousands
 * groups and one decimal point, a unit) and one part cannot stand as a figure alone: a rest that opens
 * with a decimal point, a separator, a zero before a digit (00人次) or is a unit alone (%, 万元, 百分比),
 * a first part ending on a point or a separator or with a short thousands group (1,2), a month after a
 * year and a number (2023年12 / 月). No value of its own is printed so. When both parts can (≥9 /
 * 5%, 1 / 80), the line may as well be a value of its own (a nameless sub-row's, a range's second
 * bound, a second figure): the two stay apart and the reader says it cannot tell. The column's width
 * does not tell either: a first version joined them when the first part was as wide as the column's
 * widest line, and a column of figures all as wide (20, 10; ≥2000 beside 11月前) read 20 / 12 as 2012
 * (review 68g: 8 of 23 values of their own joined).
 */
final class CutFigures {
  /** What a text alone on the line below a figure is to it. */
  enum Cut {
    /** No text there. */
    ABSENT,
    /** No rest of a figure: other rules read it. */
    NONE,
    /** The rest of the figure above. */
    JOINS,
    /** Either the rest of the figure above or a value of its own. */
    UNSURE
  }

  private static final String BOUNDS = "≥≤><=≧≦＞＜＝";

  /** A unit written as a word rather than in unit characters. */
  private static final String UNIT_WORD = "百分比";

  private CutFigures() {}

  /** What {@code tail}, alone on the line under {@code above} in the 年度指标值 or 实际完成值 column, is. */
  static Cut of(String above, String tail) {
    String a = above.strip();
    String t = tail.strip();
    if (t.isEmpty()) {
      return Cut.ABSENT;
    }
    if (a.isEmpty() || FormText.isFiller(t)) {
      return Cut.NONE; // a template's / under a figure is a row left empty, not a unit (元/人)
    }
    if (monthCut(a) && (t.charAt(0) == '月' || t.charAt(0) == '日')) {
      return Cut.JOINS; // 2023年12 / 月底前
    }
    char last = a.charAt(a.length() - 1);
    boolean digits = isDigit(t.charAt(0)) || t.charAt(0) == '.' || t.charAt(0) == ',';
    if (!digits && !WrappedIndicatorLines.isUnit(t) && !t.equals(UNIT_WORD)) {
      return Cut.NONE; // 100 / 完成: a word under a figure is no unit of it
    }
    if (!(isDigit(last) || last == '.' || last == ',') || !isFigure(a + t)) {
      return Cut.NONE;
    }
    if (!standsAlone(a) || !standsAlone(t)) {
      return Cut.JOINS;
    }
    return Cut.UNSURE;
  }

  /** A year and a number with no 月 after it (2023年12): no date ends so. */
  private static boolean monthCut(String a) {
    int end = a.length();
    int digits = 0;
    while (digits < 2 && end - digits > 0 && isDigit(a.charAt(end - digits - 1))) {
      digits++;
    }
    int at = end - digits - 1;
    return digits > 0 && at >= 4 && a.charAt(at) == '年' && FormText.year(a.substring(at - 4, at + 1)) > 0;
  }

  /**
   * Whether {@code part} is a whole figure: it opens with a digit other than a zero before a digit,
   * ends on no point or separator, and reads as a figure.
   */
  private static boolean standsAlone(String part) {
    int at = skipBounds(part);
    if (at >= part.length() || !isDigit(part.charAt(at))) {
      return false; // a unit alone, .5, ,000
    }
    if (part.charAt(at) == '0' && at + 1 < part.length() && isDigit(part.charAt(at + 1))) {
      return false; // 00人次: no figure is written with a zero before its digits
    }
    char last = part.charAt(part.length() - 1);
    return last != '.' && last != ',' && isFigure(part);
  }

  /**
   * Whether {@code text} reads as one figure: bounds, digits whose thousands groups are whole (1,200,
   * not 1,2), at most one decimal point after them, then a unit of a few characters with no digit
   * (%, 万元, 平方米, 元/人*月, %以上) or none.
   */
  static boolean isFigure(String text) {
    int at = skipBounds(text);
    int start = at;
    int group = -1; // digits since the last separator, -1 before any
    boolean point = false;
    int i = at;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        if (group >= 0) {
          group++;
        }
        continue;
      }
      if (c == ',' && !point && i > start && (group < 0 || group == 3)) {
        group = 0;
        continue;
      }
      if (c == '.' && !point && i > start && i + 1 < text.length() && isDigit(text.charAt(i + 1))
          && (group < 0 || group == 3)) {
        point = true;
        group = -1;
        continue;
      }
      break;
    }
    if (i == start || group >= 0 && group != 3) {
      return false;
    }
    String unit = text.substring(i);
    if (unit.length() > 6) {
      return false;
    }
    for (int k = 0; k < unit.length(); k++) {
      char c = unit.charAt(k);
      if (isDigit(c) || c == '.' || c == ',' || BOUNDS.indexOf(c) >= 0 || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static int skipBounds(String text) {
    int at = 0;
    while (at < text.length() && BOUNDS.indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }
}

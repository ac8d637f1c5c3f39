package org.jixiao.io.internal.form;

import java.util.EnumSet;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * What each column of an indicator block holds, as its header says: the header's one or two rows
 * (a row of target and actual headings above the 一级指标 row, or a header wrapped onto the row
 * under it), a second header row that splits a target into parts or a score into sub-scores, and a
 * column headed by a bare figure. The roles may still change while the block is opened (a bare
 * figure's column read as scores); {@link IndicatorBlock} reads rows against them.
 */
final class IndicatorColumns {
  private final FormGrid g;
  private final IndicatorRole[] roles;
  private final String[] headers;
  /** The 一级指标 column, or -1. */
  final int cat1Column;
  /** The column headed by a bare figure (the block's points, 50) instead of a name, or -1. */
  final int pointsColumn;
  /** The 一级 column read without a 一级指标 heading ({@link #unheadedLevelOne}), or -1. */
  final int unheadedCat1;
  /** The row under the header naming a target's parts (符号 | | 单位) or sub-scores, or -1. */
  private int partsRow = -1;

  /**
   * @param row the header row that names 一级指标
   * @param upper a row of target and actual headings above it, or -1
   * @param lower the header's second line when it is wrapped ({@link WrappedHeader}), or -1
   */
  IndicatorColumns(FormGrid g, int row, int upper, int lower) {
    this.g = g;
    int w = Math.max(Math.max(g.width(row), upper >= 0 ? g.width(upper) : 0), lower >= 0 ? g.width(lower) : 0);
    roles = new IndicatorRole[w];
    headers = new String[w];
    EnumSet<IndicatorRole> taken = EnumSet.noneOf(IndicatorRole.class);
    int cat1 = -1;
    int points = -1;
    int label = 0;
    while (label < w && IndicatorRole.of(FormText.key(WrappedHeader.text(g, row, lower, label))) != IndicatorRole.CAT1) {
      label++;
    }
    int unheaded = label == w ? unheadedLevelOne(g, row) : -1;
    if (unheaded >= 0) {
      label = unheaded;
    }
    for (int c = 0; c < w; c++) {
      String h = WrappedHeader.text(g, row, lower, c);
      IndicatorRole r = IndicatorRole.of(FormText.key(h));
      if (c == unheaded) {
        r = IndicatorRole.CAT1; // its heading blank or unreadable: the column of the levels all the same
      } else if (c < label) {
        // left of 一级指标 stands the block's label (绩效指标, 年度绩效指标完成情况), no column of it:
        // a 完成情况 there is no actual, and would take that role from the column of actuals
        r = IndicatorRole.NONE;
      } else if (upper >= 0 && (r == IndicatorRole.NONE)) {
        IndicatorRole u = IndicatorRole.of(g.key(upper, c));
        if (u != IndicatorRole.NONE) {
          r = u;
          h = g.text(upper, c);
        }
      }
      if (r != IndicatorRole.NONE && r != IndicatorRole.CAT1 && r != IndicatorRole.CAT2 && !taken.add(r)) {
        // a second column of one role (改进措施及结果应用方案 beside 偏差原因分析, 年初目标值 beside
        // 年度指标值) would write over the first: it is kept as stray cells under its header
        r = IndicatorRole.NONE;
      }
      if (r == IndicatorRole.CAT1 && cat1 < 0) {
        cat1 = c;
      }
      if (r == IndicatorRole.NONE && points < 0 && FormText.isBarePoints(h)) {
        points = c;
      }
      roles[c] = r;
      headers[c] = h;
    }
    for (int c = 0; c < w; c++) {
      if (roles[c] == IndicatorRole.SCORE && !FormText.key(headers[c]).equals("得分") && pointsBelow(g, row + 1, c)) {
        // 自评分 over 分值 | 得分 on the row below: a group's heading, not the column of the score
        roles[c] = IndicatorRole.NONE;
      }
    }
    cat1Column = cat1;
    pointsColumn = points;
    unheadedCat1 = unheaded;
  }

  /** Whether row {@code r} heads column {@code c} or the next with 分值, 得分 or 权重. */
  private static boolean pointsBelow(FormGrid g, int r, int c) {
    for (int k = c; k <= c + 1 && r < g.height(); k++) {
      String key = g.key(r, k);
      if (key.equals("分值") || key.equals("得分") || key.equals("权重")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a row is an indicator header: 一级指标 and 二级 or 三级指标, on the row or on the row and
   * the one under it when the header is wrapped over the two ({@link WrappedHeader}); or a header
   * whose 一级指标 heading is blank or unreadable ({@link #unheadedLevelOne}).
   */
  static boolean isHeader(FormGrid g, int row) {
    if (g.anyKey(row, k -> k.equals("一级指标"))
        && g.anyKey(row, k -> k.equals("三级指标") || k.equals("二级指标"))) {
      return true;
    }
    int lower = WrappedHeader.lower(g, row);
    return lower >= 0 && WrappedHeader.isHeader(g, row, lower) || unheadedLevelOne(g, row) >= 0;
  }

  /**
   * The column read as 一级指标 in a header of a self-evaluation's block that prints no 一级指标: 二级指标,
   * a name column (三级指标, 指标名称), a target and an actual or a score, and just left of 二级指标 a
   * column whose heading is blank or a 一级 heading not read as 一级指标 (一级指, cut short); not a
   * label of the block (绩效指标) or any other heading (序号), which head no column of levels.
   * 长江禁捕 2020 and 襄阳 2021, docx copies of the Hubei template, print
   * {@code 年度绩效目标1(80分)} and {@code 一级指标} garbled by OCR into one cell beside a blank one
   * ({@code 度效标O0B年绩目1分EB | | 二级指标 | …}): its other headings are clean, and so are the 二级
   * labels that then say each row's category. -1 for any other row.
   */
  static int unheadedLevelOne(FormGrid g, int row) {
    if (g.anyKey(row, k -> k.equals("一级指标")) || !g.anyKey(row, k -> IndicatorRole.of(k) == IndicatorRole.NAME)
        || !g.anyKey(row, k -> IndicatorRole.of(k) == IndicatorRole.TARGET)
        || !g.anyKey(row, k -> IndicatorRole.of(k) == IndicatorRole.ACTUAL || IndicatorRole.of(k) == IndicatorRole.SCORE)) {
      return -1;
    }
    int w = g.width(row);
    for (int c = 1; c < w; c++) {
      if (g.key(row, c).equals("二级指标")) {
        String left = g.key(row, c - 1);
        return left.isEmpty() || left.startsWith("一级") ? c - 1 : -1;
      }
    }
    return -1;
  }

  /** The upper row of a two-row header: target and actual or score columns, no 一级指标. */
  static boolean isUpperHeader(FormGrid g, int row) {
    return !g.anyKey(row, k -> k.equals("一级指标"))
        && g.anyKey(row, k -> IndicatorRole.of(k) == IndicatorRole.TARGET)
        && g.anyKey(row, k -> IndicatorRole.of(k) == IndicatorRole.ACTUAL
            || IndicatorRole.of(k) == IndicatorRole.SCORE);
  }

  /** The role of a column; {@link IndicatorRole#NONE} beyond the header. */
  IndicatorRole roleAt(int c) {
    return c < roles.length ? roles[c] : IndicatorRole.NONE;
  }

  /** The heading of a column, as printed; null beyond the header. */
  @Nullable String header(int c) {
    return c < headers.length ? headers[c] : null;
  }

  /** The heading of a column within the header, as printed. */
  String headerWithin(int c) {
    return headers[c];
  }

  /**
   * Whether {@code other}, a header printed below this one, heads the same block again (at the top of
   * a page): the same 一级 column, and every column it names given the role this header gives it.
   * It may name fewer: a header of two rows repeated by its lower row only heads the targets and
   * actuals on the row it leaves out.
   */
  boolean headsAgain(IndicatorColumns other) {
    if (cat1Column < 0 || other.cat1Column != cat1Column) {
      return false;
    }
    for (int c = 0; c < other.roles.length; c++) {
      IndicatorRole theirs = other.roles[c];
      if (theirs != IndicatorRole.NONE && (c >= roles.length || roles[c] != theirs)) {
        return false;
      }
    }
    return true;
  }

  /** The last row of a header at {@code row} whose last line is {@code last}: its parts row under it, if any. */
  int lastRow(int last) {
    return Math.max(last, partsRow);
  }

  /** The roles by column, shared, not copied: {@link WrappedLabels} sees later changes. */
  IndicatorRole[] roles() {
    return roles;
  }

  /** The headings by column, shared, not copied. */
  String[] headers() {
    return headers;
  }

  /** Whether some column has {@code role}. */
  boolean has(IndicatorRole role) {
    return column(role) >= 0;
  }

  /** The first column with {@code role}, or -1. */
  int column(IndicatorRole role) {
    for (int c = 0; c < roles.length; c++) {
      if (roles[c] == role) {
        return c;
      }
    }
    return -1;
  }

  /** Gives a column a role found after the header (a bare figure's column read as scores). */
  void assign(int c, IndicatorRole role) {
    roles[c] = role;
  }

  /** Whether {@code row} is the second header row that {@link #partsHeader} read. */
  boolean isPartsRow(int row) {
    return row == partsRow;
  }

  /** The block, for {@link PointsInValueColumns}, when it has targets and actuals and no points column. */
  PointsInValueColumns.@Nullable Block valueBlock(int row, int first) {
    int target = -1;
    for (int c = 0; c < roles.length && target < 0; c++) {
      target = roles[c] == IndicatorRole.TARGET ? c : -1;
    }
    boolean points = has(IndicatorRole.WEIGHT) || has(IndicatorRole.SCORE)
        || has(IndicatorRole.SCORE_OF_100) || has(IndicatorRole.CONVERTED_SCORE);
    return target < 0 || points || !has(IndicatorRole.ACTUAL)
        ? null
        : new PointsInValueColumns.Block(row, target, headers[target], first);
  }

  /** The headings the second line of a wrapped header completes, as read: 年度指标值、实际完成值. */
  String joinedHeadings(int row, int lower) {
    StringJoiner out = new StringJoiner("、");
    for (int c = 0; c < g.width(lower); c++) {
      if (!g.text(lower, c).isEmpty()) {
        out.add(FormText.key(WrappedHeader.text(g, row, lower, c)));
      }
    }
    return out.toString();
  }

  /**
   * Reads a second header row under the header (the Hebei form, 河北成安 2020). It may split the
   * target into parts, 预期指标值 over 符号 | 数值 | 单位(文字描述): the columns after the target's up
   * to the next heading become parts of it, joined in order (>= | 98 | % is >=98%). And it may
   * split 自评得分 into 单项指标得分 | 权重占比(%) | 单项指标折算得分: the weight and the two scores
   * ({@link ConvertedScore}). Without such a row nothing changes: a blank heading beside the
   * target may hold anything.
   */
  void partsHeader(int row) {
    if (g.anyKey(row, k -> IndicatorRole.of(k) == IndicatorRole.CAT1
        || IndicatorRole.of(k) == IndicatorRole.NAME)) {
      return;
    }
    boolean parts = targetParts(row);
    boolean scores = subScores(row);
    if (parts || scores) {
      partsRow = row;
    }
  }

  private boolean targetParts(int row) {
    int target = -1;
    for (int c = 0; c < roles.length; c++) {
      if (roles[c] == IndicatorRole.TARGET) {
        target = c;
      }
    }
    if (target < 0 || !g.key(row, target).equals("符号")) {
      return false;
    }
    int end = target + 1;
    while (end < roles.length && roles[end] == IndicatorRole.NONE && headers[end].isEmpty()) {
      end++;
    }
    if (end == target + 1) {
      return false;
    }
    for (int c = target + 1; c < end; c++) {
      roles[c] = IndicatorRole.TARGET_PART;
    }
    return true;
  }

  /**
   * The sub-headings of 自评得分 on the second header row; whether any was found. Not beside a
   * 得分 column of the block's own, which is its score (the two would then be kept as stray cells).
   */
  private boolean subScores(int row) {
    if (has(IndicatorRole.SCORE)) {
      return false;
    }
    boolean any = false;
    int w = Math.min(g.width(row), roles.length);
    for (int c = 0; c < w; c++) {
      String k = g.key(row, c);
      IndicatorRole r =
          k.equals("权重占比") && !has(IndicatorRole.WEIGHT) ? IndicatorRole.WEIGHT
              : k.equals("单项指标得分") && !has(IndicatorRole.SCORE_OF_100) ? IndicatorRole.SCORE_OF_100
              : k.endsWith("折算得分") && !has(IndicatorRole.CONVERTED_SCORE) ? IndicatorRole.CONVERTED_SCORE
              : IndicatorRole.NONE;
      if (r != IndicatorRole.NONE && roles[c] == IndicatorRole.NONE) {
        roles[c] = r;
        headers[c] = g.text(row, c);
        any = true;
      }
    }
    return any;
  }
}

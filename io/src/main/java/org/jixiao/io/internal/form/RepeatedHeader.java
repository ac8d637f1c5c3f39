package org.jixiao.io.internal.form;

import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jspecify.annotations.Nullable;

/**
 * An indicator header printed again inside its block ({@link IndicatorBlock#goesOnPast}): Word repeats
 * a table's header row at the top of each page. Which repeats the block goes on past, and which start
 * a table of their own.
 */
final class RepeatedHeader {
  private RepeatedHeader() {}

  /**
   * Whether the first level printed under a repeated header (its last row {@code last}), in the 一级
   * column {@code cat1Column} or the 二级 column {@code cat2Column} (天长 2022 prints bare points in
   * the 一级 column, and the 二级 names the level), comes before the level {@code carried} and
   * {@code carriedSub} read above it in a form's order (产出, 成本, 效益, 满意度; 数量, 质量, 时效, 成本 …):
   * the table starts over, a second goal's or unit's with the same header, whose first rows print no
   * level because its label stands lower in its merged cell (review 63i: carried on, 产出 rows were
   * filed under 满意度 with no warning). Its rows then have no level, as without the header they would
   * not, and are told.
   */
  static boolean startsOver(
      FormGrid g, int cat1Column, int cat2Column, @Nullable Category carried, @Nullable Subcategory carriedSub, int last) {
    if (carried == null || cat1Column < 0) {
      return false;
    }
    for (int r = last + 1; r < g.height(); r++) {
      String one = g.text(r, cat1Column);
      Category named = one.isEmpty() ? null : Category.fromLabel(FormText.categoryKey(one)).orElse(null);
      String two = cat2Column < 0 ? "" : g.text(r, cat2Column);
      Subcategory sub = two.isEmpty() ? null : Subcategory.fromLabel(FormText.categoryKey(two)).orElse(null);
      Category level = named != null ? named : sub != null ? sub.category() : null;
      if (level != null) {
        // 产出 after 满意度; 数量 after 成本 of the same 产出 (金寨 2023)
        return rank(level) < rank(carried)
            || (level == carried && sub != null && carriedSub != null && sub.ordinal() < carriedSub.ordinal());
      }
      if (IndicatorColumns.isHeader(g, r) || (g.first(r) >= 0 && FormParser.TOTAL_KEYS.contains(g.key(r, g.first(r))))) {
        return false;
      }
    }
    return false;
  }

  /** A level's place in the form's order: 产出, 成本 (a 一级 of the 2021 templates), 效益, 满意度. */
  private static int rank(Category c) {
    return switch (c) {
      case OUTPUT -> 0;
      case COST -> 1;
      case BENEFIT -> 2;
      case SATISFACTION -> 3;
    };
  }

  /**
   * Whether {@code row} prints one of a block's header rows ({@code headerRows}, -1 for none) again,
   * cell for cell: a page's
   * repeated header row is a copy. Left of the 一级 column a cell may be blank (the block's merged
   * label, printed on the first page only); a label there that differs (年度绩效目标2 under 年度绩效目标1,
   * 黄冈 2020) heads another group of the form, not the same one carried over a page.
   */
  static boolean printsAgain(FormGrid g, int[] headerRows, int cat1Column, int row) {
    for (int h : headerRows) {
      if (h >= 0 && sameCells(g, cat1Column, h, row)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameCells(FormGrid g, int cat1Column, int h, int row) {
    int w = Math.max(g.width(h), g.width(row));
    for (int c = 0; c < w; c++) {
      String k = g.key(row, c);
      if (!k.equals(g.key(h, c)) && !(k.isEmpty() && c < cat1Column)) {
        return false;
      }
    }
    return true;
  }
}

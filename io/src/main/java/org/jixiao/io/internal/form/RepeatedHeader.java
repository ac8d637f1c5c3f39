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
   * Whether {@code row} prints one of a block's header rows ({@code headerRows}, -1 for none) again:
   * a page's repeated header row is a copy, as the extraction of another page gives it. Left of the
   * 一级 column a cell may be blank, or printed where the first was blank, or a piece of the same
   * label (the block's merged caption, cut or printed whole on one page only: 绩效 / 绩效指标 /
   * 年度绩效指标); a label there that is neither, or that numbers another group (年度绩效目标2 under
   * 年度绩效目标1, 黄冈 2020; 目标（二）under 目标（一）; 目标2 under 目标), heads another group of
   * the form, not the same one carried over a page.
   * From the 一级 column on, one heading may differ: left blank (a heading cut at the page's edge or
   * wrapped onto another line) or one glyph misread in a scan (偏差原因分折, 实际完成植); the columns'
   * roles are the same ({@link IndicatorColumns#headsAgain}), checked by the caller.
   */
  static boolean printsAgain(FormGrid g, int[] headerRows, int cat1Column, int row) {
    for (int h : headerRows) {
      if (h >= 0 && copies(g, cat1Column, h, row)) {
        return true;
      }
    }
    return false;
  }

  private static boolean copies(FormGrid g, int cat1Column, int h, int row) {
    int w = Math.max(g.width(h), g.width(row));
    int differing = 0;
    int same = 0;
    for (int c = 0; c < w; c++) {
      String k = g.key(row, c);
      String first = g.key(h, c);
      if (k.equals(first)) {
        same += k.isEmpty() ? 0 : 1;
      } else if (c < cat1Column) {
        if (!sameLabel(first, k) || !numberedAlike(g.text(h, c), g.text(row, c))) {
          return false;
        }
      } else if ((k.isEmpty() || oneGlyphApart(first, k)) && ++differing <= 1) {
        continue;
      } else {
        return false;
      }
    }
    return same >= 3; // one heading of a few may not stand for the row
  }

  /** A caption left of the 一级 column: blank on one, or one a piece of the other. */
  private static boolean sameLabel(String first, String again) {
    return first.isEmpty() || again.isEmpty() || first.contains(again) || again.contains(first);
  }

  /**
   * Whether the repeat's caption numbers no other group than the first's: its digits and numerals,
   * brackets included (目标2, 目标（二）, which the caption's key drops), are the first's, or it has
   * none (a cut caption may have lost its number). 年度绩效目标2 under 年度绩效目标 is another group.
   */
  private static boolean numberedAlike(String first, String again) {
    String n = numbering(again);
    return n.isEmpty() || n.equals(numbering(first));
  }

  private static String numbering(String text) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isDigit(ch) || "一二三四五六七八九十".indexOf(ch) >= 0) {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /** Two headings of three characters or more, alike but for one glyph: a scan's misreading. */
  private static boolean oneGlyphApart(String a, String b) {
    if (a.length() != b.length() || a.length() < 3) {
      return false;
    }
    int apart = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i) && ++apart > 1) {
        return false;
      }
    }
    return apart == 1;
  }
}

package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.Set;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.label.Labels;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * A level printed above 一级 with its points (一级之上的一层), in a column left of the 一级 column that
 * the indicator header leaves blank: 广水市's local template heads its block {@code | 一级 指标 | 二级
 * 指标 | 指标名称 (三级指标) | …} and prints {@code 项目 绩效 85 分} beside its first indicator, merged
 * down the block (its 15 other points are the 项目决策 / 项目管理 block, {@link
 * DecisionManagementBlock}). Read as any cell left of the 一级 column, it made its row an unplaced
 * row, and the block's first indicator was lost.
 *
 * <p>Such a cell is the name of an indicator block (项目绩效, 绩效指标, 年度绩效目标 …) followed by its
 * points, with or without brackets ({@code 项目绩效(85分)}). The model has no level above 一级 (its
 * categories are 一级's), so the cell is kept as a stray cell and its points remembered for the
 * block's diagnostic; the row is read as the indicator row it is. A cell there that is not such a
 * label (a note, a level's name without points under a blank heading) leaves the row as it was.
 */
final class LevelAboveOne {
  /** The names a block of indicators above 一级 is printed under, beside those {@link BlockLabelLines} knows. */
  private static final Set<String> NAMES = Set.of("项目绩效", "项目绩效指标", "项目绩效目标", "绩效指标", "绩效目标",
      "年度绩效指标", "年度绩效目标", "绩效指标完成情况", "年度绩效指标完成情况");

  private LevelAboveOne() {}

  /**
   * Whether every cell of the row left of the 一级 column is a level above 一级 printed with its points
   * in a column the header leaves blank, at least one.
   */
  static boolean onTheLeft(FormGrid g, IndicatorColumns columns, int row) {
    boolean any = false;
    for (int c = 0; c < columns.cat1Column; c++) {
      String t = g.text(row, c);
      if (t.isEmpty()) {
        continue;
      }
      String h = columns.header(c);
      if ((h != null && !h.isBlank()) || points(t) == null) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Keeps the row's cells of a level above 一级 as stray cells, each said (JX-I-0261), and the form's
   * first such points for its unscored block's diagnostic; marks them read in {@code cells}.
   */
  static void keep(FormGrid g, FormSink sink, int cat1Column, int row, FormDraft d, BitSet cells) {
    for (int c = 0; c < cat1Column; c++) {
      String t = g.text(row, c);
      BigDecimal p = t.isEmpty() ? null : points(t);
      if (p == null) {
        continue;
      }
      d.stray(row, c, null, t);
      cells.set(c);
      if (d.levelAbovePoints == null) {
        d.levelAbovePoints = p;
      }
      sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO,
          Msg.of("JX-I-0261").arg("label", name(t)).arg("points", p.toPlainString()), row, c, t);
    }
  }

  /** The points of a level above 一级 printed with them ({@code 项目 绩效 85 分} → 85), else null. */
  static @Nullable BigDecimal points(String text) {
    String n = Labels.normalize(text).strip();
    if (!NAMES.contains(name(n))) {
      return null;
    }
    return Category.printedPoints(n).orElse(null);
  }

  /** The level's name without its points and spaces: 项目绩效. */
  static String name(String text) {
    return FormText.categoryKey(text);
  }
}

package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.label.Labels;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The points a form prints in its 一级 cells: after the level's name (产出指标（40分）), the
 * category's weight on a form whose indicators print no 分值 (the 20/80 template); or alone, a bare
 * (50分) where the name should be (天长 2022), whose level the 二级 beside or around it names. A
 * level printed again with other points (after a page break) is kept as a stray cell beside the
 * first.
 */
final class LevelPoints {
  private final String[] headers;
  /** Bare points waiting for a 二级 to say whose they are; null when none wait. */
  private @Nullable BigDecimal pending;
  private String pendingLabel = "";
  private int pendingColumn = -1;
  private int pendingRow = -1;

  /** @param headers the block's column headers (shared, not copied), for the stray cells */
  LevelPoints(String[] headers) {
    this.headers = headers;
  }

  /** A 一级 cell that names its level: its printed points, if any, are that level's. */
  void named(@Nullable Category category, String label, int row, int column, FormDraft d) {
    pending = null;
    if (category != null) {
      Category.printedPoints(label).ifPresent(p -> keep(category, p, label, row, column, d));
    }
  }

  /** A bare (50分) in the 一级 column: the points wait for {@link #settle}. */
  void bare(BigDecimal points, String label, int row, int column) {
    pending = points;
    pendingLabel = label;
    pendingRow = row;
    pendingColumn = column;
  }

  /**
   * Gives waiting points to the level of the row's 二级 (its own or carried), once the row is read:
   * the level beside the bare points ({@code beside}: (50分) | 数量指标), or a level above them that
   * has no points yet (the cell stands mid-way down its merged rows). Else they wait for a 二级 of
   * a level still to come.
   */
  void settle(@Nullable Category level, boolean beside, FormDraft d) {
    BigDecimal p = pending;
    if (p != null && level != null && (beside || !d.categoryPoints.containsKey(level))) {
      keep(level, p, pendingLabel, pendingRow, pendingColumn, d);
      pending = null;
    }
  }

  /**
   * A 二级 label printed with its points (数量指标 15 分, 广水: the sub-level's points, which its
   * indicators share): the model weighs indicators and 一级 levels, not 二级 ones, and the points are
   * no indicator's 分值, so the label is kept whole as a stray cell, and said (JX-I-0262).
   *
   * @param text the cell as printed; {@code label} the level's label read from it (joined when wrapped)
   */
  void secondLevel(FormSink sink, int row, int column, String text, String label, FormDraft d) {
    BigDecimal points = Category.printedPoints(Labels.normalize(label).strip()).orElse(null);
    if (points == null) {
      return;
    }
    d.stray(row, column, column < headers.length ? headers[column] : null, text);
    sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0262")
        .arg("label", FormText.categoryKey(label)).arg("points", points.toPlainString()), row, column, text);
  }

  private void keep(Category category, BigDecimal points, String label, int row, int column, FormDraft d) {
    BigDecimal first = d.categoryPoints.putIfAbsent(category, points);
    if (first != null && first.compareTo(points) != 0) {
      d.stray(row, column, column < headers.length ? headers[column] : null, label);
    }
  }
}

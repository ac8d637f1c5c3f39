package org.jixiao.io.internal.form;

import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * A 二级 label printed below the first rows of its group: the label is a cell merged down the group,
 * and an extractor that centres a merged cell's text (pdfplumber, camelot, pdftotext) prints it on a
 * middle row, so the rows above it print no 二级 (review 62c F7: 6 of 6 real forms lost the 二级 of
 * the first indicators of a 一级 group, and a form whose 一级 cells hold only points, as 天长's, lost
 * those rows whole). Only where nothing says otherwise: the rows are the first of their 一级 group,
 * whose 一级 cell (a label, or points) stands on or above them, with no 二级 cell (label or
 * placeholder) above them in it, the first 二级 cell below them in the group is a label of their
 * 一级, and they print an indicator's name (a header's stray line does not). Rows of a block that print no level before any 一级 cell are kept as before: a copy cut at a
 * page prints them so, and their group is on the page it lacks. Rows under a label carry it down as before; which
 * of them a centred label further down owns is not known, and is not guessed.
 */
final class CentredLevels {

  private final FormGrid g;
  private final FormSink sink;
  private final int cat1Column;
  private final int cat2Column;
  private final int nameColumn;
  /** Whether the current 一级 group (or the block, before any) has printed a 二级 cell yet. */
  private boolean secondSeen;
  /**
   * Whether the block has printed a 一级 cell (a label, or points alone as 天长's (50分)): rows with no
   * level above any are no group's first rows, but may run on from a page the copy lacks.
   */
  private boolean firstSeen;

  CentredLevels(FormGrid g, FormSink sink, IndicatorColumns columns) {
    this.g = g;
    this.sink = sink;
    this.cat1Column = columns.cat1Column;
    this.cat2Column = columns.column(IndicatorRole.CAT2);
    this.nameColumn = columns.column(IndicatorRole.NAME);
  }

  /**
   * A 一级 label read ({@code named}, null when not known): a new group starts with the row that prints
   * it, unless the 二级 carried to it ({@code carried}) is of the same 一级: then the label is centred
   * in a group whose 二级 was printed above it (河西: 产出指标 beside the third row of 数量指标), and no
   * 二级 is looked for below.
   */
  void levelOne(@Nullable Category named, @Nullable Subcategory carried) {
    secondSeen = carried != null && named != null && carried.category() == named;
    firstSeen = true;
  }

  /** A 一级 cell of points alone read ((50分)): a group's cell, though it may stand mid-way down it. */
  void pointsOne() {
    firstSeen = true;
  }

  /** A 二级 cell read, a label or a placeholder: rows from here on carry it as printed. */
  void levelTwo() {
    secondSeen = true;
  }

  /**
   * The 二级 of indicator row {@code row}, which prints none, when it is one of its group's first rows
   * and the group's first 二级 label stands below it (said, INFO {@code JX-I-0274}); null otherwise.
   *
   * @param category the 一级 the row is read under, null when none is known
   */
  @Nullable Subcategory below(int row, @Nullable Category category) {
    if (secondSeen || !firstSeen || cat2Column < 0 || nameColumn < 0) {
      return null;
    }
    for (int k = row + 1; k < g.height(); k++) {
      String two = g.cell(k, cat2Column);
      String one = g.cell(k, cat1Column);
      boolean labelOne = !one.isEmpty() && !FormText.isPlaceholderMark(one) && !WrappedLabels.isBarePoints(IndicatorRole.CAT1, one);
      if (!two.isEmpty()) {
        Subcategory sub = FormText.isPlaceholderMark(two) ? null : Subcategory.fromLabel(FormText.categoryKey(two)).orElse(null);
        if (sub == null || (labelOne && category != null) || (category != null && IndicatorBlock.belongsElsewhere(category, sub))) {
          return null; // a placeholder, a label not known, a new 一级 group or a level of another 一级
        }
        sink.report(FormDiagnostics.CENTRED_LEVEL, Severity.INFO,
            Msg.of("JX-I-0274").arg("level", sub.label()).arg("line", k + 1L), row, cat2Column, g.cell(row, nameColumn));
        return sub;
      }
      if (labelOne || g.cell(k, nameColumn).isEmpty()) {
        return null; // a new 一级 group, or the end of the indicator rows
      }
    }
    return null;
  }
}

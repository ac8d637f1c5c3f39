package org.jixiao.io.internal.form;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.io.internal.table.TitleLines;
import org.jspecify.annotations.Nullable;

/**
 * A money-unit line above a form's title or 项目名称 ({@code 金额单位:元}, {@code 单位：万元}), read
 * as the table reader reads its title lines: it states the unit of the form that starts below it.
 * Once taken for a note, the form had no unit and its 元 were read as 万元.
 */
final class UnitLine {
  private @Nullable MoneyUnit unit;
  private String text = "";
  private int column;
  private int row;

  /** Whether the cell is a unit line; it is then held for the next form. */
  boolean take(FormGrid g, int r, int c) {
    Optional<MoneyUnit> u = TitleLines.unitLine(g.text(r, c));
    if (u.isEmpty()) {
      return false;
    }
    unit = u.get();
    text = g.text(r, c);
    column = c;
    row = r;
    return true;
  }

  /** Gives a form that starts the unit held for it. */
  void applyTo(FormDraft draft) {
    if (unit != null) {
      draft.moneyUnit = unit;
      unit = null;
    }
  }

  /**
   * A line no form followed: with no form at all it is a note, as printed; after the last form it
   * is that form's, as a unit line inside it would be (a second, different unit a stray cell).
   */
  void finish(List<FormDraft> drafts, List<String> notes) {
    MoneyUnit u = unit;
    if (u == null) {
      return;
    }
    if (drafts.isEmpty()) {
      notes.add(text);
      return;
    }
    FormDraft last = drafts.get(drafts.size() - 1);
    if (last.moneyUnit == null) {
      last.moneyUnit = u;
    } else if (last.moneyUnit != u) {
      last.stray(row, column, null, text);
    }
  }
}

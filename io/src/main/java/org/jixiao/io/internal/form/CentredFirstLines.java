package org.jixiao.io.internal.form;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The first line of a tall row's texts printed above the row: a form whose cells are centred
 * prints a target or an actual of two or three lines around the row's one-line name, so its first
 * line stands on a line of its own, above the row that goes on with the rest (严格执行相关 / 病虫害防治面积
 * | 制度规定). Read as a row of its own, it was a nameless indicator and the row below was cut.
 *
 * <p>A line is such a first line only when the indicator above has not taken it as its end
 * ({@link WrappedIndicatorLines}) and, on the line right above, ends each of its cells over the
 * line's texts on its row (a figure, a word of two characters: else the line may as well be that
 * cell's end), it prints no name, only texts that are no filler and no value of
 * their own, and the next line is an indicator's row (a name, a 分值 or a 得分) that goes on in each
 * column the line fills. Its texts are then put before that row's, as printed (INFO JX-I-0275).
 */
final class CentredFirstLines {
  private final FormGrid g;
  private final FormSink sink;
  private final int nameColumn;
  private final int weightColumn;
  private final int scoreColumn;
  private final int[] textColumns;
  private int heldRow = -1;
  private IndicatorRowCells held = new IndicatorRowCells();

  CentredFirstLines(FormGrid g, FormSink sink, IndicatorColumns columns) {
    this.g = g;
    this.sink = sink;
    nameColumn = columns.column(IndicatorRole.NAME);
    weightColumn = columns.column(IndicatorRole.WEIGHT);
    scoreColumn = columns.column(IndicatorRole.SCORE);
    textColumns = new int[] {
      columns.column(IndicatorRole.TARGET), columns.column(IndicatorRole.ACTUAL),
      columns.column(IndicatorRole.REASON), columns.column(IndicatorRole.EXPLANATION)
    };
  }

  /**
   * Holds line {@code row} for the row below when it is such a first line, and says so; returns
   * whether it did.
   *
   * @param cells the line's cells; it holds nothing but its texts
   * @param above the indicator read on the line above, null when that line is none (a header, a
   *     stray line: the line may be the end of a row split there); each of its cells over the
   *     line's texts must be finished, a figure or a word of two characters, or the line may as
   *     well be its end
   */
  boolean hold(int row, IndicatorRowCells cells, @Nullable Indicator above) {
    if (above == null || !cells.name.isEmpty() || cells.target.isEmpty() && cells.actual.isEmpty() || nameColumn < 0) {
      return false;
    }
    List<String> texts = List.of(cells.target, cells.actual, cells.reason, cells.explanation);
    int below = row + 1;
    if (below >= g.height() || g.cell(below, nameColumn).isEmpty()
        || g.cell(below, weightColumn).isEmpty() && g.cell(below, scoreColumn).isEmpty()) {
      return false;
    }
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (!t.isEmpty() && (FormText.isFiller(t) || FormText.isValueOfItsOwn(t)
          || g.cell(below, textColumns[i]).isEmpty() || !finished(above, i))) {
        return false;
      }
    }
    heldRow = row;
    held = cells;
    int first = Math.max(g.first(row), 0);
    sink.report(FormDiagnostics.CENTRED_FIRST_LINE, Severity.INFO,
        Msg.of("JX-I-0275").arg("line", row + 1L).arg("below", below + 1L), row, first, g.text(row, first));
    return true;
  }

  /** Puts the held first line's texts before those of {@code row}, the row below it. */
  void giveTo(int row, IndicatorRowCells cells) {
    if (heldRow < 0 || row != heldRow + 1) {
      return;
    }
    cells.target = held.target + cells.target;
    cells.actual = held.actual + cells.actual;
    cells.reason = held.reason + cells.reason;
    cells.explanation = held.explanation + cells.explanation;
    heldRow = -1;
  }

  private static boolean finished(Indicator above, int text) {
    Optional<String> cell = switch (text) {
      case 0 -> above.target();
      case 1 -> above.actual();
      case 2 -> above.deviationReason();
      default -> above.explanation();
    };
    return cell.map(t -> FormText.isValueOfItsOwn(t) || t.codePointCount(0, t.length()) <= 2).orElse(true);
  }
}

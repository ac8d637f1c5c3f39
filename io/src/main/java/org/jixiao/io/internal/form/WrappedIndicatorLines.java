package org.jixiao.io.internal.form;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.label.ItemNumbers;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;

/**
 * An indicator's texts wrapped onto a line of their own: a form copied out of a PDF prints the end
 * of a long 三级指标, 年度指标值, 实际完成值 or 偏差原因 on the next line (the cells of one row wrap
 * together), with no category, no weight and no score. Read as a row of its own, the end became an
 * indicator of its own (a nameless one holding the rest of a target, 制度规定 under 严格执行相关),
 * the weights were shared over it and the target above was cut; joined to the indicator above,
 * each text is as printed.
 *
 * <p>A line is such an end only when it directly follows an indicator's row (or the header a page
 * break repeats under it), names no category, holds no nature, unit, weight or score, its name does
 * not open with an indicator's number (指标2, 2., （2）, ②) or a template's filler, nor as the name
 * above does, the name above does not already end as a measure's (…率, …数, …度; {@code
 * ItemNumbers.startsNewItem}), and each text it holds lies under a text that indicator has. A
 * target or an actual carries on only when it is no value of its own (20, 1.5亩, ≥90%: the row of
 * an indicator whose 分值 cell is merged with the one above, or a 其中 row) and only under an
 * indicator that prints its 分值 or 得分 (a form that prints no figures may list an indicator's
 * second target on a line of its own).
 */
final class WrappedIndicatorLines {
  private WrappedIndicatorLines() {}

  /**
   * Joins the line's texts to the last indicator and says so, when the line is the end of that
   * indicator's texts; returns whether it did.
   *
   * @param cells the line's cells; it holds nothing but its texts (name, target, actual, reason,
   *     explanation)
   */
  static boolean join(List<Indicator> indicators, int lastRow, int row, IndicatorRowCells cells, FormSink sink) {
    if (indicators.isEmpty() || lastRow < 0 || row != lastRow + 1) {
      return false;
    }
    Indicator last = indicators.get(indicators.size() - 1);
    String name = cells.name;
    String reason = cells.reason;
    String explanation = cells.explanation;
    String target = cells.target;
    String actual = cells.actual;
    if (name.isEmpty() && reason.isEmpty() && explanation.isEmpty() && target.isEmpty() && actual.isEmpty()) {
      return false;
    }
    if (!under(name, last.name()) || !under(reason, last.deviationReason())
        || !under(explanation, last.explanation()) || !under(target, last.target()) || !under(actual, last.actual())) {
      return false;
    }
    if ((!target.isEmpty() || !actual.isEmpty())
        && (last.weight().isEmpty() && last.statedScore().isEmpty()
            || FormText.isValueOfItsOwn(target) || FormText.isValueOfItsOwn(actual))) {
      return false; // 种母猪 | 20 | 20 under a merged 分值, 其中… | 1.5亩: a row of its own
    }
    if (!name.isEmpty()
        && (FormText.isPlaceholderName(name) || ItemNumbers.startsNewItem(last.name().orElse(""), name))) {
      return false;
    }
    Indicator joined =
        Indicator.builder()
            .from(last)
            .name(joined(last.name(), name))
            .target(joined(last.target(), target))
            .actual(joined(last.actual(), actual))
            .deviationReason(joined(last.deviationReason(), reason))
            .explanation(joined(last.explanation(), explanation))
            .build();
    indicators.set(indicators.size() - 1, joined);
    String text = String.join(
        "\t", List.of(name, target, actual, reason, explanation).stream().filter(t -> !t.isEmpty()).toList());
    sink.report(FormDiagnostics.WRAPPED_LINE, Severity.INFO,
        Msg.of("JX-I-0254").arg("line", row + 1L).arg("above", lastRow + 1L), row, -1, text);
    return true;
  }

  /** Text may carry on a cell only where the indicator has text: a blank line adds nothing. */
  private static boolean under(String text, Optional<String> above) {
    return text.isEmpty() || above.filter(a -> !a.isBlank()).isPresent();
  }

  private static Optional<String> joined(Optional<String> above, String text) {
    return text.isEmpty() ? above : above.map(a -> a + text);
  }
}

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
 * of a long 三级指标 (and of its 偏差原因) on the next line, with no category, no value, no weight
 * and no score. Read as a row of its own, the end became an indicator with no target and no
 * actual, which the rules cannot judge; joined to the indicator above, it is the name as printed.
 *
 * <p>A line is such an end only when it directly follows an indicator's row, names no category,
 * holds no value (target, actual, nature, unit, weight, score), its name does not open with an
 * indicator's number (指标2, 2., （2）, ②) or a template's filler, nor as the name above does, the
 * name above does not already end as a measure's (…率, …数, …度; {@code ItemNumbers.startsNewItem}),
 * and each text it holds lies under a text that indicator has.
 */
final class WrappedIndicatorLines {
  private WrappedIndicatorLines() {}

  /**
   * Joins the line's texts to the last indicator and says so, when the line is the end of that
   * indicator's texts; returns whether it did.
   *
   * @param name the line's 三级指标, reason and explanation its 偏差原因 and 指标解释 (empty when
   *     blank); the line holds nothing else
   */
  static boolean join(
      List<Indicator> indicators, int lastRow, int row, String name, String reason, String explanation,
      FormSink sink) {
    if (indicators.isEmpty() || lastRow < 0 || row != lastRow + 1) {
      return false;
    }
    Indicator last = indicators.get(indicators.size() - 1);
    if (name.isEmpty() && reason.isEmpty() && explanation.isEmpty()) {
      return false;
    }
    if (!under(name, last.name()) || !under(reason, last.deviationReason())
        || !under(explanation, last.explanation())) {
      return false;
    }
    if (!name.isEmpty()
        && (FormText.isPlaceholderName(name) || ItemNumbers.startsNewItem(last.name().orElse(""), name))) {
      return false;
    }
    Indicator joined =
        Indicator.builder()
            .from(last)
            .name(joined(last.name(), name))
            .deviationReason(joined(last.deviationReason(), reason))
            .explanation(joined(last.explanation(), explanation))
            .build();
    indicators.set(indicators.size() - 1, joined);
    String text = String.join("\t", List.of(name, reason, explanation).stream().filter(t -> !t.isEmpty()).toList());
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

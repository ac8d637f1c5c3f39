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
 * holds no nature, unit, weight or score (a target or an actual only under an indicator whose form
 * prints its points: {@link #join(List, int, int, Line, FormSink)}), its name does not open with an
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
    return join(indicators, lastRow, row, new Line(name, "", "", reason, explanation), sink);
  }

  /** A line's texts by column: name, target, actual, reason, explanation (empty when blank). */
  record Line(String name, String target, String actual, String reason, String explanation) {
    boolean values() {
      return !target.isEmpty() || !actual.isEmpty();
    }
  }

  /**
   * {@link #join(List, int, int, String, String, String, FormSink)} of a line that may carry on the
   * target or the actual too: a long text target wraps in its narrow column (获得目的国(地 / 区)受众欢迎),
   * with the name beside it or alone. Only words, no figure (a sub-row's 1.5亩, a row of its own that
   * prints no points: 种公猪(≥头) | 10 | 10), no 其中 part, and only under an indicator its form scores (a
   * weight or a score printed); in a form that prints none, a row of target and actual may be an
   * indicator, and stays one.
   */
  static boolean join(List<Indicator> indicators, int lastRow, int row, Line line, FormSink sink) {
    if (indicators.isEmpty() || lastRow < 0 || row != lastRow + 1) {
      return false;
    }
    Indicator last = indicators.get(indicators.size() - 1);
    String name = line.name();
    String reason = line.reason();
    String explanation = line.explanation();
    if (name.isEmpty() && reason.isEmpty() && explanation.isEmpty() && !line.values()) {
      return false;
    }
    if (line.values() && (last.weight().isEmpty() && last.statedScore().isEmpty() || hasDigit(line.target())
        || hasDigit(line.actual()) || FormText.key(name).startsWith("其中"))) {
      return false; // a figure or a 其中 part is a row's own: 其中桃树种植面积 | 1.5亩 | 1.5亩, 种公猪(≥头) | 10 | 10
    }
    if (!under(name, last.name()) || !under(reason, last.deviationReason())
        || !under(explanation, last.explanation()) || !under(line.target(), last.target())
        || !under(line.actual(), last.actual())) {
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
            .target(joined(last.target(), line.target()))
            .actual(joined(last.actual(), line.actual()))
            .deviationReason(joined(last.deviationReason(), reason))
            .explanation(joined(last.explanation(), explanation))
            .build();
    indicators.set(indicators.size() - 1, joined);
    String text = String.join("\t",
        List.of(name, line.target(), line.actual(), reason, explanation).stream().filter(t -> !t.isEmpty()).toList());
    sink.report(FormDiagnostics.WRAPPED_LINE, Severity.INFO,
        Msg.of(line.values() ? "JX-I-0273" : "JX-I-0254").arg("line", row + 1L).arg("above", lastRow + 1L), row, -1, text);
    return true;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Text may carry on a cell only where the indicator has text: a blank line adds nothing. */
  private static boolean under(String text, Optional<String> above) {
    return text.isEmpty() || above.filter(a -> !a.isBlank()).isPresent();
  }

  private static Optional<String> joined(Optional<String> above, String text) {
    return text.isEmpty() ? above : above.map(a -> a + text);
  }
}

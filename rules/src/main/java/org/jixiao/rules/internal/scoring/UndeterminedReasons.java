package org.jixiao.rules.internal.scoring;

import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;

/** The end of the scorer chain: no scorer decided, and the reason says what was missing. */
public final class UndeterminedReasons {
  private UndeterminedReasons() {}

  /** The undetermined verdict for an input no scorer decided. */
  public static IndicatorVerdict verdict(IndicatorInput input) {
    return IndicatorVerdict.undetermined(Trace.of(BuiltInIds.UNDETERMINED, "no-rule-decided", reason(input)));
  }

  static String reason(IndicatorInput input) {
    String actual = "'" + Texts.shorten(input.actual()) + "'";
    List<Quantity> figures = IndicatorTexts.parseActual(input.actual());
    if (IndicatorTexts.isPlaceholder(input.target())) {
      return "no target is stated, and the actual " + actual + " has no completion word (完成, 达标, 满意 …)";
    }
    Target target = IndicatorTexts.parseTarget(input.target());
    if (target.quantity().isPresent()) {
      Quantity wanted = target.quantity().get();
      String asked = "the target asks for " + target.comparison().symbol() + " " + wanted.describe();
      if (figures.isEmpty()) {
        return asked + " but the actual " + actual + " states neither a figure nor a completion word";
      }
      String found = figures.stream().limit(5).map(Quantity::describe).collect(Collectors.joining(", "));
      return asked
          + " but the actual gives figures only in other units ("
          + found
          + ") and no completion word"
          + (wanted.unit().symbol().isEmpty() ? "" : "; " + wanted.unit().symbol() + " is not convertible into them");
    }
    if (!figures.isEmpty()) {
      return "the target '"
          + Texts.shorten(input.target())
          + "' sets no figure to compare the actual's figures with, and the actual "
          + actual
          + " has no completion word";
    }
    return "no completion word (完成, 达标, 满意 …) in the actual " + actual + ", and the target sets no figure";
  }
}

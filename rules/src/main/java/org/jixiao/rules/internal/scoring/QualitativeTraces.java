package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.Quantity;

/**
 * The traces of the qualitative scorer's verdicts that are no plain reading of words: a share stated beside them (完成60%),
 * a target of 否 answered, a satisfaction rate stated, results reported in figures or amounts saved. Split from {@link
 * QualitativeScorer}, which decides when each applies.
 */
final class QualitativeTraces {
  private QualitativeTraces() {}

  /** The verdicts' rule. */
  private static final String ID = BuiltInIds.QUALITATIVE;

  /** 完成60%: the completion word says done, the percentage how much of it (method {@code stated-share}). */
  static Trace statedShare(IndicatorInput input, StatedShare.Share stated) {
    return QualitativeScorer.banded(
            Reasons.trace(ID, "stated-share", "JX-T-0226")
                .putArgs("actual", Texts.shorten(input.actual()))
                .putArgs("words", stated.words()),
            stated.share())
        .build();
  }

  /** The verdict on a target of 否 answered 是 or 否: met when the answer is the one asked for. */
  static IndicatorVerdict answeredNo(IndicatorInput input, boolean agrees) {
    BigDecimal fraction = agrees ? BigDecimal.ONE : BigDecimal.ZERO; // its band: achieved or not achieved
    Trace.Builder trace =
        Reasons.trace(ID, "answered-no", agrees ? "JX-T-0285" : "JX-T-0286").putArgs("actual", Texts.shorten(input.actual()));
    return IndicatorVerdict.scored(fraction, QualitativeScorer.banded(trace, fraction).build());
  }

  /** 满意度达98% against 满意度较高: at least the profile's {@code satisfiedAt} meets it (method {@code stated-satisfaction}). */
  static Trace statedSatisfaction(IndicatorInput input, BigDecimal rate, BigDecimal floor) {
    return Reasons.trace(ID, "stated-satisfaction", "JX-T-0227")
        .putArgs("actual", Texts.shorten(input.actual()))
        .putArgs("target", Texts.shorten(input.target().isBlank() ? input.indicator().name().orElse("") : input.target()))
        .putArgs("rate", rate, Trace.Printed.PERCENT)
        .putArgs("floor", floor, Trace.Printed.PERCENT)
        .putArgs("percent", BigDecimal.ONE, Trace.Printed.PERCENT)
        .putFigures("fraction", Decimals.fraction(BigDecimal.ONE))
        .putFigures("rate", rate)
        .putFigures("bandLower", Band.ACHIEVED.lower())
        .putFigures("bandUpper", Band.ACHIEVED.upper())
        .build();
  }

  /**
   * A target of words met by the work the actual reports in figures (method {@code reported-results}), or a limit
   * kept by the amounts saved (method {@code saved}).
   */
  static Trace reportedResults(IndicatorInput input, List<Quantity> figures, String method, String code) {
    return Reasons.trace(ID, method, code)
        .putArgs("target", Texts.shorten(input.target()))
        .putArgs("actual", Texts.shorten(input.actual()))
        .putArgs("found", () -> UndeterminedReasons.firstFive(figures))
        .putArgs("percent", BigDecimal.ONE, Trace.Printed.PERCENT)
        .putFigures("fraction", Decimals.fraction(BigDecimal.ONE))
        .putFigures("bandLower", Band.ACHIEVED.lower())
        .putFigures("bandUpper", Band.ACHIEVED.upper())
        .build();
  }
}

package org.jixiao.rules.internal.scoring;

import java.util.Optional;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.internal.text.NoneAsked;
import org.jixiao.rules.internal.text.TargetContext;
import org.jixiao.rules.internal.text.TargetParser;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Target;

/**
 * A blank or placeholder 完成情况 (blank, *, **, /, —, 无) means "not filled": the indicator is
 * not applicable, dropped, and its weight spread over the others (domain §3). Not so where the
 * reader saw the copy end inside the indicator's row ({@link
 * org.jixiao.core.indicator.Indicator#cutOff()}): the actual was never shown, and the indicator is
 * undetermined (JX-T-0270, or JX-T-0271 when the target was not shown either), so that the score is
 * provisional rather than final, and withheld when such rows carry more than the profile's
 * undetermined share.
 */
public final class NotApplicableScorer implements IndicatorScorer {
  @Override
  public String id() {
    return BuiltInIds.NOT_APPLICABLE;
  }

  @Override
  public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
    if (!IndicatorTexts.isPlaceholder(input.actual())) {
      return Optional.empty();
    }
    if (input.indicator().cutOff()) {
      Trace cut = IndicatorTexts.isPlaceholder(input.target())
          ? Reasons.trace(id(), "cut-off", "JX-T-0271").build() // the copy stopped before the target too (临翔 2023)
          : Reasons.trace(id(), "cut-off", "JX-T-0270").putArgs("target", Texts.shorten(input.target())).build();
      return Optional.of(IndicatorVerdict.undetermined(cut));
    }
    if (answersReverseTarget(input)) {
      return Optional.empty(); // 无 against ≤3起 or 零投诉: nothing happened, which is the answer
    }
    String actual = input.actual().strip();
    Trace trace;
    if (IndicatorTexts.isPlaceholder(input.target())) {
      trace = Reasons.trace(id(), "placeholder", actual.isEmpty() ? "JX-T-0201" : "JX-T-0202").build();
    } else {
      trace =
          Reasons.trace(id(), "placeholder", actual.isEmpty() ? "JX-T-0203" : "JX-T-0204")
              .putArgs("actual", actual)
              .putArgs("target", Texts.shorten(input.target()))
              .build();
    }
    return Optional.of(IndicatorVerdict.notApplicable(trace));
  }

  /**
   * 无 as the actual of a reverse target (≤3起, 零投诉, 无安全事故) says none happened; so it does against a
   * target of 无 under a name that counts something unwanted (安全生产事故 | 无 | 无: {@link NoneAsked}).
   */
  private static boolean answersReverseTarget(IndicatorInput input) {
    String actual = IndicatorTexts.normalize(input.actual()).strip();
    if (!actual.equals("无")) {
      return false;
    }
    if (NoneAsked.target(input.indicator().name().orElse(""), input.target()) != null) {
      return true;
    }
    if (IndicatorTexts.isPlaceholder(input.target())) {
      return false;
    }
    Target target =
        TargetParser.parse(IndicatorTexts.normalize(input.target()), TargetContext.of(input.indicator()));
    Comparison comparison =
        input.indicator().nature().flatMap(Comparison::of).orElse(target.comparison());
    return target.isQuantitative() && comparison.isReverse();
  }
}

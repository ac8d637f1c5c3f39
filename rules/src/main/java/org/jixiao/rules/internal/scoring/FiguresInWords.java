package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Absence;
import org.jixiao.rules.internal.text.Aims;
import org.jixiao.rules.internal.text.DenialScope;
import org.jixiao.rules.internal.text.OccurrenceDenials;
import org.jixiao.rules.internal.text.TargetContext;
import org.jixiao.rules.internal.text.DoneActions;
import org.jixiao.rules.internal.text.FormerYearDenials;
import org.jixiao.rules.internal.text.Wholes;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;
import org.jspecify.annotations.Nullable;

/**
 * An actual that answers a target's figure in words, as a reader takes it: that nothing happened
 * (未发生, 无投诉: 0 against a ceiling) or that the whole of what a share counts was done (资金已全部到位,
 * 实现全覆盖: 100 % against a floor). Part of {@link QuantitativeScorer}.
 */
final class FiguresInWords {
  private FiguresInWords() {}

  /**
   * A reverse target (≤3起, 零投诉, 无安全事故) answered without a figure by a statement that
   * nothing happened (未发生, 无投诉, 无): the actual is 0, and the target is met. {@code printedAs} quotes the
   * target as printed when it was read otherwise (（“无”） of 安全生产事故 | 无), else "".
   */
  static Optional<IndicatorVerdict> absence(IndicatorInput input, Target target, String printedAs) {
    Comparison comparison = comparison(input, target);
    if (!comparison.isReverse() || !Absence.statesAbsence(IndicatorTexts.normalize(input.actual()))) {
      return Optional.empty();
    }
    Optional<IndicatorVerdict> other = otherThingDenied(BuiltInIds.QUANTITATIVE, input);
    if (other.isPresent()) { // 未发生安全事故 under 群众投诉次数: says nothing of the complaints
      return other;
    }
    @Nullable String aim = Aims.aimOfEveryDenial(IndicatorTexts.normalize(input.actual()));
    if (aim != null) {
      return Optional.of(QualitativeScorer.aimOnly(BuiltInIds.QUANTITATIVE, input, aim)); // 力争不发生安全事故: aimed at
    }
    @Nullable String former = FormerYearDenials.onlyOfAFormerYear(IndicatorTexts.normalize(input.actual()));
    if (former != null) { // 去年未发生安全事故: that year's, not this one's
      return Optional.of(
          IndicatorVerdict.undetermined(
              Reasons.trace(BuiltInIds.QUANTITATIVE, "former-year-denial", "JX-T-0299")
                  .putArgs("actual", Texts.shorten(input.actual()))
                  .putArgs("former", former)
                  .build()));
    }
    return Optional.of(met(Reasons.trace(BuiltInIds.QUANTITATIVE, "absence", "JX-T-0241"), input, comparison, target, BigDecimal.ZERO, printedAs));
  }

  /**
   * A reverse target answered by zeros written as 零 before an unwanted thing (全年零事故 read as 0), or as a count of one
   * denied (未发生一起重大安全事故 read as 0起), that is not what the name counts (信访案件数量 ≤2件) or only a part of it
   * (安全事故 ≤0起): undetermined, as the same denial in other words is ({@link #absence}); empty when the figures hold
   * any other, or the thing is the name's.
   */
  static Optional<IndicatorVerdict> zeroOfAnotherThing(IndicatorInput input, Target target, List<Quantity> figures, String actualText) {
    if (!comparison(input, target).isReverse()) {
      return Optional.empty();
    }
    for (Quantity q : figures) {
      char first = actualText.charAt(q.start());
      if (q.value().signum() != 0 || (first != '零' && first != '一' && first != '1')) {
        return Optional.empty();
      }
    }
    return otherThingDenied(BuiltInIds.QUANTITATIVE, input);
  }

  /**
   * Undetermined (method {@code other-thing-denied}) when every denial in the actual names an unwanted thing that
   * neither the name nor the target does ({@link OccurrenceDenials#otherThingDenied}): 未发生安全事故 under 群众投诉次数
   * says nothing of the complaints; the target may name the thing where the name does not (杜绝安全生产事故). Undetermined
   * too (method {@code part-denied}) when a denial of the thing covers only a part of it ({@link DenialScope}: 未发生重大安全事故
   * under 安全事故发生次数 leaves the lesser accidents untold).
   */
  static Optional<IndicatorVerdict> otherThingDenied(String scorer, IndicatorInput input) {
    String name = input.indicator().name().orElse("");
    String target = input.target();
    DenialScope.Unanswered unanswered = OccurrenceDenials.otherThingDenied(name + "|" + target, input.actual());
    if (unanswered == null) {
      return Optional.empty();
    }
    String narrowing = unanswered.narrowing();
    Trace.Builder trace = narrowing == null
        ? Reasons.trace(scorer, "other-thing-denied", "JX-T-0288")
        : Reasons.trace(scorer, "part-denied", "JX-T-0290").putArgs("narrowing", narrowing);
    return Optional.of(IndicatorVerdict.undetermined(trace
        .putArgs("actual", Texts.shorten(input.actual())).putArgs("denied", unanswered.denied())
        .putArgs("name", name.isBlank() ? Texts.shorten(target) : name).build()));
  }

  /**
   * A floor on a share of at most 100 % (资金到位率100%, 覆盖率≥90%) answered, with no figure in
   * %, by a statement that the whole of what the rate counts was done ({@link Wholes}): the actual
   * is 100 %, and the target is met. {@code figures} are the actual's figures, none of them %. An
   * actual holding a word of the profile's vocabulary (全部完成, 足额到位) is left to it: a profile
   * may weigh those words otherwise.
   */
  static Optional<IndicatorVerdict> whole(
      IndicatorInput input, ScoringContext context, Target target, TargetContext where, List<Quantity> figures) {
    Comparison comparison = comparison(input, target);
    Quantity wanted = target.quantity().orElseThrow();
    boolean floor = comparison == Comparison.AT_LEAST || comparison == Comparison.EQUAL
        || (comparison == Comparison.MORE_THAN && wanted.value().compareTo(Decimals.HUNDRED) < 0);
    if (!floor || !wanted.unit().symbol().equals("%") || wanted.isRange() || wanted.value().compareTo(Decimals.HUNDRED) > 0
        || wanted.value().signum() <= 0 || wanted.per().isPresent()) {
      return Optional.empty();
    }
    for (Quantity q : figures) {
      if (q.unit().symbol().equals("%")) {
        return Optional.empty(); // a share in figures says how far, whatever words stand beside it
      }
    }
    String actual = IndicatorTexts.normalize(input.actual());
    Optional<String> action = Wholes.rateAction(where.name(), target.text());
    if (action.isEmpty() || !Wholes.mayStateWhole(actual) || !Wholes.statesWhole(actual, action.get(), where.name())
        || context.profile().vocabulary().read(input.actual()).map(r -> !DoneActions.onlyActionsDone(r)).orElse(false)) { // 全部到位: the rate's action
      return Optional.empty();
    }
    Trace.Builder trace = Reasons.trace(BuiltInIds.QUANTITATIVE, "whole", "JX-T-0274").putArgs("action", action.get());
    return Optional.of(met(trace, input, comparison, target, Decimals.HUNDRED, ""));
  }

  /** The target met by {@code actual}, read from the words: the reason quotes them and the figures compared. */
  private static IndicatorVerdict met(
      Trace.Builder trace, IndicatorInput input, Comparison comparison, Target target, BigDecimal actual, String printedAs) {
    Quantity wanted = target.quantity().orElseThrow();
    return IndicatorVerdict.scored(
        BigDecimal.ONE,
        trace.putArgs("actual", Texts.shorten(input.actual()))
            .putArgs("comparison", comparison.symbol())
            .putArgs("wanted", () -> wanted.describe() + printedAs)
            .putFigures("target", wanted.value())
            .putFigures("actual", actual)
            .putFigures("fraction", Decimals.fraction(BigDecimal.ONE))
            .build());
  }

  private static Comparison comparison(IndicatorInput input, Target target) {
    return input.indicator().nature().flatMap(Comparison::of).orElse(target.comparison());
  }
}

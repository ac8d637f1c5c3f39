package org.jixiao.rules.internal.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.rules.internal.text.Absence;
import org.jixiao.rules.internal.text.BareTargets;
import org.jixiao.rules.internal.text.Classifiers;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.Differences;
import org.jixiao.rules.internal.text.DoneActions;
import org.jixiao.rules.internal.text.FormerYearCounts;
import org.jixiao.rules.internal.text.NoneAsked;
import org.jixiao.rules.internal.text.PersBefore;
import org.jixiao.rules.internal.text.QuantityScanner;
import org.jixiao.rules.internal.text.TargetContext;
import org.jixiao.rules.internal.text.TargetParser;
import org.jixiao.rules.internal.text.WholeShares;
import org.jixiao.rules.internal.text.Wholes;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;
import org.jspecify.annotations.Nullable;

/**
 * Compares an actual figure with the target's figure by the rules of {@link QuantitativeRules}.
 *
 * <p>The target's main figure is tried first, then its other figures ({@code 举办一期60人次培训}:
 * 1 期, then 60 人次). Declines when the target has no figure, when the form says the indicator
 * is qualitative (定性), or when no target figure has an actual figure in a compatible unit (人次
 * is not 人; a target without a unit, such as 零投诉, takes a bare figure or else a count; failing
 * those, a count in a unit that counts alike, {@link Classifiers}: 3个站点 against 2座): the
 * completion words may still decide. When several actual figures fit, the one whose
 * preceding words look most like the target's is taken; if two fit equally well and differ, the
 * indicator is undetermined rather than guessed.
 *
 * <p>This class reads the cells and tries the target's figures in turn; {@link FigureScorer} compares the
 * actual with one of them, and {@link ZeroNotYetDue} reads a zero of work not yet due.
 */
public final class QuantitativeScorer implements IndicatorScorer {

  /** The most target figures tried, so that hostile text cannot make the pairing quadratic. */
  private static final int MAX_TARGET_FIGURES = 8;

  @Override
  public String id() {
    return BuiltInIds.QUANTITATIVE;
  }

  @Override
  public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
    Indicator indicator = input.indicator();
    Optional<TargetNature> nature = indicator.nature();
    if (nature.isPresent() && nature.get() == TargetNature.QUALITATIVE) {
      return Optional.empty();
    }
    // 无 under a name counting something unwanted asks none of it (安全生产事故 | 无): read as 无事故
    @Nullable String noneAsked = NoneAsked.target(indicator.name().orElse(""), input.target());
    if (noneAsked == null && IndicatorTexts.isPlaceholder(input.target())) {
      return Optional.empty();
    }
    String actualText = IndicatorTexts.normalize(input.actual());
    boolean multiplier = QuantityScanner.hasMultiplier(actualText);
    Optional<String> garbledActual = QuantityScanner.unreadable(actualText);
    if (!multiplier && !QuantityScanner.hasQuantity(actualText) && !Absence.statesAbsence(actualText)
        && garbledActual.isEmpty() && !mayStateAWholeShare(input, context, actualText) && !SameDay.mayHold(actualText)
        && !ClockSpans.mayHold(actualText)) {
      // an actual with no figure that states no absence and no whole matches no target: nearly every
      // actual of words (完成, 已实现), whose targets need no reading here (without 千, 万 or 亿 the
      // figures do not depend on money)
      return Optional.empty();
    }
    TargetContext where = TargetContext.of(indicator);
    String targetText = noneAsked != null ? noneAsked : IndicatorTexts.normalize(input.target());
    String printedAs = noneAsked != null ? "（“" + input.target().strip() + "”）" : ""; // 目标 ≤ 0（“无”）
    // a figure in the target or the actual that cannot be read (M.8万元, OCR of 14.8万元) must not
    // be compared as the number it looks like: the indicator is undetermined, saying which text
    Optional<String> garbledTarget = QuantityScanner.unreadable(targetText);
    if (garbledTarget.isPresent()) {
      return Optional.of(unreadable("target", garbledTarget.get(), input.target()));
    }
    List<Target> targets = TargetParser.figures(targetText, where);
    if (targets.isEmpty()) {
      Target none = TargetParser.parse(targetText, where); // 无安全事故: a target of none
      if (!none.isQuantitative()) {
        return Optional.ofNullable(RateOfTheWord.verdict(id(), input, targetText, actualText)); // 合格 / 工程质量合格率100%
      }
      targets = List.of(none);
    }
    // whether the figures are money is asked only of an actual with a 千, 万 or 亿, which alone it changes
    boolean money =
        multiplier
            && (where.money() || targets.get(0).quantity().map(q -> q.unit().isMoney()).orElse(false));
    List<Quantity> figures = PersBefore.withPersBefore(QuantityScanner.quantities(actualText, money), actualText);
    // the clauses of shortfall are looked for only in an actual with figures, the ones they void
    List<int[]> shortfalls = figures.isEmpty() ? List.of() : Clauses.shortfalls(actualText);
    if (!shortfalls.isEmpty()) {
      List<Quantity> kept = new ArrayList<>(figures.size());
      List<Quantity> left = new ArrayList<>(1);
      for (Quantity q : figures) {
        if (!Clauses.inside(shortfalls, q.start())) {
          kept.add(q); // 1-2期未能及时培训: a figure in a negated clause is no achievement
        } else if (Differences.of(actualText, q).kind() == Differences.Kind.LEFT) {
          left.add(q);
        }
      }
      // 剩余20户未完成 alone says how far short; beside a level (实际支出48万元，尚有2万元未支付) the level answers
      figures = kept.isEmpty() ? left : kept;
    }
    if (garbledActual.isPresent()) {
      return Optional.of(unreadable("actual", garbledActual.get(), input.actual()));
    }
    @Nullable String notYet = ZeroNotYetDue.words(figures, targets.get(0), actualText, indicator.name().orElse(""));
    if (notYet != null) {
      // 0,因项目尚在建设工期内,未到竣工验收环节 against 100%: nothing measured yet, for the work is not due
      return Optional.of(
          IndicatorVerdict.undetermined(
              Reasons.trace(id(), "not-yet-due", "JX-T-0280")
                  .putArgs("actual", Texts.shorten(input.actual()))
                  .putArgs("words", notYet)
                  .build()));
    }
    figures = FormerYearCounts.withoutFormerYears(figures, actualText); // 去年发生1起，今年未发生: last year's count answers nothing
    if (noneAsked != null && !figures.isEmpty()) {
      // 安全生产事故 | 无 | 未发生安全事故，排查整改隐患12处: only a count of the thing answers a target of none
      figures = NoneAsked.counted(noneAsked, actualText, figures);
    }
    if (figures.isEmpty()) {
      boolean made = ClockSpans.mayHold(actualText) || RatesFromRest.mayHold(actualText);
      for (int k = 0; k < Math.min(targets.size(), MAX_TARGET_FIGURES) && made; k++) {
        Optional<IndicatorVerdict> span = FigureScorer.score(input, context, targets.get(k), figures, where, printedAs);
        if (span.isPresent()) {
          return span; // 9时接到报修，当日10时30分到达现场; 全年4500件工单中尚有135件未办结: no figure left, but moments or a rest
        }
      }
      Optional<IndicatorVerdict> none = FiguresInWords.absence(input, targets.get(0), printedAs);
      Optional<IndicatorVerdict> day = none.isPresent() ? none : SameDay.verdict(input, targets.get(0), printedAs, figures);
      return day.isPresent() ? day : FiguresInWords.whole(input, context, targets.get(0), where, figures); // 当日办结
    }
    Optional<IndicatorVerdict> zeroOfAnother = FiguresInWords.zeroOfAnotherThing(input, targets.get(0), figures, actualText);
    if (zeroOfAnother.isPresent()) {
      return zeroOfAnother; // 全年零事故 under 信访案件数量 ≤2件
    }
    if (targets.size() > 1) {
      targets = PeriodPairing.samePeriodFirst(targets, figures, actualText);
    } else if (noneAsked == null) {
      // 假肢安装及基本康复服务21 | …,假肢安装及基本康复服务21人: the unit column lost, the actual's figure of that name gives it
      Optional<Target> named =
          BareTargets.withNamedUnit(targets.get(0), targetText, IndicatorTexts.normalize(indicator.name().orElse("")), actualText, figures, where);
      if (named.isPresent()) {
        Quantity bare = targets.get(0).quantity().orElseThrow();
        Optional<IndicatorVerdict> verdict =
            FigureScorer.score(input, context, named.get(), figures, where, "（“" + targetText.substring(bare.start(), bare.end()) + "”）");
        if (verdict.isPresent()) {
          return verdict;
        }
      }
    }
    for (Target target : targets.subList(0, Math.min(targets.size(), MAX_TARGET_FIGURES))) {
      Optional<Target> misread = WholeShares.misreadAtLeast(indicator, target, targetText);
      Optional<IndicatorVerdict> verdict;
      if (misread.isPresent()) { // 290% of a satisfaction: ≥90%, quoted as printed
        Quantity q = misread.get().quantity().orElseThrow();
        verdict = FigureScorer.score(input, context, misread.get(), figures, where, "（“" + targetText.substring(q.start(), q.end()) + "”）");
      } else {
        verdict = FigureScorer.score(input, context, target, figures, where, printedAs);
      }
      if (verdict.isPresent()) {
        return verdict;
      }
    }
    // 连续两年未发生, 今年截至12月底未发生: no figure is of the target's unit, and the denial answers a target of none
    Optional<IndicatorVerdict> none = FiguresInWords.absence(input, targets.get(0), printedAs);
    if (none.isPresent()) {
      return none;
    }
    Optional<IndicatorVerdict> day = SameDay.verdict(input, targets.get(0), printedAs, figures);
    if (day.isPresent()) {
      return day; // 受理120件，均当日办结 under ≤ 3 个工作日
    }
    // 资金已全部到位，到位资金50万元: no figure answers 到位率100%, the words do
    return FiguresInWords.whole(input, context, targets.get(0), where, figures);
  }

  /**
   * Whether a figure-less actual may answer a share as a whole done ({@link FiguresInWords#whole}): a
   * word of the whole, a share asked, and no word of the vocabulary, which the qualitative scorer
   * reads anyway (全部完成: the target then needs no reading here); the work's own verb done (全部到位,
   * {@link DoneActions}) is the share's action, read here as 100 %.
   */
  private static boolean mayStateAWholeShare(IndicatorInput input, ScoringContext context, String actualText) {
    return Wholes.mayStateWhole(actualText) && mayAskAShare(input)
        && context.profile().vocabulary().read(input.actual()).map(DoneActions::onlyActionsDone).orElse(true); // 全部整改到位: the share's words
  }

  /** Whether the indicator may ask a share a whole done answers (资金到位率, 100%, 度量单位 %): the others need no target read. */
  private static boolean mayAskAShare(IndicatorInput input) {
    Indicator indicator = input.indicator();
    // the texts as printed: normalising them here would cost every actual with a 全 in it (全年, 安全)
    return Wholes.mayAskAShare(indicator.name().orElse("").strip(), input.target())
        || indicator.measureUnit().map(u -> u.indexOf('%') >= 0 || u.indexOf('％') >= 0).orElse(false);
  }

  /** Undetermined: the {@code cell} (target or actual) holds {@code figure}, which cannot be read. */
  private IndicatorVerdict unreadable(String cell, String figure, String text) {
    boolean target = cell.equals("target");
    return IndicatorVerdict.undetermined(
        Reasons.trace(id(), "unreadable-figure", target ? "JX-T-0217" : "JX-T-0218")
            .putArgs("figure", figure)
            .putArgs(cell, Texts.shorten(text))
            .build());
  }
}

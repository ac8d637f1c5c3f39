package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.text.Absence;
import org.jixiao.rules.internal.text.Aims;
import org.jixiao.rules.internal.text.Appraisals;
import org.jixiao.rules.internal.text.Changes;
import org.jixiao.rules.internal.text.CompletionReader;
import org.jixiao.rules.internal.text.ComplementRates;
import org.jixiao.rules.internal.text.DoneActions;
import org.jixiao.rules.internal.text.Echo;
import org.jixiao.rules.internal.text.OccurrenceDenials;
import org.jixiao.rules.internal.text.Savings;
import org.jixiao.rules.internal.text.ShareDenials;
import org.jixiao.rules.internal.text.Steps;
import org.jixiao.rules.internal.text.TargetContext;
import org.jixiao.rules.internal.text.TargetParser;
import org.jixiao.rules.internal.text.Wholes;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Target;
import org.jixiao.rules.text.Term;
import org.jixiao.rules.text.Vocabulary;
import org.jspecify.annotations.Nullable;

/**
 * Judges the words of the actual. In order:
 *
 * <ol>
 *   <li>an <em>echo</em> — the actual restates the target's own wording (明显改善 / 明显改善, 按时 /
 *       按时, 省级示范点 / 省级示范点, 全天候可用 / 全天候) and says nothing negative — is met when its
 *       words alone would not say so (基本提高 / 基本提高 is met, not 80 %)
 *       (method {@code echo}); an actual that repeats a grade scale (好坏 / 好坏) chose no grade and
 *       is undetermined;
 *   <li>the completion and degree words (已完成, 基本完成, 部分完成, 明显提升, 取消 …) through the
 *       profile's {@link Vocabulary}; when the target asks for a degree (效果明显, 基本提高) and the
 *       actual states at least that degree, the target is met in full.
 * </ol>
 *
 * <p>A completion word followed by the share of the work done (完成60%, 已完成工程量的60%) earns
 * that share (method {@code stated-share}, {@link StatedShare}). An actual with no such words that
 * states a satisfaction rate of at least 90 % meets a satisfaction target that states no figure
 * (满意度较高 / 满意度达98%; method {@code stated-satisfaction}, {@link StatedSatisfaction}). An
 * actual with no such words that counts the effect of a 社会, 经济 or 生态效益 target stated in words,
 * and says nothing of a shortfall, meets it (吸引各类人才… / 新增…302人; method {@code
 * reported-results}, {@link ReportedResults}, which lists what it does not read).
 * Declines when none applies. An actual that is an appraisal alone (良好, 效果良好, 显著提升) against a
 * target that sets a figure (≥95%, 培训500人次) is undetermined (method {@code appraisal-only},
 * {@link Appraisals}): how well the work went does not say whether the figure was met. Nor does an actual of
 * denials alone (无投诉, 零差评) report a share of something wanted (满意度≥95%, 投诉办结率100%) unless it denies the
 * share's rest (零差评 against 好评率, 无不合格 against 合格率): undetermined (method {@code denial-not-share},
 * {@link ShareDenials}), nor a denial of another unwanted thing than the one a target of words asks none of
 * (未发生安全事故 against 违规使用资金情况 | 杜绝: method {@code other-thing-denied}).
 * The method is {@code withdrawal} when every word found is
 * 已撤项 (the status deriver counts those), {@code qualitative-mixed} when words of the top and
 * bottom bands are both present, {@code qualitative-band} otherwise.
 */
public final class QualitativeScorer implements IndicatorScorer {
  @Override
  public String id() {
    return BuiltInIds.QUALITATIVE;
  }

  @Override
  public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
    Vocabulary vocabulary = context.profile().vocabulary();
    Optional<Boolean> answeredNo = AnsweredNo.agrees(input.indicator().name().orElse(""), input.target(), input.actual(), vocabulary);
    if (answeredNo.isPresent()) {
      // 是否发生安全事故 | 否 | 否: what was not to happen did not (read as words, 否 would be not achieved)
      return Optional.of(QualitativeTraces.answeredNo(input, answeredNo.get()));
    }
    Optional<Reading> reading = vocabulary.read(input.actual());
    @Nullable IndicatorVerdict aimed = reading.isPresent() ? aimed(input, reading.get()) : null;
    if (aimed != null) {
      return Optional.of(aimed); // 力争无不合格, 下一步将确保全部完成: what was aimed at, not done
    }
    @Nullable IndicatorVerdict step = reading.isPresent() && reading.get().fraction().compareTo(BigDecimal.ONE) >= 0 ? stepOnly(input, reading.get()) : null;
    if (step != null) {
      return Optional.of(step); // 已完成招标 under 工程完工率: a step of the procedure done, not the work
    }
    @Nullable IndicatorVerdict work =
        reading.isPresent() && reading.get().fraction().compareTo(BigDecimal.ONE) >= 0 ? WorkNotOutcome.verdict(id(), input, words(reading.get())) : null;
    if (work != null) {
      return Optional.of(work); // 已完成植树造林500亩 under 苗木成活率: the work done, not what survived
    }
    @Nullable IndicatorVerdict pending =
        reading.isPresent() && reading.get().fraction().compareTo(BigDecimal.ONE) >= 0 ? PartPending.verdict(id(), input, vocabulary) : null;
    if (pending != null) {
      return Optional.of(pending); // 主体工程已全部完工，附属设施有望年底完工: a part of the work not done yet
    }
    if (reading.isPresent() && DoneActions.onlyActionsDone(reading.get())
        && Wholes.mayAskAShare(input.indicator().name().orElse("").strip(), input.target())) {
      reading = Optional.empty(); // 全部到位 against 资金到位率100%: a share's whole is Wholes' to read, within its limits
    }
    if (reading.isPresent() && DoneActions.onlyOwnWords(reading.get()) // the texts are normalised only for such words
        && DoneActions.answersNot(reading.get(), IndicatorTexts.normalize(input.target()), input.indicator().name().orElse("").strip(), IndicatorTexts.normalize(input.actual()))) {
      reading = Optional.empty(); // 改造资金已全部拨付到位 against 改造120户: the whole of something else done says nothing of the target
    }
    if (reading.isEmpty() || reading.get().fraction().compareTo(BigDecimal.ONE) < 0) {
      // 无一例不合格, 未出现识别错误 under a share of something wanted: read as 不合格 or 未…, or not at all
      Optional<IndicatorVerdict> whole = RestDenied.mayDeny(input.actual()) // before the target is parsed: most hold no denial
          ? RestDenied.verdict(id(), input, vocabulary, floorOnAShare(input))
          : Optional.empty();
      if (whole.isPresent()) {
        return whole;
      }
    }
    if (reading.isPresent() && onlyNone(reading.get()) && (asksACount(input) || zeroOfAnotherRate(input, reading.get()))) {
      // 无撤裁案件 against 结案数8305件: having none of one thing shows no count of another; 投诉率为零
      // against 满意度≥90%: a rate of something unwanted at zero is no share of the rate asked
      return Optional.empty();
    }
    if (reading.isPresent() && onlyNone(reading.get())) {
      @Nullable IndicatorVerdict unreported = shareNotReported(input, reading.get());
      if (unreported != null) { // unless another denial in it is of the rest, in words the band does not read
        return Optional.of(RestDenied.verdict(id(), input, vocabulary, true).orElse(unreported));
      }
      String target = IndicatorTexts.normalize(input.target()).strip();
      if ((Absence.asksAbsence(target) || OccurrenceDenials.isBareDenial(target)) && OccurrenceDenials.onlyDenials(input.actual())) { // 杜绝, 不发生, 无: of the thing the name counts
        Optional<IndicatorVerdict> other = FiguresInWords.otherThingDenied(id(), input);
        if (other.isPresent()) {
          return other; // 未发生安全事故 under 违规使用资金情况 | 杜绝
        }
      }
    }
    if (reading.isPresent() && Appraisals.onlyAppraisalWords(reading.get())) {
      @Nullable IndicatorVerdict appraised = appraisalOnly(input, reading.get());
      if (appraised != null) {
        return Optional.of(appraised);
      }
    }
    boolean negative = reading.map(r -> r.band() != Band.ACHIEVED).orElse(false);
    if (reading.isPresent() && reading.get().fraction().signum() > 0
        && Changes.opposite(IndicatorTexts.normalize(input.target()), IndicatorTexts.normalize(input.actual()))) {
      // 提高就业率 / 就业率明显下降, 收入有所减少: the degree word says how far, the verb that it went the other way
      return Optional.of(
          IndicatorVerdict.undetermined(
              Reasons.trace(id(), "opposite-change", "JX-T-0273")
                  .putArgs("actual", Texts.shorten(input.actual()))
                  .putArgs("target", Texts.shorten(input.target()))
                  .build()));
    }
    boolean wordsSayMet = reading.map(r -> r.fraction().compareTo(BigDecimal.ONE) == 0).orElse(false);
    // words that say not achieved, or fully achieved, decide over an echo: only a repeated grade
    // scale is then looked for, not whether the actual restates the target
    Echo.Kind echo =
        negative || wordsSayMet ? Echo.scaleOnly(input.target(), input.actual()) : Echo.of(input.target(), input.actual());
    if (echo == Echo.Kind.SCALE) {
      return Optional.of(
          IndicatorVerdict.undetermined(
              Reasons.trace(id(), "scale-repeated", "JX-T-0221").putArgs("actual", Texts.shorten(input.actual())).build()));
    }
    if (echo == Echo.Kind.DENIED || echo == Echo.Kind.DENIED_IN_PART) {
      // 不规范 / 规范, 制度不健全 / 制度健全: the target's words, denied (个别单位…不规范: of a part)
      BigDecimal denied = echo == Echo.Kind.DENIED ? vocabulary.negatedFraction() : vocabulary.mixedFraction();
      Band deniedBand = bandOf(denied);
      return Optional.of(
          IndicatorVerdict.scored(
              denied,
              Reasons.trace(id(), "echo-denied", echo == Echo.Kind.DENIED ? "JX-T-0275" : "JX-T-0276")
                  .putArgs("actual", Texts.shorten(input.actual()))
                  .putArgs("target", Texts.shorten(input.target()))
                  .putArgs("band", deniedBand.label())
                  .putArgs("bandEn", english(deniedBand))
                  .putArgs("percent", denied, Trace.Printed.PERCENT)
                  .putFigures("fraction", Decimals.fraction(denied))
                  .putFigures("bandLower", deniedBand.lower())
                  .putFigures("bandUpper", deniedBand.upper())
                  .build()));
    }
    // The target's words matter only when the actual's say achieved, but not fully: whether they
    // ask for more than an echo shows (weaker), or ask for no more than was done (asked below).
    // Any other actual, and one without words, is judged without reading the target.
    boolean achievedShort = reading.isPresent() && !negative && !wordsSayMet;
    Optional<Reading> target = achievedShort ? vocabulary.read(input.target()) : Optional.empty();
    boolean weaker =
        reading.isPresent() && target.isPresent() && reading.get().fraction().compareTo(target.get().fraction()) < 0;
    if (echo == Echo.Kind.ECHO && !negative && !weaker && !wordsSayMet) { // the words explain it better when they say met
      Trace trace =
          Reasons.trace(id(), "echo", "JX-T-0222")
              .putArgs("actual", Texts.shorten(input.actual()))
              .putArgs("target", Texts.shorten(input.target()))
              .putFigures("fraction", Decimals.fraction(BigDecimal.ONE))
              // the band of the verdict, as every qualitative verdict names it: a form's 得分 in
              // it is no mismatch (the stated-score check)
              .putFigures("bandLower", Band.ACHIEVED.lower())
              .putFigures("bandUpper", Band.ACHIEVED.upper())
              .build();
      return Optional.of(IndicatorVerdict.scored(BigDecimal.ONE, trace));
    }
    if (!negative && !reading.map(Reading::withdrawn).orElse(false)) {
      // 完成60%, or 完成率为85% (a rate's name, no completion word on its own): the share it states
      Optional<StatedShare.Share> share = StatedShare.of(input.actual());
      // the share decides when it is lower than the words' fraction, or says where in the words' band the work
      // landed (基本完成，达成率为97%: 97 %, not 基本完成's 80 %), when it is of the whole work (not 其中主体工程完成100%),
      // nothing is said to be outstanding after it (…，尚余少量收尾工作), and it is short of all (基本完成，完成率100% contradicts)
      if (share.isPresent() && (reading.isEmpty() || share.get().share().compareTo(reading.get().fraction()) < 0
          || !reading.get().mixed() && share.get().ofTheWhole() && share.get().share().compareTo(reading.get().fraction()) > 0
              && share.get().share().compareTo(BigDecimal.ONE) < 0 && reading.get().band().contains(share.get().share()))) {
        return Optional.of(IndicatorVerdict.scored(share.get().share(), QualitativeTraces.statedShare(input, share.get())));
      }
    }
    if (reading.isEmpty()) {
      // 满意度较高 / 满意度达98%: a satisfaction target without a figure, a stated satisfaction rate
      Optional<BigDecimal> rate = StatedSatisfaction.of(input.target(), input.indicator().name().orElse(""), input.actual());
      BigDecimal floor = context.profile().satisfiedAt();
      if (rate.isPresent() && rate.get().compareTo(floor) >= 0) {
        return Optional.of(IndicatorVerdict.scored(BigDecimal.ONE, QualitativeTraces.statedSatisfaction(input, rate.get(), floor)));
      }
      // 不超过预算 / 节约资金12.6万元: spending less than the budget kept it
      List<Quantity> saved = Absence.keepsALimit(IndicatorTexts.normalize(input.target())) ? Savings.saved(IndicatorTexts.normalize(input.actual())) : List.of();
      if (!saved.isEmpty()) {
        return Optional.of(IndicatorVerdict.scored(BigDecimal.ONE, QualitativeTraces.reportedResults(input, saved, "saved", "JX-T-0287")));
      }
      // 提高补助标准 / 由每人每月300元提高到350元: a change asked, answered by a move of figures
      @Nullable IndicatorVerdict moved = MovesAsked.verdict(id(), input);
      if (moved != null) {
        return Optional.of(moved);
      }
      // 吸引人才 / 新增…302人: a benefit stated in words, answered with its effect counted
      Optional<List<Quantity>> done = ReportedResults.of(input);
      if (done.isPresent()) {
        return Optional.of(IndicatorVerdict.scored(BigDecimal.ONE, QualitativeTraces.reportedResults(input, done.get(), "reported-results", "JX-T-0228")));
      }
      // 正在验收 under 12月底前完成竣工验收: work asked finished, still going on after the year
      return Optional.ofNullable(WorkUnderway.verdict(id(), input, vocabulary.mixedFraction()));
    }
    Reading r = reading.get();
    @Nullable IndicatorVerdict otherWork = r.mixed() ? NamedWork.verdict(id(), input, vocabulary) : null;
    if (otherWork != null) {
      return Optional.of(otherWork); // 已完成招标，尚未开工 under 招标完成率: what is left is another work's
    }
    BigDecimal fraction = r.fraction();
    @Nullable String asked = null;
    if (!r.mixed() && target.isPresent() && !target.get().mixed() && target.get().band() == Band.ACHIEVED
        && r.band() == Band.ACHIEVED && fraction.compareTo(target.get().fraction()) >= 0
        && fraction.compareTo(BigDecimal.ONE) < 0 && !hasNegativeFact(r)) {
      asked = target.get().words();
      fraction = BigDecimal.ONE;
    }
    String method = r.withdrawn() ? "withdrawal" : r.mixed() ? "qualitative-mixed" : "qualitative-band";
    Band band = fraction.compareTo(BigDecimal.ONE) == 0 ? Band.ACHIEVED : r.band();
    String code = asked != null ? "JX-T-0225" : r.mixed() ? "JX-T-0224" : "JX-T-0223";
    Trace.Builder builder =
        Reasons.trace(id(), method, code)
            .putArgs("actual", Texts.shorten(input.actual()))
            .putArgs("words", r::words)
            .putArgs("band", band.label())
            .putArgs("bandEn", english(band))
            .putArgs("percent", fraction, Trace.Printed.PERCENT);
    if (asked != null) {
      builder.putArgs("asked", asked);
    }
    Trace trace =
        builder
            .putFigures("fraction", Decimals.fraction(fraction))
            .putFigures("bandLower", band.lower())
            .putFigures("bandUpper", band.upper())
            .build();
    return Optional.of(IndicatorVerdict.scored(fraction, trace));
  }

  /** Whether every word read says something did not happen or a limit was kept (无投诉, 未超预算). */
  private static boolean onlyNone(Reading r) {
    for (Term t : r.terms()) {
      if (!CompletionReader.statesNone(t)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the reading holds a rate at zero (逾期率为0, 投诉率为零) and the target asks a floor on a share
   * that the rate does not count the rest of: 逾期率为0 answers 按时完成率≥95%, 投诉率为零 no 满意度≥90%.
   */
  private static boolean zeroOfAnotherRate(IndicatorInput input, Reading r) {
    if (!floorOnAShare(input)) {
      return false;
    }
    String asked = IndicatorTexts.normalize(input.target()) + "|" + input.indicator().name().map(IndicatorTexts::normalize).orElse("");
    for (Term term : r.terms()) {
      int rate = term.word().indexOf('率');
      if (rate > 0 && ComplementRates.complementOf(term.word().substring(0, rate + 1), asked) == null) {
        return true;
      }
    }
    return false;
  }

  /**
   * 无投诉 or 零差评 against 满意度≥95%, 未接到投诉 against 投诉办结率100%: the denial does not report the share asked
   * (method {@code denial-not-share}, {@link ShareDenials}); null when a denial answers it (零差评 against 好评率, 无逾期
   * against 及时率) or the target is no floor on a share of something wanted (≤1%, 0, 安全无事故率, 杜绝投诉).
   */
  private @Nullable IndicatorVerdict shareNotReported(IndicatorInput input, Reading r) {
    String name = input.indicator().name().map(IndicatorTexts::normalize).orElse("");
    String target = IndicatorTexts.normalize(input.target());
    if (!floorOnAShare(input) || Absence.namesUnwanted(name.isBlank() ? target : name) || Absence.asksAbsence(target)) {
      return null;
    }
    List<String> words = r.terms().stream().map(Term::word).toList();
    @Nullable String denied = ShareDenials.unanswered(target + "|" + name, IndicatorTexts.normalize(input.actual()), words);
    if (denied == null) {
      return null;
    }
    return IndicatorVerdict.undetermined(
        Reasons.trace(id(), "denial-not-share", "JX-T-0289")
            .putArgs("actual", Texts.shorten(input.actual()))
            .putArgs("denied", denied)
            .putArgs("name", name.isBlank() ? Texts.shorten(input.target()) : name)
            .putArgs("target", Texts.shorten(input.target()))
            .build());
  }

  /** Undetermined when every word {@code r} read stands in a clause of an aim ({@link Aims}); null otherwise. */
  private @Nullable IndicatorVerdict aimed(IndicatorInput input, Reading r) {
    @Nullable String aim = Aims.aimOfAll(IndicatorTexts.normalize(input.actual()), words(r));
    return aim == null ? null : aimOnly(id(), input, aim);
  }

  /** Undetermined when every word {@code r} read completes a step of the procedure the target does not ask ({@link Steps}). */
  private @Nullable IndicatorVerdict stepOnly(IndicatorInput input, Reading r) {
    String name = input.indicator().name().orElse("");
    String actual = IndicatorTexts.normalize(input.actual());
    @Nullable String step = Steps.ofEvery(actual, words(r), name + "|" + input.target());
    if (step == null || Steps.resultBeside(actual)) {
      return null; // 已完成招标，工程已全部完工: the work's own result is said beside the step
    }
    return IndicatorVerdict.undetermined(
        Reasons.trace(id(), "step-not-result", "JX-T-0294")
            .putArgs("actual", Texts.shorten(input.actual()))
            .putArgs("step", step)
            .putArgs("name", name.isBlank() ? Texts.shorten(input.target()) : name)
            .build());
  }

  /** The words {@code r} read, in order. */
  private static List<String> words(Reading r) {
    List<String> words = new ArrayList<>(r.terms().size());
    for (Term t : r.terms()) {
      words.add(t.word());
    }
    return words;
  }

  /** Undetermined: the actual only says what was aimed at (力争无不合格, 力争不发生安全事故; method {@code aim-not-result}). */
  static IndicatorVerdict aimOnly(String scorer, IndicatorInput input, String aim) {
    return IndicatorVerdict.undetermined(
        Reasons.trace(scorer, "aim-not-result", "JX-T-0293")
            .putArgs("actual", Texts.shorten(input.actual()))
            .putArgs("aim", aim)
            .build());
  }

  /** Whether the target sets a floor above 0 on a share (≥95%, 100%): not a ceiling (≤1%) nor none (0). */
  private static boolean floorOnAShare(IndicatorInput input) {
    Target t = targetOf(input);
    if (t.quantity().isEmpty() || t.comparison().isReverse()) {
      return false;
    }
    Quantity q = t.quantity().get();
    return q.unit().symbol().equals("%") && q.value().signum() > 0;
  }

  /**
   * Whether the target asks for at least a count of something (结案数8305件, ≥50人次): no statement
   * that something did not happen answers it. A ceiling (≤3起, 零投诉), a rate (合格率100%) or a
   * target of words may be answered so.
   */
  private static boolean asksACount(IndicatorInput input) {
    Target t = targetOf(input);
    if (t.quantity().isEmpty()) {
      return false;
    }
    Quantity q = t.quantity().get();
    return q.unit().isCount() && q.value().signum() > 0
        && (t.comparison() == Comparison.AT_LEAST || t.comparison() == Comparison.MORE_THAN || t.comparison() == Comparison.EQUAL
            || (t.comparison() == Comparison.BETWEEN // 培训100-200人次 asks at least 100; 投诉1-3次 is a ceiling
                && !Absence.namesUnwanted(input.target()) && !Absence.namesUnwanted(input.indicator().name().orElse(""))));
  }

  /**
   * 良好 or 显著提升 against 反馈率100%: how well or how far it went, not whether the figure was met (method {@code
   * appraisal-only}); null when the actual says more than an appraisal, its words fall short, the
   * target sets no figure ({@link Appraisals#setAFigure}: time limits and counts beside a word of
   * time are left to the words, in any row). Apart from {@link #score}, whose every call it would
   * otherwise lengthen: it runs only for the few actuals whose words are all grades or degrees.
   */
  private @Nullable IndicatorVerdict appraisalOnly(IndicatorInput input, Reading reading) {
    if (reading.mixed() || reading.band() != Band.ACHIEVED) {
      return null;
    }
    @Nullable String appraisal = Appraisals.only(input.actual());
    if (appraisal == null || Appraisals.answersInWords(input.target(), input.actual(), appraisal)
        || !Appraisals.setAFigure(input.target(), targetOf(input))) {
      return null;
    }
    return IndicatorVerdict.undetermined(
        Reasons.trace(id(), "appraisal-only", "JX-T-0230")
            .putArgs("actual", Texts.shorten(input.actual()))
            .putArgs("words", appraisal)
            .putArgs("target", Texts.shorten(input.target()))
            .build());
  }

  /**
   * The input's own target read in its indicator's context (the unit its name gives): a sub-target's
   * text, not the whole list's, whose first figure may be another item's.
   */
  private static Target targetOf(IndicatorInput input) {
    return input.item().isEmpty()
        ? IndicatorTexts.parseTarget(input.indicator())
        : TargetParser.parse(IndicatorTexts.normalize(input.target()), TargetContext.of(input.indicator()));
  }

  /** {@code trace} with the band of {@code fraction} and the fraction itself, as every banded verdict names them. */
  static Trace.Builder banded(Trace.Builder trace, BigDecimal fraction) {
    Band band = bandOf(fraction);
    return trace
        .putArgs("band", band.label())
        .putArgs("bandEn", english(band))
        .putArgs("percent", fraction, Trace.Printed.PERCENT)
        .putFigures("fraction", Decimals.fraction(fraction))
        .putFigures("bandLower", band.lower())
        .putFigures("bandUpper", band.upper());
  }

  /** The band a fraction lies in (0.80 and above achieved, 0.60 and above partly). */
  static Band bandOf(BigDecimal fraction) {
    return fraction.compareTo(Band.ACHIEVED.lower()) >= 0 ? Band.ACHIEVED
        : fraction.compareTo(Band.PARTLY_ACHIEVED.lower()) >= 0 ? Band.PARTLY_ACHIEVED : Band.NOT_ACHIEVED;
  }

  /** The band in English words, for English reasons and findings. */
  public static String english(Band band) {
    return switch (band) {
      case ACHIEVED -> "achieved";
      case PARTLY_ACHIEVED -> "partly achieved";
      case NOT_ACHIEVED -> "not achieved";
    };
  }

  /** Whether a term of the reading is a negative fact (a loop: this runs for many indicators). */
  private static boolean hasNegativeFact(Reading r) {
    for (Term t : r.terms()) {
      if (t.kind() == Term.Kind.NEGATIVE_FACT) {
        return true;
      }
    }
    return false;
  }
}

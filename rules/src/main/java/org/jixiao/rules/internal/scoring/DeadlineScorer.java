package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.text.Absence;
import org.jixiao.rules.internal.text.Aims;
import org.jixiao.rules.internal.text.ClockTimes;
import org.jixiao.rules.internal.text.CompletionNouns;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.DateReader;
import org.jixiao.rules.internal.text.NotYetDue;
import org.jixiao.rules.internal.text.Stages;
import org.jixiao.rules.internal.text.TargetContext;
import org.jixiao.rules.internal.text.TargetParser;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.text.DatePeriod;
import org.jixiao.rules.text.Deadline;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Target;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.Reading;
import org.jixiao.rules.text.Term;

/**
 * Compares the date or month an actual states with the target's deadline: 8月 against 9月底前 is
 * met, 2023年9月 against 2023年11月 is met, the same period on both sides is met; a date after the
 * deadline earns the vocabulary's {@linkplain org.jixiao.rules.text.Vocabulary#lateFraction late
 * fraction}. When either side has no year, both are taken to be in the same year. A year stated
 * alone is the end of that year on both sides (2019年 / 2020年 is a year late); a month the actual
 * puts in the next year (次年1月) is late against a deadline of this year ({@link Stages#kept}). A
 * staged target (6月底前完成招标，12月前验收) holds each dated part of the actual to the stage whose
 * work it names ({@link Stages#compare}).
 *
 * <p>A daily deadline at a time of day (每天早上六点半前送达) is compared with the time of day the
 * actual states (每天早上6点20分送达, {@link ClockTimes}) in the same way.
 *
 * <p>Declines when the target has no dated deadline or time of day, when the actual states
 * neither, or when it states a shortfall (延期, 未能 …) or carries the work to a later date (顺延至2024年, whose
 * date is planned anew, not the day the work was done): the words then decide. Declines too when
 * the target's 全年 is the year a figure counts over (全年案件结案数8305件), not a deadline.
 */
public final class DeadlineScorer implements IndicatorScorer {
  @Override
  public String id() {
    return BuiltInIds.DEADLINE;
  }

  @Override
  public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
    // the actual first: most state no date, and then the target need not be read at all
    String actual = IndicatorTexts.normalize(input.actual());
    String notYet = NotYetDue.words(actual);
    if (notYet != null && asksADeadline(input) && !saysDoneOrLate(context, actual)) { // 尚在建设工期内，未到完工日期: neither done nor late
      return Optional.of(
          IndicatorVerdict.undetermined(
              Reasons.trace(id(), "not-yet-due", "JX-T-0280").putArgs("actual", Texts.shorten(input.actual())).putArgs("words", notYet).build()));
    }
    Optional<DatePeriod> done = DateReader.latestDone(actual);
    if (done.isEmpty()) {
      return onTheClock(input, context, actual);
    }
    if (!Clauses.shortfalls(actual).isEmpty() || carried(actual)) {
      return Optional.empty(); // 室外配套工程顺延至2024年: a date planned anew, not the day the work was done; the words decide
    }
    String aim = Aims.aimOfEveryDate(actual);
    if (aim != null) {
      return Optional.of(QualitativeScorer.aimOnly(id(), input, aim)); // 力争年底前完成, 计划于12月完成: a date aimed at
    }
    String targetText = IndicatorTexts.normalize(input.target());
    Target target = TargetParser.parse(targetText, TargetContext.of(input.indicator()));
    if (target.deadline().flatMap(Deadline::by).isEmpty()) {
      return onTheClock(input, context, actual);
    }
    // a staged target (6月底前完成招标，12月前验收): each dated part of the actual against the stage it names
    Optional<Stages.Kept> staged = Stages.compare(targetText, actual);
    if (staged.isEmpty() && progressAsOf(input.actual(), actual) && sameYear(done.get(), target.deadline().get().by().get())) {
      // 截至11月底，项目完成85% against 年内完成: the date is the report's, the share says how far, and the words decide;
      // not a first year's share of a task of several (截至2023年底完成总工程量的40% against 2023-2025年)
      return Optional.empty();
    }
    Stages.Kept kept = staged.orElseGet(() -> Stages.kept(done.get(), actual, target.deadline().get(), targetText));
    boolean onTime = kept.onTime();
    if (onTime && countsOverTheYear(input, target, actual)) {
      // 2019年度全年案件结案数8305件 / 2019年…: the count is asked, not a date; a later year is late whatever it dates
      return Optional.empty();
    }
    BigDecimal fraction = onTime ? BigDecimal.ONE : context.profile().vocabulary().lateFraction();
    Trace trace =
        Reasons.trace(id(), onTime ? "deadline-met" : "deadline-late", onTime ? "JX-T-0231" : "JX-T-0232")
            .putArgs("done", kept::describeDone)
            .putArgs("deadline", kept.deadline().text())
            .putArgs("by", kept.deadline().by().get()::describe)
            .putArgs("percent", fraction, Trace.Printed.PERCENT)
            .putFigures("fraction", Decimals.fraction(fraction))
            .build();
    return Optional.of(IndicatorVerdict.scored(fraction, trace));
  }

  /**
   * Whether the target asks a count over a whole year it names (2019年度全年案件结案数8305件) and the
   * actual reports figures (none of them that count, or the quantitative scorer would have decided)
   * or that something did not happen, dated by nothing finer than the year (2019年累计结案率为94.32%;
   * 2019年无撤裁案件): the year is then
   * the period the figures are reported over, not the day the work was done, and says nothing of
   * the count. In a 时效 row, beside a rate or a time limit, against an actual of words and a year
   * (2024年完成) or against a month or a day done (2019年12月已全部发放, 2020年3月完成), 全年 stays a
   * deadline.
   */
  private static boolean countsOverTheYear(IndicatorInput input, Target target, String actual) {
    return target.quantity().filter(q -> q.unit().isCount()).isPresent()
        && target.deadline().map(d -> d.text().contains("全年")).orElse(false)
        && input.indicator().subcategory().filter(s -> s == Subcategory.TIMELINESS).isEmpty()
        && DateReader.datesOnlyYears(actual)
        && (!IndicatorTexts.parseActual(actual).isEmpty() || Absence.statesNoneOrLimitKept(actual));
  }

  /**
   * A time of day the actual kept against the one the target's daily deadline states (每天早上六点半前送达
   * / 每天早上6点20分送达): met at or before it, late after it. Declines when either states none,
   * the actual states a shortfall, or its clauses state several times and not one for what the
   * target does by the deadline ({@link ClockTimes#keptFor}).
   */
  /**
   * Whether the actual's words say the work was done or fell behind, whatever is not yet due (项目未到期但已提前完工,
   * 尚在建设工期内，但已严重滞后): a word of the top band or a shortfall named (滞后, 延期), not a negation alone.
   */
  private static boolean saysDoneOrLate(ScoringContext context, String actual) {
    String zero = CompletionNouns.zeroStated(actual); // 实际完成值为0 says nothing was done, whatever its 完成
    Optional<Reading> reading = context.profile().vocabulary().read(zero == null ? actual : actual.replace(zero, "，"));
    if (reading.isEmpty()) {
      return false;
    }
    for (Term t : reading.get().terms()) {
      if (t.band() == Band.ACHIEVED || t.kind() == Term.Kind.NEGATIVE_FACT && !t.word().endsWith("…")) { // 未…: the open negation of 未到
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the actual reports a share of the work done as of its date (截至11月底，项目完成85%; 截止2023年11月，完成工程量的
   * 90%; 截至2023年10月底，完成进度80%): 截至 or 截止 and a share of the work short of all. It was read as the work done
   * by that date, on time. Not a share of all (截至12月，完成率100%), nor a share of something else (截至12月验收合格率95%).
   */
  private static boolean progressAsOf(String raw, String actual) {
    if (actual.indexOf("截至") < 0 && actual.indexOf("截止") < 0) {
      return false;
    }
    Optional<StatedShare.Share> share = StatedShare.of(raw);
    return share.isPresent() && share.get().share().compareTo(BigDecimal.ONE) < 0 && share.get().onlyTheShare();
  }

  /** Whether the actual carries work to a later date ({@link PartPending#CARRIED}: 顺延至2024年, 推迟至6月). */
  private static boolean carried(String actual) {
    // each word holds 至, 到 or 转: most actuals with a date hold none, and need no look for the words
    return (actual.indexOf('至') >= 0 || actual.indexOf('到') >= 0 || actual.indexOf('转') >= 0) && Texts.containsAny(actual, PartPending.CARRIED);
  }

  /** Whether a date and a deadline are of one year, or either names none. */
  private static boolean sameYear(DatePeriod done, DatePeriod by) {
    return done.year().isEmpty() || by.year().isEmpty() || done.year().getAsInt() == by.year().getAsInt();
  }

  /** Whether the indicator is one of time (时效指标) or its target sets a deadline (2021年4月15日, 年底前). */
  private static boolean asksADeadline(IndicatorInput input) {
    if (input.indicator().subcategory().map(s -> s == Subcategory.TIMELINESS).orElse(false)) {
      return true;
    }
    return TargetParser.parse(IndicatorTexts.normalize(input.target()), TargetContext.of(input.indicator())).deadline().isPresent();
  }

  private Optional<IndicatorVerdict> onTheClock(IndicatorInput input, ScoringContext context, String actual) {
    if (input.target().indexOf('前') < 0 || (actual.indexOf('点') < 0 && actual.indexOf('时') < 0 && actual.indexOf(':') < 0)) {
      return Optional.empty(); // most: no deadline before a time of day, or no time of day done
    }
    String target = IndicatorTexts.normalize(input.target());
    OptionalInt limit = ClockTimes.deadline(target);
    if (limit.isEmpty() || !Clauses.shortfalls(actual).isEmpty()) {
      return Optional.empty();
    }
    OptionalInt kept = ClockTimes.keptFor(actual, target);
    if (kept.isEmpty()) {
      return Optional.empty();
    }
    boolean onTime = kept.getAsInt() <= limit.getAsInt();
    BigDecimal fraction = onTime ? BigDecimal.ONE : context.profile().vocabulary().lateFraction();
    Trace trace =
        Reasons.trace(id(), onTime ? "deadline-met" : "deadline-late", onTime ? "JX-T-0231" : "JX-T-0232")
            .putArgs("done", ClockTimes.describe(kept.getAsInt()))
            .putArgs("deadline", Texts.shorten(input.target()))
            .putArgs("by", ClockTimes.describe(limit.getAsInt()))
            .putArgs("percent", fraction, Trace.Printed.PERCENT)
            .putFigures("fraction", Decimals.fraction(fraction))
            .build();
    return Optional.of(IndicatorVerdict.scored(fraction, trace));
  }
}

package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.text.Absence;
import org.jixiao.rules.internal.text.Classifiers;
import org.jixiao.rules.internal.text.Moves;
import org.jixiao.rules.internal.text.MonthsNamed;
import org.jixiao.rules.internal.text.Periods;
import org.jixiao.rules.internal.text.Signs;
import org.jixiao.rules.internal.text.TargetContext;
import org.jixiao.rules.internal.text.WholeShares;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;
import org.jixiao.rules.text.Unit;

/**
 * The quantitative scorer's comparison of the actual with one figure of the target: which of the
 * actual's figures answer it (in its unit, per whom and over its period, or made from the cell: a
 * rate from counts, a sum of parts, a product), which of several answers, and the fraction by {@link
 * QuantitativeRules}. Split from {@link QuantitativeScorer}, which reads the cells and tries the
 * target's figures in turn.
 */
final class FigureScorer {
  private FigureScorer() {}

  /** The verdicts' rule: this is the quantitative scorer's comparison. */
  private static final String ID = BuiltInIds.QUANTITATIVE;

  /** The mark of a target of a fall (下降≥5%) and of the size of the fall compared with it. */
  private static final String FALL = "↓";

  /** What a figure's words holding the head of the target's words weigh: more than any count of pairs shared besides. */
  private static final int HEADED = 1000;

  /** Half of a whole, in %: the least floor under which a bare decimal of one is read as a share of it. */
  private static final BigDecimal HALF = BigDecimal.valueOf(50);

  /**
   * Scores against one figure of the target; empty when the actual has none to match it. {@code
   * printedAs} quotes the target's figure as printed when it was read otherwise (（“290%”）), else "".
   */
  static Optional<IndicatorVerdict> score(
      IndicatorInput input, ScoringContext context, Target target, List<Quantity> figures, TargetContext where, String printedAs) {
    Indicator indicator = input.indicator();
    Quantity wanted = target.quantity().orElseThrow();
    Comparison comparison = indicator.nature().flatMap(Comparison::of).orElse(target.comparison());
    Unit unit = wanted.unit();
    String actualText = IndicatorTexts.normalize(input.actual());
    String targetText = target.text();
    boolean formUnit = indicator.measureUnit().isPresent();
    List<Quantity> printed = figures;
    EachTimes.Outcome each = EachTimes.multiplied(figures, actualText, wanted, targetText, where.name()); // 5个街道各举办2场: 10 场
    figures = overTheTargetsPeriod(wanted, FigureFilters.withSharesOfFigures(each.figures(), actualText), actualText, PeriodPairing.asked(comparison));
    figures = MonthlyAverages.overTheMonths(figures, actualText, wanted); // 全年月均服务1,050人次 under 全年≥12000人次: 12600
    if (unit.isDuration()) {
      figures = FigureFilters.withoutOverruns(FigureFilters.withoutHoursOnDuty(figures, actualText), actualText); // 24小时值守: no time taken
      figures = TimesOfTasks.asked(figures, actualText, where.name()); // 抢修用时3.5小时 is no time to arrive
    }
    String asked = targetText + "|" + where.name();
    if (unit.symbol().equals("%")) { // 逾期率3% against 按时完成率≥95%: 97 %
      figures = FigureFilters.withComplements(figures, actualText, asked);
    }
    if (isShare(unit) && !comparison.isReverse()) {
      // a floor asks a good share: 逾期率3% is none of 覆盖率≥95% (a ceiling asks a bad one: kept)
      figures = FigureFilters.withoutRatesOfShortfall(figures, actualText, asked);
    }
    figures = FigureFilters.withoutRestatedTargets(figures, actualText, where.name(), comparison.isReverse()); // 培训280人（目标300人）: 280 人
    figures = SeverityGrades.withoutLowerGrades(figures, actualText, asked); // 一般事故2起 under 重大安全事故0起: none of it
    figures = isShare(unit) ? figures : FigureFilters.withoutSetsTakenAmong(figures, actualText); // 3个项目中的2个: 2 个
    List<Quantity> beforeOtherRates = figures;
    if (isShare(unit)) {
      figures = OtherRates.without(figures, printed, actualText, where.name()); // 办结率98.6% under 回访满意率: another rate
    }
    String madeNote = ""; // how a figure made from the cell was made: （“0.93”）, （1071 人次 / 1260 人次）
    PerOne.Outcome perOne = PerOne.of(figures, actualText, wanted, asked); // 投资516.6万元，面积1.23万平方米 under 元/平方米
    if (perOne.made() != null) {
      figures = List.of(perOne.made());
      madeNote = perOne.note();
    } else if (!perOne.totals().isEmpty()) {
      return Optional.of(PerOne.unmade(ID, comparison, wanted, perOne));
    }
    List<Quantity> candidates = new ArrayList<>();
    for (Quantity q : figures) {
      if ((q.unit().isCompatibleWith(unit) || (formUnit && q.unit().equals(Unit.NONE))) && PerWhom.samePer(wanted, q, comparison, actualText, asked)) {
        candidates.add(q); // a bare figure on a form is in the form's 度量单位
      }
    }
    if (candidates.isEmpty() && !unit.equals(Unit.NONE)) {
      for (Quantity q : figures) {
        if (q.unit().equals(Unit.NONE) && PerWhom.samePer(wanted, q, comparison, actualText, asked) && !(rateBefore(actualText, q.start()) && !unit.symbol().equals("%"))
            && !(unit.symbol().equals("%") && multiplied(actualText, q)) // 馆藏档案3.2万卷 is a count of an unknown unit, no 32000 %
            && !(asksAPositiveCount(comparison, wanted) && actualText.charAt(q.start()) == '零')) { // 零事故 is no count of 检查次数≥12次
          // a floor of half or more: 0.93 as 0.93 % would be absurd there, where under ≤ 0.5 % it may be meant
          Quantity share = unit.symbol().equals("%") && !comparison.isReverse() && wanted.value().compareTo(HALF) >= 0
              ? FigureFilters.shareOfOne(q, actualText, unit) : null;
          candidates.add(share != null ? share : q); // 目标 ≥30家, 实际 32: a bare figure takes the target's unit; 0.93 is 93 %
          madeNote = share != null ? "（“" + actualText.strip() + "”）" : madeNote;
        }
      }
    }
    if (candidates.isEmpty() && unit.isCount()) {
      candidates = CountsPerBase.asCounts(figures, unit, where.name()); // 3.5/万 under 每万人口全科医生数 ≥3人: 3.5 人
    }
    if (candidates.isEmpty() && unit.equals(Unit.NONE)) {
      for (Quantity q : figures) {
        if (q.unit().isCount()) {
          candidates.add(q); // 零投诉 against 投诉2次: a bare target counts whatever is counted
        }
      }
    }
    for (int pass = 0; pass < 2 && candidates.isEmpty() && unit.isCount(); pass++) {
      for (Quantity q : figures) { // 20辆 against 18台 buses (one kind of thing) before 20个 (个 for anything)
        boolean alike = pass == 0 ? Classifiers.sameThing(unit, q.unit(), asked, actualText, q.start(), q.end()) : Classifiers.countAlike(unit, q.unit());
        if (alike && PerWhom.samePer(wanted, q, comparison, actualText, asked)) {
          candidates.add(q); // 建设3个站点 against 已建成2座: 个 stands for 座, as a reader takes it
        }
      }
    }
    if (candidates.isEmpty() && unit.equals(FigureFilters.WORKING_DAYS) && comparison.isReverse()) {
      candidates = FigureFilters.daysWithin(figures, wanted, comparison);
    }
    if (candidates.isEmpty() && unit.isDuration() && comparison.isReverse() && !wanted.isRange()) {
      ClockSpans.Span span = ClockSpans.of(actualText, where.name(), wanted); // 9时接报，10时30分到达: 90 分钟
      if (span != null) {
        candidates = List.of(span.quantity());
        madeNote = span.note();
      }
    }
    if (candidates.isEmpty() && !comparison.isReverse() && !isShare(unit) && !unit.equals(Unit.NONE)) {
      RatesFromCounts.Rate share = ShareOfTheTarget.of(figures, actualText, wanted); // 完成年度目标的86% under ≥500户: 430 户
      if (share != null) {
        candidates = List.of(share.rate());
        madeNote = share.note();
      }
    }
    if (!comparison.isReverse() && (unit.isCount() || unit.isMoney()) && RatesFromRest.mayHold(actualText)) {
      RatesFromCounts.Rate left = RatesFromRest.level(actualText, where.name(), unit); // 纳入530人，尚有58人未实现就业: 472 人
      if (left != null) {
        candidates = List.of(left.rate());
        madeNote = left.note();
      }
    }
    RatesFromCounts.Rate counted = candidates.isEmpty() && unit.symbol().equals("%") ? RatesFromCounts.of(figures, actualText, where.name(), unit) : null;
    if (counted == null && candidates.isEmpty() && unit.symbol().equals("%") && !comparison.isReverse()) {
      counted = RatesFromRest.of(actualText, where.name(), unit); // 共受理工单3286件，尚有42件未办结: 1 − 42 / 3286
    }
    if (counted == null && candidates.isEmpty() && unit.symbol().equals("%") && !comparison.isReverse()) {
      counted = RatesFromFaults.of(figures, actualText, asked, where.name(), unit); // 检查设备200台，其中18台损坏 under 完好率: 1 − 18 / 200
    }
    if (counted != null) {
      candidates = List.of(counted.rate()); // 参训1260人次，考核合格1071人次 under 合格率: 85 %
      madeNote = counted.note();
    }
    if (candidates.isEmpty() && figures.size() < beforeOtherRates.size()) { // 办结率98.6%，按时回复率100% under 回访满意率
      List<Quantity> others = new ArrayList<>(beforeOtherRates);
      others.removeAll(figures); // the rates of another kind
      return Optional.of(UndeterminedReasons.notAsked(ID, "other-rate", "JX-T-0504", comparison, wanted, others));
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    YearsApart.Made apart = YearsApart.of(candidates, actualText, where.name(), targetText); // 累计156户（含2022年已完成48户）
    if (apart != null) {
      candidates = List.of(apart.quantity()); // the year's own, made: no level or year of it left to tell apart
      madeNote = apart.note();
    }
    // 超额完成50人, 节约5万元: a distance from the target, restated as its level; 较上年提高5个百分点: no level
    StatedDifferences.Sorted sorted = StatedDifferences.sort(candidates, actualText, targetText, wanted, unit, comparison, where.name());
    if (sorted.noLevel()) {
      return Optional.of(StatedDifferences.noLevel(ID, comparison, wanted, sorted.moved(), sorted.changes()));
    }
    // the end of a move is a level, whatever verb led to it (由120万元调减为95万元: 95 万元, not a fall of 95)
    boolean moveEnd = sorted.candidates().size() < candidates.size() && candidates.stream().anyMatch(q -> Moves.startsAMove(actualText, q));
    candidates = sorted.candidates();
    if (!sorted.restated() && !moveEnd && apart == null) { // 上年为12/10万, 全省平均8/10万, 力争控制在4‰: no level of this year's own
      OwnLevels.Sorted own = OwnLevels.of(candidates, actualText, where.name(), targetText, comparison, wanted);
      if (own.candidates().isEmpty()) {
        Optional<IndicatorVerdict> none = OwnLevels.deniesTheRest(actualText, candidates)
            ? FiguresInWords.absence(input, target, printedAs)
            : Optional.empty();
        return none.isPresent() ? none : Optional.of(OwnLevels.noOwnLevel(ID, comparison, wanted, own)); // 去年发生2起，今年未发生
      }
      candidates = own.candidates();
    }
    List<Quantity> ofYears = candidates;
    candidates = apart != null ? candidates : YearsWritten.asked(candidates, actualText, where.name(), targetText); // 2022年度发生1起 under 2023年度…
    if (candidates.isEmpty()) { // every figure of another year: none answers, whatever words beside (2023年数据尚未发布)
      Optional<IndicatorVerdict> none = FiguresInWords.absence(input, target, printedAs);
      if (none.isPresent()) {
        return none; // 2022年发生1起，2023年未发生 under 0起: the year asked had none
      }
      return Optional.of(UndeterminedReasons.notAsked(ID, "other-year", "JX-T-0504", comparison, wanted, ofYears));
    }
    candidates = YearOfTheReport.first(candidates, actualText, where.name(), targetText); // 累计2800万元，其中本年完成900万元 under 当年
    if (candidates.size() > 1 && isShare(unit) && !comparison.isReverse() && asked.contains("满意") && !asked.contains("非常满意")) {
      SatisfactionLevels.Made levels = SatisfactionLevels.of(candidates, actualText, wanted.value()); // 非常满意35%、满意58%: 93 %
      if (levels != null) {
        candidates = List.of(levels.quantity());
        madeNote = levels.note();
      }
    }
    IndicatorVerdict stock = apart != null ? null : StockNotNew.verdict(ID, candidates, actualText, where.name(), targetText, comparison, wanted);
    if (stock != null) {
      return Optional.of(stock); // 截至2023年底全县累计建成31.6万亩 under 2023年新建…面积: how much was new is not said
    }
    if (candidates.size() > 1) { // 培训基层干部1,200人次、致富带头人860人次: 2060 人次
      PartSums.Outcome parts = PartSums.of(candidates, actualText, where.name(), targetText, comparison, wanted, unit);
      if (parts != null && !parts.agrees()) {
        return Optional.of(PartSums.disagreeing(ID, comparison, wanted, parts, unit)); // 新建3座，维修加固4座，合计8座
      }
      if (parts != null) {
        candidates = List.of(parts.quantity());
        madeNote = parts.note();
      }
    }
    String made = madeNote;
    if (candidates.size() > 1 && wanted.per().isEmpty() && !PerWhom.asksARate(where.name()) && !PerWhom.asksARate(target.text())) {
      candidates = PerWhom.totalsFirst(candidates, actualText); // 合计50万元, not 人均5000元, answers 补助资金总额50万元
    }
    if (candidates.size() > 1 && wanted.per().isPresent()) {
      candidates = PerWhom.samePerFirst(candidates, wanted); // 4320元/年, not 2520元, answers ≥4000元/年
    }
    Quantity chosen = candidates.get(0);
    if (candidates.size() > 1) {
      boolean frequency = wanted.per().isPresent() && Periods.countsEvents(wanted);
      Set<String> want = Keywords.withoutComparisons(Keywords.before(target.text(), wanted.start())); // 控制在4.5%以内: no words of a thing
      if (frequency) {
        want = Keywords.withoutPeriods(want); // 每月检查1次 pairs with 全年检查6次, not 每月通报1次
      }
      String head = want.isEmpty() ? null : Keywords.head(target.text(), wanted.start()); // 分类池20个: 类池 over 建筑垃圾
      int best = -1;
      List<Quantity> ties = new ArrayList<>();
      for (Quantity q : candidates) {
        Set<String> words = Keywords.before(actualText, q.start());
        int likeness = Keywords.shared(want, words) + (head != null && words.contains(head) ? HEADED : 0);
        if (likeness > best) {
          best = likeness;
          ties.clear();
        }
        if (likeness == best) {
          ties.add(q);
        }
      }
      if (ties.size() > 1 && wanted.per().isPresent()) {
        ties = PeriodPairing.asPrintedFirst(ties, printed); // 每两周1次 answers 每两周1次 before 每3个月1次 restated
      }
      if (ties.size() > 1) { // 计划培训300人，实际培训280人: the level, not the plan
        ties = LevelsFirst.of(ties, actualText, where.name(), comparison, wanted, targetText);
      }
      if (ties.size() > 1 && want.isEmpty() && isShare(unit)) { // 孕产妇死亡率12.5/10万，婴儿死亡率3.2‰ under 婴儿死亡率
        // rates only: a count beside a part of it (开展18次，其中进校园讲座7次) may answer either, and stays tied
        ties = Keywords.closestToName(ties, actualText, where.name());
      }
      if (ties.size() > 1 && want.isEmpty() && !isShare(unit)) { // 开工12个，完工7个 under 完工数量; 申请9件，获授权3件 under 授权…
        ties = StagesCounted.asked(Keywords.distinctToName(ties, actualText, where.name()), actualText, where.name());
      }
      if (ties.size() > 1) { // 12月受理187件；1—12月累计受理2,146件: the year's, not a month's
        ties = PartOfYear.wholeYearFirst(ties, actualText);
      }
      Quantity range = UnsettledBounds.rangeOf(ties, actualText); // 介于92%至96%之间: one range, not two figures
      if (range != null) {
        ties = List.of(range);
      }
      if (ties.size() > 1) { // 共计612.4万元，其中中小微企业483.7万元: still tied, the whole before its parts answers
        List<Quantity> whole = Subsets.answering(candidates, actualText, where.name());
        ties = whole.size() == 1 ? whole : ties;
      }
      chosen = ties.get(0);
      for (Quantity q : ties) {
        if (q.value().compareTo(chosen.value()) != 0) { // 开工12个，完工7个 against ≥ 6 个: met either way
          Optional<IndicatorVerdict> every =
              EveryTieMeets.verdict(ID, comparison, wanted, unit, ties, actualText, targetText, where.name(), context.profile().reverseRule());
          return every.isPresent() ? every : Optional.of(ambiguous(comparison, wanted, unit, ties));
        }
      }
    }
    // a sign or a word of direction: ≥-5% is a floor below 0; 下降≥5% (or a name such as 压减率)
    // asks for a fall of at least 5 %, which a fall of 6 % meets and a rise never does
    boolean targetMinus = !wanted.isRange() && Signs.minusBefore(targetText, wanted.start());
    Signs.Direction targetWay = wanted.isRange() || targetMinus ? Signs.Direction.NONE : Signs.before(targetText, wanted.start());
    boolean fall = targetWay == Signs.Direction.DOWN
        || (targetWay == Signs.Direction.NONE && !targetMinus && !wanted.isRange() && (Signs.nameStatesDecrease(where.name())
            || (unit.symbol().equals("%") && !comparison.isReverse() && Signs.namesAFall(where.name())))); // 运行成本降低 ≥ 10 %
    if (targetWay == Signs.Direction.DOWN && !target.explicit() && indicator.nature().isEmpty()) {
      comparison = Comparison.AT_LEAST; // 下降5%: a fall of 5 % at least, whatever the kind of indicator
    }
    BigDecimal a = targetMinus ? wanted.value().negate() : wanted.value();
    BigDecimal upper = wanted.upper().orElse(a);
    if (!comparison.isReverse() && unit.symbol().equals("%") && a.compareTo(Decimals.HUNDRED) > 0 && WholeShares.isWholeShare(indicator)) {
      // 满意度 ≥ 290%: no share of a whole reaches it, so the figure is a misprint, not a target
      return Optional.of(
          IndicatorVerdict.undetermined(
              Reasons.trace(ID, "share-above-whole", "JX-T-0267")
                  .putArgs("comparison", comparison.symbol())
                  .putArgs("wanted", wanted::describe)
                  .putArgs("actual", chosen::describe)
                  .build()));
    }
    Unit from = chosen.unit().isCompatibleWith(unit) ? chosen.unit() : unit;
    BigDecimal b = from.convert(comparison.isReverse() ? chosen.upper().orElse(chosen.value()) : chosen.value(), unit);
    Signs.Direction way = chosen.isRange() || sorted.restated() || moveEnd ? Signs.Direction.NONE : Signs.before(actualText, chosen.start());
    if (fall ? way == Signs.Direction.UP : way == Signs.Direction.DOWN && signable(from)) {
      // −5%, 下降5%: a fall, so a ceiling of 0 is met; against a target of a fall, a rise is short of it.
      // A count is never signed against a target of no direction: in 投诉减少2起 the figure is no count of 投诉
      b = b.negate();
    }
    if (where.cost() && !target.explicit() && indicator.nature().isEmpty() && b.signum() == 0 && a.signum() > 0
        && !isShare(unit) && !Absence.namesRateBestAtZero(where.name())) {
      // a cost answered by 0: nothing was spent, so the work it pays for was not done; but a rate
      // is no amount spent, and 结转结余率 0 or 预算调整率 0 is the best outcome a rate can have
      return Optional.of(
          IndicatorVerdict.scored(
              BigDecimal.ZERO,
              Reasons.trace(ID, "nothing-spent", "JX-T-0242")
                  .putArgs("comparison", comparison.symbol())
                  .putArgs("wanted", wanted::describe)
                  .putFigures("target", a)
                  .putFigures("actual", b)
                  .putFigures("fraction", Decimals.fraction(BigDecimal.ZERO))
                  .build()));
    }
    QuantitativeRules.Result result =
        QuantitativeRules.score(comparison, a, upper, b, context.profile().reverseRule());
    // the bound the fraction was computed against: a range exceeded is judged by its upper end
    BigDecimal against = comparison == Comparison.BETWEEN && b.compareTo(upper) > 0 ? upper : a;
    Unit shown = chosen.unit().isCompatibleWith(unit) ? unit : chosen.unit();
    BigDecimal actualShown = b;
    Comparison compared = comparison;
    // b is in the target's unit once converted (80000元 against 万元 is 8 万元); a target of a fall and
    // the fall compared with it are marked ↓, which reads alike in every language (↓ ≥ 5 %, ↓6 %)
    // a figure restated over the target's period shows it (每季度一次 against 每月/次: 0.33 次/月)
    Optional<String> actualPer =
        chosen.per().isPresent() && wanted.per().isPresent() && Periods.perAnswers(wanted.per().get(), chosen.per().get()) ? chosen.per() : Optional.empty();
    Quantity restatedFrom = chosen;
    String productNote = each.productOf(chosen).map(EachTimes.Product::note).orElse(""); // （5 个 × 2 场）
    Supplier<String> actualArg =
        () -> (fall ? FALL : "") + (actualPer.isPresent() ? Quantity.of(actualShown, shown).per(actualPer.get()) : Quantity.of(actualShown, shown)).describe()
            + complement(restatedFrom, actualText, asked) + FigureFilters.shareOfAFigure(restatedFrom, actualText)
            + made + productNote + sorted.note(unit);
    Supplier<String> targetArg =
        () -> (fall ? FALL + " " : "") + compared.symbol() + " " + (targetMinus ? Quantity.of(a, unit).describe() : wanted.describe()) + printedAs;
    if (!fall && !targetMinus && made.isEmpty()) { // 1—9月累计培训1,126人次 under 全年≥1,500人次: the year is not over in the figure
      Optional<IndicatorVerdict> part = PartOfYear.verdict(ID, comparison, a, b, chosen, unit, actualText, asked, targetArg);
      if (part.isPresent()) {
        return part;
      }
    }
    if (way == Signs.Direction.NONE && !fall && !targetMinus && !chosen.isRange() && !sorted.restated()) { // 满意度低于90% against ≥ 90 %
      Optional<IndicatorVerdict> bound = StatedBounds.shortOfTarget(
          ID, comparison, a, upper, b, actualText, chosen, pastTheBound(comparison, a, upper, b, chosen, result, context), context.profile().vocabulary().negatedFraction(), actualArg, targetArg);
      if (bound.isPresent()) {
        return bound;
      }
    }
    if (way == Signs.Direction.NONE && !fall && !targetMinus && !sorted.restated() && !moveEnd) { // 达300人以上 against ≥ 350 人
      Optional<IndicatorVerdict> unsettled = UnsettledBounds.verdict(ID, comparison, a, upper, b, actualText, chosen, targetText, targetArg);
      if (unsettled.isPresent()) {
        return unsettled;
      }
    }
    if (!result.decided()) {
      return Optional.of(
          IndicatorVerdict.undetermined(
              Reasons.trace(ID, result.method(), "JX-T-0269")
                  .putArgs("actual", actualArg)
                  .putArgs("target", targetArg)
                  .putFigures("target", a)
                  .putFigures("actual", b)
                  .build()));
    }
    Trace trace =
        Reasons.trace(ID, result.method(), code(result, against))
            .putArgs("actual", actualArg)
            .putArgs("target", targetArg)
            .putArgs("percent", result.fraction(), Trace.Printed.PERCENT)
            .putArgs("a", against, Trace.Printed.PLAIN)
            .putArgs("b", b, Trace.Printed.PLAIN)
            .putFigures("target", a)
            .putFigures("actual", b)
            .putFigures("fraction", Decimals.fraction(result.fraction()))
            .build();
    return Optional.of(IndicatorVerdict.scored(result.fraction(), trace));
  }

  /** The note of a figure restated from the rate of the rest (（100 % − 逾期率 3 %）), else nothing. */
  private static String complement(Quantity chosen, String actualText, String asked) {
    String note = FigureFilters.complementNote(chosen, actualText, asked);
    return note == null ? "" : "（" + note + "）";
  }

  /**
   * The score one past a bound on a whole count (超过5起 is 6 at least, 不足80人 79 at most), which a strict word of a bound
   * means; {@code result} for any other figure.
   */
  private static QuantitativeRules.Result pastTheBound(
      Comparison comparison, BigDecimal a, BigDecimal upper, BigDecimal b, Quantity chosen, QuantitativeRules.Result result, ScoringContext context) {
    boolean beyond = comparison.isReverse() ? b.compareTo(upper) >= 0 : b.compareTo(a) <= 0;
    if (!beyond || !chosen.unit().isCount() || b.signum() < 0 || b.stripTrailingZeros().scale() > 0) {
      return result; // met, as nearly every figure is: no bound of it is read
    }
    BigDecimal past = comparison.isReverse() ? b.add(BigDecimal.ONE) : b.subtract(BigDecimal.ONE);
    return past.signum() < 0 ? result : QuantitativeRules.score(comparison, a, upper, past, context.profile().reverseRule());
  }

  /**
   * Whether a figure in {@code unit} may be signed against a target of no direction: a share, an
   * amount of money or a bare figure, the figures a change is stated in (−5%, 减少3万元, -0.5).
   * Counts and durations are not: a dash before them is a separator, and 减少2起 no count of what happened.
   */
  private static boolean signable(Unit unit) {
    return isShare(unit) || unit.isMoney() || unit.equals(Unit.NONE);
  }

  /** Whether {@code unit} is a share (%, ‰, per 10万): a rate, not an amount. */
  private static boolean isShare(Unit unit) {
    return unit.isShare();
  }

  /** Whether a figure is written with 千, 万 or 亿 (3.2万): a count or an amount, never a share in %. */
  private static boolean multiplied(String text, Quantity q) {
    for (int k = q.start(); k < q.end(); k++) {
      char c = text.charAt(k);
      if (c == '千' || c == '万' || c == '亿') {
        return true;
      }
    }
    return false;
  }

  /** Whether a rate word stands right before a figure (完成率95, 合格率为98): it is no count. */
  private static boolean rateBefore(String text, int start) {
    for (int k = Math.max(0, start - 3); k < start; k++) {
      if (text.charAt(k) == '率') {
        return true;
      }
    }
    return false;
  }

  /**
   * The actual's figures restated over the target's period where they count over another
   * ({@link Periods#over}: 每季度发放一次 against 每月/次 is a third a month); the same list when
   * none does, as for nearly every figure.
   */
  private static List<Quantity> overTheTargetsPeriod(Quantity wanted, List<Quantity> given, String actual, Periods.Asked asked) {
    List<Quantity> figures = MonthsNamed.summed(given, actual); // 1-6月每月1次，7-12月每月2次: 18 次 in the year
    List<Quantity> out = figures;
    for (int k = 0; k < figures.size(); k++) {
      Quantity q = figures.get(k);
      // 见习6个月/次 against 见习期限3个月/次: a length per time on both sides, not once in six months
      Quantity restated = Periods.asLength(wanted, q, actual).orElseGet(() -> Periods.over(wanted, MonthsNamed.overTheYear(q, actual), actual, asked));
      if (restated != q) {
        if (out == figures) {
          out = new ArrayList<>(figures);
        }
        out.set(k, restated);
      }
    }
    return out;
  }

  /** Whether the target asks for some of a thing (≥12次, 10-12次), which a 零 of something else does not count. */
  private static boolean asksAPositiveCount(Comparison comparison, Quantity wanted) {
    return !comparison.isReverse() && wanted.value().signum() > 0;
  }

  /** The reason's code: how the fraction came about, as the method and whether it was met say. */
  private static String code(QuantitativeRules.Result result, BigDecimal against) {
    boolean met = result.relation().equals("≥") || result.relation().equals("≤");
    if (!met && against.signum() <= 0 && result.method().startsWith("reverse-")) {
      return "JX-T-0268"; // a limit of 0 passed scores 0 whatever the rule: its formula would divide by 0
    }
    return switch (result.method()) {
      case "positive-ratio" -> met ? "JX-T-0244" : "JX-T-0245";
      case "reverse-deployed" -> met ? "JX-T-0246" : "JX-T-0247";
      case "reverse-ratio" -> met ? "JX-T-0246" : "JX-T-0248";
      case "range" -> "JX-T-0249";
      default -> "JX-T-0243";
    };
  }

  private static IndicatorVerdict ambiguous(
      Comparison comparison, Quantity wanted, Unit unit, List<Quantity> ties) {
    String figures = ties.stream().map(Quantity::describe).collect(Collectors.joining(", "));
    Trace.Builder trace =
        Reasons.trace(ID, "ambiguous-figures", unit.symbol().isEmpty() ? "JX-T-0251" : "JX-T-0250")
            .putArgs("comparison", comparison.symbol())
            .putArgs("wanted", wanted::describe)
            .putArgs("figures", figures);
    if (!unit.symbol().isEmpty()) {
      trace.putArgs("unit", unit.symbol());
    }
    return IndicatorVerdict.undetermined(trace.build());
  }
}

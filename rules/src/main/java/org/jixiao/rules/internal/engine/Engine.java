package org.jixiao.rules.internal.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.Optional;
import org.jixiao.core.evaluation.CategorySubtotal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.WithheldReason;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.internal.Wording;
import org.jixiao.rules.internal.scoring.ImpliedWeights;
import org.jixiao.rules.internal.scoring.PrintedPoints;
import org.jixiao.rules.internal.scoring.WeightsAllocator;
import org.jixiao.rules.spi.Allocation;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.spi.StatusVerdict;
import org.jixiao.rules.spi.TableCheck;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates projects with resolved parts under one profile: execution, indicator verdicts,
 * weights, points, subtotals, total, grade, status, then the checks. Stateless: safe to share.
 */
public final class Engine {
  private final Profile profile;
  private final Parts parts;
  private final Wording wording;

  /** The weight and share of an indicator or part that is not scored: 0.00. */
  private static final BigDecimal ZERO_POINTS = BigDecimal.ZERO.setScale(2);

  /** An engine of these parts under this profile, its findings in Chinese. */
  public Engine(Profile profile, Parts parts) {
    this(profile, parts, Wording.of(Locale.CHINESE, List.of()));
  }

  /**
   * An engine of these parts under this profile, its findings and reasons worded by {@code
   * wording}: the built-in ones and those of the custom parts whose codes its catalogs word.
   */
  public Engine(Profile profile, Parts parts, Wording wording) {
    this.profile = profile;
    this.parts = parts;
    this.wording = wording;
  }

  /**
   * The trace with its reason in the engine's language: built-in reasons are made in Chinese and
   * an English engine gives them the English format (they are formatted only when read); a custom
   * part's coded reason is formatted from the catalog given for its code, and kept as the part
   * made it when no catalog words its code.
   */
  private Trace localised(Trace trace) {
    return wording.trace(trace);
  }

  /** The reason of a trace in the engine's language, for the arguments of a finding. */
  String reason(Trace trace) {
    return localised(trace).reason();
  }

  /**
   * The execution result with its trace and its findings in the engine's language; the result
   * itself when nothing changes (always so for a Chinese engine without catalogs of its users).
   */
  private ExecutionResult localised(ExecutionResult execution) {
    Trace.@Nullable ReasonFormat format = wording.formatFor(execution.trace());
    List<Finding> found = wording.findings(execution.findings());
    if (format == null && found == execution.findings()) {
      return execution;
    }
    ExecutionResult.Builder builder = ExecutionResult.builder().from(execution).findings(found);
    if (format != null) {
      builder.trace(execution.trace().withFormat(format));
    }
    return builder.build();
  }

  /** The parts, in run order. */
  public Parts parts() {
    return parts;
  }

  /** Scores one indicator of a project, before weights. */
  public IndicatorVerdict judge(Project project, Indicator indicator, int index) {
    Project checked = FigureRange.check(project, null);
    Indicator used = checked.equals(project) ? indicator : checked.indicators().indicators().get(index);
    return new Chain(parts.scorers(), checked, profile).score(IndicatorInput.of(used, index));
  }

  /**
   * Evaluates one project. Its figures out of the {@link FigureRange} are reported and left out
   * first, so that no part ever computes with them.
   */
  public Evaluation evaluate(Project given) {
    List<Finding> findings = new ArrayList<>();
    Project project = FigureRange.check(given, findings);
    BigDecimal executionWeight;
    ExecutionResult execution;
    try {
      executionWeight = PartCalls.nonNull(parts.weights().executionWeight(project, profile), parts.weights(), project, "as the execution weight");
    } catch (RuntimeException e) {
      throw PartCalls.threw(parts.weights(), project, e);
    }
    try {
      execution = PartCalls.nonNull(parts.execution().score(project, executionWeight, profile), parts.execution(), project, "as the execution result");
    } catch (RuntimeException e) {
      throw PartCalls.threw(parts.execution(), project, e);
    }
    findings.addAll(execution.findings());
    boolean executionScored = execution.points().isPresent();
    if (!executionScored) {
      findings.add(finding(execution.trace().rule(), Severity.WARNING, Msg.of("JX-R-0101").arg("reason", reason(execution.trace())), project, "execution"));
    }

    Chain chain = new Chain(parts.scorers(), project, profile);
    List<Indicator> indicators = project.indicators().indicators();
    List<IndicatorVerdict> verdicts = new ArrayList<>(indicators.size());
    List<Outcome> outcomes = new ArrayList<>(indicators.size());
    for (int i = 0; i < indicators.size(); i++) {
      IndicatorVerdict verdict = chain.score(IndicatorInput.of(indicators.get(i), i));
      verdicts.add(verdict);
      outcomes.add(verdict.outcome());
    }

    BigDecimal indicatorsPart = profile.total().subtract(executionWeight);
    Optional<ImpliedWeights.Implied> implied = implied(project, verdicts, indicatorsPart);
    if (implied.isPresent()) {
      // from here on the project reads as a form printing these 分值: weights, points missing, checks
      project = implied.get().applyTo(project);
      findings.add(
          finding(BuiltInIds.WEIGHTS, Severity.INFO, impliedMessage(implied.get(), project, indicatorsPart), project, "indicators"));
    }
    Allocation allocation = allocate(project, executionScored, outcomes);
    if (allocation.indicatorWeights().size() != indicators.size()) {
      // a part's bug, named with its project as every other part failure is
      throw PartCalls.threw(parts.weights(), project, new IllegalStateException(
          "gave " + allocation.indicatorWeights().size() + " weights for " + indicators.size() + " indicators"));
    }
    for (String note : allocation.notes()) {
      findings.add(finding(parts.weights().id(), Severity.INFO, Msg.of("JX-R-0102").arg("note", note), project, null));
    }
    if (!executionScored) {
      execution = ExecutionResult.builder().from(execution).weight(allocation.executionWeight()).build();
    }
    execution = localised(execution);

    List<IndicatorResult> results = new ArrayList<>(indicators.size());
    for (int i = 0; i < indicators.size(); i++) {
      IndicatorVerdict verdict = verdicts.get(i);
      BigDecimal weight = verdict.outcome() == Outcome.SCORED ? allocation.indicatorWeights().get(i) : ZERO_POINTS;
      results.add(result(indicators.get(i), i, verdict, weight));
      if (verdict.hasUndetermined()) {
        findings.add(UndeterminedFindings.of(this, project, indicators.get(i), i, verdict));
      }
    }

    List<CategorySubtotal> subtotals = Subtotals.of(results);
    boolean anyScored = outcomes.contains(Outcome.SCORED);
    boolean provisional = !executionScored;
    for (IndicatorVerdict verdict : verdicts) { // loops, not streams, on the path of every project
      provisional |= verdict.hasUndetermined();
    }
    Optional<BigDecimal> score = Optional.empty();
    Optional<Grade> grade = Optional.empty();
    PrintedPoints printed = PrintedPoints.of(project, profile);
    BigDecimal undeterminedShare = undeterminedShare(project, executionScored, outcomes, printed.incomplete());
    if (printed.incomplete()) { // points the printed 分值 miss: rescaled as undetermined ones are, provisional, counted in the share
      provisional = true;
      undeterminedShare = printed.withUndetermined(undeterminedShare);
      findings.add(finding(BuiltInIds.EVALUATOR, Severity.WARNING, printed.message(project, profile), project, "indicators"));
    }
    StatusVerdict status;
    try {
      status = PartCalls.nonNull(parts.status().derive(project, results, undeterminedShare, profile), parts.status(), project, "as the status");
    } catch (RuntimeException e) {
      throw PartCalls.threw(parts.status(), project, e);
    }
    Optional<WithheldReason> withheld = Optional.empty();
    if (!anyScored) {
      withheld = Optional.of(indicators.isEmpty() ? WithheldReason.NO_INDICATORS : WithheldReason.NONE_SCORED);
      findings.add(
          finding(BuiltInIds.EVALUATOR, Severity.WARNING, Msg.of(indicators.isEmpty() ? "JX-R-0105" : "JX-R-0106"), project, null));
    } else if (undeterminedShare.compareTo(profile.undeterminedShare()) > 0) {
      withheld = Optional.of(WithheldReason.UNDETERMINED_SHARE);
      findings.add(
          finding(
              BuiltInIds.EVALUATOR,
              Severity.WARNING,
              Msg.of("JX-R-0107")
                  .arg("share", Decimals.percent(undeterminedShare))
                  .arg("limit", Decimals.percent(profile.undeterminedShare())),
              project,
              null));
    } else {
      BigDecimal total = execution.points().orElse(BigDecimal.ZERO);
      for (IndicatorResult r : results) {
        total = total.add(r.points().orElse(BigDecimal.ZERO));
      }
      total = Decimals.two(total);
      if (status.status() == Status.CANCELLED && !profile.gradeCancelled()) {
        // Withdrawn projects are not graded by default: a count of 差 must not include them.
        withheld = Optional.of(WithheldReason.CANCELLED);
        findings.add(
            finding(
                BuiltInIds.EVALUATOR,
                Severity.INFO,
                Msg.of("JX-R-0110").arg("score", total),
                project,
                null));
      } else {
        score = Optional.of(total);
        try {
          grade = PartCalls.nonNull(parts.grade().grade(total, profile), parts.grade(), project, "as the grade");
        } catch (RuntimeException e) {
          throw PartCalls.threw(parts.grade(), project, e);
        }
        if (provisional) {
          findings.add(
              finding(
                  BuiltInIds.EVALUATOR,
                  Severity.INFO,
                  Msg.of("JX-R-0108"),
                  project,
                  null));
        }
      }
    }

    Evaluation.Builder evaluation =
        Evaluation.builder()
            .profile(profile.id())
            .seq(project.seq())
            .project(project.name())
            .unit(project.unit())
            .budget(project.budget())
            .adjustedBudget(project.adjustedBudget())
            .actual(project.actual())
            .statedRate(project.statedExecutionRate())
            .execution(execution)
            .indicators(results)
            .subtotals(subtotals)
            .score(score)
            .grade(grade)
            .withheld(withheld)
            .status(status.status())
            .statusTrace(localised(status.trace()))
            .provisional(provisional)
            .findings(findings);
    if (project.budget().isPresent() || project.adjustedBudget().isPresent() || project.actual().isPresent()) {
      evaluation.moneyUnit(project.moneyUnit());
    }
    Evaluation draft = evaluation.build();
    List<Finding> checked = new ArrayList<>(findings);
    for (ProjectCheck check : parts.projectChecks()) {
      List<Finding> found;
      try {
        found = PartCalls.nonNull(check.check(project, draft, profile), check, project, "instead of a list of findings");
      } catch (RuntimeException e) {
        throw PartCalls.threw(check, project, e);
      }
      for (int i = 0; i < found.size(); i++) { // by index: a list may refuse contains(null)
        PartCalls.nonNull(found.get(i), check, project, "as finding " + (i + 1) + " of its list");
      }
      checked.addAll(found);
    }
    List<Finding> worded = wording.findings(checked);
    if (worded == checked && checked.size() == findings.size()) {
      return draft; // nothing found by the checks, nothing worded again: the draft is the evaluation (no second copy of it)
    }
    return Evaluation.builder().from(draft).findings(worded).build();
  }

  /** Evaluates every project of a table and adds the table checks' findings. */
  public TableEvaluation evaluate(PerformanceTable table) {
    return evaluate(table, evaluation -> {});
  }

  /** Like {@link #evaluate(PerformanceTable)}, handing each project's result to {@code listener} as it is made. */
  public TableEvaluation evaluate(PerformanceTable table, Consumer<? super Evaluation> listener) {
    List<Evaluation> evaluations = new ArrayList<>(table.projects().size());
    for (Project project : table.projects()) {
      Evaluation evaluation = evaluate(project);
      evaluations.add(evaluation);
      listener.accept(evaluation);
    }
    List<Finding> findings = new ArrayList<>();
    PerformanceTable checked = FigureRange.check(table, findings);
    for (TableCheck check : parts.tableChecks()) {
      try {
        List<Finding> found = check.check(checked, evaluations, profile);
        if (found == null) {
          throw new IllegalStateException("returned null instead of a list of findings");
        }
        findings.addAll(found);
      } catch (RuntimeException e) {
        throw PartCalls.threw(check, e);
      }
    }
    return TableEvaluation.builder().profile(profile.id()).evaluations(evaluations).findings(wording.findings(findings)).build();
  }

  /**
   * The 分值 a form's 得分 imply when it prints none ({@link ImpliedWeights}), only where printed
   * 分值 would be followed: under {@code FORM}, or with {@code formWeights} and a printed execution
   * 分值 (the 20/80 template's 预算执行情况(20分)). A custom weight allocator gets the form as read.
   */
  private Optional<ImpliedWeights.Implied> implied(Project project, List<IndicatorVerdict> verdicts, BigDecimal indicatorsPart) {
    boolean followsForm =
        profile.weightScheme() == Profile.WeightScheme.FORM
            || profile.formWeights() && WeightsAllocator.usableExecutionWeight(project, profile).isPresent();
    if (!followsForm || !(parts.weights() instanceof WeightsAllocator)) {
      return Optional.empty();
    }
    return ImpliedWeights.of(project, verdicts, indicatorsPart);
  }

  /** The note of the implied 分值, which add up to exactly {@code indicatorsPart} (ImpliedWeights asks it). */
  private static Msg impliedMessage(ImpliedWeights.Implied implied, Project project, BigDecimal indicatorsPart) {
    int rest = implied.remainder();
    // the row's name in quotes when it has one (a row of a cut copy may have none)
    Optional<String> named = rest < 0 ? Optional.empty() : project.indicators().indicators().get(rest).name();
    String name = named.map(n -> "“" + n + "”").orElse("");
    String nameEn = named.map(n -> " \"" + n + "\"").orElse("");
    return Msg.of(implied.uncapped() ? "JX-R-0115" : "JX-R-0114")
        .arg("weights", () -> implied.list(false))
        .arg("weightsEn", () -> implied.list(true))
        .arg("sum", indicatorsPart.stripTrailingZeros().toPlainString())
        .arg("rest", rest < 0 ? "" : "；第" + (rest + 1) + "个指标" + name + "的得分推不出分值，取其余指标分配后剩下的分值")
        .arg("restEn", rest < 0 ? "" : "; the 得分 of #" + (rest + 1) + nameEn + " fits no 分值, so it takes the points the others leave");
  }

  private Allocation allocate(Project project, boolean executionScored, List<Outcome> outcomes) {
    try {
      // the built-in allocator words its notes in the engine's language; a custom one gives its own text
      Allocation allocation =
          parts.weights() instanceof WeightsAllocator builtIn
              ? builtIn.allocate(project, profile, executionScored, outcomes, wording.english())
              : parts.weights().allocate(project, profile, executionScored, outcomes);
      return PartCalls.nonNull(allocation, parts.weights(), project, "as the allocation");
    } catch (RuntimeException e) {
      throw PartCalls.threw(parts.weights(), project, e);
    }
  }

  /** The share of the indicators' weight the undetermined ones would carry if they counted. */
  /**
   * The share of the indicators' weight that is undetermined. A row the copy cut before its 分值
   * ({@code cutOff} with no weight) is left out where the printed 分值 show points missing: its
   * points are among those, which {@link PrintedPoints#withUndetermined} counts, and counting the
   * row again would count them twice (临翔 2023: 11 % unknown, not 21 %).
   */
  private BigDecimal undeterminedShare(Project project, boolean executionScored, List<Outcome> outcomes, boolean pointsMissing) {
    if (!outcomes.contains(Outcome.UNDETERMINED)) {
      return BigDecimal.ZERO;
    }
    List<Indicator> indicators = project.indicators().indicators();
    List<Outcome> counted = new ArrayList<>();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome o = outcomes.get(i);
      Indicator indicator = indicators.get(i);
      boolean amongMissing = pointsMissing && indicator.cutOff() && indicator.weight().isEmpty();
      counted.add(o != Outcome.UNDETERMINED ? o : amongMissing ? Outcome.NOT_APPLICABLE : Outcome.SCORED);
    }
    Allocation all = allocate(project, executionScored, counted);
    BigDecimal undetermined = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < outcomes.size(); i++) {
      BigDecimal w = all.indicatorWeights().get(i);
      total = total.add(w);
      if (outcomes.get(i) == Outcome.UNDETERMINED && counted.get(i) == Outcome.SCORED) {
        undetermined = undetermined.add(w);
      }
    }
    return total.signum() == 0 ? BigDecimal.ZERO : Decimals.divide(undetermined, total);
  }

  private IndicatorResult result(Indicator indicator, int index, IndicatorVerdict verdict, BigDecimal weight) {
    return resultOf(indicator, index, verdict, weight).parts(partResults(indicator, index, verdict, weight)).build();
  }

  /**
   * The result of a verdict but its parts. The built-in parts are never split again, so their
   * results are built from this alone: a part's result asking for parts of its own made C2 inline
   * the building of a result twice into one unit, one of the largest of a first pass.
   */
  private IndicatorResult.Builder resultOf(Indicator indicator, int index, IndicatorVerdict verdict, BigDecimal weight) {
    IndicatorResult.Builder builder =
        IndicatorResult.builder()
            .index(index)
            .category(indicator.category())
            .subcategory(indicator.subcategory())
            .outcome(verdict.outcome())
            .weight(weight);
    Trace trace = verdict.trace();
    if (verdict.outcome() == Outcome.SCORED) {
      BigDecimal fraction = verdict.fraction().orElse(BigDecimal.ZERO);
      BigDecimal points = Decimals.min(Decimals.two(fraction.multiply(weight)), weight);
      builder.fraction(Decimals.fraction(fraction)).points(points);
      trace = withFigures(trace, weight, points, wording.formatFor(trace));
    } else {
      trace = localised(trace);
    }
    return builder.trace(trace);
  }

  /** Results of the sub-targets: the scored ones share the indicator's weight equally. */
  private List<IndicatorResult> partResults(Indicator indicator, int index, IndicatorVerdict verdict, BigDecimal weight) {
    List<IndicatorVerdict> verdictParts = verdict.parts();
    if (verdictParts.isEmpty()) {
      return List.of(); // nearly every indicator: no list to make and copy
    }
    long scored = 0;
    for (IndicatorVerdict part : verdictParts) {
      if (part.outcome() == Outcome.SCORED) {
        scored++;
      }
    }
    List<IndicatorResult> out = new ArrayList<>(verdictParts.size());
    BigDecimal share =
        scored == 0 || weight.signum() == 0
            ? ZERO_POINTS
            : Decimals.divide(weight, BigDecimal.valueOf(scored)).setScale(2, RoundingMode.FLOOR);
    for (IndicatorVerdict part : verdictParts) {
      BigDecimal w = part.outcome() == Outcome.SCORED ? share : ZERO_POINTS;
      // the built-in scorers never split a part again; a custom one may, and its parts are kept
      out.add(part.parts().isEmpty() ? resultOf(indicator, index, part, w).build() : result(indicator, index, part, w));
    }
    return out;
  }

  private static Trace withFigures(Trace trace, BigDecimal weight, BigDecimal points, Trace.@Nullable ReasonFormat format) {
    Trace.Builder builder = Trace.builder().from(trace);
    if (format != null) {
      builder.format(format).text(Optional.empty());
    }
    if (!trace.figures().containsKey("weight")) {
      builder.putFigures("weight", weight);
    }
    if (!trace.figures().containsKey("points")) {
      builder.putFigures("points", points);
    }
    return builder.build();
  }

  private static Finding finding(String rule, Severity severity, Msg message, Project project, @Nullable String path) {
    Location.Builder location = Location.builder().seq(project.seq());
    if (path != null) {
      location.path(path);
    }
    return message.finding(rule, severity, location.build());
  }
}

package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.jixiao.core.money.MoneyUnit;

/**
 * What a dashboard shows of an evaluated table (评价汇总): counts per grade (等级) and status
 * (完成状态), how many of the scores are provisional, how many projects got no grade and why, total budget and spending with their
 * execution rate, the mean score, the lowest projects with the items that cost them points, and
 * the findings counted by severity and code.
 *
 * <p>Made from a {@link TableEvaluation} ({@link #of(TableEvaluation)}) or, for a stream of any
 * size in constant memory, by an {@link Accumulator} fed one evaluation at a time. Evaluations
 * carry their project's amounts, so no table is needed. Immutable once made. It lives in core,
 * beside the evaluation it summarises, so that readers and writers can carry it too.
 */
public final class TableSummary {
  /** How many of the lowest projects a summary keeps unless told otherwise. */
  public static final int DEFAULT_LOWEST = 5;

  /** How many point losses a low project lists, the largest first. */
  public static final int LOSSES_PER_PROJECT = 3;

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final int projects;
  private final Map<Grade, Integer> byGrade;
  private final int provisional;
  private final Map<Grade, Integer> provisionalByGrade;
  private final int ungraded;
  private final int withheld;
  private final Map<Status, Integer> byStatus;
  private final Map<WithheldReason, Integer> byWithheldReason;
  private final MoneyUnit moneyUnit;
  private final BigDecimal totalBudget;
  private final BigDecimal totalActual;
  private final Optional<BigDecimal> executionRate;
  private final int withoutAmounts;
  private final Optional<BigDecimal> meanScore;
  private final List<LowProject> lowest;
  private final Map<Severity, Integer> findingsBySeverity;
  private final Map<String, Integer> findingsByCode;

  private TableSummary(Accumulator a) {
    this.projects = a.projects;
    this.byGrade = Collections.unmodifiableMap(new EnumMap<>(a.byGrade));
    this.provisional = a.provisional;
    this.provisionalByGrade = Collections.unmodifiableMap(new EnumMap<>(a.provisionalByGrade));
    this.ungraded = a.ungraded;
    this.withheld = a.withheld;
    this.byStatus = Collections.unmodifiableMap(new EnumMap<>(a.byStatus));
    this.byWithheldReason = Collections.unmodifiableMap(new EnumMap<>(a.byWithheldReason));
    this.moneyUnit = a.moneyUnit;
    this.totalBudget = a.totalBudget.setScale(2, RoundingMode.HALF_UP);
    this.totalActual = a.totalActual.setScale(2, RoundingMode.HALF_UP);
    // of the exact sums: totals rounded to 0.01 万元 would skew it (or hide it) for tables in 元
    this.executionRate =
        a.totalBudget.signum() == 0
            ? Optional.empty()
            : Optional.of(a.totalActual.multiply(HUNDRED).divide(a.totalBudget, 2, RoundingMode.HALF_UP));
    this.withoutAmounts = a.withoutAmounts;
    this.meanScore =
        a.scored == 0
            ? Optional.empty()
            : Optional.of(a.scoreSum.divide(BigDecimal.valueOf(a.scored), 2, RoundingMode.HALF_UP));
    List<LowProject> low = new ArrayList<>(a.lowest);
    low.sort(LOWEST_FIRST);
    this.lowest = List.copyOf(low);
    this.findingsBySeverity = Collections.unmodifiableMap(new EnumMap<>(a.findingsBySeverity));
    this.findingsByCode = Collections.unmodifiableMap(new TreeMap<>(a.findingsByCode));
  }

  /**
   * The summary of an evaluated table, with its table-level findings and read diagnostics
   * counted beside the projects' findings; the {@value #DEFAULT_LOWEST} lowest projects; amounts
   * in 万元.
   */
  public static TableSummary of(TableEvaluation evaluation) {
    Accumulator a = accumulator(DEFAULT_LOWEST, MoneyUnit.WAN_YUAN);
    evaluation.evaluations().forEach(a::add);
    a.addFindings(evaluation.findings());
    a.addFindings(evaluation.readDiagnostics());
    return a.summary();
  }

  /**
   * An accumulator that keeps the {@code lowest} lowest-scoring projects and states amounts in
   * {@code moneyUnit}. Not thread-safe: feed it from one thread (or merge nothing: it is cheap to
   * make one per stream).
   */
  public static Accumulator accumulator(int lowest, MoneyUnit moneyUnit) {
    if (lowest < 0) {
      throw new IllegalArgumentException("lowest must not be negative, was " + lowest);
    }
    return new Accumulator(lowest, moneyUnit);
  }

  /** How many projects were summarised. */
  public int projects() {
    return projects;
  }

  /**
   * How many projects got each grade; every grade is a key, in order 优 良 中 差. Provisional
   * grades are counted here too; {@link #provisionalByGrade()} says how many of each are.
   */
  public Map<Grade, Integer> byGrade() {
    return byGrade;
  }

  /**
   * How many projects got a score that is provisional ({@link Evaluation#provisional()}): some
   * indicator was undetermined, the execution rate could not be scored or a form's printed 分值
   * show points missing, and the score stands on what could be judged. A project without a score
   * is not counted, provisional or not: it is {@link #withheld()}. At most the projects given a
   * score; the provisional ones a grade covers are counted by grade in {@link
   * #provisionalByGrade()}.
   */
  public int provisional() {
    return provisional;
  }

  /**
   * How many of each grade's projects have a provisional score; every grade is a key, in order
   * 优 良 中 差, and no count exceeds the grade's in {@link #byGrade()}. The final grades of a
   * grade are its count there less its count here.
   */
  public Map<Grade, Integer> provisionalByGrade() {
    return provisionalByGrade;
  }

  /**
   * How many projects got no grade: those without a score ({@link #withheld()}, and {@link
   * #byWithheldReason()} says why) and those with a score that no grade band covers (a profile
   * whose bands leave low scores out, or a custom grade scale).
   */
  public int ungraded() {
    return ungraded;
  }

  /** How many projects got no score; {@link #byWithheldReason()} counts them by reason. */
  public int withheld() {
    return withheld;
  }

  /** How many projects have each status; every status is a key. */
  public Map<Status, Integer> byStatus() {
    return byStatus;
  }

  /**
   * How many projects got no score for each reason; every reason is a key. An evaluation
   * without a score that names no reason (made by a custom engine) counts as {@link
   * WithheldReason#OTHER}.
   */
  public Map<WithheldReason, Integer> byWithheldReason() {
    return byWithheldReason;
  }

  /** The unit of {@link #totalBudget()} and {@link #totalActual()}. */
  public MoneyUnit moneyUnit() {
    return moneyUnit;
  }

  /**
   * The sum of the budgets (调整后预算数 where published, else 年度预算) of the projects that
   * state both a budget and an actual amount, 2 decimals.
   */
  public BigDecimal totalBudget() {
    return totalBudget;
  }

  /** The sum of actual spending of the same projects as {@link #totalBudget()}, 2 decimals. */
  public BigDecimal totalActual() {
    return totalActual;
  }

  /** How many projects were left out of the totals because a budget or an actual is missing. */
  public int withoutAmounts() {
    return withoutAmounts;
  }

  /**
   * The execution rate of the totals in percent, HALF_UP to 2 decimals, of the exact sums (not of
   * {@link #totalBudget()} and {@link #totalActual()}, which are rounded); empty when the total
   * budget is zero.
   */
  public Optional<BigDecimal> executionRate() {
    return executionRate;
  }

  /** The mean of the scores given, HALF_UP to 2 decimals; empty when none was given. */
  public Optional<BigDecimal> meanScore() {
    return meanScore;
  }

  /** The lowest-scoring projects, lowest first (ties in input order); projects without a score are not ranked. */
  public List<LowProject> lowest() {
    return lowest;
  }

  /** How many findings of each severity; every severity is a key. */
  public Map<Severity, Integer> findingsBySeverity() {
    return findingsBySeverity;
  }

  /** How many findings of each code, sorted by code. */
  public Map<String, Integer> findingsByCode() {
    return findingsByCode;
  }

  @Override
  public String toString() {
    return "TableSummary(" + projects + " projects, " + byGrade + ", provisional " + provisional + " " + provisionalByGrade
        + ", ungraded " + ungraded + ")";
  }

  /**
   * One of the lowest projects: who it is, its score and grade, and the items that cost it the
   * most points (at most {@value #LOSSES_PER_PROJECT}, largest first).
   *
   * @param seq 序号, when the project has one
   * @param project 项目名称
   * @param score its score
   * @param grade its grade, when graded
   * @param losses the largest point losses, from {@link Evaluation#lostPoints()}
   * @param order the position in the summarised input, for stable ties
   */
  public record LowProject(
      OptionalInt seq, String project, BigDecimal score, Optional<Grade> grade, List<PointLoss> losses, long order) {
    /** Copies the losses. */
    public LowProject {
      losses = List.copyOf(losses);
    }
  }

  private static final Comparator<LowProject> LOWEST_FIRST =
      Comparator.comparing(LowProject::score).thenComparingLong(LowProject::order);

  /** Builds a {@link TableSummary} one evaluation at a time, in constant memory. */
  public static final class Accumulator {
    private final int keep;
    private final MoneyUnit moneyUnit;
    private int projects;
    private final Map<Grade, Integer> byGrade = zeros(Grade.class);
    private int provisional;
    private final Map<Grade, Integer> provisionalByGrade = zeros(Grade.class);
    private int ungraded;
    private int withheld;
    private final Map<Status, Integer> byStatus = zeros(Status.class);
    private final Map<WithheldReason, Integer> byWithheldReason = zeros(WithheldReason.class);
    private BigDecimal totalBudget = BigDecimal.ZERO;
    private BigDecimal totalActual = BigDecimal.ZERO;
    private int withoutAmounts;
    private BigDecimal scoreSum = BigDecimal.ZERO;
    private int scored;
    // The highest of the kept ones on top, so that a lower newcomer replaces it.
    private final PriorityQueue<LowProject> lowest = new PriorityQueue<>(LOWEST_FIRST.reversed());
    private final Map<Severity, Integer> findingsBySeverity = zeros(Severity.class);
    private final Map<String, Integer> findingsByCode = new TreeMap<>();

    private Accumulator(int keep, MoneyUnit moneyUnit) {
      this.keep = keep;
      this.moneyUnit = moneyUnit;
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
      Map<E, Integer> map = new EnumMap<>(type);
      for (E e : type.getEnumConstants()) {
        map.put(e, 0);
      }
      return map;
    }

    /** Counts one evaluation. */
    public Accumulator add(Evaluation e) {
      long order = projects;
      projects++;
      byStatus.merge(e.status(), 1, Integer::sum);
      // an evaluation without a score may be flagged provisional too (too much undetermined): no score to doubt
      boolean doubtful = e.provisional() && e.score().isPresent();
      if (doubtful) {
        provisional++;
      }
      if (e.grade().isPresent()) {
        byGrade.merge(e.grade().get(), 1, Integer::sum);
        if (doubtful) {
          provisionalByGrade.merge(e.grade().get(), 1, Integer::sum);
        }
      } else {
        ungraded++;
      }
      if (e.score().isEmpty()) {
        withheld++;
        byWithheldReason.merge(e.withheld().orElse(WithheldReason.OTHER), 1, Integer::sum);
      }
      Optional<BigDecimal> budget = e.adjustedBudget().or(e::budget);
      if (budget.isPresent() && e.actual().isPresent() && e.moneyUnit().isPresent()) {
        MoneyUnit unit = e.moneyUnit().get();
        totalBudget = totalBudget.add(unit.convert(budget.get(), moneyUnit));
        totalActual = totalActual.add(unit.convert(e.actual().get(), moneyUnit));
      } else {
        withoutAmounts++;
      }
      e.score()
          .ifPresent(
              s -> {
                scoreSum = scoreSum.add(s);
                scored++;
                offer(e, s, order);
              });
      addFindings(e.findings());
      return this;
    }

    private void offer(Evaluation e, BigDecimal score, long order) {
      if (keep == 0) {
        return;
      }
      if (lowest.size() == keep) {
        LowProject highest = lowest.peek();
        // Ties keep the earlier project: a newcomer must be strictly lower.
        if (highest == null || score.compareTo(highest.score()) >= 0) {
          return;
        }
        lowest.poll();
      }
      List<PointLoss> losses = e.lostPoints();
      lowest.add(
          new LowProject(
              e.seq(), e.project(), score, e.grade(), losses.subList(0, Math.min(LOSSES_PER_PROJECT, losses.size())), order));
    }

    /** Counts findings that belong to no project (the table's, the reader's). */
    public Accumulator addFindings(List<Finding> findings) {
      for (Finding f : findings) {
        findingsBySeverity.merge(f.severity(), 1, Integer::sum);
        findingsByCode.merge(f.code(), 1, Integer::sum);
      }
      return this;
    }

    /** The summary of what was added so far. */
    public TableSummary summary() {
      return new TableSummary(this);
    }
  }
}

package org.jixiao.rules.internal.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.spi.BuiltInIds;
import org.jspecify.annotations.Nullable;

/**
 * The range of figures the rules compute with. The model holds any {@code BigDecimal}, and a
 * hand-built or foreign one can be {@code 1E+999999999} or {@code 1E-999999999}, or have
 * millions of digits: dividing by it, rounding it or printing it plainly takes gigabytes or
 * never ends. Before evaluating, every figure of a project (and of the 合计 row) is checked; one
 * whose scale is beyond ±{@value #MAX_SCALE} or whose unscaled value has more than {@value
 * #MAX_BITS} bits (about 1 000 digits) is reported as an ERROR finding and left out, as if the
 * cell were blank. Within the range every computation costs at most a few thousand digits.
 *
 * <p>The readers of jixiao-io never produce figures outside this range (their limits are the
 * same), so the guard only acts on models built by hand or read by other means.
 */
public final class FigureRange {
  private FigureRange() {}

  /** The largest scale, positive or negative, of a figure the rules compute with. */
  public static final int MAX_SCALE = 1_000;

  /** The most bits of a figure's unscaled value (10^1 000 needs 3 322). */
  public static final int MAX_BITS = 3_400;

  /** Whether the rules can compute with {@code value}. */
  public static boolean inRange(BigDecimal value) {
    // up to 1 000 digits needs at most 3 322 bits: only a longer figure has its bits counted
    // (unscaledValue() makes a BigInteger of every figure, and this runs on each of them)
    return value.scale() <= MAX_SCALE
        && value.scale() >= -MAX_SCALE
        && (value.precision() <= 1_000 || value.unscaledValue().bitLength() <= MAX_BITS);
  }

  /** Collects the findings about figures left out, or drops them (null). */
  private static final class Report {
    private final @Nullable List<Finding> findings;
    private final @Nullable Integer seq;
    private final String prefix;
    private int leftOut;

    Report(@Nullable List<Finding> findings, @Nullable Integer seq, String prefix) {
      this.findings = findings;
      this.seq = seq;
      this.prefix = prefix;
    }

    Optional<BigDecimal> check(Optional<BigDecimal> value, String path) {
      if (value.isEmpty() || inRange(value.get())) {
        return value;
      }
      return leftOut(value.get(), path);
    }

    /**
     * {@link #check(Optional, String)} of a field of the element at {@code index} of a list, its
     * path ({@code indicators[3].weight}) made only when needed: this runs on every row.
     */
    Optional<BigDecimal> check(Optional<BigDecimal> value, String list, int index, String field) {
      if (value.isEmpty() || inRange(value.get())) {
        return value;
      }
      return leftOut(value.get(), list + "[" + index + "]." + field);
    }

    private Optional<BigDecimal> leftOut(BigDecimal v, String path) {
      leftOut++;
      if (findings != null) {
        Location.Builder location = Location.builder().path(prefix + path).text(describe(v));
        if (seq != null) {
          location.seq(seq);
        }
        findings.add(
            Msg.of("JX-R-0109")
                .arg("field", prefix + path)
                .arg("value", describe(v))
                .arg("maxScale", MAX_SCALE)
                .finding(BuiltInIds.EVALUATOR, Severity.ERROR, location.build()));
      }
      return Optional.empty();
    }
  }

  /**
   * A figure for a message, short even when the figure is huge: {@code toString} (scientific
   * notation for extreme scales, never a billion zeros), or only its size when it has too many
   * digits to print.
   */
  static String describe(BigDecimal value) {
    int bits = value.unscaledValue().bitLength();
    if (bits > MAX_BITS) {
      return (value.signum() < 0 ? "a negative" : "a")
          + " number of about "
          + (long) (bits * 0.30103)
          + " digits";
    }
    return value.toString();
  }

  /**
   * The project with every figure out of range left out; the same instance when all are in
   * range.
   *
   * @param findings where to report what was left out, or null to drop the reports
   */
  public static Project check(Project project, @Nullable List<Finding> findings) {
    Report r =
        new Report(
            findings, project.seq().isPresent() ? project.seq().getAsInt() : null, "");
    Optional<BigDecimal> budget = r.check(project.budget(), "budget");
    Optional<BigDecimal> adjusted = r.check(project.adjustedBudget(), "adjustedBudget");
    Optional<BigDecimal> actual = r.check(project.actual(), "actual");
    Optional<BigDecimal> rate = r.check(project.statedExecutionRate(), "statedExecutionRate");
    Optional<BigDecimal> weight = r.check(project.statedExecutionWeight(), "statedExecutionWeight");
    Optional<BigDecimal> executionScore =
        r.check(project.statedExecutionScore(), "statedExecutionScore");
    Optional<BigDecimal> score = r.check(project.statedScore(), "statedScore");
    List<FundSource> funds = funds(project.funds(), r, "funds");
    List<Indicator> indicators = new ArrayList<>();
    List<Indicator> given = project.indicators().indicators();
    for (int i = 0; i < given.size(); i++) {
      Indicator indicator = given.get(i);
      int before = r.leftOut;
      Optional<BigDecimal> w = r.check(indicator.weight(), "indicators", i, "weight");
      Optional<BigDecimal> s = r.check(indicator.statedScore(), "indicators", i, "statedScore");
      indicators.add(
          r.leftOut == before
              ? indicator
              : Indicator.builder().from(indicator).weight(w).statedScore(s).build());
    }
    if (r.leftOut == 0) {
      return project;
    }
    return Project.builder()
        .from(project)
        .budget(budget)
        .adjustedBudget(adjusted)
        .actual(actual)
        .statedExecutionRate(rate)
        .statedExecutionWeight(weight)
        .statedExecutionScore(executionScore)
        .statedScore(score)
        .funds(funds)
        .indicators(IndicatorSet.of(indicators))
        .build();
  }

  /**
   * The table with every figure out of range left out (projects and 合计 row); the same instance
   * when all are in range. Only the 合计 row's figures are reported: each project's are reported
   * in its own evaluation.
   */
  public static PerformanceTable check(PerformanceTable table, List<Finding> findings) {
    List<Project> projects = new ArrayList<>();
    boolean changed = false;
    for (Project project : table.projects()) {
      Project checked = check(project, null);
      changed |= !checked.equals(project);
      projects.add(checked);
    }
    Optional<TotalsRow> totals = table.totals();
    if (totals.isPresent()) {
      TotalsRow row = totals.get();
      Report r = new Report(findings, null, "totals.");
      Optional<BigDecimal> budget = r.check(row.budget(), "budget");
      Optional<BigDecimal> actual = r.check(row.actual(), "actual");
      Optional<BigDecimal> rate = r.check(row.statedExecutionRate(), "statedExecutionRate");
      List<FundSource> funds = funds(row.funds(), r, "funds");
      if (r.leftOut > 0) {
        changed = true;
        totals =
            Optional.of(
                TotalsRow.builder()
                    .from(row)
                    .budget(budget)
                    .actual(actual)
                    .statedExecutionRate(rate)
                    .funds(funds)
                    .build());
      }
    }
    if (!changed) {
      return table;
    }
    return PerformanceTable.builder().from(table).projects(projects).totals(totals).build();
  }

  private static List<FundSource> funds(List<FundSource> funds, Report r, String path) {
    List<FundSource> out = new ArrayList<>();
    for (int i = 0; i < funds.size(); i++) {
      FundSource f = funds.get(i);
      int before = r.leftOut;
      Optional<BigDecimal> budget = r.check(f.budget(), path, i, "budget");
      Optional<BigDecimal> adjusted = r.check(f.adjustedBudget(), path, i, "adjustedBudget");
      Optional<BigDecimal> executed = r.check(f.executed(), path, i, "executed");
      out.add(
          r.leftOut == before
              ? f
              : FundSource.builder()
                  .from(f)
                  .budget(budget)
                  .adjustedBudget(adjusted)
                  .executed(executed)
                  .build());
    }
    return out;
  }
}

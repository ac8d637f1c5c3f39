package org.jixiao.rules.internal.scoring;

import static org.jixiao.rules.internal.Decimals.HUNDRED;
import static org.jixiao.rules.internal.Decimals.plain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ExecutionScorer;

/**
 * Execution rate (预算执行率) = actual / effective budget × 100, HALF_UP to two decimals (the
 * adjusted budget when the form gives one). Points = rate × weight / 100 from the rounded rate,
 * as forms print it; a rate above 100 % is capped or penalised as the profile says; a negative
 * actual counts as 0.
 */
public final class ExecutionRateScorer implements ExecutionScorer {
  @Override
  public String id() {
    return BuiltInIds.EXECUTION_RATE;
  }

  @Override
  public ExecutionResult score(Project project, BigDecimal weight, Profile profile) {
    Optional<BigDecimal> budget = project.effectiveBudget();
    String budgetName = project.adjustedBudget().isPresent() ? "调整后预算" : "预算";
    if (budget.isEmpty()) {
      return unscored(weight, "no-budget", "no " + budgetName + " is stated, so there is no execution rate");
    }
    if (budget.get().signum() <= 0) {
      return unscored(
          weight,
          "no-budget",
          budgetName + " is " + plain(budget.get()) + ", so there is no execution rate");
    }
    Optional<BigDecimal> actual = project.actual();
    String actualName = "实际支出";
    if (actual.isEmpty() && project.funds().stream().anyMatch(f -> f.executed().isPresent())) {
      actual =
          Optional.of(
              project.funds().stream()
                  .map(FundSource::executed)
                  .flatMap(Optional::stream)
                  .reduce(BigDecimal.ZERO, BigDecimal::add));
      actualName = "实际支出 (sum of the fund sources)";
    }
    if (actual.isEmpty()) {
      return unscored(weight, "no-actual", "no actual spending is stated, so there is no execution rate");
    }
    BigDecimal rate = actual.get().multiply(HUNDRED).divide(budget.get(), 2, RoundingMode.HALF_UP);
    BigDecimal basis = Decimals.max(rate, BigDecimal.ZERO);
    String method;
    String rule;
    if (basis.compareTo(HUNDRED) <= 0) {
      method = "ratio";
      rule = "";
    } else if (profile.executionOverrun() == Profile.ExecutionOverrun.CAP) {
      method = "capped-ratio";
      rule = "; above 100 % the points are capped at the weight";
      basis = HUNDRED;
    } else {
      method = "overrun-penalty";
      rule = "; above 100 % each point over costs a point: (200 − rate)";
      basis = Decimals.max(HUNDRED.add(HUNDRED).subtract(basis), BigDecimal.ZERO);
    }
    BigDecimal points = Decimals.two(basis.multiply(weight).divide(HUNDRED));
    String reason =
        "执行率 = "
            + actual.get().toPlainString()
            + " / "
            + budget.get().toPlainString()
            + " × 100 = "
            + rate.toPlainString()
            + "%; 得分 = "
            + plain(basis)
            + "% × "
            + plain(weight)
            + " = "
            + points.toPlainString()
            + rule
            + (rate.signum() < 0 ? "; a negative actual counts as 0" : "")
            + " ("
            + actualName
            + " / "
            + budgetName
            + ")";
    Trace trace =
        Trace.builder()
            .rule(id())
            .method(method)
            .reason(reason)
            .putFigures("budget", budget.get())
            .putFigures("actual", actual.get())
            .putFigures("rate", rate)
            .putFigures("weight", weight)
            .putFigures("points", points)
            .build();
    return ExecutionResult.builder().rate(rate).weight(weight).points(points).trace(trace).build();
  }

  private ExecutionResult unscored(BigDecimal weight, String method, String reason) {
    return ExecutionResult.builder().weight(weight).trace(Trace.of(id(), method, reason)).build();
  }
}

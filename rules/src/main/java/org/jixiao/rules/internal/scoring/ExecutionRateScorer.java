package org.jixiao.rules.internal.scoring;

import static org.jixiao.rules.internal.Decimals.HUNDRED;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
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
    boolean adjusted = project.adjustedBudget().isPresent();
    String budgetName = adjusted ? "调整后预算" : "预算";
    String budgetNameEn = adjusted ? "adjusted budget" : "budget";
    if (budget.isEmpty()) {
      return unscored(
          weight,
          Reasons.trace(id(), "no-budget", "JX-T-0101").putArgs("budgetName", budgetName).putArgs("budgetNameEn", budgetNameEn));
    }
    if (budget.get().signum() <= 0) {
      return unscored(
          weight,
          Reasons.trace(id(), "no-budget", "JX-T-0102")
              .putArgs("budgetName", budgetName)
              .putArgs("budgetNameEn", budgetNameEn)
              .putArgs("budget", budget.get(), Trace.Printed.PLAIN));
    }
    Optional<BigDecimal> actual = project.actual();
    String actualName = "实际支出";
    String actualNameEn = "actual spending";
    if (actual.isEmpty() && anyExecuted(project.funds())) {
      BigDecimal sum = BigDecimal.ZERO;
      for (FundSource f : project.funds()) {
        if (f.executed().isPresent()) {
          sum = sum.add(f.executed().get());
        }
      }
      actual = Optional.of(sum);
      actualName = "各资金来源实际支出之和";
      actualNameEn = "actual spending, the sum of the fund sources";
    }
    if (actual.isEmpty()) {
      return unscored(weight, Reasons.trace(id(), "no-actual", "JX-T-0103"));
    }
    BigDecimal rate = actual.get().multiply(HUNDRED).divide(budget.get(), 2, RoundingMode.HALF_UP);
    BigDecimal basis = Decimals.max(rate, BigDecimal.ZERO);
    String method;
    String code;
    if (basis.compareTo(HUNDRED) <= 0) {
      method = "ratio";
      code = rate.signum() < 0 ? "JX-T-0107" : "JX-T-0104";
    } else if (profile.executionOverrun() == Profile.ExecutionOverrun.CAP) {
      method = "capped-ratio";
      code = "JX-T-0105";
      basis = HUNDRED;
    } else {
      method = "overrun-penalty";
      code = "JX-T-0106";
      basis = Decimals.max(HUNDRED.add(HUNDRED).subtract(basis), BigDecimal.ZERO);
    }
    // a shift of the point, not a division: the same value, and two() rounds it to two decimals
    BigDecimal points = Decimals.two(basis.multiply(weight).movePointLeft(2));
    Trace trace =
        Reasons.trace(id(), method, code)
            .putArgs("actual", actual.get().toPlainString())
            .putArgs("budget", budget.get().toPlainString())
            .putArgs("rate", rate.toPlainString())
            .putArgs("basis", basis, Trace.Printed.PLAIN)
            .putArgs("weight", weight, Trace.Printed.PLAIN)
            .putArgs("points", points.toPlainString())
            .putArgs("actualName", actualName)
            .putArgs("actualNameEn", actualNameEn)
            .putArgs("budgetName", budgetName)
            .putArgs("budgetNameEn", budgetNameEn)
            .putFigures("budget", budget.get())
            .putFigures("actual", actual.get())
            .putFigures("rate", rate)
            .putFigures("weight", weight)
            .putFigures("points", points)
            .build();
    return ExecutionResult.builder().rate(rate).weight(weight).points(points).trace(trace).build();
  }

  private static ExecutionResult unscored(BigDecimal weight, Trace.Builder trace) {
    return ExecutionResult.builder().weight(weight).trace(trace.build()).build();
  }

  private static boolean anyExecuted(List<FundSource> funds) {
    for (FundSource f : funds) {
      if (f.executed().isPresent()) {
        return true;
      }
    }
    return false;
  }
}

package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;

/** Actual spending above the (adjusted) budget. */
final class OverBudgetCheck implements ProjectCheck {
  @Override
  public String id() {
    return BuiltInIds.OVER_BUDGET;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    Optional<BigDecimal> budget = project.effectiveBudget();
    Optional<BigDecimal> actual = project.actual();
    if (budget.isEmpty() || actual.isEmpty() || actual.get().compareTo(budget.get()) <= 0) {
      return List.of();
    }
    return List.of(
        Findings.at(
            id(),
            Severity.WARNING,
            Msg.of(profile.executionOverrun() == Profile.ExecutionOverrun.CAP ? "JX-R-0241" : "JX-R-0242")
                .arg("actual", Findings.money(actual.get()))
                .arg("budget", Findings.money(budget.get()))
                .arg("over", Findings.money(actual.get().subtract(budget.get()))),
            project,
            "actual"));
  }
}

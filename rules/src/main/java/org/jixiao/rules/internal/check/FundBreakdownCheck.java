package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;

/**
 * The amounts by fund source against the totals: executed amounts against 实际支出合计, budgets
 * by source (when every source states one) against the budget. More than the total is an
 * error; less is a warning (a fund column may simply not have been printed).
 */
final class FundBreakdownCheck implements ProjectCheck {
  @Override
  public String id() {
    return BuiltInIds.FUND_BREAKDOWN;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    List<Finding> out = new ArrayList<>();
    List<FundSource> funds = project.funds();
    if (funds.isEmpty()) {
      return out;
    }
    if (project.actual().isPresent() && anyExecuted(funds)) {
      compare(project, "actual", "actual", project.actual().get(), funds, FundSource::executed, out);
    }
    if (project.budget().isPresent() && allBudgeted(funds)) {
      compare(project, "budget", "budget", project.budget().get(), funds, FundSource::budget, out);
    }
    return out;
  }

  // loops, not streams: these run for every project with funds
  private static boolean anyExecuted(List<FundSource> funds) {
    for (FundSource f : funds) {
      if (f.executed().isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean allBudgeted(List<FundSource> funds) {
    for (FundSource f : funds) {
      if (f.budget().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private void compare(
      Project project,
      String path,
      String name,
      BigDecimal total,
      List<FundSource> funds,
      java.util.function.Function<FundSource, Optional<BigDecimal>> amount,
      List<Finding> out) {
    BigDecimal sum = BigDecimal.ZERO;
    for (FundSource f : funds) {
      sum = sum.add(amount.apply(f).orElse(BigDecimal.ZERO));
    }
    int cmp = sum.compareTo(total);
    if (cmp == 0) {
      return;
    }
    String parts =
        funds.stream()
            .filter(f -> amount.apply(f).isPresent())
            .map(f -> f.kind().label() + " " + Findings.money(amount.apply(f).orElse(BigDecimal.ZERO)))
            .collect(Collectors.joining(" + "));
    // JX-R-0201/0202 (sum above the total: an error) and 0203/0204 (below: a column may be missing).
    String code = name.equals("actual") ? (cmp > 0 ? "JX-R-0201" : "JX-R-0203") : (cmp > 0 ? "JX-R-0202" : "JX-R-0204");
    Msg message = Msg.of(code).arg("sum", Findings.money(sum)).arg("parts", parts).arg("total", Findings.money(total));
    out.add(Findings.at(id(), cmp > 0 ? Severity.ERROR : Severity.WARNING, message, project, path));
  }
}

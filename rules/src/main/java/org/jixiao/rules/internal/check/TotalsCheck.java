package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.TableCheck;

/**
 * The 合计 row's budget and actual against the sums of the rows. When 序号 has gaps and the
 * totals exceed the rows, the difference is what the omitted rows would add up to: the finding
 * names the missing rows and does not call the sums wrong. Rows adding up to more than the
 * totals, or any difference without gaps, is an error. A rate printed in the 合计 row is
 * checked against its own amounts.
 */
final class TotalsCheck implements TableCheck {
  @Override
  public String id() {
    return BuiltInIds.TOTALS;
  }

  @Override
  public List<Finding> check(PerformanceTable table, List<Evaluation> evaluations, Profile profile) {
    List<Finding> out = new ArrayList<>();
    Optional<TotalsRow> totals = table.totals();
    if (totals.isEmpty()) {
      return out;
    }
    List<Integer> missing = Sequence.missing(table.projects());
    compare(table, missing, "budget", totals.get().budget(), Project::budget, out);
    compare(table, missing, "actual", totals.get().actual(), Project::actual, out);
    Optional<BigDecimal> rate = totals.get().statedExecutionRate();
    Optional<BigDecimal> budget = totals.get().budget();
    Optional<BigDecimal> actual = totals.get().actual();
    if (rate.isPresent() && budget.isPresent() && actual.isPresent() && budget.get().signum() > 0) {
      BigDecimal derived = actual.get().multiply(Decimals.HUNDRED).divide(budget.get(), 2, RoundingMode.HALF_UP);
      int scale = Math.max(0, Math.min(rate.get().scale(), 2));
      if (derived.setScale(scale, RoundingMode.HALF_UP).compareTo(rate.get()) != 0) {
        out.add(
            Msg.of("JX-R-0301")
                .arg("stated", rate.get())
                .arg("derived", derived)
                .finding(
                    id(),
                    Severity.WARNING,
                    Location.builder().path("totals.statedExecutionRate").text(rate.get().toPlainString()).build()));
      }
    }
    return out;
  }

  private void compare(
      PerformanceTable table,
      List<Integer> missing,
      String path,
      Optional<BigDecimal> stated,
      Function<Project, Optional<BigDecimal>> amount,
      List<Finding> out) {
    if (stated.isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    int rows = 0;
    for (Project p : table.projects()) {
      Optional<BigDecimal> a = amount.apply(p);
      if (a.isPresent()) {
        sum = sum.add(a.get());
        rows++;
      }
    }
    BigDecimal difference = stated.get().subtract(sum);
    if (difference.signum() == 0) {
      return;
    }
    Location location = Location.builder().path("totals." + path).text(Findings.money(stated.get())).build();
    if (difference.signum() > 0 && !missing.isEmpty()) {
      out.add(
          Msg.of(path.equals("budget") ? "JX-R-0302" : "JX-R-0303")
              .arg("stated", Findings.money(stated.get()))
              .arg("rows", rows)
              .arg("sum", Findings.money(sum))
              .arg("difference", Findings.money(difference))
              .arg("missing", Findings.ranges(missing))
              .finding(id(), Severity.WARNING, location));
      return;
    }
    out.add(
        Msg.of(path.equals("budget") ? "JX-R-0304" : "JX-R-0305")
            .arg("stated", Findings.money(stated.get()))
            .arg("rows", rows)
            .arg("sum", Findings.money(sum))
            .arg("difference", Findings.money(difference))
            .finding(id(), Severity.ERROR, location));
  }
}

package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.TableCheck;

/**
 * Each fund column of the 合计 row against the executed amounts of the rows. A column whose
 * rows add up to more than its total is an error naming the rows that contribute; when another
 * column's total exceeds its rows by exactly that amount, the finding says the amount was
 * printed under the wrong column (the seed's 序号 17: 38.76 under 政府性基金预算 while the 合计 row
 * has it as 非财政拨款). A column total above its rows is left to the missing rows when 序号 has
 * gaps, and an error otherwise.
 */
final class FundTotalsCheck implements TableCheck {
  private static final int MAX_ROWS_NAMED = 10;

  @Override
  public String id() {
    return BuiltInIds.FUND_TOTALS;
  }

  @Override
  public List<Finding> check(PerformanceTable table, List<Evaluation> evaluations, Profile profile) {
    List<Finding> out = new ArrayList<>();
    Optional<TotalsRow> totals = table.totals();
    if (totals.isEmpty() || totals.get().funds().isEmpty()) {
      return out;
    }
    Map<FundKind, BigDecimal> stated = new EnumMap<>(FundKind.class);
    for (FundSource f : totals.get().funds()) {
      f.executed().ifPresent(a -> stated.merge(f.kind(), a, BigDecimal::add));
    }
    Map<FundKind, BigDecimal> rows = new EnumMap<>(FundKind.class);
    for (Project p : table.projects()) {
      for (FundSource f : p.funds()) {
        f.executed().ifPresent(a -> rows.merge(f.kind(), a, BigDecimal::add));
      }
    }
    Set<FundKind> kinds = EnumSet.noneOf(FundKind.class);
    kinds.addAll(stated.keySet());
    kinds.addAll(rows.keySet());
    Map<FundKind, BigDecimal> difference = new EnumMap<>(FundKind.class);
    for (FundKind k : kinds) {
      difference.put(k, stated.getOrDefault(k, BigDecimal.ZERO).subtract(rows.getOrDefault(k, BigDecimal.ZERO)));
    }
    List<Integer> missing = Sequence.missing(table.projects());
    Set<FundKind> handled = EnumSet.noneOf(FundKind.class);
    for (FundKind over : kinds) {
      BigDecimal d = difference.getOrDefault(over, BigDecimal.ZERO);
      if (d.signum() >= 0) {
        continue;
      }
      handled.add(over);
      String contributors = contributors(table, over);
      FundKind swapped = null;
      for (FundKind under : kinds) {
        if (!handled.contains(under) && difference.getOrDefault(under, BigDecimal.ZERO).compareTo(d.negate()) == 0) {
          swapped = under;
          break;
        }
      }
      String total = Findings.money(stated.getOrDefault(over, BigDecimal.ZERO));
      if (swapped != null) {
        handled.add(swapped);
        out.add(
            finding(
                over,
                Msg.of("JX-R-0311")
                    .arg("amount", Findings.money(d.negate()))
                    .arg("column", over.label())
                    .arg("rows", contributors)
                    .arg("total", total)
                    .arg("other", swapped.label())));
      } else {
        out.add(
            finding(
                over,
                Msg.of("JX-R-0312")
                    .arg("column", over.label())
                    .arg("sum", Findings.money(rows.getOrDefault(over, BigDecimal.ZERO)))
                    .arg("total", total)
                    .arg("rows", contributors)));
      }
    }
    for (FundKind under : kinds) {
      BigDecimal d = difference.getOrDefault(under, BigDecimal.ZERO);
      if (handled.contains(under) || d.signum() <= 0 || !missing.isEmpty()) {
        continue; // with rows omitted, a total above its rows is what those rows add
      }
      out.add(
          finding(
              under,
              Msg.of("JX-R-0313")
                  .arg("column", under.label())
                  .arg("total", Findings.money(stated.getOrDefault(under, BigDecimal.ZERO)))
                  .arg("sum", Findings.money(rows.getOrDefault(under, BigDecimal.ZERO)))
                  .arg("difference", Findings.money(d))));
    }
    return out;
  }

  private Finding finding(FundKind kind, Msg message) {
    return message.finding(id(), Severity.ERROR, Location.builder().path("totals.funds." + kind.name()).build());
  }

  private static String contributors(PerformanceTable table, FundKind kind) {
    List<String> named = new ArrayList<>();
    int count = 0;
    for (Project p : table.projects()) {
      BigDecimal amount = BigDecimal.ZERO;
      for (FundSource f : p.funds()) {
        if (f.kind() == kind) {
          amount = amount.add(f.executed().orElse(BigDecimal.ZERO));
        }
      }
      if (amount.signum() != 0) {
        count++;
        if (named.size() < MAX_ROWS_NAMED) {
          named.add(
              (p.seq().isPresent() ? "序号 " + p.seq().getAsInt() : "'" + p.name() + "'")
                  + " ("
                  + Findings.money(amount)
                  + ")");
        }
      }
    }
    // "… +2": the same in either language (the rows are named by 序号 in both).
    return String.join(", ", named) + (count > named.size() ? " … +" + (count - named.size()) : "");
  }
}

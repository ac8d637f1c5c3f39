package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The breakdown rows under a funds total printed as label | figure groups (河北成安 2020: 预算数 |
 * 6.84 | 到位数 | 6.84 | 执行数 | 6.84, then 其中:财政资金 | 6.84 | 其中:财政资金 | 6.84 | 其中:财政资金 |
 * 6.84, and 其他 | 0.00 three times; 四川安居 2021: 预算数: | 2.38 | 执行数: | 2.38, then 其中:中央补助 |
 * 2.38 万元 twice). A breakdown row repeats its fund's label in every group, and each figure is that
 * fund's part of what the total's group at the same columns states: its budget, its executed amount.
 * A figure the model has no place for (到位数, the funds arrived) is kept as a stray cell under the
 * group's and the fund's labels, 到位数(财政资金), so that the rows' figures stay told apart.
 */
final class FundsPairRows {
  /** A group of the total row: its label's column, its figure's column, what the figure is, the label. */
  private record Group(int label, int figure, FundsRole role, String text) {}

  private final FormGrid g;
  private final FormSink sink;
  private final List<Group> groups;

  private FundsPairRows(FormGrid g, FormSink sink, List<Group> groups) {
    this.g = g;
    this.sink = sink;
    this.groups = groups;
  }

  /**
   * The groups of a total row read as pairs from column {@code from}, or null when it has fewer than
   * two labels each followed by its figure (then no row under it can repeat them).
   */
  static @Nullable FundsPairRows of(FormGrid g, FormSink sink, int row, int from) {
    List<Group> groups = new ArrayList<>();
    int c = g.next(row, from);
    while (c >= 0) {
      String t = g.text(row, c);
      int v = g.next(row, c + 1);
      boolean isLabel = FormNumber.parse(t, true).invalid();
      if (v < 0 || !isLabel || FormNumber.parse(g.text(row, v), true).value() == null) {
        c = v; // a figure without a label (the block's points, a rate under a heading above)
        continue;
      }
      groups.add(new Group(c, v, FundsLabels.pairRole(FormText.key(t)), t));
      c = g.next(row, v + 1);
    }
    return groups.size() < 2 ? null : new FundsPairRows(g, sink, groups);
  }

  /** The fund a breakdown label names; 其他 alone (成安 2020) is the funds that are not fiscal. */
  private static @Nullable FundKind kind(String key) {
    Optional<FundKind> k = FundsLabels.rowKind(key);
    if (k != null) {
      return k.orElse(null); // a second total (年度资金总额) is no breakdown
    }
    String m = FormText.withoutQizhong(key);
    return m.equals("其他") || m.equals("其它") ? FundKind.NON_FISCAL : null;
  }

  /**
   * Reads row {@code r} as a breakdown row: true when every cell with text is a group's label or
   * figure, every label names one and the same fund, and one figure at least is an amount.
   */
  boolean read(int r, FormDraft d) {
    String label = null;
    String labelKey = "";
    boolean amount = false;
    int cells = 0;
    for (Group group : groups) {
      String l = g.text(r, group.label());
      String f = g.text(r, group.figure());
      cells += (l.isEmpty() ? 0 : 1) + (f.isEmpty() ? 0 : 1);
      if (l.isEmpty()) {
        if (!f.isEmpty()) {
          return false; // a figure under no label of its own
        }
        continue;
      }
      String k = FormText.withoutQizhong(FormText.key(l));
      if (label == null) {
        label = l;
        labelKey = k;
      } else if (!k.equals(labelKey)) {
        return false; // groups naming different funds: not one fund's row
      }
      FormNumber n = FormNumber.parse(f, true);
      amount |= n.value() != null && !n.percent();
    }
    FundKind kind = label == null ? null : kind(FormText.key(label));
    if (label == null || kind == null || !amount || cells != g.count(r)) {
      return false;
    }
    String fund = FormText.fundLabel(label);
    BigDecimal budget = null;
    BigDecimal adjusted = null;
    BigDecimal executed = null;
    for (Group group : groups) {
      int c = group.figure();
      String f = g.text(r, c);
      FormNumber n = FormNumber.parse(f, true);
      if (f.isEmpty() || g.text(r, group.label()).isEmpty()) {
        continue;
      }
      BigDecimal v = n.value() == null || n.percent() ? null : FundsPairs.amount(g, sink, d, n, r, c);
      if (v != null && group.role() == FundsRole.BUDGET && budget == null) {
        budget = v;
      } else if (v != null && group.role() == FundsRole.ADJUSTED && adjusted == null) {
        adjusted = v;
      } else if (v != null && group.role() == FundsRole.ACTUAL && executed == null) {
        executed = v;
      } else {
        // a word where the figure goes (无), or a figure the model has no field for (到位数)
        d.stray(r, c, FormText.key(group.text()) + "(" + fund + ")", f);
        sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0212"), r, c, f);
      }
    }
    if (budget != null || adjusted != null || executed != null) {
      d.funds.add(FundSource.builder().kind(kind).budget(Optional.ofNullable(budget))
          .adjustedBudget(Optional.ofNullable(adjusted)).executed(Optional.ofNullable(executed))
          .label(FundSource.labelBeside(kind, fund)).build());
    }
    return true;
  }
}

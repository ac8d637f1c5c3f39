package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * A funds block printed as labels each followed by its figure, under a caption and with no column
 * headings (重庆奉节 2023: 项目资金 预算执行 10分 | 项目总预算 | 65, then | 当年年度预算 | 65,
 * | 其中:财政资金 | 65, | 年度预算执行率 | 100% | | 分值 | 10分). Each label says what its figure
 * is: the project's total, the year's budget, a fund source's budget, the rate, the execution
 * weight or score. A label it does not know (财政资金科目代码) is kept with its value as a stray
 * cell, as is a figure given twice.
 */
final class FundsPairs {
  /** The project's whole amount over its years (项目总金额), not the year's budget. */
  private static final Set<String> TOTAL = Set.of("项目总预算", "项目总金额", "项目总投资");

  /** The year's budget, where the 年初预算数 column heading is not printed. */
  private static final Set<String> YEAR_BUDGET = Set.of("当年年度预算", "年度预算", "当年预算", "本年预算", "本年度预算");

  private final FormGrid g;
  private final FormSink sink;

  FundsPairs(FormGrid g, FormSink sink) {
    this.g = g;
    this.sink = sink;
  }

  /** Whether a label names a figure of the funds block. */
  private static boolean known(String k) {
    return TOTAL.contains(k) || YEAR_BUDGET.contains(k) || FundsLabels.pairRole(k) != FundsRole.NONE
        || fundRow(k) != null;
  }

  /** The fund kind a label names (empty for the total); null when it names no amount of money. */
  private static @Nullable Optional<FundKind> fundRow(String k) {
    String m = FormText.withoutQizhong(k);
    boolean money = m.endsWith("资金") || m.endsWith("拨款") || m.endsWith("补助") || m.endsWith("总额")
        || FundKind.fromLabel(m).isPresent();
    return money ? FundsLabels.rowKind(k) : null; // not 财政资金科目代码, which names a code
  }

  /** Whether row {@code r} holds, from column {@code from}, a funds label followed by a figure. */
  boolean reads(int r, int from) {
    int w = g.width(r);
    for (int c = g.next(r, from); c >= 0 && c < w; c = g.next(r, c + 1)) {
      if (startsPair(r, c)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the cell at {@code c} is a funds label and the next cell with text its figure. */
  private boolean startsPair(int r, int c) {
    int v = g.next(r, c + 1);
    String k = FormText.key(g.text(r, c));
    return v >= 0 && known(k) && figure(k, g.text(r, v)).value() != null;
  }

  /** Reads the pairs of row {@code r} from column {@code from}; false when it holds none. */
  boolean read(int r, int from, FormDraft d) {
    if (!reads(r, from)) {
      return false;
    }
    int w = g.width(r);
    int c = g.next(r, from);
    while (c >= 0 && c < w) {
      String label = g.text(r, c);
      int v = g.next(r, c + 1);
      String k = FormText.key(label);
      if (v < 0 || !known(k)) {
        if (v >= 0 && !startsPair(r, v)) {
          keep(d, r, v, label, g.text(r, v)); // 财政资金科目代码 | 21305: kept with its label
          c = g.next(r, v + 1);
        } else {
          keep(d, r, c, null, label);
          c = v;
        }
        continue;
      }
      String text = g.text(r, v);
      FormNumber n = figure(k, text);
      if (n.value() == null || !set(d, label, n, r, v)) {
        keep(d, r, v, label, text); // a word where the figure goes, or a figure given twice
      }
      c = g.next(r, v + 1);
    }
    return true;
  }

  /**
   * The figure after label {@code k}: 分值 | 10分 and 得分 | 10分 are points ({@link
   * FormNumber#points}), as in every points cell of the form; any other label's figure is an amount
   * or a rate, which may carry a money unit but no 分.
   */
  private static FormNumber figure(String k, String text) {
    FundsRole role = FundsLabels.pairRole(k);
    return role == FundsRole.WEIGHT || role == FundsRole.SCORE
        ? FormNumber.points(text)
        : FormNumber.parse(text, true);
  }

  /** Sets what {@code label} names; false when it is already set or the figure cannot be it. */
  private boolean set(FormDraft d, String label, FormNumber n, int r, int c) {
    String k = FormText.key(label);
    BigDecimal v = n.value();
    if (v == null) {
      return false;
    }
    Optional<FundKind> kind = fundRow(k);
    FundsRole role = FundsLabels.pairRole(k);
    if (role == FundsRole.RATE) {
      if (d.rate != null) {
        return false;
      }
      d.rate = v;
      return true;
    }
    if (role == FundsRole.WEIGHT || role == FundsRole.SCORE) {
      if (n.percent() || v.signum() < 0 || (role == FundsRole.WEIGHT ? d.executionWeight : d.executionScore) != null) {
        return false;
      }
      if (role == FundsRole.WEIGHT) {
        d.executionWeight = v;
      } else {
        d.executionScore = v;
      }
      return true;
    }
    if (n.percent()) {
      return false; // an amount printed as a rate
    }
    BigDecimal amount = amount(g, sink, d, n, r, c);
    if (TOTAL.contains(k)) {
      return d.declaration.putIfAbsent("项目总金额", amount.toPlainString()) == null;
    }
    if (kind != null && kind.isPresent()) {
      d.funds.add(
          FundSource.builder()
              .kind(kind.get())
              .budget(amount)
              .label(FundSource.labelBeside(kind.get(), FormText.fundLabel(label)))
              .build());
      return true;
    }
    if (YEAR_BUDGET.contains(k) || role == FundsRole.BUDGET || kind != null) {
      // 当年年度预算, 年初预算数, or 年度资金总额 (the year's budget where no column says more)
      if (d.budget != null) {
        return false;
      }
      d.budget = amount;
      return true;
    }
    if (role == FundsRole.ADJUSTED && d.adjustedBudget == null) {
      d.adjustedBudget = amount;
      return true;
    }
    if (role == FundsRole.ACTUAL && d.actual == null) {
      d.actual = amount;
      return true;
    }
    return false;
  }

  /** An amount in the form's unit: one printed with another unit (65万元 in a 元 form) is converted. */
  static BigDecimal amount(FormGrid g, FormSink sink, FormDraft d, FormNumber n, int r, int c) {
    BigDecimal v = Objects.requireNonNull(n.value());
    MoneyUnit attached = n.unit();
    if (attached == null) {
      return v;
    }
    MoneyUnit form = d.moneyUnit;
    if (form == null) {
      d.moneyUnit = attached;
      return v;
    }
    if (attached != form) {
      sink.report(FormDiagnostics.UNIT_CONVERTED, Severity.INFO,
          Msg.of("JX-I-0213").arg("from", attached.label()).arg("to", form.label()), r, c, g.text(r, c));
    }
    return attached.convert(v, form);
  }

  private void keep(FormDraft d, int r, int c, @Nullable String header, String text) {
    d.stray(r, c, header, text);
    sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0212"), r, c, text);
  }
}

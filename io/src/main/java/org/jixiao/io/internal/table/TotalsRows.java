package org.jixiao.io.internal.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.io.ReadDiagnostics;

/**
 * The 合计 row: its amounts by the columns of the header above it, and the one repair a PDF
 * extraction makes necessary (a fund the header names without a column, printed under the rate).
 */
final class TotalsRows {
  private final ReadContext ctx;
  private final NumberFields numbers;

  TotalsRows(ReadContext ctx, NumberFields numbers) {
    this.ctx = ctx;
    this.numbers = numbers;
  }

  /** Whether a row's first cell, at {@code first}, marks it as the 合计 row. */
  static boolean isTotals(String firstText, int first, Layout l) {
    if (first > Math.max(l.nameColumn(), 2) || firstText.length() > HeaderBlocks.MAX_LABEL_LENGTH) {
      return false;
    }
    String normalized = Cells.normalizeLabel(firstText);
    return normalized.equals("合计") || normalized.equals("总计");
  }

  void accept(String[] cells, int count, long line, int markerColumn, Layout l) {
    if (ctx.totals != null) {
      String joined = RowCells.joinNonBlank(cells, count);
      ctx.notes.add(joined);
      ctx.sink.report(
          ReadDiagnostics.DUPLICATE_TOTALS,
          Severity.WARNING,
          Msg.of("JX-I-0125").arg("line", line),
          line,
          markerColumn,
          joined,
          -1);
      return;
    }
    TotalsRow.Builder row = TotalsRow.builder();
    List<StrayCell> stray = new ArrayList<>();
    List<FundSource> funds = new ArrayList<>();
    BigDecimal actual = null;
    BigDecimal rate = null;
    int rateColumn = -1;
    for (int c = 0; c < count; c++) {
      String text = cells[c];
      if (c == markerColumn || Cells.isBlank(text)) {
        continue;
      }
      Role role = l.role(c);
      if (role == Role.EVALUATION) {
        continue;
      }
      if (role == Role.BUDGET || role == Role.ACTUAL || role == Role.FUND || role == Role.RATE) {
        BigDecimal value = role == Role.RATE ? numbers.number(stray, c, l, text, line, -1, true) : numbers.amount(stray, c, l, text, line, -1);
        FundKind kind = l.fund(c);
        if (value == null) {
          continue;
        }
        if (role == Role.BUDGET) {
          row.budget(value);
        } else if (role == Role.ACTUAL) {
          actual = value;
          row.actual(value);
        } else if (role == Role.FUND && kind != null) {
          funds.add(FundSource.executed(kind, value));
        } else if (role == Role.RATE) {
          rate = value;
          rateColumn = c;
        }
      } else {
        stray.add(ctx.layoutStray(line, c, l, text));
      }
    }
    if (rate != null && actual != null && !l.unplacedFunds().isEmpty()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (FundSource fund : funds) {
        sum = sum.add(fund.executed().orElse(BigDecimal.ZERO));
      }
      if (sum.add(rate).compareTo(actual) == 0) {
        FundKind kind = l.unplacedFunds().get(0);
        funds.add(FundSource.executed(kind, rate));
        ctx.sink.report(
            ReadDiagnostics.TOTALS_REASSIGNED,
            Severity.WARNING,
            Msg.of("JX-I-0124")
                .arg("value", NumberCells.format(rate))
                .arg("header", l.header(rateColumn))
                .arg("fund", kind.label()),
            line,
            rateColumn,
            cells[rateColumn],
            -1);
        rate = null;
      }
    }
    if (rate != null) {
      row.statedExecutionRate(rate);
    }
    ctx.totals = row.funds(funds).strayCells(stray);
    ctx.last = ReadContext.Last.TOTALS;
  }
}

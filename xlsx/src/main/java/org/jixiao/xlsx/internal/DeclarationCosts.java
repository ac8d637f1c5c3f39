package org.jixiao.xlsx.internal;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.StringJoiner;
import org.jixiao.io.grid.CellGrid;

/**
 * A declaration's 测算依据 printed as a table of costs (项目预算成本构成 | 金额 | 测算(公式)依据 | …,
 * then one row per item and a 合计): what a person reads as the calculation basis is the items
 * with their amounts and bases, not the heading beside the label.
 */
final class DeclarationCosts {
  private DeclarationCosts() {}

  /**
   * The table: its rows as a calculation basis ({@code 保安服务费 191（依据招标文件）；…}), the
   * amount of its 合计 row if it has one, and the last row it takes.
   */
  record Table(String basis, Optional<BigDecimal> total, int lastRow, int amountColumn, int basisColumn) {
    /** Whether the table reads this cell (an item, its amount, its basis, their headings). */
    boolean reads(CellGrid g, int headingRow, int r, int c) {
      if (c == amountColumn || c == basisColumn) {
        return true;
      }
      return r == headingRow ? c < Math.max(amountColumn, basisColumn) : c == DeclarationSheet.firstColumn(g, r);
    }
  }

  /**
   * Whether a heading is the year's amount of a table that also prints last year's (上年度安排资金
   * | 本年度申请资金 | 测算依据及说明, 岳阳楼区 2021): the year's column is what is asked for; the
   * other is kept under its heading.
   */
  private static boolean isThisYears(String heading) {
    String k = DeclarationLabels.key(heading);
    return (k.startsWith("本年") || k.startsWith("当年"))
        && DeclarationLabels.field(heading).filter(f -> f == DeclarationLabels.Field.AMOUNT).isPresent();
  }

  /**
   * The cost table whose heading row is {@code r}, if it is one: a row with a 测算依据 label among
   * at least three headings, one of them 金额 (or the year's amount beside last year's: 本年度申请资金),
   * and under it rows without labels whose 金额 cell is an amount. The rows run to the first row that is not such a row, before {@code top}.
   */
  static Optional<Table> at(CellGrid g, int r, int top) {
    int basisColumn = -1;
    int amountColumn = -1;
    int headings = 0;
    for (int c = 0; c < g.width(r); c++) {
      String t = g.text(r, c);
      if (t.isEmpty()) {
        continue;
      }
      headings++;
      String k = DeclarationLabels.key(t);
      if (DeclarationLabels.field(t).filter(f -> f == DeclarationLabels.Field.CALCULATION).isPresent()) {
        basisColumn = c;
      } else if (k.equals("金额") || k.equals("预算金额") || k.equals("申请金额") || isThisYears(t)) {
        amountColumn = c;
      }
    }
    if (basisColumn < 0 || amountColumn < 0 || headings < 3) {
      return Optional.empty();
    }
    StringJoiner basis = new StringJoiner("；");
    Optional<BigDecimal> total = Optional.empty();
    int last = r;
    for (int row = r + 1; row < top; row++) {
      String item = g.text(row, DeclarationSheet.firstColumn(g, row));
      Optional<BigDecimal> amount = DeclarationValues.amount(g.text(row, amountColumn));
      if (amount.isEmpty() || item.isEmpty() || !DeclarationSheet.labels(g, row).isEmpty()) {
        break;
      }
      last = row;
      String k = DeclarationLabels.key(item);
      if (k.equals("合计") || k.equals("总计") || k.equals("小计")) {
        total = amount;
        continue;
      }
      String how = g.text(row, basisColumn);
      basis.add(item + " " + g.text(row, amountColumn) + (how.isEmpty() ? "" : "（" + how + "）"));
    }
    return last == r ? Optional.empty() : Optional.of(new Table(basis.toString(), total, last, amountColumn, basisColumn));
  }
}

package org.jixiao.xlsx.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.io.grid.CellGrid;

/**
 * A fund row under a declaration's amount: a label of a fund kind and its amount, in two cells
 * (其中：财政拨款 | 500) or in one (财政拨款:50万元), perhaps numbered (二、自有资金:0万元) and perhaps
 * followed by its own breakdown in brackets (财政拨款:6923.3552万元(其中:上级财政资金:…;本级财政:0万元)),
 * which is kept as printed beside the fund.
 */
final class DeclarationFunds {
  private DeclarationFunds() {}

  /**
   * A fund read from a row: the fund, the columns of its label and amount cells (the same column
   * when both are in one cell), the label as printed, and what followed the amount in brackets,
   * to be kept.
   */
  record Read(FundSource fund, int labelColumn, int amountColumn, String label, Optional<String> breakdown) {}

  static Optional<Read> read(CellGrid g, int r) {
    int c = DeclarationSheet.firstColumn(g, r);
    if (c < 0) {
      return Optional.empty();
    }
    int next = DeclarationSheet.firstColumn(g, r, c + 1);
    String label = withoutPrefix(withoutNumbering(g.text(r, c).replace(" ", "")));
    String amountText = next < 0 ? "" : g.text(r, next);
    int colon = colonOutsideBrackets(label);
    if (next < 0 && colon > 0) {
      amountText = label.substring(colon + 1); // 财政拨款:50万元 in one cell
      label = label.substring(0, colon);
      next = c;
    }
    label = label.endsWith(":") || label.endsWith("：") ? label.substring(0, label.length() - 1) : label; // 财政拨款: | 438.768
    label = label.endsWith("数") ? label.substring(0, label.length() - 1) : label; // 财政拨款数
    Optional<FundKind> kind = kind(label);
    if (next < 0 && kind.isPresent()) {
      // the template's row left blank (其他资金 | ): a fund of that kind with no amount, as printed,
      // rather than an unknown label
      FundSource blank = FundSource.builder().kind(kind.get()).label(FundSource.labelBeside(kind.get(), label)).build();
      return Optional.of(new Read(blank, c, c, label, Optional.empty()));
    }
    int open = bracket(amountText);
    Optional<BigDecimal> amount = DeclarationLabels.amount(open < 0 ? amountText : amountText.substring(0, open));
    if (next < 0 || kind.isEmpty() || amount.isEmpty()) {
      return Optional.empty();
    }
    FundSource fund = FundSource.builder()
        .kind(kind.get())
        .budget(amount.get())
        .label(FundSource.labelBeside(kind.get(), label))
        .build();
    Optional<String> breakdown = open < 0 ? Optional.empty() : Optional.of(amountText.substring(open).strip());
    return Optional.of(new Read(fund, c, next, label, breakdown));
  }

  /** 其他 alone names the other funds in a funds block (三、其他:3683.3970万元), though not elsewhere. */
  private static Optional<FundKind> kind(String label) {
    return label.equals("其他") || label.equals("其它") ? Optional.of(FundKind.NON_FISCAL) : FundKind.fromLabel(label);
  }

  /** Without a leading 其中 and its colon. */
  private static String withoutPrefix(String label) {
    String l = label.startsWith("其中") ? label.substring(2) : label;
    return l.startsWith(":") || l.startsWith("：") ? l.substring(1) : l;
  }

  /** Without a list number before the label: 二、 3. (一) （1）. */
  static String withoutNumbering(String label) {
    int k = 0;
    if (!label.isEmpty() && (label.charAt(0) == '(' || label.charAt(0) == '（')) {
      int close = 1;
      while (close < label.length() && close < 5 && numeral(label.charAt(close))) {
        close++;
      }
      boolean closed = close > 1 && close < label.length() && (label.charAt(close) == ')' || label.charAt(close) == '）');
      return closed ? label.substring(close + 1) : label;
    }
    while (k < label.length() && k < 4 && numeral(label.charAt(k))) {
      k++;
    }
    boolean numbered = k > 0 && k < label.length() && "、.．".indexOf(label.charAt(k)) >= 0;
    return numbered ? label.substring(k + 1) : label;
  }

  private static boolean numeral(char c) {
    return (c >= '0' && c <= '9') || "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /** The first colon not inside brackets, -1 when none. */
  private static int colonOutsideBrackets(String s) {
    int depth = 0;
    for (int k = 0; k < s.length(); k++) {
      char ch = s.charAt(k);
      if (ch == '(' || ch == '（') {
        depth++;
      } else if ((ch == ')' || ch == '）') && depth > 0) {
        depth--;
      } else if ((ch == ':' || ch == '：') && depth == 0) {
        return k;
      }
    }
    return -1;
  }

  /** The first opening bracket, -1 when none. */
  private static int bracket(String s) {
    int a = s.indexOf('(');
    int b = s.indexOf('（');
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }
}

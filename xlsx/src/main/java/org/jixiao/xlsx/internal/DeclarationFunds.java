package org.jixiao.xlsx.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
    label = DeclarationLabels.fold(label).endsWith("数") ? label.substring(0, label.length() - 1) : label; // 财政拨款数, 財政撥款數
    Optional<FundKind> kind = kind(label);
    if (next < 0 && kind.isPresent()) {
      // the template's row left blank (其他资金 | ): a fund of that kind with no amount, as printed,
      // rather than an unknown label
      FundSource blank = FundSource.builder().kind(kind.get()).label(FundSource.labelBeside(kind.get(), label)).build();
      return Optional.of(new Read(blank, c, c, label, Optional.empty()));
    }
    int open = bracket(amountText);
    Optional<BigDecimal> amount = DeclarationValues.amount(open < 0 ? amountText : amountText.substring(0, open));
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

  /**
   * 其他 alone names the other funds in a funds block (三、其他:3683.3970万元), and 预算资金 or 财政资金
   * the budget's money beside 自有资金 (一、预算资金:250 二、自有资金:0), though not elsewhere.
   */
  private static Optional<FundKind> kind(String label) {
    return switch (DeclarationLabels.fold(label)) { // 其他, 預算資金 …; FundKind folds its own
      case "其他", "其它" -> Optional.of(FundKind.NON_FISCAL);
      case "预算资金", "财政资金" -> Optional.of(FundKind.FISCAL_APPROPRIATION);
      default -> FundKind.fromLabel(label);
    };
  }

  /**
   * What the cell beside an amount's label holds: the amount, as printed (the part read as the
   * amount, for its unit), the funds listed after it in the same cell, and a bracketed breakdown
   * after it to be kept as printed.
   */
  record AmountCell(BigDecimal amount, String amountText, List<FundSource> funds, Optional<String> breakdown) {}

  /**
   * Reads an amount's cell: the amount alone (250万), the amount and its breakdown in brackets
   * (854万(高标准农田建设400万元,…)), or the whole funds block in one cell, its lines run together
   * (资金总额: 250 一、预算资金:250 二、自有资金:0 三、其他:0). Empty when the cell is none of these:
   * then nothing of it is guessed at.
   */
  static Optional<AmountCell> amountCell(String value) {
    String v = value.strip();
    int open = bracket(v);
    if (open > 0) {
      String printed = v.substring(0, open);
      String breakdown = v.substring(open).strip();
      return DeclarationValues.amount(printed).map(a -> new AmountCell(a, printed, List.of(), Optional.of(breakdown)));
    }
    Optional<BigDecimal> alone = DeclarationValues.amount(v);
    if (alone.isPresent()) {
      return Optional.of(new AmountCell(alone.get(), v, List.of(), Optional.empty()));
    }
    int colon = colonOutsideBrackets(v);
    if (colon > 0 && DeclarationLabels.field(v.substring(0, colon)).isPresent()) {
      v = v.substring(colon + 1).strip(); // 资金总额: 250 …, the amount's own label in its cell
    }
    List<String> words = words(v);
    if (words.size() < 2) {
      return Optional.empty();
    }
    Optional<BigDecimal> amount = DeclarationValues.amount(words.get(0));
    List<FundSource> funds = new ArrayList<>();
    StringBuilder item = new StringBuilder();
    for (int i = 1; i < words.size() && amount.isPresent(); i++) {
      item.append(words.get(i));
      boolean last = i + 1 == words.size() || !withoutNumbering(words.get(i + 1)).equals(words.get(i + 1));
      if (last) {
        Optional<FundSource> fund = fundOf(item.toString());
        if (fund.isEmpty()) {
          return Optional.empty(); // a word that is no fund: not a funds block
        }
        funds.add(fund.get());
        item.setLength(0);
      }
    }
    String amountText = words.get(0);
    return amount.map(a -> new AmountCell(a, amountText, List.copyOf(funds), Optional.empty()));
  }

  /** A numbered fund written label:amount in one piece (一、预算资金:250), or empty. */
  private static Optional<FundSource> fundOf(String item) {
    String text = withoutNumbering(item);
    if (text.equals(item)) {
      return Optional.empty(); // each fund of a block in one cell is numbered
    }
    int colon = colonOutsideBrackets(text);
    if (colon <= 0) {
      return Optional.empty();
    }
    String label = text.substring(0, colon);
    Optional<FundKind> kind = kind(label);
    Optional<BigDecimal> amount = DeclarationValues.amount(text.substring(colon + 1));
    if (kind.isEmpty() || amount.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        FundSource.builder().kind(kind.get()).budget(amount.get()).label(FundSource.labelBeside(kind.get(), label)).build());
  }

  /** The pieces of {@code s} between runs of white space. */
  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    int from = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean space = i == s.length() || Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u3000';
      if (space && from >= 0) {
        out.add(s.substring(from, i));
        from = -1;
      } else if (!space && from < 0) {
        from = i;
      }
    }
    return out;
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

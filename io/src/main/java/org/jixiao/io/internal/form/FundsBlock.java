package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * The funds block (项目资金 / 预算执行情况 / 资金情况): its header names the columns (年初预算数,
 * 全年预算数 or 调整后预算数 or 预算数, 全年执行数 or 执行数, 分值 or 权重, 执行率, 得分, 原因) in
 * any order; its rows are 年度资金总额 (总额, 年度财政资金总额) and the fund sources under it.
 */
final class FundsBlock {
  // The codes of a figure that cannot be read, by what it is not (also the indicator block's).
  static final String NOT_A_NUMBER = "JX-I-0221";
  static final String NOT_AN_AMOUNT = "JX-I-0222";
  static final String NOT_A_RATE = "JX-I-0223";
  static final String NEGATIVE_WEIGHT = "JX-I-0224";

  private final FormGrid g;
  private final FormSink sink;
  private final FundsRole[] roles;
  private final String[] headers;
  final int firstDataColumn;
  final @Nullable MoneyUnit unit;
  final @Nullable BigDecimal blockPoints;
  /** The breakdown rows under a total printed as label | figure pairs, once that total is read. */
  private @Nullable FundsPairRows pairRows;
  /** The columns whose heading cannot be read over figures ({@link UnreadFundsHeadings}). */
  private final boolean[] unread;
  private final Breakdowns breakdowns;
  /** Fund labels wrapped over two lines of their column. */
  private final FundLabelLines labelLines;
  /** The caption printed on a row under the header, as centring a merged cell's text puts it. */
  private final CentredCaption centred;

  /** The lines the header is printed on. */
  final FundsHeaderLines header;

  private FundsBlock(FormGrid g, FormSink sink, int row) {
    this.g = g;
    this.sink = sink;
    this.breakdowns = new Breakdowns(g, sink);
    this.labelLines = new FundLabelLines(g, sink);
    this.header = new FundsHeaderLines(g, row);
    int last = header.last();
    int w = header.width();
    roles = new FundsRole[w];
    headers = new String[w];
    int first = -1;
    MoneyUnit u = null;
    BigDecimal points = null;
    for (int c = 0; c < w; c++) {
      String text = header.heading(c);
      headers[c] = text;
      FundsRole r = FundsLabels.role(FormText.key(text));
      roles[c] = r;
      if (r != FundsRole.NONE && r != FundsRole.REASON && r != FundsRole.NUMBERING && first < 0) {
        first = c;
      }
      String folded = FormText.folded(text);
      if (u == null) { // (万元) in a label of its own, or after a column's name: 年初预算数（元）
        u = FundsLabels.unitIn(folded);
      }
      if (points == null) {
        points = FormText.bracketPoints(text);
      }
    }
    FundsLabels.afterDeduction(roles, headers);
    int totalLabel = UnreadFundsHeadings.totalLabelColumn(g, last);
    unread = UnreadFundsHeadings.columns(g, last, totalLabel, roles, headers);
    first = UnreadFundsHeadings.firstDataColumn(first, totalLabel, unread);
    this.firstDataColumn = first < 0 ? w : first;
    this.unit = u;
    this.blockPoints = points;
    this.centred = new CentredCaption(g, sink, header, points);
  }

  /** Whether {@code row} is a line of the wrapped header under its first, read with it ({@link FundsHeaderLines#take}). */
  boolean takeHeaderLine(int row) {
    return header.take(row, headers, sink);
  }

  /**
   * Keeps each cell left of the amounts on the heading row that is no caption, unit, points or
   * numbering the reader knows (项Fl资金(万兀): 项目资金(万元) garbled by OCR) as a stray cell, and tells it.
   */
  void keepUnreadCaptions(int row, FormDraft d) {
    for (int c = 0; c < firstDataColumn; c++) {
      String t = g.text(row, c);
      String h = c < headers.length ? headers[c] : t; // the whole heading of a wrapped header: 年度预 / 算数( / 万元)
      if (!t.isEmpty() && FundsLabels.unitIn(FormText.folded(h)) == null && FormText.bracketPoints(h) == null
          && !FormText.key(h).isEmpty() && !FundsLabels.isCaption(FormText.key(h)) && !FundsLabels.isNumbering(FormText.key(h))) {
        d.stray(row, c, null, t);
        sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0212"), row, c, t);
      }
    }
  }

  /** Keeps each heading that cannot be read as a stray cell, and tells it: its figures are not read. */
  void keepUnreadHeadings(int row, FormDraft d) {
    UnreadFundsHeadings.keep(sink, row, unread, headers, d);
  }

  static FundsBlock open(FormGrid g, FormSink sink, int row) {
    return new FundsBlock(g, sink, row);
  }

  /** The column of the row's label (before the first amount column), -1 when none. */
  int labelColumn(int row) {
    for (int c = 0; c < firstDataColumn; c++) {
      String text = g.text(row, c);
      if (!text.isEmpty() && !repeatsCaption(c, text) && !centred.is(row, c, text, headers)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Keeps the copies of the caption left of the row's label, as the indicator block keeps 绩效指标's,
   * and reads the caption printed there instead of on the header; true.
   */
  private boolean keepCaptionCopies(int row, int lc, FormDraft d) {
    for (int c = 0; c < lc; c++) {
      String text = g.text(row, c);
      if (!text.isEmpty() && centred.is(row, c, text, headers)) {
        centred.read(row, c, d);
      } else {
        d.stray(row, c, headers[c], text); // left of the label every cell is blank, a copy or the caption
      }
    }
    return true;
  }

  /**
   * Whether {@code text} in column {@code c}, left of the amounts, of a row under the header is the
   * header's own cell there again (项目资金 (万元), 项目预算 执行情况 (10分) in every row it spans): a
   * merged cell filled down by the copy, as Excel's and HTML tools' unmerging does (review 62c: with
   * the caption taken for the row's label, every fund row and the total were lost). The header row
   * keeps the caption; its copies are no label.
   */
  private boolean repeatsCaption(int c, String text) {
    return c < headers.length && text.equals(headers[c]) && roles[c] == FundsRole.NONE;
  }

  /**
   * Reads the total from a header row that prints each figure after its label (预算数: | 2.38 |
   * 执行数: | 2.38, the form of some transfer-payment and Hebei forms): true when it does, and then
   * every other cell after the labels is kept as a stray cell. False when no label of an amount
   * has a figure after it: the row is an ordinary header, its figures in the rows below.
   */
  boolean readPairs(int row, FormDraft d) {
    int w = g.width(row);
    boolean pairs = false;
    for (int c = firstDataColumn; c < w && !pairs; c++) {
      int v = g.next(row, c + 1);
      pairs = (roles[c] == FundsRole.BUDGET || roles[c] == FundsRole.ADJUSTED || roles[c] == FundsRole.ACTUAL)
          && v >= 0 && roles[v] == FundsRole.NONE && FormNumber.parse(g.text(row, v), true).value() != null;
    }
    if (!pairs || d.fundsTotalRead) {
      return false;
    }
    d.fundsTotalRead = true;
    pairRows = FundsPairRows.of(g, sink, row, firstDataColumn);
    boolean[] used = new boolean[w];
    int rateColumn = -1;
    for (int c = firstDataColumn; c < w; c++) {
      FundsRole r = roles[c];
      int v = g.next(row, c + 1);
      if (!r.field() || v < 0 || roles[v] != FundsRole.NONE) {
        continue;
      }
      FormNumber n = FormNumber.parse(g.text(row, v), true);
      if (n.value() == null && !n.invalid()) {
        continue; // a label followed by another word: no figure of its own
      }
      used[c] = true;
      used[v] = true;
      switch (r) {
        case BUDGET -> d.budget = amount(row, v, d);
        case ADJUSTED -> d.adjustedBudget = amount(row, v, d);
        case ACTUAL -> d.actual = amount(row, v, d);
        case RATE -> rateColumn = v;
        case WEIGHT -> d.executionWeight = figure(row, v, d);
        case SCORE -> d.executionScore = figure(row, v, d);
        default -> throw new AssertionError(r); // NONE, REASON, KEPT and NUMBERING were passed over above
      }
    }
    if (rateColumn >= 0) {
      d.rate = rate(row, rateColumn, d, d.adjustedBudget != null ? d.adjustedBudget : d.budget, d.actual);
    }
    for (int c = firstDataColumn; c < w; c++) {
      if (!used[c]) {
        keep(row, c, d); // a figure without a label (the block's points, a rate printed bare)
      }
    }
    return true;
  }

  /** Reads a funds row into the draft; false when the row is no funds row. */
  boolean read(int row, FormDraft d) {
    FundsPairRows pr = pairRows;
    if (pr != null && pr.read(row, d)) {
      return true;
    }
    int lc = labelColumn(row);
    if (lc < 0) {
      return centred.alone(row, firstDataColumn, headers, d);
    }
    if (labelLines.consumed(row)) {
      return true; // a label's other line, read with it and said there
    }
    if (FundsLabels.isNumbering(g.key(row, lc))) {
      // 列次 | 0 | 1 | … (名山 2024): the template's numbering of the columns, kept under its label
      for (int c = lc + 1; c < g.width(row); c++) {
        if (!g.text(row, c).isEmpty()) {
          d.stray(row, c, g.text(row, lc), g.text(row, c));
        }
      }
      return true;
    }
    String label = labelLines.label(row, lc);
    Optional<FundKind> kind = FundsLabels.rowKindInBlock(FormText.key(label));
    if (kind == null && labelLines.hold(row, lc)) {
      return true; // the first line of the label of the row below
    }
    if (kind == null) {
      // 按收入性质分: | 2456.18 | | 按支出性质分: | 2456.18 (湖南零陵 2021): a breakdown's heading, no fund
      return Breakdowns.isHeading(g.key(row, lc)) && breakdowns.keep(row, lc, d) != null && keepCaptionCopies(row, lc, d);
    }
    keepCaptionCopies(row, lc, d);
    if (kind.isEmpty() && d.fundsTotalRead) {
      // a second total row (年度资金总额 then 总额) would replace the first one's amounts: it is
      // kept whole, and the amounts are the first row's
      for (int c = lc; c < g.width(row); c++) {
        if (!g.text(row, c).isEmpty()) {
          d.stray(row, c, c < headers.length ? headers[c] : null, g.text(row, c));
        }
      }
      sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.WARNING, Msg.of("JX-I-0217"), row, lc, g.text(row, lc));
      return true;
    }
    // Cells between the label and the amounts (a second label cell) are kept.
    for (int c = lc + 1; c < firstDataColumn; c++) {
      if (!g.text(row, c).isEmpty()) {
        // a 行次 number under its heading, else under the row's label
        d.stray(row, c, c < roles.length && roles[c] == FundsRole.NUMBERING ? headers[c] : g.text(row, lc), g.text(row, c));
      }
    }
    BigDecimal budget = null;
    BigDecimal adjusted = null;
    BigDecimal actual = null;
    int rateColumn = -1;
    int w = g.width(row);
    // a second breakdown printed beside this one (| 其中:基本支出: | 2299.98 under 全年执行数 and 分值):
    // label / figure pairs, no amounts of the columns they stand in
    boolean[] paired = breakdowns.keep(row, firstDataColumn, d);
    FundsRole[] roles = paired == null ? this.roles : withoutPaired(paired);
    for (int c = firstDataColumn; c < w; c++) {
      FundsRole r = c < roles.length ? roles[c] : FundsRole.NONE;
      if (r == FundsRole.BUDGET) {
        budget = amount(row, c, d);
      } else if (r == FundsRole.ADJUSTED) {
        adjusted = amount(row, c, d);
      } else if (r == FundsRole.ACTUAL) {
        actual = amount(row, c, d);
      } else if (r == FundsRole.RATE) {
        rateColumn = c;
      }
    }
    if (kind.isEmpty()) {
      d.fundsTotalRead = true;
      d.budget = budget;
      d.adjustedBudget = adjusted;
      d.actual = actual;
      if (rateColumn >= 0) {
        d.rate = rate(row, rateColumn, d, adjusted != null ? adjusted : budget, actual);
      }
      for (int c = firstDataColumn; c < w; c++) {
        FundsRole r = c < roles.length ? roles[c] : FundsRole.NONE;
        if (r == FundsRole.WEIGHT) {
          BigDecimal v = figure(row, c, d);
          if (v != null && v.signum() < 0) {
            notNumber(row, c, d, NEGATIVE_WEIGHT);
          } else {
            d.executionWeight = v;
          }
        } else if (r == FundsRole.SCORE) {
          d.executionScore = figure(row, c, d);
        } else if ((r == FundsRole.REASON || r == FundsRole.NONE || r == FundsRole.KEPT) && !(paired != null && c < paired.length && paired[c])) {
          keep(row, c, d);
        }
      }
      BigDecimal points = blockPoints != null ? blockPoints : centred.points();
      if (d.executionWeight == null && points != null) {
        d.executionWeight = points;
      }
      return true;
    }
    String fused = budget == null && adjusted == null && actual == null ? Breakdowns.fusedLabel(g.text(row, lc)) : null;
    if (fused != null) {
      // 其中: 一般公共预算:1873.66万元 in the label's cell: its figure is in no amount column
      breakdowns.keepFused(row, lc, fused, d);
    } else if (budget != null || adjusted != null || actual != null) {
      d.funds.add(
          FundSource.builder()
              .kind(kind.get())
              .budget(Optional.ofNullable(budget))
              .adjustedBudget(Optional.ofNullable(adjusted))
              .executed(Optional.ofNullable(actual))
              .label(FundSource.labelBeside(kind.get(), FormText.fundLabel(label)))
              .build());
    }
    for (int c = firstDataColumn; c < w; c++) {
      FundsRole r = c < roles.length ? roles[c] : FundsRole.NONE;
      if (r == FundsRole.RATE) {
        subRate(row, c, d, adjusted != null ? adjusted : budget, actual);
      } else if (r == FundsRole.WEIGHT || r == FundsRole.SCORE) {
        if (!FormText.isNothing(g.text(row, c))) {
          d.stray(row, c, headers[c], g.text(row, c));
          sink.report(
              FormDiagnostics.EXTRA_FIGURE,
              Severity.INFO,
              Msg.of("JX-I-0211").arg("header", FormText.key(headers[c])),
              row,
              c,
              g.text(row, c));
        }
      } else if ((r == FundsRole.REASON || r == FundsRole.NONE || r == FundsRole.KEPT) && !(paired != null && c < paired.length && paired[c])) {
        keep(row, c, d);
      }
    }
    return true;
  }

  /** The block's roles with the columns of a row's breakdown pairs read as none (their cells are kept). */
  private FundsRole[] withoutPaired(boolean[] paired) {
    FundsRole[] out = roles.clone();
    for (int c = 0; c < out.length && c < paired.length; c++) {
      if (paired[c]) {
        out[c] = FundsRole.NONE;
      }
    }
    return out;
  }

  private void keep(int row, int c, FormDraft d) {
    String t = g.text(row, c);
    if (!t.isEmpty()) {
      d.stray(row, c, c < headers.length ? headers[c] : null, t);
      sink.report(
          FormDiagnostics.KEPT_AS_STRAY,
          Severity.INFO,
          Msg.of("JX-I-0212"),
          row,
          c,
          t);
    }
  }

  private @Nullable BigDecimal amount(int row, int c, FormDraft d) {
    String text = g.text(row, c);
    FormNumber n = FormNumber.parse(text, true);
    if (n.invalid() || n.percent()) {
      notNumber(row, c, d, NOT_AN_AMOUNT);
      return null;
    }
    BigDecimal v = n.value();
    if (v == null) {
      return null;
    }
    MoneyUnit attached = n.unit();
    if (attached != null) {
      if (d.moneyUnit == null) {
        d.moneyUnit = attached;
      } else if (attached != d.moneyUnit) {
        sink.report(
            FormDiagnostics.UNIT_CONVERTED,
            Severity.INFO,
            Msg.of("JX-I-0213").arg("from", attached.label()).arg("to", d.moneyUnit.label()),
            row,
            c,
            text);
        return attached.convert(v, d.moneyUnit);
      }
    }
    return v;
  }

  /** The execution's 分值 or 得分: points, with or without their 分 ({@link FormNumber#points}). */
  private @Nullable BigDecimal figure(int row, int c, FormDraft d) {
    FormNumber n = FormNumber.points(g.text(row, c));
    if (n.invalid() || n.percent()) {
      notNumber(row, c, d, NOT_A_NUMBER);
      return null;
    }
    return n.value();
  }

  /** @param code what the cell is not: {@link #NOT_A_NUMBER}, {@link #NOT_AN_AMOUNT} … */
  private void notNumber(int row, int c, FormDraft d, String code) {
    String t = g.text(row, c);
    d.stray(row, c, headers[c], t);
    sink.report(
        ReadDiagnostics.NOT_A_NUMBER,
        Severity.ERROR,
        Msg.of(code).arg("header", FormText.key(headers[c])),
        row,
        c,
        t);
  }

  /** The rate of B / A in percent, or null without both. */
  private static @Nullable BigDecimal computed(@Nullable BigDecimal base, @Nullable BigDecimal actual) {
    if (base == null || actual == null || base.signum() <= 0) {
      return null;
    }
    return actual.multiply(BigDecimal.valueOf(100)).divide(base, 4, RoundingMode.HALF_UP);
  }

  /**
   * Whether a rate printed without % is a fraction (0.958 for 95.8 %): it is B / A as a fraction and
   * not as a percent, or, without both amounts, a decimal no greater than 1.5. Also the rule of the
   * funds printed by source ({@link FundsBySource}).
   */
  static boolean isFraction(BigDecimal v, @Nullable BigDecimal base, @Nullable BigDecimal actual) {
    BigDecimal expected = computed(base, actual);
    BigDecimal scaled = v.movePointRight(2);
    if (expected != null) {
      return v.subtract(expected).abs().compareTo(BigDecimal.ONE) > 0
          && scaled.subtract(expected).abs().compareTo(BigDecimal.ONE) <= 0;
    }
    return v.scale() > 0 && v.compareTo(new BigDecimal("1.5")) <= 0;
  }

  private @Nullable BigDecimal rate(
      int row, int c, FormDraft d, @Nullable BigDecimal base, @Nullable BigDecimal actual) {
    String text = g.text(row, c);
    FormNumber n = FormNumber.parse(text, false);
    if (n.invalid()) {
      notNumber(row, c, d, NOT_A_RATE);
      return null;
    }
    BigDecimal v = n.value();
    if (v == null || n.percent()) {
      return v;
    }
    BigDecimal scaled = v.movePointRight(2);
    if (isFraction(v, base, actual)) {
      sink.report(
          FormDiagnostics.RATE_AS_FRACTION,
          Severity.INFO,
          Msg.of("JX-I-0215").arg("rate", scaled.stripTrailingZeros().toPlainString()),
          row,
          c,
          text);
      return scaled;
    }
    return v;
  }

  /**
   * A 其中 row's rate: kept only when it is not the row's own B / A as printed, rounded or cut off
   * at its decimals (else it is derivable).
   */
  private void subRate(
      int row, int c, FormDraft d, @Nullable BigDecimal base, @Nullable BigDecimal actual) {
    String text = g.text(row, c);
    FormNumber n = FormNumber.parse(text, false);
    BigDecimal v = n.value();
    if (n.absent()) {
      return;
    }
    boolean zero = v != null && v.signum() == 0 && (actual == null || actual.signum() == 0);
    if (v != null
        && (zero || (base != null && base.signum() > 0 && actual != null && PrintedRate.isQuotient(v, base, actual)))) {
      return;
    }
    d.stray(row, c, headers[c], text);
    sink.report(
        FormDiagnostics.EXTRA_FIGURE,
        Severity.INFO,
        Msg.of("JX-I-0216"),
        row,
        c,
        text);
  }
}

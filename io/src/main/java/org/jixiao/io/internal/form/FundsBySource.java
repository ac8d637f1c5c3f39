package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * A funds block that prints its sources as columns (资金来源按列), with one row of figures under its
 * headings: 广水市's local template (广水市财政预算支出项目绩效目标自评表, 2019 and 2021) prints
 * {@code 项目资金 来源 | 中央 (万元) | 省、地 (万元) | 本级 (万元) | 其他 (万元) | 合计 (万元) | 执行数 (万元) |
 * 执行率}, then {@code | | | 5.5 | | 5.5 | 5.5 | 100%}. Read as the standard block (sources as rows
 * under 年初预算数 / 全年执行数), it had no budget column and its figures were stray cells, so the
 * rules said 未填写预算 of a form that states 5.5 万元.
 *
 * <p>Each heading is read by its words, in any order: a government level or 其他 is a source (中央,
 * 省、地, 本级 → {@link FundKind#FISCAL_APPROPRIATION}, as the money of one level of government is on
 * transfer forms; 其他, 自筹 → {@link FundKind#NON_FISCAL}), each printed figure its budget, with the
 * heading as the source's label; 合计 is the budget, 执行数 the actual, 执行率 the stated rate. The
 * unit is the one the headings name ((万元), (元)). A source's own spending is not printed, so none is
 * read. With no 合计 figure (no such column, or a blank one) the printed sources' sum is the budget,
 * said by an INFO (JX-I-0267).
 *
 * <p>Only a heading row whose every heading is one of these, with at least two sources and a 合计
 * or an 执行数, and whose next row holds figures only (a blank label cell, an amount or a blank
 * under each amount heading, a rate under 执行率) is read so. Anything else is left to the other
 * readers of the funds block, as before.
 */
final class FundsBySource {
  private enum Role {
    SOURCE,
    TOTAL,
    ACTUAL,
    RATE
  }

  /** The governments whose money a source column names (中央, 省、地, 本级 …). */
  private static final Set<String> LEVELS = Set.of(
      "中央", "省", "省级", "地", "地市", "市", "市级", "州", "县", "县级", "区", "区级", "乡镇", "本级", "地方", "上级");

  /** Headings of money that is no government's. */
  private static final Set<String> OTHER = Set.of("其他", "其它", "自筹", "单位自筹", "自有", "社会", "社会投入");

  /** Words a source heading may end in after the level (中央资金, 省级补助). */
  private static final List<String> SUFFIXES = List.of("财政资金", "资金", "补助", "财政", "拨款");

  private static final Set<String> TOTALS = Set.of("合计", "小计", "总计", "资金合计", "合计数");

  private final FormGrid g;
  private final FormSink sink;
  private final @Nullable Role[] roles;
  private final String[] headings;
  private final int figuresRow;
  /** The unit the headings name, null when none does. */
  final @Nullable MoneyUnit unit;

  private FundsBySource(FormGrid g, FormSink sink, @Nullable Role[] roles, String[] headings, int figuresRow,
      @Nullable MoneyUnit unit) {
    this.g = g;
    this.sink = sink;
    this.roles = roles;
    this.headings = headings;
    this.figuresRow = figuresRow;
    this.unit = unit;
  }

  /**
   * The block whose heading row is {@code row}, or null when the row is no such heading, or the row
   * under it holds anything but figures.
   */
  static @Nullable FundsBySource open(FormGrid g, FormSink sink, int row) {
    int caption = g.first(row);
    if (caption < 0) {
      return null;
    }
    String captionKey = g.key(row, caption);
    if (!captionKey.contains("资金") && !captionKey.contains("来源")) {
      return null;
    }
    int w = g.width(row);
    @Nullable Role[] roles = new Role[w];
    String[] headings = new String[w];
    int sources = 0;
    boolean totalOrActual = false;
    MoneyUnit unit = null;
    for (int c = g.next(row, caption + 1); c >= 0; c = g.next(row, c + 1)) {
      String text = g.text(row, c);
      Role r = role(FormText.key(text));
      if (r == null) {
        return null; // a heading of another block: not this layout
      }
      roles[c] = r;
      headings[c] = text;
      sources += r == Role.SOURCE ? 1 : 0;
      totalOrActual |= r == Role.TOTAL || r == Role.ACTUAL;
      if (unit == null) {
        unit = FundsLabels.unitIn(FormText.folded(text));
      }
    }
    if (sources < 2 || !totalOrActual) {
      return null;
    }
    int next = row + 1;
    while (next < g.height() && g.first(next) < 0) {
      next++;
    }
    if (next >= g.height() || !figures(g, next, caption, roles)) {
      return null;
    }
    return new FundsBySource(g, sink, roles, headings, next, unit);
  }

  /** What a heading names; null when it is none of the block's headings. */
  private static @Nullable Role role(String key) {
    if (sourceKind(key) != null) {
      return Role.SOURCE;
    }
    if (TOTALS.contains(key)) {
      return Role.TOTAL;
    }
    FundsRole r = FundsLabels.role(key);
    return r == FundsRole.ACTUAL ? Role.ACTUAL : r == FundsRole.RATE ? Role.RATE : null;
  }

  /** The kind of money a source heading names (中央, 省、地, 本级资金 → appropriations; 其他 → non-fiscal), else null. */
  static @Nullable FundKind sourceKind(String key) {
    String k = key;
    for (String suffix : SUFFIXES) {
      if (k.endsWith(suffix) && k.length() > suffix.length()) {
        k = k.substring(0, k.length() - suffix.length());
        break;
      }
    }
    if (OTHER.contains(k)) {
      return FundKind.NON_FISCAL;
    }
    if (k.isEmpty()) {
      return null;
    }
    // 省、地: each level the heading joins is a government's (split by hand: the libraries run no
    // regular expression on what a user supplied)
    int from = 0;
    for (int i = 0; i <= k.length(); i++) {
      if (i == k.length() || "、,，/".indexOf(k.charAt(i)) >= 0) {
        if (!LEVELS.contains(k.substring(from, i))) {
          return null;
        }
        from = i + 1;
      }
    }
    return FundKind.FISCAL_APPROPRIATION;
  }

  /**
   * Whether row {@code r} is the figures under the headings: nothing in the caption's column or
   * left of it, each cell under a heading, an amount under an amount heading, a rate or a figure
   * under 执行率, and at least one figure.
   */
  private static boolean figures(FormGrid g, int r, int caption, @Nullable Role[] roles) {
    if (g.first(r) <= caption) {
      return false;
    }
    boolean any = false;
    for (int c = g.first(r); c >= 0; c = g.next(r, c + 1)) {
      Role role = c < roles.length ? roles[c] : null;
      FormNumber n = FormNumber.parse(g.text(r, c), role != Role.RATE);
      if (role == null || n.invalid() || (n.percent() && role != Role.RATE)) {
        return false;
      }
      any |= n.value() != null;
    }
    return any;
  }

  /** Whether row {@code r} is the block's row of figures: then it has been read into the draft. */
  boolean reads(int r, FormDraft d) {
    if (r != figuresRow) {
      return false;
    }
    if (unit != null && d.moneyUnit == null) {
      d.moneyUnit = unit;
    }
    int rateColumn = -1;
    BigDecimal total = null;
    BigDecimal actual = null;
    SourcesSum sum = new SourcesSum();
    for (int c = g.first(r); c >= 0; c = g.next(r, c + 1)) {
      Role role = roles[c];
      if (role == null) {
        continue; // not a figures row then (see figures): cannot happen
      }
      switch (role) {
        case SOURCE -> {
          FundKind kind = sourceKind(FormText.key(headings[c]));
          BigDecimal amount = amount(r, c, d);
          sum.add(c, headings[c], amount);
          if (kind != null && amount != null) {
            d.funds.add(FundSource.builder()
                .kind(kind)
                .budget(amount)
                .label(FundSource.labelBeside(kind, FormText.key(headings[c])))
                .build());
          }
        }
        case TOTAL -> total = amount(r, c, d);
        case ACTUAL -> actual = amount(r, c, d);
        case RATE -> rateColumn = c;
      }
    }
    if (!d.fundsTotalRead) {
      d.fundsTotalRead = true;
      if (total == null && sum.column >= 0) {
        // no 合计 printed (no column, or a blank one) under sources that are all printed: what a
        // reader adds up is the budget, and the reader says so
        total = sum.total;
        sink.report(FormDiagnostics.BUDGET_FROM_SOURCES, Severity.INFO,
            Msg.of("JX-I-0267").arg("budget", total.toPlainString()).arg("sources", sum.parts.toString()),
            r, sum.column, g.text(r, sum.column));
      }
      d.budget = total;
      d.actual = actual;
      if (rateColumn >= 0) {
        d.rate = rate(r, rateColumn, total, actual);
      }
    }
    return true;
  }

  /** The printed source figures added up, with the column of the first and what each heading printed. */
  private static final class SourcesSum {
    BigDecimal total = BigDecimal.ZERO;
    /** The first source column with a figure, -1 when none has one. */
    int column = -1;
    final StringBuilder parts = new StringBuilder();

    void add(int c, String heading, @Nullable BigDecimal amount) {
      if (amount == null) {
        return; // a blank source: no money from it (an unreadable one never opens the block, see figures)
      }
      total = total.add(amount);
      if (column < 0) {
        column = c;
      } else {
        parts.append(" + ");
      }
      parts.append(FormText.key(heading)).append(' ').append(amount.toPlainString());
    }
  }

  /** An amount in the form's unit: one printed with another unit (5.5万元 on a form in 元) is converted, and said. */
  private @Nullable BigDecimal amount(int r, int c, FormDraft d) {
    String text = g.text(r, c);
    FormNumber n = FormNumber.parse(text, true);
    BigDecimal v = n.value();
    MoneyUnit attached = n.unit();
    if (v == null || attached == null) {
      return v;
    }
    if (d.moneyUnit == null) {
      d.moneyUnit = attached;
      return v;
    }
    if (attached == d.moneyUnit) {
      return v;
    }
    sink.report(FormDiagnostics.UNIT_CONVERTED, Severity.INFO,
        Msg.of("JX-I-0213").arg("from", attached.label()).arg("to", d.moneyUnit.label()), r, c, text);
    return attached.convert(v, d.moneyUnit);
  }

  /** The stated rate in percent: 100% as printed, a bare fraction (0.958) scaled as the standard block scales it. */
  private @Nullable BigDecimal rate(int r, int c, @Nullable BigDecimal total, @Nullable BigDecimal actual) {
    String text = g.text(r, c);
    FormNumber n = FormNumber.parse(text, false);
    BigDecimal v = n.value();
    if (v == null || n.percent() || !FundsBlock.isFraction(v, total, actual)) {
      return v;
    }
    BigDecimal scaled = v.movePointRight(2);
    sink.report(FormDiagnostics.RATE_AS_FRACTION, Severity.INFO,
        Msg.of("JX-I-0215").arg("rate", scaled.stripTrailingZeros().toPlainString()), r, c, text);
    return scaled;
  }
}

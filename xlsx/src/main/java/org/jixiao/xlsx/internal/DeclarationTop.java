package org.jixiao.xlsx.internal;

import static org.jixiao.xlsx.internal.DeclarationSheet.diagnostic;
import static org.jixiao.xlsx.internal.DeclarationSheet.firstColumn;
import static org.jixiao.xlsx.internal.DeclarationSheet.firstText;
import static org.jixiao.xlsx.internal.DeclarationSheet.labels;
import static org.jixiao.xlsx.internal.DeclarationSheet.rowText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.grid.DocumentTitle;
import org.jixiao.xlsx.internal.DeclarationLabels.Field;
import org.jspecify.annotations.Nullable;

/**
 * The top block of one declaration, the rows above its indicator header: the title, the
 * label/value pairs (项目名称, 主管部门, 项目总金额, 年度目标 …), the unit a line states (金额单位：万元),
 * the funds printed under the amounts, a table of costs (测算依据) and the sign-off lines. A cell no
 * field takes is kept as a stray cell. One instance reads one declaration: {@link #read()}, then
 * {@link #settle} once every row is read, since the name, the goal and the money unit depend on
 * what the whole block printed.
 */
final class DeclarationTop {
  private final CellGrid g;
  private final int top; // the indicator header's row, or the grid's height
  private final Project.Builder p;
  private final List<Finding> diagnostics;
  private final Locale locale;
  private final int titleRow;
  private final int titleFrom;
  private final Optional<String> title;
  final List<StrayCell> strays = new ArrayList<>();
  final List<String> notes = new ArrayList<>(); // the closing notes and sign-off lines, as printed
  final Set<Field> printed = EnumSet.noneOf(Field.class); // each field the form has a label for
  private final Map<Field, String> given = new EnumMap<>(Field.class); // each field's first value
  private final Set<Long> taken = new HashSet<>(); // cells read as the value of a label above them
  private final Amount[] amounts = new Amount[2]; // 项目总金额, 本年度项目金额
  private final List<FundSource> funds = new ArrayList<>(); // 其中：财政拨款 | 500 under 年度资金总额
  private Optional<MoneyUnit> stated = Optional.empty(); // 金额单位：元 above the form, 资金情况（万元） beside its amounts
  private OptionalInt budgetYear = OptionalInt.empty(); // (2021年度) under the title
  private Optional<BigDecimal> costsTotal = Optional.empty();
  private boolean named;
  private String unitName = "";
  private String departmentName = "";
  private String @Nullable [] longTerm; // its label and value

  /** An amount of the top block: its value, the unit its label or text names if any, and where it is. */
  private record Amount(BigDecimal value, Optional<MoneyUnit> named, String label, String text, Location at) {
    MoneyUnit unit(MoneyUnit fallback) {
      return named.orElse(fallback);
    }
  }

  DeclarationTop(CellGrid g, int top, Project.Builder p, List<Finding> diagnostics, Locale locale) {
    this.g = g;
    this.top = top;
    this.p = p;
    this.diagnostics = diagnostics;
    this.locale = locale;
    this.titleRow = titleRow(g, top);
    this.titleFrom = titleStart(g, titleRow);
    this.title = titleRow < 0 ? Optional.empty() : Optional.of(titleText(g, titleFrom, titleRow));
  }

  Optional<String> title() {
    return title;
  }

  OptionalInt budgetYear() {
    return budgetYear;
  }

  /** Reads every row above the indicator header into the project's builder. */
  void read() {
    for (int r = 0; r < top; r++) {
      Optional<DeclarationCosts.Table> costs = DeclarationCosts.at(g, r, top);
      if (costs.isPresent()) {
        costs(r, costs.get());
        r = costs.get().lastRow();
        continue;
      }
      List<Integer> labels = labels(g, r);
      if (labels.isEmpty() && DeclarationLabels.isSignOffLine(rowText(g, r))) {
        notes.add(rowText(g, r)); // 填表人： | 审核人： above the indicators: the form's sign-off, kept as a note
      } else if (labels.isEmpty()) {
        unlabelled(r);
      } else {
        labelled(r, labels);
      }
    }
  }

  private void costs(int r, DeclarationCosts.Table t) {
    printed.add(Field.CALCULATION);
    if (given.putIfAbsent(Field.CALCULATION, t.basis()) == null) {
      p.calculationBasis(t.basis());
    }
    costsTotal = t.total();
    for (int row = r; row <= t.lastRow(); row++) {
      for (int c = firstColumn(g, row); c >= 0; c = firstColumn(g, row, c + 1)) {
        if (!t.reads(g, r, row, c)) { // 2021年实际执行数 and the like: kept under their heading
          Optional<String> heading = row == r || g.text(r, c).isEmpty() ? Optional.empty() : Optional.of(g.text(r, c));
          keep(row, c, heading);
        }
      }
    }
  }

  /** A row without a label: the title, a year or unit line, a fund under the amounts, or stray text. */
  private void unlabelled(int r) {
    int from = firstColumn(g, r);
    if (r >= titleFrom && r <= titleRow) {
      from = firstColumn(g, r, from + 1); // a unit or a date beside the title is kept too
    } else if (from >= 0 && firstColumn(g, r, from + 1) < 0 && budgetYear.isEmpty()) {
      budgetYear = DeclarationLabels.yearLine(g.text(r, from));
      if (budgetYear.isPresent()) {
        return; // its meaning is the budget year: read, not kept aside
      }
    }
    Optional<DeclarationFunds.Read> fund = DeclarationFunds.read(g, r);
    if (fund.isPresent()) {
      DeclarationFunds.Read f = fund.get();
      funds.add(f.fund());
      taken.add(cell(r, f.labelColumn()));
      taken.add(cell(r, f.amountColumn()));
      // the fund's own breakdown (其中:上级财政资金:…) stays as printed, under the fund's label
      if (f.breakdown().isPresent()) {
        strays.add(StrayCell.of(DeclarationIndicators.line(g, r), f.amountColumn(), Optional.of(f.label()), f.breakdown().get()));
      }
    }
    for (int c = from; c >= 0; c = firstColumn(g, r, c + 1)) {
      Optional<MoneyUnit> unit = DeclarationValues.statedUnit(g.text(r, c));
      if (unit.isPresent() && stated.isEmpty()) {
        stated = unit; // the unit line's meaning is the unit: it is read, not kept aside
      } else if (!taken.contains(cell(r, c))) {
        keep(r, c, Optional.empty());
      }
    }
  }

  /** A row with labels of the top block at {@code labels}, each followed by its value. */
  private void labelled(int r, List<Integer> labels) {
    // a caption left of the row's first label (基本信息 | 项目名称： …) is no field's value, but a
    // caption that names the unit (资金情况（万元）) says what the amounts beside it are in
    for (int c = firstColumn(g, r); c >= 0 && c < labels.get(0); c = firstColumn(g, r, c + 1)) {
      Optional<MoneyUnit> unit = DeclarationValues.statedUnit(g.text(r, c));
      if (unit.isPresent() && stated.isEmpty()) {
        stated = unit;
      } else {
        keep(r, c, Optional.empty());
      }
    }
    for (int k = 0; k < labels.size(); k++) {
      label(r, labels.get(k), k + 1 < labels.size() ? labels.get(k + 1) : g.width(r));
    }
  }

  /** The label in column {@code c} of row {@code r}, whose value stands before column {@code end}. */
  private void label(int r, int c, int end) {
    Optional<DeclarationLabels.Inline> inline = DeclarationLabels.inline(g.text(r, c));
    String label = inline.map(DeclarationLabels.Inline::label).orElse(g.text(r, c));
    String value = inline.map(DeclarationLabels.Inline::value).orElse("");
    int at = c;
    // a cell the form prints as a label (单位负责人:, 项目负责人, 项目申报的可行性(450字内)) before
    // any value: the field is blank, and that cell and those after it are the other label's
    int other = -1;
    for (int v = c + 1; v < end && value.isEmpty(); v++) {
      String t = g.text(r, v);
      if (DeclarationLabels.isFormLabel(t) && !DeclarationLabels.isHeading(t)) {
        other = v;
        break;
      }
      value = t;
      at = v;
    }
    int valueRow = r;
    // the value under its label (年度目标, then the text on the row below, which has no label):
    // when nothing is beside the label, or only the heading of another column
    // (texts only: an amount stands beside its label, and the row below it is a fund's); a
    // label printed below (项目立项的依据, then 项目申报的可行性) is no value of it
    boolean text = DeclarationLabels.field(label).filter(Field::isText).isPresent();
    int below = text && r + 1 < top && labels(g, r + 1).isEmpty() ? firstColumn(g, r + 1, c) : -1;
    boolean labelBelow = below >= 0 && DeclarationLabels.isFormLabel(g.text(r + 1, below));
    if (below >= 0 && below < (other >= 0 ? other : end) && !labelBelow && inline.isEmpty()
        && (value.isEmpty() || DeclarationLabels.isHeading(value))) {
      if (!value.isEmpty()) {
        keep(r, at, Optional.of(label));
      }
      value = g.text(r + 1, below);
      at = below;
      valueRow = r + 1;
      taken.add(cell(r + 1, below));
    }
    // the label's value is its first filled cell; another one before the next label is no
    // field of the form, and is kept rather than dropped
    for (int v = at + 1; v < end && !value.isEmpty() && valueRow == r; v++) {
      if (!g.text(r, v).isEmpty()) {
        keep(r, v, Optional.of(label));
      }
    }
    if (other >= 0) {
      // kept as printed: the other label, and what follows it under that label
      Optional<String> under = Optional.empty();
      for (int v = other; v < end; v++) {
        String t = g.text(r, v);
        if (t.isEmpty()) {
          continue;
        }
        boolean otherLabel = DeclarationLabels.isFormLabel(t);
        keep(r, v, otherLabel ? Optional.empty() : under);
        if (otherLabel) {
          under = Optional.of(t);
        }
      }
    }
    Field f = DeclarationLabels.field(label).orElseThrow();
    printed.add(f);
    if (value.isEmpty()) {
      return;
    }
    String earlier = given.putIfAbsent(f, value);
    if (earlier != null) {
      // 申请单位 then 实施单位, 政策依据 then 立项依据: the first value stays; a different second
      // one is kept under its label rather than written over it
      if (!earlier.equals(value)) {
        strays.add(StrayCell.of(DeclarationIndicators.line(g, valueRow), at, Optional.of(label), value));
      }
      return;
    }
    value(f, label, value, at, g.location(valueRow, at));
  }

  /** The first value of field {@code f}, printed at column {@code at} and location {@code where}. */
  private void value(Field f, String label, String value, int at, Location where) {
    switch (f) {
      case CODE -> p.code(value);
      case NAME -> {
        p.name(value);
        named = true;
      }
      case UNIT -> {
        p.unit(value);
        unitName = value;
      }
      case DEPARTMENT -> {
        p.department(value);
        departmentName = value;
      }
      case PERIOD -> p.period(value);
      case TYPE -> {
        // 项目属性 | 新增项目□ 延续项目R: a choice between new and continuing is whether the project is new
        Optional<Boolean> fresh = DeclarationValues.newOrContinuing(value);
        if (fresh.isPresent()) {
          p.newProject(fresh.get());
          printed.add(Field.NEW);
        } else {
          p.projectType(DeclarationValues.ticked(value).orElse(value)); // 1.基本建设类■ 2.行政事业类□: 基本建设类
        }
      }
      case NEW -> {
        Optional<Boolean> yes =
            DeclarationValues.yesNo(DeclarationValues.ticked(value).orElse(value)).or(() -> DeclarationValues.newOrContinuing(value));
        if (yes.isPresent()) {
          p.newProject(yes.get());
        } else {
          notAValue(at, label, value, where, "JX-X-0150");
        }
      }
      case ALLOCATION -> p.allocationMethod(value);
      case TOTAL, AMOUNT -> {
        Optional<DeclarationFunds.AmountCell> amount = DeclarationFunds.amountCell(value);
        if (amount.isPresent()) {
          DeclarationFunds.AmountCell a = amount.get();
          // the unit is the label's or the amount's (项目总金额（元）, 65万元), else the one stated
          // for the form; it is settled when the whole top block has been read
          amounts[f == Field.TOTAL ? 0 : 1] =
              new Amount(a.amount(), DeclarationValues.unitNamed(label, a.amountText()), label, value, where);
          funds.addAll(a.funds()); // the funds block written in the amount's cell
          if (a.breakdown().isPresent()) {
            strays.add(kept(where, at, label, a.breakdown().get())); // kept as printed, as a fund's
          }
        } else {
          notAValue(at, label, value, where, "JX-X-0151");
        }
      }
      case POLICY -> p.policyBasis(value);
      case CALCULATION -> p.calculationBasis(value);
      case GOAL -> p.goal(value);
      case LONG_TERM -> longTerm = new String[] {label, value}; // settled below: it may be the only goal
    }
  }

  /** A value kept under its label, on the line of its location when the location has one. */
  private static StrayCell kept(Location where, int at, String label, String value) {
    StrayCell.Builder cell = StrayCell.builder().column(at).header(label).text(value);
    where.line().ifPresent(cell::line);
    return cell.build();
  }

  /** Keeps a value its field cannot take as a stray cell under its label, and says why (JX-X-0102). */
  private void notAValue(int at, String label, String value, Location where, String problem) {
    strays.add(kept(where, at, label, value));
    diagnostics.add(
        diagnostic("JX-X-0102", Severity.WARNING, where, locale,
            "label", label, "value", value, "problem", XlsxProblems.part(problem, "value", value)));
  }

  /**
   * Settles what depends on the whole block: the project's name when no field gave one, its goal
   * when only an overall one is printed, and the unit of its amounts. {@code index} is the
   * declaration's position; {@code sheet} whether it is a worksheet (else a slice of text).
   */
  void settle(int index, boolean sheet) {
    settleName(index, sheet);
    String[] overall = longTerm;
    if (overall != null) {
      // 总体目标 with no 年度目标 beside it is the goal of the year the declaration asks money for
      if (!given.containsKey(Field.GOAL) && DeclarationLabels.isOverallGoal(overall[0])) {
        p.goal(overall[1]);
        printed.add(Field.GOAL);
      } else {
        p.longTermGoal(overall[1]);
      }
    }
    settleAmounts();
    p.funds(funds);
  }

  private void settleName(int index, boolean sheet) {
    Optional<String> titled = named ? Optional.empty() : title.flatMap(DocumentTitle::projectName);
    if (titled.isPresent()) {
      // a table of targets printed for one project names it in its title only: the title is
      // printed on the form, where a sheet's name or a place in the text is not
      diagnostics.add(diagnostic("JX-X-0116", Severity.INFO, g.location(titleRow, firstColumn(g, titleRow)), locale,
          "title", title.orElse(""), "name", titled.get()));
      p.name(titled.get());
    } else if (!named && title.map(DeclarationTop::ofAWholeBody).orElse(false) && !(unitName + departmentName).isEmpty()) {
      String body = unitName.isEmpty() ? departmentName : unitName; // the unit filing it, else its department
      // 部门整体 / 单位整体绩效目标表: the department or unit is what it declares targets for, as
      // the form reader names a department-wide form by its department
      diagnostics.add(diagnostic("JX-X-0121", Severity.INFO, g.location(titleRow, firstColumn(g, titleRow)), locale,
          "title", title.orElse(""), "name", body));
      p.name(body);
    } else if (!named && sheet) {
      diagnostics.add(diagnostic("JX-X-0107", Severity.WARNING, g.location(0, 0), locale, "sheet", g.name()));
      p.name(g.name().isBlank() ? "（未命名）" : g.name());
    } else if (!named) {
      // a file's name is no project's: several declarations may share it
      String placeholder = "未命名项目" + (index + 1);
      diagnostics.add(diagnostic("JX-X-0114", Severity.WARNING, g.location(Math.min(top, g.height() - 1), 0), locale, "seq", index + 1, "placeholder", placeholder));
      p.name(placeholder);
    }
  }

  /**
   * The project's unit is its year's amount's (本年度项目金额), else its total's, else the one the
   * form states (金额单位：元), else 万元; a total in another unit is converted to it.
   */
  private void settleAmounts() {
    MoneyUnit fallback = stated.orElse(MoneyUnit.WAN_YUAN);
    Amount total = amounts[0];
    Amount year = amounts[1];
    if (year == null && costsTotal.isPresent()) {
      // no 本年度金额 printed: the 合计 of the cost table is what the year asks for
      year = new Amount(costsTotal.get(), Optional.empty(), "合计", costsTotal.get().toPlainString(), g.location(0, 0));
    }
    MoneyUnit unit = year != null ? year.unit(fallback) : total != null ? total.unit(fallback) : fallback;
    p.moneyUnit(unit);
    if (total != null) {
      BigDecimal value = total.value();
      MoneyUnit totalUnit = total.unit(fallback);
      if (totalUnit != unit) {
        // 项目总金额（元） beside 本年度项目金额（万元）: the project's amounts are in one unit
        value = totalUnit.convert(value, unit);
        diagnostics.add(
            diagnostic("JX-X-0111", Severity.INFO, total.at(), locale,
                "label", total.label(), "value", total.text(), "from", totalUnit.label(), "to", unit.label(),
                "converted", value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString()));
      }
      p.totalAmount(value);
    }
    if (year != null) {
      p.budget(year.value());
    }
  }

  /** Whether a title is of a table of targets for a department or unit as a whole (整体绩效目标表). */
  private static boolean ofAWholeBody(String title) {
    return DeclarationLabels.fold(title).contains("整体"); // 整體 too
  }

  /**
   * The row of the title above the top block: the first row without a label whose first cell is
   * a declaration's title (…申报表, …目标表), else the first row without a label (a sheet's only
   * line above the fields), else none.
   */
  private static int titleRow(CellGrid g, int top) {
    int first = -1;
    for (int r = 0; r < top; r++) {
      int c = firstColumn(g, r);
      if (c < 0 || !labels(g, r).isEmpty()) {
        continue;
      }
      if (DeclarationLabels.isTitle(g.text(r, c))) {
        return r;
      }
      if (first < 0) {
        first = r;
      }
    }
    return first;
  }

  /**
   * The first row of a title that wraps over lines alone on their rows (某市农业专项(某某 |
   * 资源化利用项目)2022年 | 中央预算内投资计划绩效目标表): the lines just above the title's last that
   * hold one cell, no label, no unit and no year line, and do not end a sentence.
   */
  private static int titleStart(CellGrid g, int titleRow) {
    int from = titleRow;
    while (from > 0) {
      int r = from - 1;
      int c = firstColumn(g, r);
      if (c < 0 || firstColumn(g, r, c + 1) >= 0 || !labels(g, r).isEmpty()) {
        break;
      }
      String t = g.text(r, c);
      if (DeclarationValues.statedUnit(t).isPresent() || DeclarationLabels.yearLine(t).isPresent() || t.endsWith("。") || t.length() > 40
          || DeclarationLabels.isTitle(t) || t.startsWith("附表") || t.startsWith("附件")) {
        break;
      }
      from = r;
    }
    return from;
  }

  private static String titleText(CellGrid g, int from, int to) {
    StringBuilder title = new StringBuilder();
    for (int r = from; r <= to; r++) {
      title.append(firstText(g, r));
    }
    return title.toString();
  }

  private static long cell(int r, int c) {
    return ((long) r << 32) | c;
  }

  /** Keeps a cell that is no field of the form as a stray cell, and reports it (JX-X-0105). */
  private void keep(int r, int c, Optional<String> header) {
    strays.add(StrayCell.of(DeclarationIndicators.line(g, r), c, header, g.text(r, c)));
    diagnostics.add(diagnostic("JX-X-0105", Severity.INFO, g.location(r, c), locale, "text", g.text(r, c)));
  }
}

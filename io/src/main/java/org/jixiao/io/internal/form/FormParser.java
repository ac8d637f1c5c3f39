package org.jixiao.io.internal.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.internal.table.DeclarationFields;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * Reads the single-project forms of a grid, row by row. A form starts at its title (a row with a
 * lone cell naming a 自评表) or at its 项目名称 (部门 on a department-wide form); its blocks are
 * recognised by their labels wherever they are: the top label/value pairs, the funds block, the
 * 年度总体目标 block, the indicator block, then 总分 / 合计 and the closing rows.
 */
public final class FormParser {
  /** The first cell of a row the writer uses for a stray cell: column, header, text follow. */
  public static final String STRAY_MARKER = "【未归位单元格】";

  private static final Set<String> TOTAL_KEYS = Set.of("总分", "合计", "总计", "自评总分", "总得分");

  private enum Section {
    TOP,
    FUNDS,
    GOAL,
    MANAGEMENT,
    INDICATORS,
    AFTER
  }

  private final FormGrid g;
  private final FormSink sink;
  private final MoneyUnit defaultUnit;
  private final List<FormDraft> drafts = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private @Nullable FormDraft d;
  private Section section = Section.TOP;
  private @Nullable FundsBlock funds;
  private @Nullable IndicatorBlock indicators;
  private @Nullable GoalBlock goal;
  /** The funds block printed as label / figure pairs with no column headings, when open. */
  private @Nullable FundsPairs pairs;
  private final UnitLine unitAbove = new UnitLine();
  private final StatedTotal totals;
  private final ManagementBlock management;
  /** The form's left edge: the column of its labels (项目名称, 总分, 存在问题 …). */
  private int labelColumn;
  /**
   * Whether the form started at its title, which says nothing of where its labels are: a title
   * centred over a merged cell is extracted into column 2 or 3, or alone into a later one.
   */
  private boolean edgeFromTitle;

  public FormParser(CellGrid grid, FormSink sink, MoneyUnit defaultUnit, int maxCellLength, int maxColumns) {
    this.g = new FormGrid(grid, maxCellLength, maxColumns);
    this.sink = sink;
    this.defaultUnit = defaultUnit;
    this.totals = new StatedTotal(g, sink);
    this.management = new ManagementBlock(g, sink);
  }

  public PerformanceTable parse() {
    int h = g.height();
    for (int r = 0; r < h; r++) {
      int first = g.first(r);
      if (first >= 0) {
        row(r, first);
      }
    }
    return finish();
  }

  private void row(int r, int first) {
    String firstText = g.text(r, first);
    if (firstText.equals(STRAY_MARKER) && d != null) {
      markerStray(r, first);
      return;
    }
    String k0 = FormText.key(firstText);
    if (isTitle(r, first, firstText)) {
      if (d == null || d.hasContent()) {
        start(r, first, true);
      }
      FormDraft draft = current();
      draft.title = draft.title == null ? firstText : draft.title + " " + firstText;
      int y = FormText.year(firstText);
      if (y > 0 && draft.year < 0) {
        draft.year = y;
      }
      return;
    }
    FormDraft draft = d;
    if (draft == null) {
      if (FormLabels.isNameLabel(k0)) {
        start(r, first, false);
        labelRow(r);
      } else {
        outside(r, first);
      }
      return;
    }
    if (first == labelColumn && FormLabels.isNameLabel(k0) && draft.name != null
        && section != Section.TOP) {
      start(r, first, false);
      labelRow(r);
      return;
    }
    if (section == Section.TOP && !draft.hasContent() && g.count(r) == 1 && FormTitles.yearLine(firstText)
        && (draft.year < 0 || draft.year == FormText.year(firstText))) {
      // (2022年度) under the title: read as the year. Any other text with a year in it
      // (填报日期：2024年3月1日), or another year, goes on to be kept below rather than dropped
      draft.year = FormText.year(firstText);
      return;
    }
    if (edgeFromTitle && section == Section.TOP) {
      // the labels stand leftmost: the edge is the leftmost first cell of the rows under the
      // title, up to the first block (a 金额单位 line may stand right, 项目名称 does not)
      labelColumn = Math.min(labelColumn, first);
    }
    if (section == Section.AFTER && g.count(r) == 1 && unitAbove.take(g, r, first)) {
      return; // after a form's 总分: a unit line belongs to the form below it
    }
    if (section != Section.INDICATORS && section != Section.AFTER && (management.opens(r, first, labelColumn, draft)
        || (section == Section.MANAGEMENT && management.reads(r, first, draft)))) {
      section = Section.MANAGEMENT; // the transfer template's 资金管理情况, between the funds and the goal
      return;
    }
    if (first == labelColumn && isFundsLabel(k0) && draft.moneyUnit == null) {
      draft.moneyUnit = FundsBlock.unitIn(FormText.folded(firstText)); // 资金情况 (万元) with its figures beside
    }
    if (FundsBlock.isHeader(g, r)) {
      funds = FundsBlock.open(g, sink, r);
      pairs = null;
      section = Section.FUNDS;
      if (funds.unit != null && draft.moneyUnit == null) {
        draft.moneyUnit = funds.unit;
      }
      for (int c = 0; c < funds.firstDataColumn; c++) {
        String t = g.text(r, c);
        if (!t.isEmpty() && FundsBlock.unitIn(FormText.folded(t)) == null && FormText.bracketPoints(t) == null
            && !FormText.key(t).isEmpty() && !isFundsLabel(FormText.key(t))) {
          draft.stray(c, null, t);
        }
      }
      funds.readPairs(r, draft);
      return;
    }
    FundsBlock f = funds;
    if (section == Section.FUNDS && f != null && f.read(r, draft)) {
      return;
    }
    FundsPairs fp = pairs;
    if (section == Section.FUNDS && fp != null && first > labelColumn && fp.read(r, first, draft)) {
      return; // a row of pairs under the block's caption
    }
    if (section != Section.INDICATORS && first == labelColumn && isFundsLabel(k0)) {
      FundsPairs opened = new FundsPairs(g, sink);
      if (opened.read(r, first + 1, draft)) {
        pairs = opened;
        funds = null;
        section = Section.FUNDS;
        return;
      }
    }
    if (section != Section.INDICATORS && GoalBlock.opens(g, r, first, labelColumn)) {
      goal = GoalBlock.open(g, sink, r, draft);
      section = Section.GOAL;
      return;
    }
    if (IndicatorBlock.isUpperHeader(g, r) && r + 1 < g.height() && IndicatorBlock.isHeader(g, r + 1)) {
      return; // read with the row below
    }
    if (IndicatorBlock.isHeader(g, r)) {
      indicators = IndicatorBlock.open(g, sink, r, draft);
      section = Section.INDICATORS;
      return;
    }
    if (first == labelColumn && TOTAL_KEYS.contains(k0)) {
      totals.row(r, first, current(), indicators);
      section = Section.AFTER;
      return;
    }
    if (first == labelColumn && closing(r, first, k0)) {
      section = Section.AFTER;
      return;
    }
    IndicatorBlock ib = indicators;
    if (section == Section.INDICATORS && ib != null
        && !((first < ib.cat1Column && !ib.repeatsLabelsOnTheLeft(r)) || (first == ib.cat1Column && first == labelColumn
            && !IndicatorBlock.namesCategory(firstText) && g.count(r) == 1))) {
      ib.read(r, draft);
      return;
    }
    GoalBlock gb = goal;
    if (section == Section.GOAL && gb != null && gb.wantsContent()) {
      gb.content(r, draft);
      return;
    }
    if (section == Section.GOAL && gb != null && gb.continues(first, labelColumn)) {
      gb.more(r, draft);
      return;
    }
    if (section == Section.TOP || isLabelValueRow(r, first)) {
      labelRow(r);
      return;
    }
    strayRow(r, section == Section.AFTER || section == Section.GOAL ? Severity.INFO : Severity.WARNING);
  }

  private static boolean isFundsLabel(String key) {
    return key.startsWith("项目资金") || key.startsWith("预算执行情况") || key.startsWith("资金情况")
        || key.startsWith("预算资金") || key.startsWith("年度预算");
  }

  private FormDraft current() {
    FormDraft draft = d;
    if (draft == null) {
      throw new IllegalStateException("no form");
    }
    return draft;
  }

  /**
   * Whether a row is a form's title: one cell naming a 自评表. Between forms (before the first,
   * after a form's 总分) any such cell; inside a form only one that is a title by itself (the next
   * form's, after one cut short), not a goal, an indicator or a note that mentions the form
   * (按时完成项目支出绩效自评表填报, 完成绩效自评表, 注：本自评表金额单位为万元): each started a
   * phantom project and took the rest of its form with it.
   */
  private boolean isTitle(int r, int first, String text) {
    if (g.count(r) != 1 || text.length() > 80) {
      return false;
    }
    String folded = FormText.folded(text);
    if (!folded.contains("自评表") || FormLabels.isNameLabel(FormText.key(text)) || FormTitles.isNote(folded)) {
      return false;
    }
    FormDraft draft = d;
    boolean between = draft == null || section == Section.AFTER || (section == Section.TOP && !draft.hasContent());
    return between || FormTitles.namesAForm(folded);
  }

  /** @param atTitle whether the form starts at its title row (else at its 项目名称) */
  private void start(int r, int first, boolean atTitle) {
    FormDraft draft = new FormDraft(r);
    draft.startLine = g.grid.location(r, first).line().orElse(r + 1L);
    drafts.add(draft);
    d = draft;
    section = Section.TOP;
    funds = null;
    indicators = null;
    goal = null;
    pairs = null;
    unitAbove.applyTo(draft);
    labelColumn = atTitle ? Integer.MAX_VALUE : first;
    edgeFromTitle = atTitle;
  }

  /** The cells of row {@code r} from column {@code from}, tab-separated, without trailing empty ones. */
  private String joined(int r, int from) {
    StringBuilder line = new StringBuilder();
    int w = g.width(r);
    for (int c = from; c < w; c++) {
      if (c > from) {
        line.append('\t');
      }
      line.append(g.text(r, c));
    }
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == '\t') {
      end--;
    }
    line.setLength(end);
    return line.toString();
  }

  private void outside(int r, int first) {
    if (g.count(r) == 1 && unitAbove.take(g, r, first)) {
      return; // the unit of the form below, not a note
    }
    notes.add(joined(r, 0));
    boolean lone = g.count(r) == 1;
    sink.report(
        FormDiagnostics.OUTSIDE_FORM,
        lone ? Severity.INFO : Severity.WARNING,
        Msg.of("JX-I-0201"),
        r,
        first,
        g.text(r, first));
  }

  /** Whether the row's first cell is a top-block label (项目名称, 主管部门, 项目负责人:…). */
  private boolean isLabelValueRow(int r, int first) {
    String k = FormText.key(g.text(r, first));
    return FormLabels.topField(k) != null || FormLabels.colonLabel(g.text(r, first)) >= 0;
  }

  /** A row of label / value pairs: each label takes the next cell with text. */
  private void labelRow(int r) {
    FormDraft draft = current();
    int w = g.width(r);
    int c = g.next(r, 0);
    while (c >= 0 && c < w) {
      String t = g.text(r, c);
      String k = FormText.key(t);
      draft.scoreColumnLabel |= k.equals("自评得分"); // the points column's own label (安居 2021)
      int after = section == Section.TOP ? totals.header(r, c, draft) : -1;
      if (after >= 0) {
        c = g.next(r, after);
        continue;
      }
      String field = FormLabels.topField(k);
      int colon = FormLabels.colonLabel(t);
      if (field == null && colon >= 0) {
        String label = t.substring(0, colon).strip();
        String value = t.substring(colon + 1).strip();
        String f = FormLabels.topField(FormText.key(label));
        if (f != null && !value.isEmpty()) {
          set(draft, f, value, c, label);
        } else {
          draft.stray(c, label, value.isEmpty() ? t : value);
          keptInfo(r, c, t);
        }
        c = g.next(r, c + 1);
        continue;
      }
      int v = g.next(r, c + 1);
      String value = v >= 0 ? g.text(r, v) : "";
      if (field != null) {
        if (v < 0 || FormLabels.printedBlank(g, r, c, v)) {
          c = v; // a label printed blank (主管部门 with nothing after it)
          continue;
        }
        set(draft, field, value, v, t);
        c = g.next(r, v + 1);
      } else if (v >= 0 && FormLabels.topField(FormText.key(value)) == null && section == Section.TOP) {
        draft.stray(v, t, value);
        keptInfo(r, v, value);
        c = g.next(r, v + 1);
      } else {
        draft.stray(c, null, t);
        keptInfo(r, c, t);
        c = v;
      }
    }
  }

  private void keptInfo(int r, int c, String t) {
    sink.report(FormDiagnostics.KEPT_AS_STRAY, Severity.INFO, Msg.of("JX-I-0202"), r, c, t);
  }

  /**
   * The field's value once a second label gives it again (主管部门 then 主管单位): the first stays,
   * and a different second one is kept as a stray cell under its label rather than written over it.
   */
  private static String first(FormDraft draft, @Nullable String current, String value, int column, String label) {
    if (current == null || current.equals(value)) {
      return value;
    }
    draft.stray(column, label, value);
    return current;
  }

  private void set(FormDraft draft, String field, String value, int column, String label) {
    switch (field) {
      case "name":
        if (draft.name == null) {
          draft.name = value;
          String k = FormText.key(label);
          if (k.equals("部门") || k.equals("部门名称")) {
            draft.unit = draft.unit == null ? value : draft.unit; // a department-wide form names its unit
          }
        } else {
          draft.stray(column, label, value);
        }
        break;
      case "department":
        draft.readDepartment(value, column, label);
        break;
      case "unit":
        draft.unit = first(draft, draft.unit, value, column, label);
        break;
      case "filingUnit":
        if (FormText.key(label).equals("单位") && MoneyUnit.fromLabel(value.strip()).isPresent()) {
          moneyUnit(draft, value, column, label); // 单位：元 under the title: the amounts' unit, not a name
        } else {
          draft.filingUnit = first(draft, draft.filingUnit, value, column, label);
        }
        break;
      case "moneyUnit":
        if (MoneyUnit.fromLabel(value.strip()).isPresent()) {
          moneyUnit(draft, value, column, label);
        } else {
          draft.stray(column, label, value);
        }
        break;
      case "code":
        draft.code = first(draft, draft.code, value, column, label);
        break;
      case "projectType":
        draft.projectType = first(draft, draft.projectType, value, column, label);
        break;
      case "period":
        draft.period = first(draft, draft.period, value, column, label);
        break;
      case "declaration":
        String name = FormLabels.declarationLabel(FormText.key(label));
        String earlier = draft.declaration.get(name);
        if (DeclarationFields.problem(name, value) != null || (earlier != null && !earlier.equals(value))) {
          draft.stray(column, label, value); // not its kind of value, or a second one: kept beside it
        } else {
          draft.declaration.put(name, value);
        }
        break;
      case "statedCompletion":
        draft.statedCompletion = first(draft, draft.statedCompletion, value, column, label);
        break;
      case "seq":
        Integer seq = FormNumber.wholeNumber(value);
        if (seq != null && draft.seq == null) {
          draft.seq = seq;
        } else if (seq == null || !seq.equals(draft.seq)) {
          draft.stray(column, label, value);
        }
        break;
      case "governmentInvestment":
        Boolean yes = value.strip().equals("是") ? Boolean.TRUE : value.strip().equals("否") ? Boolean.FALSE : null;
        if (yes == null || (draft.governmentInvestment != null && !draft.governmentInvestment.equals(yes))) {
          draft.stray(column, label, value);
        } else {
          draft.governmentInvestment = yes;
        }
        break;
      default:
        draft.stray(column, label, value);
    }
  }

  /** The unit a 单位/金额单位 line states; a second, different one stays a stray cell. */
  private static void moneyUnit(FormDraft draft, String value, int column, String label) {
    MoneyUnit u = MoneyUnit.fromLabel(value.strip()).orElseThrow();
    if (draft.moneyUnit == null) {
      draft.moneyUnit = u;
    } else if (draft.moneyUnit != u) {
      draft.stray(column, label, value);
    }
  }

  /** The rows after the indicators: 评价结论, 存在问题, 改进措施, 自评等级, 注, 项目负责人 … */
  private boolean closing(int r, int first, String k0) {
    FormDraft draft = current();
    String value = "";
    int v = g.next(r, first + 1);
    if (v >= 0) {
      value = g.text(r, v);
    }
    if (k0.equals("存在问题") || k0.equals("存在的问题") || k0.equals("项目执行中存在的问题")) {
      if (!value.isEmpty()) {
        draft.problems = first(draft, draft.problems, value, v, g.text(r, first));
      }
    } else if (k0.equals("改进措施") || k0.equals("整改情况") || k0.equals("整改措施")) {
      if (!value.isEmpty()) {
        draft.rectification = first(draft, draft.rectification, value, v, g.text(r, first));
      }
    } else if (k0.startsWith("注") || k0.startsWith("备注") || k0.startsWith("说明")) {
      notes.add(joined(r, first)); // 注： | 本表金额单位为万元: the whole row, not its label alone
      return true;
    } else if (k0.equals("评价结论") || k0.equals("自评等级") || k0.equals("自评结论") || k0.startsWith("项目负责人")
        || k0.startsWith("财务负责人") || k0.startsWith("单位主要负责人") || k0.startsWith("填报人")) {
      keepRow(r, draft);
      return true;
    } else {
      return false;
    }
    int w = g.width(r);
    for (int c = v < 0 ? w : v + 1; c < w; c++) {
      if (!g.text(r, c).isEmpty()) {
        draft.stray(c, g.text(r, first), g.text(r, c));
      }
    }
    return true;
  }

  private void markerStray(int r, int first) {
    FormDraft draft = current();
    String col = g.text(r, first + 1);
    String header = g.text(r, first + 2);
    String text = g.text(r, first + 3);
    int column = -1;
    try {
      column = Integer.parseInt(col);
    } catch (NumberFormatException e) {
      column = -1;
    }
    if (column < 0 || text.isEmpty() || g.next(r, first + 4) >= 0) {
      // not the writer's marker row (a cell past the text would be lost): kept whole, and said
      strayRow(r, Severity.WARNING);
      return;
    }
    draft.strays.add(StrayCell.of(column, header.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(header), text));
  }

  private void strayRow(int r, Severity severity) {
    int first = keepRow(r, current());
    sink.report(FormDiagnostics.UNPLACED_ROW, severity, Msg.of("JX-I-0203"), r, first,
        first >= 0 ? g.text(r, first) : null);
  }

  /**
   * Keeps a row's cells as stray cells, each value with its label as header: the first cell of a
   * row with several labels the next, {@code 项目负责人:查小兵} is a label and a value, a label
   * ending in a colon with nothing after it is kept alone.
   *
   * @return the first column with text
   */
  private int keepRow(int r, FormDraft draft) {
    int w = g.width(r);
    int first = g.first(r);
    boolean several = g.count(r) > 1;
    @Nullable String label = null;
    int labelAt = -1;
    for (int c = 0; c < w; c++) {
      String t = g.text(r, c);
      if (t.isEmpty()) {
        continue;
      }
      int colon = FormLabels.colonLabel(t);
      boolean bareLabel = t.endsWith(":") || t.endsWith("：");
      if (colon >= 0 || bareLabel || (c == first && several)) {
        if (label != null) {
          draft.stray(labelAt, null, label);
        }
        if (colon >= 0) {
          draft.stray(c, t.substring(0, colon).strip(), t.substring(colon + 1).strip());
          label = null;
        } else {
          label = t;
          labelAt = c;
        }
      } else if (label != null) {
        String header = label;
        while (header.endsWith(":") || header.endsWith("：")) {
          header = header.substring(0, header.length() - 1);
        }
        draft.stray(c, header, t);
        label = null;
      } else {
        draft.stray(c, null, t);
      }
    }
    if (label != null) {
      draft.stray(labelAt, null, label);
    }
    return first;
  }

  private PerformanceTable finish() {
    PerformanceTable.Builder table = PerformanceTable.builder();
    unitAbove.finish(drafts, notes);
    if (drafts.isEmpty()) {
      sink.report(FormDiagnostics.NO_FORM, Severity.ERROR, Msg.of("JX-I-0204"), -1, -1, null);
      return table.moneyUnit(defaultUnit).notes(notes).build();
    }
    MoneyUnit unit = null;
    int n = 0;
    String firstTitle = drafts.get(0).title;
    int firstYear = drafts.get(0).year;
    for (FormDraft draft : drafts) {
      n++;
      if (n > 1) {
        // the table has the first form's title and year; another form's own are kept with its project
        String title = draft.title;
        if (title != null && !title.equals(firstTitle)) {
          draft.stray(0, "标题", title);
        }
        if (draft.year > 0 && draft.year != firstYear
            && (title == null || title.equals(firstTitle) || !title.contains(Integer.toString(draft.year)))) {
          draft.stray(0, "年度", draft.year + "年度");
        }
      }
      if (draft.moneyUnit == null) {
        sink.report(ReadDiagnostics.NO_MONEY_UNIT, Severity.INFO,
            Msg.of("JX-I-0205").arg("unit", defaultUnit.label()), draft.startRow, -1, null);
      }
      MoneyUnit formUnit = draft.moneyUnit == null ? defaultUnit : draft.moneyUnit;
      if (unit == null) {
        unit = formUnit;
        table.title(java.util.Optional.ofNullable(draft.title));
        if (draft.year > 0) {
          table.fiscalYear(draft.year);
        }
      }
      if (draft.name == null) {
        sink.report(ReadDiagnostics.MISSING_NAME, Severity.WARNING,
            Msg.of("JX-I-0206").arg("placeholder", "未命名项目" + n), draft.startRow, -1, draft.title);
      }
      totals.settle(draft);
      weightTotal(draft);
      PointsInValueColumns.check(draft, sink);
      Project p = draft.build("未命名项目" + n, formUnit);
      if (formUnit != unit) {
        sink.report(FormDiagnostics.MIXED_UNITS, Severity.INFO,
            Msg.of("JX-I-0207").arg("unit", formUnit.label()).arg("first", unit.label()),
            draft.startRow, -1, null);
        p = p.convertTo(unit);
      }
      table.addProjects(p);
    }
    return table.moneyUnit(unit == null ? defaultUnit : unit).notes(notes).build();
  }

  /** A 总分 row's 分值 is kept only when it is not the sum of the form's 分值 (else derivable). */
  private void weightTotal(FormDraft draft) {
    BigDecimal printed = draft.totalWeight;
    if (printed == null) {
      return;
    }
    BigDecimal sum = draft.weightSum();
    if (sum != null && sum.compareTo(printed) == 0) {
      return;
    }
    draft.stray(draft.totalWeightColumn, "总分/分值", g.text(draft.totalWeightRow, draft.totalWeightColumn));
    Msg msg =
        sum == null
            ? Msg.of("JX-I-0209").arg("printed", printed.toPlainString())
            : Msg.of("JX-I-0208").arg("printed", printed.toPlainString()).arg("sum", sum.toPlainString());
    sink.report(FormDiagnostics.EXTRA_FIGURE, Severity.INFO, msg,
        draft.totalWeightRow, draft.totalWeightColumn, printed.toPlainString());
  }
}

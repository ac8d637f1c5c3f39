package org.jixiao.io.internal.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.form.FormDiagnostics;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.grid.DocumentTitle;
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

  /**
   * The first cell of the row a form's writer adds for an indicator its copy cut off ({@code
   * Indicator.cutOff()}): the marker, then the indicator's number (1 for the first). A written form
   * no longer ends in that indicator's row, so the mark needs a row of its own to read back.
   */
  public static final String CUT_OFF_MARKER = "【副本截断】";

  /** The labels of a form's total row. */
  static final Set<String> TOTAL_KEYS = Set.of("总分", "合计", "总计", "自评总分", "总得分");

  private enum Section {
    TOP,
    FUNDS,
    GOAL,
    /** Past a 存在问题 / 改进措施 row printed above the form's indicator header: the form goes on. */
    PROBLEMS,
    MANAGEMENT,
    DECISION,
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
  /** The funds block printed by source in columns, until its row of figures is read. */
  private @Nullable FundsBySource sources;
  /** The funds block printed as label / figure pairs with no column headings, when open. */
  private @Nullable FundsPairs pairs;
  private final UnitLine unitAbove = new UnitLine();
  private final StatedTotal totals;
  private final ManagementBlock management;
  private final DecisionManagementBlock decision;
  private final TopFields topFields;
  private final StrayRows strays;
  private final ClosingRows closingRows;
  /** The form's left edge: the column of its labels (项目名称, 总分, 存在问题 …). */
  private int labelColumn;
  /**
   * Whether the form started at its title, which says nothing of where its labels are: a title
   * centred over a merged cell is extracted into column 2 or 3, or alone into a later one.
   */
  private boolean edgeFromTitle;

  /** The last row with text read so far, -1 before one. */
  private int lastRow = -1;

  /** Rows outside every form: notes, a report above the first form ({@link OutsideRows}). */
  private final OutsideRows outside;

  public FormParser(CellGrid grid, FormSink sink, MoneyUnit defaultUnit, int maxCellLength, int maxColumns) {
    this.g = new FormGrid(grid, maxCellLength, maxColumns);
    this.sink = sink;
    this.defaultUnit = defaultUnit;
    this.totals = new StatedTotal(g, sink);
    this.management = new ManagementBlock(g, sink);
    this.decision = new DecisionManagementBlock(g, sink);
    this.topFields = new TopFields(g, sink, totals);
    this.strays = new StrayRows(g, sink);
    this.closingRows = new ClosingRows(g, strays, notes);
    this.outside = new OutsideRows(g, sink, notes, unitAbove);
  }

  public PerformanceTable parse() {
    int h = g.height();
    for (int r = 0; r < h; r++) {
      int first = g.first(r);
      if (first >= 0) {
        row(r, first);
        lastRow = r;
      }
    }
    IndicatorBlock ib = indicators;
    FormDraft draft = d;
    // the copy may stop inside its last indicator's row: marked before the table is built, said
    // last, as the last row is
    boolean cut = section == Section.INDICATORS && ib != null && draft != null && ib.markEndOfCopy(lastRow, draft);
    PerformanceTable table = finish();
    if (cut && ib != null && draft != null) {
      ib.tellCutOff(lastRow, draft);
    }
    return table;
  }

  /**
   * When a form starts under one still in its indicators: the form above may stop inside its last
   * indicator's row, as a copy at the file's end may (a page of stacked copies, each cut).
   */
  private void endOfFormAbove() {
    IndicatorBlock ib = indicators;
    FormDraft draft = d;
    if (section == Section.INDICATORS && ib != null && draft != null && ib.markEndOfCopy(lastRow, draft)) {
      ib.tellCutOff(lastRow, draft);
    }
  }

  /** Starts a form at row {@code r} whose copy begins at its indicator header ({@link BeginsAtIndicatorHeader}). */
  private FormDraft startHeadless(int r, int first) {
    start(r, first, false);
    FormDraft draft = current();
    draft.headless = true;
    return draft;
  }

  private void row(int r, int first) {
    String firstText = g.text(r, first);
    if (firstText.equals(STRAY_MARKER) && d != null) {
      strays.markerStray(r, first, current());
      return;
    }
    if (firstText.equals(CUT_OFF_MARKER) && d != null) {
      strays.markerCutOff(r, first, current());
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
      totals.besideTitle(r, first, draft); // 项目总得分99分 (原州 2022)
      return;
    }
    FormDraft draft = d;
    if (draft != null && section != Section.TOP
        && BeginsAtIndicatorHeader.topLinesUnder(g, r, draft, section == Section.INDICATORS)) {
      // 项目名称：… over a copy cut at its indicator header, under a form past its top (a page of
      // stacked copies): a new project starts at the line and is named by it; it is no stray of the
      // form above, and the copy's indicators are not more of that form's
      startHeadless(r, first).topLines = true;
      labelRow(r);
      return;
    }
    if (draft != null && draft.indicatorHeaderRow >= 0 && r > draft.indicatorHeaderEnd) {
      draft.rowsBelowIndicatorHeader = true; // the copy goes on below the header (CutAtIndicatorHeader)
    }
    if (draft == null) {
      if (!BeginsAtIndicatorHeader.opens(g, r)) {
        if (FormLabels.isNameLabel(k0)) {
          start(r, first, false);
          labelRow(r);
        } else if (BeginsAtIndicatorHeader.topLines(g, r)) {
          startHeadless(r, first).topLines = true; // 项目名称：… over a copy cut at its indicator header
          labelRow(r);
        } else {
          outside.row(r, first);
        }
        return;
      }
      draft = startHeadless(r, first); // a copy cut above its indicator block: the header is read below
    } else if (section == Section.AFTER && BeginsAtIndicatorHeader.opens(g, r)) {
      // past a form's 总分 or closing rows, a copy that begins at its own indicator header (a page
      // of stacked forms): a form of its own, not more rows of the one above
      draft = startHeadless(r, first);
    }
    if (FormLabels.isNameLabel(k0) && section != Section.TOP
        && ((first == labelColumn && draft.named()) || draft.headless)) {
      // a form cut above its indicator block has no 项目名称 of its own: one below starts the next form
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
    if (section != Section.INDICATORS && section != Section.AFTER && (decision.opens(r, first, labelColumn, draft)
        || (section == Section.DECISION && decision.reads(r, draft)))) {
      section = Section.DECISION; // 广水's 项目决策 / 项目管理 block, which the form scores itself
      return;
    }
    if (section != Section.INDICATORS && section != Section.AFTER && (management.opens(r, first, labelColumn, draft)
        || (section == Section.MANAGEMENT && management.reads(r, first, labelColumn, draft)))) {
      section = Section.MANAGEMENT; // the transfer template's 资金管理情况, between the funds and the goal
      return;
    }
    if (first == labelColumn && FundsLabels.isCaption(k0) && draft.moneyUnit == null) {
      draft.moneyUnit = FundsLabels.unitIn(FormText.folded(firstText)); // 资金情况 (万元) with its figures beside
    }
    FundsBySource bySource = section == Section.INDICATORS ? null : FundsBySource.open(g, sink, r);
    if (bySource != null) {
      // 项目资金 来源 | 中央 (万元) | … | 合计 (万元) | 执行数 (万元) | 执行率 (广水): sources as columns,
      // their figures on the next row
      sources = bySource;
      funds = null;
      pairs = null;
      section = Section.FUNDS;
      return;
    }
    FundsBySource src = sources;
    if (section == Section.FUNDS && src != null && src.reads(r, draft)) {
      sources = null;
      return;
    }
    FundsBlock wrappedAbove = funds;
    if (section == Section.FUNDS && wrappedAbove != null && wrappedAbove.takeHeaderLine(r)) {
      return; // the header's second line (年初 / 预算数), read with it
    }
    if (FundsHeaderLines.isHeader(g, r)) {
      funds = FundsBlock.open(g, sink, r);
      sources = null;
      pairs = null;
      section = Section.FUNDS;
      if (funds.unit != null && draft.moneyUnit == null) {
        draft.moneyUnit = funds.unit;
      }
      funds.keepUnreadCaptions(r, draft);
      funds.keepUnreadHeadings(r, draft);
      funds.readPairs(r, draft);
      return;
    }
    if (section == Section.FUNDS && first == labelColumn && g.count(r) == 1 && captionUnit(r, firstText, draft)) {
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
    if (section != Section.INDICATORS && first == labelColumn && FundsLabels.isCaption(k0)) {
      FundsPairs opened = new FundsPairs(g, sink);
      if (opened.read(r, first + 1, draft)) {
        pairs = opened;
        funds = null;
        section = Section.FUNDS;
        return;
      }
    }
    if (section != Section.INDICATORS && GoalBlock.opens(g, r, first, labelColumn) && !IndicatorColumns.isHeader(g, r)) {
      // not an indicator header whose wrapped heading's first line reads as a goal's (年初目标 / 值(A))
      goal = GoalBlock.open(g, sink, r, draft);
      section = Section.GOAL;
      return;
    }
    if (IndicatorColumns.isUpperHeader(g, r) && r + 1 < g.height() && IndicatorColumns.isHeader(g, r + 1)) {
      return; // read with the row below
    }
    if (IndicatorColumns.isHeader(g, r) && !(section == Section.INDICATORS && r <= draft.indicatorHeaderEnd)) {
      // not the second line of the header just opened (| | 二级指标 | … under 绩效指标 | 一级指标 | … | 分值 | 得分),
      // which may read as a header whose 一级 heading is blank
      IndicatorBlock above = section == Section.INDICATORS ? indicators : null;
      PointsInValueColumns.Block values = draft.valueBlock;
      IndicatorBlock opened = IndicatorBlock.open(g, sink, r, draft);
      if (above != null && above.goesOnPast(opened, r)) {
        // the header printed again at a page's top: the block above goes on under it
        draft.valueBlock = values;
        return;
      }
      indicators = opened;
      section = Section.INDICATORS;
      draft.indicatorHeaderRow = r;
      draft.indicatorHeaderEnd = opened.lastHeaderRow(r);
      draft.rowsBelowIndicatorHeader = false;
      return;
    }
    if (first == labelColumn && TOTAL_KEYS.contains(k0)) {
      totals.row(r, first, current(), indicators);
      section = Section.AFTER;
      return;
    }
    if (first == labelColumn && closingRows.closing(r, first, k0, current())) {
      // above the indicator header such a row is the form's own text, not its end: an indicator
      // header below it goes on with this form instead of starting a copy cut at its header
      boolean above = draft.indicatorHeaderRow < 0 && ClosingRows.isProblemsOrMeasures(k0);
      section = above ? Section.PROBLEMS : Section.AFTER;
      return;
    }
    IndicatorBlock ib = indicators;
    if (section == Section.INDICATORS && ib != null
        && (ib.isWrappedLabelLine(r) || !((first < ib.cat1Column && !ib.labelsOnTheLeft(r)) || (first == ib.cat1Column && first == labelColumn
            && !IndicatorBlock.namesCategory(firstText) && g.count(r) == 1)))) {
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
    if (section == Section.TOP || topFields.isLabelValueRow(r, first)) {
      labelRow(r);
      return;
    }
    strays.strayRow(
        r, section == Section.AFTER || section == Section.GOAL || section == Section.PROBLEMS ? Severity.INFO : Severity.WARNING,
        current());
  }

  /**
   * The funds caption's unit wrapped onto a line of its own under it (项目资金 / (万元), 鄂州 2019):
   * the amounts' unit, said as a wrapped label ({@link FormDiagnostics#WRAPPED_LABEL}). Only a
   * unit in brackets alone under a caption that states none.
   */
  private boolean captionUnit(int r, String text, FormDraft draft) {
    FundsBlock f = funds;
    int up = f != null && f.header.wrappedOnto(r - 1) ? f.header.lineOf(labelColumn) : r - 1; // under a header wrapped over rows
    String above = up >= 0 ? g.text(up, labelColumn) : "";
    MoneyUnit unit = FundsLabels.unitIn(FormText.folded(text));
    if (unit == null || !FundsLabels.isCaption(FormText.key(above)) || FundsLabels.unitIn(FormText.folded(above)) != null
        || !FormText.key(text).isEmpty()) {
      return false;
    }
    if (draft.moneyUnit == null) {
      draft.moneyUnit = unit;
    }
    WrappedLabels.say(sink, g, r, labelColumn, above + text, up);
    return true;
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
    if (text.length() > 80 || (g.count(r) != 1 && !onlyTotalsAfter(r, first))) {
      return false;
    }
    String folded = FormText.folded(text);
    if (FormText.namesAResultsTable(folded)) {
      return FormTitles.aboveIndicatorHeader(g, r); // a report's table of results, right under its title
    }
    if (!(folded.contains("自评表") || FormText.namesEvaluationForm(folded)) || FormLabels.isNameLabel(FormText.key(text))
        || FormTitles.isNote(folded)) {
      return false;
    }
    FormDraft draft = d;
    boolean between = draft == null || section == Section.AFTER || section == Section.PROBLEMS
        || (section == Section.TOP && !draft.hasContent());
    return between || FormTitles.namesAForm(folded);
  }

  /**
   * Whether every cell after the first is a stated total with its figure: a title may carry the
   * form's total beside it (马铃薯种薯繁育…自评表(2022年度) | 项目总得分99分, 原州 2022).
   */
  private boolean onlyTotalsAfter(int r, int first) {
    for (int c = g.next(r, first + 1); c >= 0; c = g.next(r, c + 1)) {
      if (!StatedTotal.isTotalWithFigure(g.text(r, c))) {
        return false;
      }
    }
    return true;
  }

  /** @param atTitle whether the form starts at its title row (else at its 项目名称) */
  private void start(int r, int first, boolean atTitle) {
    endOfFormAbove();
    FormDraft draft = new FormDraft(r, g::line);
    draft.startLine = g.grid.location(r, first).line().orElse(r + 1L);
    drafts.add(draft);
    d = draft;
    section = Section.TOP;
    funds = null;
    sources = null;
    indicators = null;
    goal = null;
    pairs = null;
    unitAbove.applyTo(draft);
    labelColumn = atTitle ? Integer.MAX_VALUE : first;
    edgeFromTitle = atTitle;
  }

  /** A row of label / value pairs (see {@link TopFields#labelRow}). */
  private void labelRow(int r) {
    topFields.labelRow(r, current(), section == Section.TOP);
  }


  private PerformanceTable finish() {
    PerformanceTable.Builder table = PerformanceTable.builder();
    unitAbove.finish(drafts, notes);
    if (drafts.isEmpty()) {
      sink.report(FormDiagnostics.NO_FORM, Severity.ERROR, Msg.of("JX-I-0204"), -1, -1, null);
      return table.moneyUnit(defaultUnit).notes(notes).build();
    }
    // the table's title, year and unit are the first form's; a form cut above its indicator block
    // has none of them, so the first whole form's stand for the table, as they stood before it was read
    FormDraft head = drafts.stream().filter(x -> !x.headless).findFirst().orElse(drafts.get(0));
    MoneyUnit unit = head.moneyUnit == null ? defaultUnit : head.moneyUnit;
    table.title(java.util.Optional.ofNullable(head.title));
    if (head.year > 0) {
      table.fiscalYear(head.year);
    }
    int n = 0;
    for (FormDraft draft : drafts) {
      n++;
      if (draft != head) {
        // the table has the first form's title and year; another form's own are kept with its project
        String title = draft.title;
        if (title != null && !title.equals(head.title)) {
          draft.stray(-1, 0, "标题", title);
        }
        if (draft.year > 0 && draft.year != head.year
            && (title == null || title.equals(head.title) || !title.contains(Integer.toString(draft.year)))) {
          draft.stray(-1, 0, "年度", draft.year + "年度");
        }
      }
      // a form cut above its funds block cannot state a unit: it takes the table's, not a second one
      MoneyUnit assumed = draft.headless ? unit : defaultUnit;
      if (draft.moneyUnit == null) {
        sink.report(ReadDiagnostics.NO_MONEY_UNIT, Severity.INFO,
            Msg.of("JX-I-0205").arg("unit", assumed.label()), draft.startRow, -1, null);
      }
      MoneyUnit formUnit = draft.moneyUnit == null ? assumed : draft.moneyUnit;
      HeadingLines.settle(draft, sink);
      if (draft.name == null && draft.title != null) {
        // a form printed for one fund or project names it in its title only
        // (****2024年度林业草原改革发展资金绩效评价表): the title is printed on the form, a placeholder is not
        String titled = DocumentTitle.projectName(draft.title).orElse(null);
        if (titled != null) {
          sink.report(ReadDiagnostics.MISSING_NAME, Severity.INFO,
              Msg.of("JX-I-0250").arg("title", draft.title).arg("name", titled), draft.startRow, -1, draft.title);
          draft.name = titled;
        }
      }
      if (draft.name == null && draft.headless) {
        BeginsAtIndicatorHeader.say(g, draft, sink, "未命名项目" + n);
      } else if (draft.topLines) {
        BeginsAtIndicatorHeader.sayTopLines(g, draft, sink);
      } else if (draft.name == null) {
        sink.report(ReadDiagnostics.MISSING_NAME, Severity.WARNING,
            Msg.of("JX-I-0206").arg("placeholder", "未命名项目" + n), draft.startRow, -1, draft.title);
      }
      CutAtIndicatorHeader.check(g, draft, sink);
      totals.settle(draft);
      decision.settle(draft); // after the total is chosen: the block sets it aside
      totals.weightTotal(draft);
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
    return table.moneyUnit(unit).notes(notes).build();
  }
}

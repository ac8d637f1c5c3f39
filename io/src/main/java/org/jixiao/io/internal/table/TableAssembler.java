package org.jixiao.io.internal.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.label.Labels;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.internal.table.HeaderResolver.HeaderRow;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link PerformanceTable} from the rows of a disclosure table, one row at a time: it
 * tells title lines, header blocks, project rows, the 合计 row, marker rows, continuation rows
 * and notes apart and hands each to the class that reads it ({@link HeaderBlocks}, {@link
 * ProjectRows}, {@link TotalsRows}, {@link MarkerRows}).
 *
 * <p>A project is handed to the consumer given at construction as soon as the next project row
 * starts (only the last project can still gain cells from marker and continuation rows), so a
 * stream of projects needs memory for one project, not for the table.
 */
public final class TableAssembler {
  /** The name given to a project whose row has no 项目名称 (reported as a diagnostic). */
  public static final String PLACEHOLDER_NAME = ProjectRows.PLACEHOLDER_NAME;

  private enum State {
    BEFORE_HEADER,
    HEADER,
    BODY
  }

  private final ReadContext ctx;
  private final MoneyUnit defaultUnit;
  private final Consumer<Project> projectSink;
  private final HeaderBlocks headers;
  private final ProjectRows projectRows;
  private final TotalsRows totalsRows;
  private final MarkerRows markers;
  private final WrappedRows wrapped;
  /** Where the diagnostics of a header read while a project row was held begin; -1 if none. */
  private int heldMark = -1;
  /** The lines of a worksheet's rows that continue cells merged over rows (none in text). */
  private final java.util.Set<Long> mergedLines = new HashSet<>();
  private final LayoutWatch layoutWatch = new LayoutWatch();

  private State state = State.BEFORE_HEADER;
  private final List<HeaderRow> headerRows = new ArrayList<>();
  private @Nullable Layout layout;

  private @Nullable String title;
  private @Nullable String department;
  private int titleYear = -1;
  private boolean yearGiven;
  private int givenYear = -1;
  private @Nullable MoneyUnit unit;
  private long lastLine;
  /** The projects built so far, when the assembler builds a whole table. */
  private final @Nullable List<Project> projects;

  /** An assembler that keeps every project, for {@link #finish()}. */
  public TableAssembler(DiagnosticSink sink, MoneyUnit defaultUnit) {
    this(sink, defaultUnit, null);
  }

  /**
   * An assembler that hands each finished project to {@code projectSink} instead of keeping it.
   *
   * @param projectSink receives each project, in table order; null to keep them for {@link
   *     #finish()}
   */
  public TableAssembler(
      DiagnosticSink sink, MoneyUnit defaultUnit, @Nullable Consumer<Project> projectSink) {
    this.ctx = new ReadContext(sink);
    this.defaultUnit = defaultUnit;
    NumberFields numbers = new NumberFields(ctx, () -> unit != null ? unit : defaultUnit);
    this.headers = new HeaderBlocks(ctx);
    this.projectRows = new ProjectRows(ctx, numbers);
    this.totalsRows = new TotalsRows(ctx, numbers);
    this.markers = new MarkerRows(ctx);
    this.wrapped = new WrappedRows(ctx);
    if (projectSink == null) {
      List<Project> kept = new ArrayList<>();
      this.projects = kept;
      this.projectSink = kept::add;
    } else {
      this.projects = null;
      this.projectSink = projectSink;
    }
  }

  /**
   * Takes one row.
   *
   * @param cells the cells, already un-neutralised; only the first {@code count} are used
   * @param line the row's one-based line
   */
  /**
   * Says that the row at {@code line} continues a project row above it by cells merged over both
   * (a worksheet's): the row is then never read as text wrapped from the row above, only as its
   * own row or a continuation. Call before {@link #accept} of that row.
   */
  public void continuesMerge(long line) {
    mergedLines.add(line);
  }

  public void accept(String[] cells, int count, long line) {
    lastLine = line;
    int first = RowCells.firstNonBlank(cells, count);
    if (first < 0) {
      return;
    }
    if (!layoutWatch.decided()) {
      // held back until the layout is told: jixiao's own marker rows carry no layout's words
      boolean marker = first == 0 && MarkerRows.isMarker(cells[0]);
      if (layoutWatch.hold(cells, count, line, marker)) {
        replay();
      }
      return;
    }
    row(cells, count, line, first);
  }

  /** Hands on the rows held back while the layout was told. */
  private void replay() {
    for (LayoutWatch.Row held : layoutWatch.decide(ctx)) {
      String[] cells = held.cells();
      row(cells, cells.length, held.line(), RowCells.firstNonBlank(cells, cells.length));
    }
  }

  private void row(String[] cells, int count, long line, int first) {
    if (first == 0 && MarkerRows.isMarker(cells[0]) && !loneAboveHeader(cells, count)) {
      openHeld(); // a marker row adds to the project above it
      markers.accept(cells, count, line);
      return;
    }
    if (HeaderBlocks.isHeaderStart(cells, count, first)) {
      if (wrapped.holding() && heldMark < 0) {
        heldMark = ctx.sink.size(); // the held row's diagnostics go before the header's
      }
      if (state == State.HEADER) {
        resolveHeader();
      }
      headerRows.clear();
      headerRows.add(new HeaderRow(line, RowCells.copy(cells, count)));
      state = State.HEADER;
      return;
    }
    if (state == State.HEADER) {
      if (headerRows.size() < HeaderBlocks.MAX_HEADER_ROWS
          && HeaderBlocks.isHeaderContinuation(cells, count, headerRows)) {
        headerRows.add(new HeaderRow(line, RowCells.copy(cells, count)));
        return;
      }
      resolveHeader();
    }
    if (state == State.BEFORE_HEADER) {
      titleRow(cells, count, line);
    } else {
      body(cells, count, line, first);
    }
  }

  /**
   * The table read; call once, after the last row. When the projects went to a consumer, the
   * table has none of them (its title, unit, notes, metadata and 合计 row are complete).
   */
  public PerformanceTable finish() {
    if (!layoutWatch.decided()) {
      replay(); // a text shorter than the rows detection reads
    }
    if (state == State.HEADER) {
      resolveHeader();
    }
    openHeld();
    headers.keepUnheadedLabels(layout);
    if (layout == null) {
      ctx.sink.report(
          ReadDiagnostics.NO_HEADER,
          Severity.ERROR,
          Msg.of("JX-I-0126"),
          Math.max(lastLine, 1),
          -1,
          null,
          -1);
    }
    MoneyUnit tableUnit = unit;
    if (tableUnit == null) {
      tableUnit = defaultUnit;
      ctx.sink.report(
          ReadDiagnostics.NO_MONEY_UNIT,
          Severity.INFO,
          Msg.of("JX-I-0142").arg("unit", defaultUnit.label()),
          0,
          -1,
          null,
          -1);
    }
    closeProject();
    PerformanceTable.Builder table = PerformanceTable.builder().moneyUnit(tableUnit);
    if (title != null) {
      table.title(title);
    }
    if (department != null) {
      table.department(department);
    }
    int year = yearGiven ? givenYear : titleYear;
    if (year >= 0) {
      table.fiscalYear(year);
    }
    if (projects != null) {
      table.projects(projects);
    }
    if (ctx.totals != null) {
      table.totals(ctx.totals.build());
    }
    return table.metadata(ctx.metadata).notes(ctx.notes).build();
  }

  /** The title read so far. */
  public @Nullable String title() {
    return title;
  }

  /** The department read so far. */
  public @Nullable String department() {
    return department;
  }

  /** The fiscal year read so far, or -1. */
  public int fiscalYear() {
    return yearGiven ? givenYear : titleYear;
  }

  /** The money unit of the 单位 line, or null before one (or when the table has none). */
  public @Nullable MoneyUnit moneyUnit() {
    return unit;
  }

  /** The header text of each column of the current header block; empty before the first. */
  public List<String> header() {
    Layout l = layout;
    if (l == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int c = 0; c < l.headerCount(); c++) {
      out.add(l.header(c));
    }
    return out;
  }

  /** Builds the open project, if any, and hands it on. */
  private void closeProject() {
    Project.Builder project = ctx.openProject;
    if (project == null) {
      return;
    }
    // 单位 lines come before the first header, so the unit is settled once projects are read.
    MoneyUnit projectUnit = unit != null ? unit : defaultUnit;
    Project built =
        project.indicators(IndicatorSet.of(ctx.openIndicators)).moneyUnit(projectUnit).build();
    ctx.openProject = null;
    ctx.openIndicators = new ArrayList<>();
    projectSink.accept(built);
  }

  private void resolveHeader() {
    layout = headers.resolve(headerRows, layout);
    headingUnits(headers.statedUnits());
    state = State.BODY;
  }

  /**
   * The unit a header's amount headings state (项目年度预算金额（万元）): the table's when no line
   * states one (INFO JX-I-0109); a heading that says another than the unit line is said (WARNING
   * JX-I-0110), and the line's unit kept.
   */
  private void headingUnits(List<HeaderLabels.Label> stated) {
    for (HeaderLabels.Label label : stated) {
      MoneyUnit said = java.util.Objects.requireNonNull(label.unit());
      if (unit == null) {
        unit = said;
        ctx.sink.report(
            ReadDiagnostics.UNIT_IN_HEADING,
            Severity.INFO,
            Msg.of("JX-I-0109").arg("label", label.raw().strip()).arg("unit", said.label()),
            label.line(),
            label.column(),
            label.raw(),
            -1);
      } else if (unit != said) {
        ctx.sink.report(
            ReadDiagnostics.UNIT_IN_HEADING,
            Severity.WARNING,
            Msg.of("JX-I-0110").arg("label", label.raw().strip()).arg("stated", said.label()).arg("unit", unit.label()),
            label.line(),
            label.column(),
            label.raw(),
            -1);
      }
    }
  }

  // ---------------------------------------------------------------- title lines

  /**
   * Whether a row above the first header holds one cell only. Such a row is a title line even
   * when its text is exactly a marker (a table titled 【注】): the canonical layout writes marker
   * rows only below its header, and a marker alone there would say nothing (an empty note, a
   * stray cell with no row above it to belong to), so reading it as one lost the title.
   */
  private boolean loneAboveHeader(String[] cells, int count) {
    return state == State.BEFORE_HEADER && RowCells.nonBlankCount(cells, count) == 1;
  }

  private void titleRow(String[] cells, int count, long line) {
    List<String> others = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      String cell = cells[c];
      if (Cells.isBlank(cell)) {
        continue;
      }
      TitleLines.Title t = TitleLines.classify(cell);
      switch (t.kind()) {
        case APPENDIX:
          if (ctx.metadata.containsKey(Markers.APPENDIX_KEY)) {
            ctx.notes.add(cell);
          } else {
            ctx.metadata.put(Markers.APPENDIX_KEY, cell);
          }
          break;
        case DEPARTMENT:
          if (department == null && !t.value().isEmpty()) {
            department = t.value();
          } else {
            ctx.notes.add(cell);
          }
          break;
        case UNIT:
          MoneyUnit parsed = t.unit().orElseThrow();
          if (unit == null) {
            unit = parsed;
          } else if (unit != parsed) {
            ctx.notes.add(cell);
          }
          break;
        case YEAR:
          int year = TitleLines.parseYear(t.value());
          if (year == -2 || yearGiven) {
            ctx.notes.add(cell);
          } else {
            yearGiven = true;
            givenYear = year;
          }
          break;
        case NOTE:
          ctx.notes.add(cell);
          break;
        default:
          others.add(cell);
          if (t.unit().isPresent() && unit == null) {
            unit = t.unit().get(); // …公开表（单位：万元）: the title states it, no line does
          }
          break;
      }
    }
    if (others.size() == 1 && title == null) {
      title = others.get(0);
      titleYear = TitleLines.yearOf(Labels.normalize(others.get(0)));
    } else if (others.size() == 1) {
      ctx.notes.add(others.get(0));
    } else if (others.size() > 1) {
      String joined = String.join("\t", others);
      ctx.notes.add(joined);
      ctx.sink.report(
          ReadDiagnostics.ROW_BEFORE_HEADER,
          Severity.WARNING,
          Msg.of("JX-I-0127"),
          line,
          RowCells.firstNonBlank(cells, count),
          joined,
          -1);
    }
  }

  // ---------------------------------------------------------------- body

  private void body(String[] cells, int count, long line, int first) {
    Layout l = requireLayout();
    if (TotalsRows.isTotals(cells[first], first, l)) {
      openHeld();
      totalsRows.accept(cells, count, line, first, l);
      return;
    }
    boolean subtotal = ClosingLines.isSubtotal(cells[first], first, l);
    boolean signOff = !subtotal && ClosingLines.isSignOff(cells, count);
    if (!subtotal && !signOff && !mergedLines.contains(line) && wrapped.join(cells, count, line, l)) {
      return;
    }
    openHeld();
    if (subtotal || signOff) {
      // no project, and no row of the project above: kept whole as a note, and said
      String joined = RowCells.joinNonBlank(cells, count);
      ctx.notes.add(joined);
      ctx.sink.report(
          ReadDiagnostics.CLOSING_ROW,
          Severity.INFO,
          Msg.of(subtotal ? "JX-I-0119" : "JX-I-0120").arg("line", line),
          line,
          first,
          cells[first],
          -1);
      return;
    }
    if (first == 0
        && NumberCells.parseSeq(cells[0]) == -2
        && RowCells.nonBlankCount(cells, count) == 1) {
      ctx.notes.add(cells[0]);
      return;
    }
    if (Cells.isBlank(RowCells.cell(cells, count, l.seqColumn()))
        && Cells.isBlank(RowCells.cell(cells, count, l.nameColumn()))
        && Cells.isBlank(RowCells.cell(cells, count, l.unitColumn()))) {
      continuation(cells, count, line, l);
      return;
    }
    // read once the next row shows whether it carries on this row's texts
    wrapped.hold(cells, count, line, l);
  }

  /** Reads the held project row, with the lines that wrapped it, and opens its project. */
  private void openHeld() {
    WrappedRows.Held held = wrapped.take();
    if (held == null) {
      return;
    }
    int before = ctx.sink.size();
    ProjectRows.OpenRow row = projectRows.read(held.cells(), held.count(), held.line(), held.layout());
    if (heldMark >= 0) {
      ctx.sink.moveSince(before, heldMark);
      heldMark = -1;
    }
    closeProject();
    ctx.openProject = row.project();
    ctx.openIndicators = row.indicators();
    ctx.declarationFields = new HashSet<>();
    ctx.last = ReadContext.Last.PROJECT;
  }

  private void continuation(String[] cells, int count, long line, Layout l) {
    int first = RowCells.firstNonBlank(cells, count);
    if (ctx.last == ReadContext.Last.NONE) {
      String joined = RowCells.joinNonBlank(cells, count);
      ctx.notes.add(joined);
      ctx.sink.report(
          ReadDiagnostics.CONTINUATION_ROW,
          Severity.WARNING,
          Msg.of("JX-I-0121"),
          line,
          first,
          joined,
          -1);
      return;
    }
    for (int c = 0; c < count; c++) {
      if (!Cells.isBlank(cells[c]) && l.role(c) != Role.EVALUATION) {
        ctx.addStray(ctx.layoutStray(line, c, l, cells[c]));
      }
    }
    ctx.sink.report(
        ReadDiagnostics.CONTINUATION_ROW,
        Severity.WARNING,
        Msg.of(ctx.last == ReadContext.Last.TOTALS ? "JX-I-0123" : "JX-I-0122").arg("line", line),
        line,
        first,
        cells[first],
        -1);
  }

  private Layout requireLayout() {
    Layout l = layout;
    if (l == null) {
      throw new IllegalStateException("no layout in the body state");
    }
    return l;
  }
}

package org.jixiao.io.internal.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.label.Labels;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.internal.table.HeaderResolver.HeaderRow;
import org.jixiao.io.internal.table.HeaderResolver.Issue;
import org.jixiao.io.internal.table.HeaderResolver.Resolved;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link PerformanceTable} from the rows of a disclosure table, one row at a time: title
 * lines, header blocks (each one resolving the layout of the rows under it), project rows, the
 * 合计 row, marker rows and notes.
 */
public final class TableAssembler {
  /** The name given to a project whose row has no 项目名称 (reported as a diagnostic). */
  public static final String PLACEHOLDER_NAME = "（未填写项目名称）";

  private static final int MAX_HEADER_ROWS = 4;
  private static final int MAX_LABEL_LENGTH = 40;

  private enum State {
    BEFORE_HEADER,
    HEADER,
    BODY
  }

  private enum Last {
    NONE,
    PROJECT,
    TOTALS
  }

  private final DiagnosticSink sink;
  private final MoneyUnit defaultUnit;

  private State state = State.BEFORE_HEADER;
  private final List<HeaderRow> headerRows = new ArrayList<>();
  private @Nullable Layout layout;

  private @Nullable String title;
  private @Nullable String department;
  private int titleYear = -1;
  private boolean yearGiven;
  private int givenYear = -1;
  private @Nullable MoneyUnit unit;
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();
  /**
   * The projects built so far. A project is built as soon as the next project row starts (only
   * the last project can still gain cells from marker and continuation rows), so that its
   * builder dies young instead of living through the whole read.
   */
  private final List<Project> projects = new ArrayList<>();
  /** The last project row's project, still open to marker and continuation rows. */
  private Project.@Nullable Builder openProject;
  /** The indicators of {@link #openProject}; each project row brings its own list. */
  private List<Indicator> openIndicators = new ArrayList<>();
  /** The 年度指标内容 / 完成情况 text of the row being read, by column; reused from row to row. */
  private String[] pairText = new String[0];
  private TotalsRow.@Nullable Builder totals;
  private Last last = Last.NONE;
  private long lastLine;
  /** The unknown labels of the current header block, kept as notes unless they head cells. */
  private List<Issue> pendingLabels = List.of();
  /** The columns of the current header block that stray cells were read from. */
  private final Set<Integer> strayColumns = new HashSet<>();

  public TableAssembler(DiagnosticSink sink, MoneyUnit defaultUnit) {
    this.sink = sink;
    this.defaultUnit = defaultUnit;
  }

  /**
   * Takes one row.
   *
   * @param cells the cells, already un-neutralised; only the first {@code count} are used
   * @param line the row's one-based line
   */
  public void accept(String[] cells, int count, long line) {
    lastLine = line;
    int first = firstNonBlank(cells, count);
    if (first < 0) {
      return;
    }
    if (first == 0 && isMarker(cells[0])) {
      marker(cells, count, line);
      return;
    }
    if (isHeaderStart(cells, count, first)) {
      if (state == State.HEADER) {
        resolveHeader();
      }
      headerRows.clear();
      headerRows.add(new HeaderRow(line, copy(cells, count)));
      state = State.HEADER;
      return;
    }
    if (state == State.HEADER) {
      if (headerRows.size() < MAX_HEADER_ROWS && isHeaderContinuation(cells, count)) {
        headerRows.add(new HeaderRow(line, copy(cells, count)));
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

  /** The table read; call once, after the last row. */
  public PerformanceTable finish() {
    if (state == State.HEADER) {
      resolveHeader();
    }
    keepUnheadedLabels();
    if (layout == null) {
      sink.report(
          ReadDiagnostics.NO_HEADER,
          Severity.ERROR,
          "no header row (序号, 项目名称 …) was found by the end of the input, so no row could be"
              + " read as a project",
          Math.max(lastLine, 1),
          -1,
          null,
          -1);
    }
    MoneyUnit tableUnit = unit;
    if (tableUnit == null) {
      tableUnit = defaultUnit;
      sink.report(
          ReadDiagnostics.NO_MONEY_UNIT,
          Severity.INFO,
          "no 单位 line; amounts are taken to be in " + defaultUnit.label(),
          0,
          -1,
          null,
          -1);
    }
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
    closeProject();
    table.projects(projects);
    if (totals != null) {
      table.totals(totals.build());
    }
    return table.metadata(metadata).notes(notes).build();
  }

  /** Builds the open project, if any, and adds it to {@link #projects}. */
  private void closeProject() {
    Project.Builder project = openProject;
    if (project == null) {
      return;
    }
    // 单位 lines come before the first header, so the unit is settled once projects are read.
    MoneyUnit projectUnit = unit != null ? unit : defaultUnit;
    projects.add(project.indicators(IndicatorSet.of(openIndicators)).moneyUnit(projectUnit).build());
    openProject = null;
  }

  // ---------------------------------------------------------------- title lines

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
          if (metadata.containsKey(Markers.APPENDIX_KEY)) {
            notes.add(cell);
          } else {
            metadata.put(Markers.APPENDIX_KEY, cell);
          }
          break;
        case DEPARTMENT:
          if (department == null && !t.value().isEmpty()) {
            department = t.value();
          } else {
            notes.add(cell);
          }
          break;
        case UNIT:
          MoneyUnit parsed = t.unit().orElseThrow();
          if (unit == null) {
            unit = parsed;
          } else if (unit != parsed) {
            notes.add(cell);
          }
          break;
        case YEAR:
          int year = TitleLines.parseYear(t.value());
          if (year == -2 || yearGiven) {
            notes.add(cell);
          } else {
            yearGiven = true;
            givenYear = year;
          }
          break;
        default:
          others.add(cell);
          break;
      }
    }
    if (others.size() == 1 && title == null) {
      title = others.get(0);
      titleYear = TitleLines.yearOf(Labels.normalize(others.get(0)));
    } else if (others.size() == 1) {
      notes.add(others.get(0));
    } else if (others.size() > 1) {
      String joined = String.join("\t", others);
      notes.add(joined);
      sink.report(
          ReadDiagnostics.ROW_BEFORE_HEADER,
          Severity.WARNING,
          "a row with several cells before the first header; it is kept as a note",
          line,
          firstNonBlank(cells, count),
          joined,
          -1);
    }
  }

  // ---------------------------------------------------------------- header

  private boolean isHeaderStart(String[] cells, int count, int first) {
    int found = 0;
    for (int c = first; c < count && found < 2; c++) {
      String cell = cells[c];
      if (Cells.isBlank(cell)) {
        continue;
      }
      if (cell.length() > MAX_LABEL_LENGTH
          || !HeaderLabels.isFieldLabel(Cells.normalizeLabel(cell))) {
        return false;
      }
      found++;
    }
    return found == 2;
  }

  private static boolean isHeaderContinuation(String[] cells, int count) {
    if (!Cells.isBlank(cells[0])) {
      return false;
    }
    int known = 0;
    int unknown = 0;
    for (int c = 0; c < count; c++) {
      String cell = cells[c];
      if (Cells.isBlank(cell)) {
        continue;
      }
      if (cell.length() <= MAX_LABEL_LENGTH
          && HeaderLabels.classify(cell, 1, c, 0, false).kind() != HeaderLabels.Kind.UNKNOWN) {
        known++;
      } else {
        unknown++;
      }
    }
    return known > 0 && known >= unknown;
  }

  /**
   * Keeps the labels of the header block that ends as notes when no cell carries them: a label
   * the reader does not know names a column whose cells are kept as stray cells with it as their
   * header, but with no cells under it (or over a column another label names) it would be lost.
   */
  private void keepUnheadedLabels() {
    Layout l = layout;
    List<String> kept = new ArrayList<>();
    @Nullable Issue first = null;
    for (Issue label : pendingLabels) {
      int c = label.column();
      if (l != null && l.role(c) == Role.UNKNOWN && strayColumns.contains(c)) {
        continue;
      }
      notes.add(label.text());
      kept.add(Cells.shorten(label.text().strip(), 40));
      if (first == null) {
        first = label;
      }
    }
    pendingLabels = List.of();
    if (first != null) {
      sink.report(
          ReadDiagnostics.UNKNOWN_COLUMN,
          Severity.INFO,
          "header labels the reader does not know and that head no cells ("
              + String.join(", ", kept)
              + ") are kept as notes",
          first.line(),
          first.column(),
          first.text(),
          -1);
    }
  }

  private void resolveHeader() {
    keepUnheadedLabels();
    Resolved resolved = HeaderResolver.resolve(List.copyOf(headerRows));
    long from = headerRows.get(0).line();
    long to = headerRows.get(headerRows.size() - 1).line();
    String lines = from == to ? "line " + from : "lines " + from + "–" + to;
    if (!resolved.misplaced().isEmpty()) {
      List<Issue> issues = new ArrayList<>(resolved.misplaced());
      issues.sort(
          (a, b) ->
              a.line() != b.line()
                  ? Long.compare(a.line(), b.line())
                  : Integer.compare(a.column(), b.column()));
      StringBuilder message =
          new StringBuilder("the header block at ")
              .append(lines)
              .append(" does not line up with the columns of its rows: ");
      int shown = Math.min(3, issues.size());
      for (int i = 0; i < shown; i++) {
        Issue issue = issues.get(i);
        if (i > 0) {
          message.append("; ");
        }
        message
            .append(issue.message())
            .append(" (line ")
            .append(issue.line())
            .append(", column ")
            .append(issue.column() + 1)
            .append(')');
      }
      if (issues.size() > shown) {
        message.append("; and ").append(issues.size() - shown).append(" more");
      }
      message.append(". Rows under it are checked for shifted text.");
      Issue first = issues.get(0);
      sink.report(
          ReadDiagnostics.IRREGULAR_HEADER,
          Severity.WARNING,
          message.toString(),
          first.line(),
          first.column(),
          first.text(),
          -1);
    }
    if (!resolved.unknown().isEmpty()) {
      Issue first = resolved.unknown().get(0);
      sink.report(
          ReadDiagnostics.UNKNOWN_COLUMN,
          Severity.INFO,
          "the header at "
              + lines
              + " names columns the reader does not know ("
              + names(resolved.unknown())
              + "); their cells are kept as stray cells",
          first.line(),
          first.column(),
          first.text(),
          -1);
    }
    if (!resolved.ignored().isEmpty()) {
      Issue first = resolved.ignored().get(0);
      sink.report(
          ReadDiagnostics.IGNORED_COLUMN,
          Severity.INFO,
          "evaluation columns ("
              + names(resolved.ignored())
              + ") at "
              + lines
              + " are derived and are not read",
          first.line(),
          first.column(),
          first.text(),
          -1);
    }
    layout = resolved.layout();
    pendingLabels = resolved.unknownLabels();
    strayColumns.clear();
    state = State.BODY;
  }

  private static String names(List<Issue> issues) {
    StringBuilder out = new StringBuilder();
    for (Issue issue : issues) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(Cells.shorten(issue.text().strip(), 40));
    }
    return out.toString();
  }

  // ---------------------------------------------------------------- body

  private void body(String[] cells, int count, long line, int first) {
    Layout l = requireLayout();
    String firstText = cells[first];
    if (first <= Math.max(l.nameColumn(), 2) && firstText.length() <= MAX_LABEL_LENGTH) {
      String normalized = Cells.normalizeLabel(firstText);
      if (normalized.equals("合计") || normalized.equals("总计")) {
        totalsRow(cells, count, line, first, l);
        return;
      }
    }
    if (first == 0
        && NumberCells.parseSeq(cells[0]) == -2
        && nonBlankCount(cells, count) == 1) {
      notes.add(cells[0]);
      return;
    }
    if (Cells.isBlank(cell(cells, count, l.seqColumn()))
        && Cells.isBlank(cell(cells, count, l.nameColumn()))
        && Cells.isBlank(cell(cells, count, l.unitColumn()))) {
      continuation(cells, count, line, l);
      return;
    }
    projectRow(cells, count, line, l);
  }

  private void projectRow(String[] cells, int count, long line, Layout l) {
    int seq = -1;
    String seqCell = cell(cells, count, l.seqColumn());
    int parsedSeq = NumberCells.parseSeq(seqCell);
    if (parsedSeq >= 0) {
      seq = parsedSeq;
    }

    // Does the row fit its header?
    List<String> reasons = new ArrayList<>();
    int irregularColumn = -1;
    int lastNonBlank = -1;
    int outside = 0;
    int firstOutside = -1;
    for (int c = 0; c < count; c++) {
      if (Cells.isBlank(cells[c])) {
        continue;
      }
      lastNonBlank = c;
      if (l.role(c) == null) {
        outside++;
        if (firstOutside < 0) {
          firstOutside = c;
        }
      }
    }
    if (outside > 0) {
      reasons.add(
          outside
              + (outside == 1 ? " cell" : " cells")
              + " outside the header's columns (the first at column "
              + (firstOutside + 1)
              + ")");
      irregularColumn = firstOutside;
    }
    if (!l.aligned()) {
      if (lastNonBlank < l.lastField()) {
        reasons.add(
            "it ends at column "
                + (lastNonBlank + 1)
                + ", before the last column "
                + (l.lastField() + 1)
                + " ("
                + l.header(l.lastField())
                + ")");
        if (irregularColumn < 0) {
          irregularColumn = lastNonBlank;
        }
      }
      for (int c = 0; c + 1 < l.width() && c + 1 < count; c++) {
        if (l.role(c) == Role.TARGET
            && Cells.isBlank(cells[c])
            && !Cells.isBlank(cells[c + 1])) {
          reasons.add(l.header(c + 1) + " without 年度指标内容 (column " + (c + 2) + ")");
          if (irregularColumn < 0) {
            irregularColumn = c + 1;
          }
        }
      }
    }
    boolean irregular = !reasons.isEmpty();
    if (irregular) {
      int from = l.anchor() + 1;
      sink.report(
          ReadDiagnostics.IRREGULAR_ROW,
          Severity.WARNING,
          describeRow(seq, line)
              + " does not fit its header: "
              + String.join("; ", reasons)
              + ". Its identity and amounts are read; its cells from column "
              + (from + 1)
              + " on are kept as stray cells",
          line,
          irregularColumn,
          irregularColumn >= 0 ? cells[irregularColumn] : null,
          seq);
    }

    Project.Builder project = Project.builder().sourceLine(line);
    if (seq >= 0) {
      project.seq(seq);
    }
    List<StrayCell> stray = new ArrayList<>();
    String name = null;
    int width = l.width();
    if (pairText.length < width) {
      pairText = new String[width];
    } else {
      Arrays.fill(pairText, 0, width, null);
    }
    for (int c = 0; c < count; c++) {
      String text = cells[c];
      if (Cells.isBlank(text)) {
        continue;
      }
      Role role = l.role(c);
      if (role == Role.EVALUATION) {
        continue;
      }
      boolean identity =
          role == Role.SEQ || role == Role.UNIT || role == Role.NAME || role == Role.DEPARTMENT;
      if (role == null || role == Role.UNKNOWN || (irregular && c > l.anchor() && !identity)) {
        stray.add(layoutStray(c, l, text));
        continue;
      }
      switch (role) {
        case SEQ:
          if (parsedSeq == -2) {
            notNumber(stray, c, l, text, line, seq, "is not a whole number");
          }
          break;
        case UNIT:
          project.unit(text);
          break;
        case DEPARTMENT:
          project.department(text);
          break;
        case NAME:
          name = text;
          break;
        case GOVERNMENT_INVESTMENT:
          NumberCells.Flag flag = NumberCells.parseFlag(text);
          if (flag == NumberCells.Flag.INVALID) {
            stray.add(layoutStray(c, l, text));
            sink.report(
                ReadDiagnostics.NOT_A_FLAG,
                Severity.WARNING,
                describeRow(seq, line) + ": " + l.header(c) + " is neither 是 nor 否",
                line,
                c,
                text,
                seq);
          } else if (flag != null) {
            project.governmentInvestment(flag == NumberCells.Flag.YES);
          }
          break;
        case FUND:
          BigDecimal executed = number(stray, c, l, text, line, seq, false);
          FundKind kind = l.fund(c);
          if (executed != null && kind != null) {
            project.addFunds(FundSource.executed(kind, executed));
          }
          break;
        case BUDGET:
          BigDecimal budget = number(stray, c, l, text, line, seq, false);
          if (budget != null) {
            project.budget(budget);
          }
          break;
        case ADJUSTED_BUDGET:
          BigDecimal adjusted = number(stray, c, l, text, line, seq, false);
          if (adjusted != null) {
            project.adjustedBudget(adjusted);
          }
          break;
        case ACTUAL:
          BigDecimal actual = number(stray, c, l, text, line, seq, false);
          if (actual != null) {
            project.actual(actual);
          }
          break;
        case RATE:
          BigDecimal rate = number(stray, c, l, text, line, seq, true);
          if (rate != null) {
            project.statedExecutionRate(rate);
          }
          break;
        case EXECUTION_WEIGHT:
          BigDecimal weight = number(stray, c, l, text, line, seq, false);
          if (weight != null && weight.signum() < 0) {
            notNumber(stray, c, l, text, line, seq, "must not be negative");
          } else if (weight != null) {
            project.statedExecutionWeight(weight);
          }
          break;
        case EXECUTION_SCORE:
          BigDecimal score = number(stray, c, l, text, line, seq, false);
          if (score != null) {
            project.statedExecutionScore(score);
          }
          break;
        case STATED_SCORE:
          BigDecimal total = number(stray, c, l, text, line, seq, false);
          if (total != null) {
            project.statedScore(total);
          }
          break;
        case GOAL:
          project.goal(text);
          break;
        case GOAL_OUTCOME:
          project.goalOutcome(text);
          break;
        case COMPLETION:
          project.statedCompletion(text);
          break;
        case PROBLEMS:
          project.problems(text);
          break;
        case RECTIFICATION:
          project.rectification(text);
          break;
        case TARGET:
        case ACHIEVED:
          pairText[c] = text;
          break;
        default:
          stray.add(layoutStray(c, l, text));
          break;
      }
    }
    List<Indicator> indicators = new ArrayList<>();
    for (int c = 0; c + 1 < width; c++) {
      if (l.role(c) != Role.TARGET) {
        continue;
      }
      String target = pairText[c];
      String achieved = pairText[c + 1];
      if (target == null && achieved == null) {
        continue;
      }
      Category category = l.category(c);
      if (category == null) {
        continue;
      }
      Subcategory sub = l.subcategory(c);
      Indicator.Builder indicator = Indicator.builder().category(category);
      if (sub != null) {
        indicator.subcategory(sub);
      }
      if (target != null) {
        indicator.target(target);
      }
      if (achieved != null) {
        indicator.actual(achieved);
      }
      indicators.add(indicator.build());
    }
    if (name == null) {
      sink.report(
          ReadDiagnostics.MISSING_NAME,
          Severity.WARNING,
          describeRow(seq, line) + " has no 项目名称; it is named " + PLACEHOLDER_NAME,
          line,
          l.nameColumn(),
          null,
          seq);
      name = PLACEHOLDER_NAME;
    }
    project.name(name).strayCells(stray);
    closeProject();
    openProject = project;
    openIndicators = indicators;
    last = Last.PROJECT;
  }

  private @Nullable BigDecimal number(
      List<StrayCell> stray,
      int c,
      Layout l,
      String text,
      long line,
      int seq,
      boolean percent) {
    BigDecimal value = NumberCells.parseDecimal(text, percent);
    if (value == null) {
      notNumber(stray, c, l, text, line, seq, "is not a number");
      return null;
    }
    return value == NumberCells.ABSENT ? null : value;
  }

  private void notNumber(
      List<StrayCell> stray, int c, Layout l, String text, long line, int seq, String what) {
    stray.add(layoutStray(c, l, text));
    sink.report(
        ReadDiagnostics.NOT_A_NUMBER,
        Severity.ERROR,
        describeRow(seq, line) + ": " + l.header(c) + " " + what + "; the cell is kept as a stray cell",
        line,
        c,
        text,
        seq);
  }

  private void totalsRow(String[] cells, int count, long line, int markerColumn, Layout l) {
    if (totals != null) {
      String joined = joinNonBlank(cells, count);
      notes.add(joined);
      sink.report(
          ReadDiagnostics.DUPLICATE_TOTALS,
          Severity.WARNING,
          "a second 合计 row at line " + line + "; it is kept as a note",
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
        BigDecimal value = number(stray, c, l, text, line, -1, role == Role.RATE);
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
        stray.add(layoutStray(c, l, text));
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
        sink.report(
            ReadDiagnostics.TOTALS_REASSIGNED,
            Severity.WARNING,
            "the 合计 row has "
                + NumberCells.format(rate)
                + " under "
                + l.header(rateColumn)
                + ", which is exactly 合计 minus the fund columns; the header names "
                + kind.label()
                + " without a column for it, so it is read as "
                + kind.label()
                + " and the row states no execution rate",
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
    totals = row.funds(funds).strayCells(stray);
    last = Last.TOTALS;
  }

  private void continuation(String[] cells, int count, long line, Layout l) {
    int first = firstNonBlank(cells, count);
    if (last == Last.NONE) {
      String joined = joinNonBlank(cells, count);
      notes.add(joined);
      sink.report(
          ReadDiagnostics.CONTINUATION_ROW,
          Severity.WARNING,
          "a row without 序号 and 项目名称 and no project above it; it is kept as a note",
          line,
          first,
          joined,
          -1);
      return;
    }
    for (int c = 0; c < count; c++) {
      if (!Cells.isBlank(cells[c]) && l.role(c) != Role.EVALUATION) {
        addStray(layoutStray(c, l, cells[c]));
      }
    }
    sink.report(
        ReadDiagnostics.CONTINUATION_ROW,
        Severity.WARNING,
        "a row without 序号 and 项目名称 at line "
            + line
            + "; its cells are kept as stray cells of the "
            + (last == Last.TOTALS ? "合计 row" : "project") + " above",
        line,
        first,
        cells[first],
        -1);
  }

  // ---------------------------------------------------------------- markers

  private static boolean isMarker(String cell) {
    return cell.equals(Markers.STRAY)
        || cell.equals(Markers.METADATA)
        || cell.equals(Markers.NOTE)
        || cell.equals(Markers.INDICATOR)
        || cell.equals(Markers.FUND);
  }

  /** How many cells a marker row has, the marker included. */
  private static int arity(String marker) {
    switch (marker) {
      case Markers.NOTE:
        return 2;
      case Markers.METADATA:
        return 3;
      case Markers.STRAY:
        return 4;
      case Markers.FUND:
        return 5;
      default:
        return 11; // Markers.INDICATOR
    }
  }

  private void marker(String[] cells, int count, long line) {
    String kind = cells[0];
    for (int c = arity(kind); c < count; c++) {
      if (!Cells.isBlank(cells[c])) {
        // Reading the row as its marker would drop the cells beyond it.
        badMarker(cells, count, line, "a " + kind + " row with more than " + arity(kind) + " cells");
        return;
      }
    }
    if (kind.equals(Markers.NOTE)) {
      notes.add(count > 1 ? cells[1] : "");
      return;
    }
    if (kind.equals(Markers.METADATA)) {
      if (count < 2 || Cells.isBlank(cells[1])) {
        badMarker(cells, count, line, "a 【元数据】 row without a key");
        return;
      }
      String value = count > 2 ? cells[2] : "";
      String earlier = metadata.get(cells[1]);
      if (earlier != null && !earlier.equals(value)) {
        badMarker(cells, count, line, "a second value for the key of a 【元数据】 row");
        return;
      }
      metadata.put(cells[1], value);
      return;
    }
    if (kind.equals(Markers.INDICATOR)) {
      indicatorMarker(cells, count, line);
      return;
    }
    if (kind.equals(Markers.FUND)) {
      fundMarker(cells, count, line);
      return;
    }
    int column = count > 1 ? NumberCells.parseSeq(cells[1]) : -2;
    String text = count > 3 ? cells[3] : "";
    if (column < 0 || Cells.isBlank(text)) {
      badMarker(cells, count, line, "a 【未归位单元格】 row needs a column number and a text");
      return;
    }
    if (last == Last.NONE) {
      badMarker(cells, count, line, "a 【未归位单元格】 row with no row above it");
      return;
    }
    addStray(stray(column, count > 2 ? cells[2] : "", text));
  }

  private void indicatorMarker(String[] cells, int count, long line) {
    if (last != Last.PROJECT) {
      badMarker(cells, count, line, "a 【指标】 row with no project row above it");
      return;
    }
    Optional<Category> category = Category.fromLabel(at(cells, count, 1));
    String subText = at(cells, count, 2);
    Optional<Subcategory> sub =
        Cells.isBlank(subText) ? Optional.empty() : Subcategory.fromLabel(subText);
    String natureText = at(cells, count, 6);
    Optional<org.jixiao.core.indicator.TargetNature> nature =
        Cells.isBlank(natureText)
            ? Optional.empty()
            : org.jixiao.core.indicator.TargetNature.fromLabel(natureText);
    BigDecimal weight = NumberCells.parseDecimal(at(cells, count, 8), false);
    BigDecimal score = NumberCells.parseDecimal(at(cells, count, 9), false);
    if (category.isEmpty()
        || (!Cells.isBlank(subText) && sub.isEmpty())
        || (!Cells.isBlank(natureText) && nature.isEmpty())
        || weight == null
        || score == null) {
      badMarker(cells, count, line, "a 【指标】 row with an unknown category, nature or number");
      return;
    }
    Indicator.Builder indicator =
        Indicator.builder().category(category.get()).subcategory(sub).nature(nature);
    optionalText(at(cells, count, 3)).ifPresent(indicator::name);
    optionalText(at(cells, count, 4)).ifPresent(indicator::target);
    optionalText(at(cells, count, 5)).ifPresent(indicator::actual);
    optionalText(at(cells, count, 7)).ifPresent(indicator::measureUnit);
    optionalText(at(cells, count, 10)).ifPresent(indicator::deviationReason);
    if (weight != NumberCells.ABSENT) {
      indicator.weight(weight);
    }
    if (score != NumberCells.ABSENT) {
      indicator.statedScore(score);
    }
    try {
      openIndicators.add(indicator.build());
    } catch (IllegalArgumentException e) {
      badMarker(cells, count, line, "a 【指标】 row that is not a valid indicator (" + e.getMessage() + ")");
    }
  }

  private void fundMarker(String[] cells, int count, long line) {
    Optional<FundKind> kind = FundKind.fromLabel(at(cells, count, 1));
    BigDecimal budget = NumberCells.parseDecimal(at(cells, count, 2), false);
    BigDecimal adjusted = NumberCells.parseDecimal(at(cells, count, 3), false);
    BigDecimal executed = NumberCells.parseDecimal(at(cells, count, 4), false);
    if (last == Last.NONE || kind.isEmpty() || budget == null || adjusted == null || executed == null) {
      badMarker(cells, count, line, "a 【资金】 row without a row above it, a known kind or numbers");
      return;
    }
    FundSource.Builder fund = FundSource.builder().kind(kind.get());
    if (budget != NumberCells.ABSENT) {
      fund.budget(budget);
    }
    if (adjusted != NumberCells.ABSENT) {
      fund.adjustedBudget(adjusted);
    }
    if (executed != NumberCells.ABSENT) {
      fund.executed(executed);
    }
    Project.Builder project = openProject;
    if (last == Last.TOTALS && totals != null) {
      totals.addFunds(fund.build());
    } else if (project != null) {
      project.addFunds(fund.build());
    }
  }

  private static String at(String[] cells, int count, int column) {
    return column < count ? cells[column] : "";
  }

  private static Optional<String> optionalText(String cell) {
    return Cells.isBlank(cell) ? Optional.empty() : Optional.of(cell);
  }

  private void badMarker(String[] cells, int count, long line, String what) {
    String joined = joinNonBlank(cells, count);
    notes.add(joined);
    sink.report(
        ReadDiagnostics.BAD_MARKER,
        Severity.WARNING,
        what + "; it is kept as a note",
        line,
        0,
        joined,
        -1);
  }

  private void addStray(StrayCell cell) {
    if (last == Last.TOTALS && totals != null) {
      totals.addStrayCells(cell);
    } else if (openProject != null) {
      openProject.addStrayCells(cell);
    }
  }

  // ---------------------------------------------------------------- helpers

  /** A stray cell from a column of the current layout, headed by that column's header text. */
  private StrayCell layoutStray(int column, Layout l, String text) {
    strayColumns.add(column);
    return stray(column, l.header(column), text);
  }

  private static StrayCell stray(int column, String header, String text) {
    return StrayCell.of(column, header.isEmpty() ? Optional.empty() : Optional.of(header), text);
  }

  private Layout requireLayout() {
    Layout l = layout;
    if (l == null) {
      throw new IllegalStateException("no layout in the body state");
    }
    return l;
  }

  private static String describeRow(int seq, long line) {
    return seq >= 0 ? "the row of 序号 " + seq + " (line " + line + ")" : "the row at line " + line;
  }

  private static String cell(String[] cells, int count, int column) {
    return column >= 0 && column < count ? cells[column] : "";
  }

  private static int firstNonBlank(String[] cells, int count) {
    for (int c = 0; c < count; c++) {
      if (!Cells.isBlank(cells[c])) {
        return c;
      }
    }
    return -1;
  }

  private static int nonBlankCount(String[] cells, int count) {
    int n = 0;
    for (int c = 0; c < count; c++) {
      if (!Cells.isBlank(cells[c])) {
        n++;
      }
    }
    return n;
  }

  private static String joinNonBlank(String[] cells, int count) {
    StringBuilder out = new StringBuilder();
    for (int c = 0; c < count; c++) {
      if (!Cells.isBlank(cells[c])) {
        if (out.length() > 0) {
          out.append('\t');
        }
        out.append(cells[c]);
      }
    }
    return out.toString();
  }

  private static String[] copy(String[] cells, int count) {
    String[] out = new String[count];
    System.arraycopy(cells, 0, out, 0, count);
    return out;
  }
}

package org.jixiao.io.internal.table;

import static org.jixiao.io.internal.table.CanonicalColumns.columns;
import static org.jixiao.io.internal.table.CanonicalColumns.simpleFunds;
import static org.jixiao.io.internal.table.CanonicalColumns.simpleIndicators;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.label.Labels;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.io.internal.table.CanonicalColumns.Column;
import org.jspecify.annotations.Nullable;

/**
 * Writes the canonical layout: see the {@code org.jixiao.io.table} package documentation. The
 * layout's columns are those {@link CanonicalColumns} chooses from the table.
 */
public final class CanonicalWriter {
  /**
   * The 14th cell of an 【指标】 row whose indicator the copy cut off before its actual ({@code
   * Indicator.cutOff()}); blank or absent otherwise.
   */
  static final String CUT_OFF = "CUT_OFF";

  private static final String[] CATEGORY_HEADERS = {"产出目标", "效益目标", "满意度指标", "成本指标"};

  private final boolean neutralise;
  /** Whether the line last written is a project's row with a 序号 and nothing after it. */
  private boolean afterNumberedRow;

  public CanonicalWriter(boolean neutralise) {
    this.neutralise = neutralise;
  }

  /**
   * Writes the table.
   *
   * @param evaluation the evaluations to append as 得分 / 等级 / 状态, one per project in order
   */
  public void write(
      PerformanceTable table, Optional<TableEvaluation> evaluation, CsvWriter out) {
    List<Project> projects = table.projects();
    evaluation.ifPresent(
        e -> {
          if (e.evaluations().size() != projects.size()) {
            throw new IllegalArgumentException(
                "the evaluation has "
                    + e.evaluations().size()
                    + " evaluations but the table "
                    + projects.size()
                    + " projects");
          }
        });
    List<Column> columns = columns(table, evaluation.isPresent());
    int width = columns.size();

    // Title lines.
    Map<String, String> metadata = table.metadata();
    String appendix = metadata.get(Markers.APPENDIX_KEY);
    boolean appendixAsLine =
        appendix != null && TitleLines.classify(appendix).kind() == TitleLines.Kind.APPENDIX;
    if (appendix != null && appendixAsLine) {
      record(out, text(appendix));
    }
    table.title().ifPresent(t -> record(out, text(t)));
    int titleYear =
        table.title().map(t -> TitleLines.yearOf(Labels.normalize(t))).orElse(-1);
    int year = table.fiscalYear().orElse(-1);
    if (year != titleYear) {
      record(out, "年度：" + (year >= 0 ? Integer.toString(year) : ""));
    }
    table.department().ifPresent(d -> record(out, text("部门名称（盖章）：" + d)));
    record(out, "单位：" + table.moneyUnit().label());

    writeHeader(columns, out);

    List<Evaluation> evaluations =
        evaluation.map(TableEvaluation::evaluations).orElse(List.of());
    for (int i = 0; i < projects.size(); i++) {
      Project project = projects.get(i);
      writeProject(
          project, columns, i < evaluations.size() ? evaluations.get(i) : null, width, out);
    }
    table.totals().ifPresent(t -> writeTotals(t, columns, width, out));
    for (String note : table.notes()) {
      record(out, Markers.NOTE, text(note));
    }
    for (Map.Entry<String, String> entry : metadata.entrySet()) {
      if (appendixAsLine && entry.getKey().equals(Markers.APPENDIX_KEY)) {
        continue;
      }
      record(out, Markers.METADATA, text(entry.getKey()), text(entry.getValue()));
    }
  }

  // ---------------------------------------------------------------- rows

  private static void writeHeader(List<Column> columns, CsvWriter out) {
    int width = columns.size();
    String[] level1 = blankRow(width);
    String[] level2 = blankRow(width);
    String[] level3 = blankRow(width);
    boolean fiscalGroup = false;
    Category lastCategory = null;
    for (int c = 0; c < width; c++) {
      Column column = columns.get(c);
      switch (column.role()) {
        case FUND:
          FundKind kind = column.fund();
          if (kind != null && kind.isFiscal()) {
            if (!fiscalGroup) {
              level2[c] = "其中：财政拨款";
              fiscalGroup = true;
            }
            level3[c] = kind.label();
          } else if (kind != null) {
            level2[c] = kind.label();
          }
          break;
        case ACTUAL:
          level1[c] = Role.ACTUAL.label();
          level2[c] = "合计";
          break;
        case TARGET:
          Subcategory sub = column.sub();
          if (sub != null) {
            if (sub.category() != lastCategory) {
              level1[c] = CATEGORY_HEADERS[sub.category().ordinal()];
              lastCategory = sub.category();
            }
            level2[c] = sub.label();
          }
          level3[c] = Role.TARGET.label();
          break;
        case ACHIEVED:
          level3[c] = Role.ACHIEVED.label();
          break;
        case EVALUATION:
          level1[c] = column.evaluation();
          break;
        default:
          level1[c] = column.role().label();
          break;
      }
    }
    record(out, level1);
    record(out, level2);
    record(out, level3);
  }

  private void writeProject(
      Project project,
      List<Column> columns,
      @Nullable Evaluation evaluation,
      int width,
      CsvWriter out) {
    String[] row = blankRow(width);
    boolean simpleFunds = simpleFunds(project.funds());
    boolean simpleIndicators = simpleIndicators(project.indicators().indicators());
    List<Indicator> indicators = simpleIndicators ? project.indicators().indicators() : List.of();
    int next = 0;
    for (int c = 0; c < width; c++) {
      Column column = columns.get(c);
      switch (column.role()) {
        case SEQ:
          // a row without 序号 right under a numbered one would read back as its wrapped line (a
          // reader joins such lines of a PDF's table to the row above): — says it is a row of its own
          row[c] = project.seq().isPresent() ? Integer.toString(project.seq().getAsInt()) : afterNumberedRow ? "—" : "";
          break;
        case UNIT:
          row[c] = text(project.unit());
          break;
        case DEPARTMENT:
          row[c] = text(project.department());
          break;
        case NAME:
          row[c] = text(project.name());
          break;
        case GOVERNMENT_INVESTMENT:
          row[c] = project.governmentInvestment().map(b -> b ? "是" : "否").orElse("");
          break;
        case BUDGET:
          row[c] = number(project.budget());
          break;
        case ADJUSTED_BUDGET:
          row[c] = number(project.adjustedBudget());
          break;
        case ACTUAL:
          row[c] = number(project.actual());
          break;
        case FUND:
          row[c] = simpleFunds ? fundCell(project.funds(), column.fund()) : "";
          break;
        case RATE:
          row[c] = number(project.statedExecutionRate());
          break;
        case EXECUTION_WEIGHT:
          row[c] = number(project.statedExecutionWeight());
          break;
        case EXECUTION_SCORE:
          row[c] = number(project.statedExecutionScore());
          break;
        case OUTPUT_POINTS:
        case BENEFIT_POINTS:
        case SATISFACTION_POINTS:
        case COST_POINTS:
          row[c] = number(Optional.ofNullable(project.statedCategoryWeights().get(column.role().pointsOf())));
          break;
        case GOAL:
          row[c] = text(project.goal());
          break;
        case GOAL_OUTCOME:
          row[c] = text(project.goalOutcome());
          break;
        case COMPLETION:
          row[c] = text(project.statedCompletion());
          break;
        case TARGET:
          if (next < indicators.size()
              && indicators.get(next).subcategory().orElse(null) == column.sub()) {
            Indicator indicator = indicators.get(next++);
            row[c] = text(indicator.target());
            row[c + 1] = text(indicator.actual());
          }
          break;
        case PROBLEMS:
          row[c] = text(project.problems());
          break;
        case RECTIFICATION:
          row[c] = text(project.rectification());
          break;
        case STATED_SCORE:
          row[c] = number(project.statedScore());
          break;
        case EVALUATION:
          row[c] = evaluationCell(evaluation, column.evaluation());
          break;
        default:
          break;
      }
    }
    record(out, row);
    for (String[] field : DeclarationFields.of(project)) {
      record(out, Markers.DECLARATION, field[0], DeclarationFields.isText(field[0]) ? text(field[1]) : field[1]);
    }
    if (!simpleFunds) {
      writeFundMarkers(project.funds(), out);
    }
    if (!simpleIndicators) {
      for (Indicator indicator : project.indicators()) {
        String[] cells = {
          Markers.INDICATOR,
          indicator.category().name(),
          indicator.subcategory().map(Enum::name).orElse(""),
          text(indicator.name()),
          text(indicator.target()),
          text(indicator.actual()),
          indicator.nature().map(Enum::name).orElse(""),
          text(indicator.measureUnit()),
          number(indicator.weight()),
          number(indicator.statedScore()),
          text(indicator.deviationReason()),
          text(indicator.explanation()),
          text(indicator.printedSubcategory()),
          indicator.cutOff() ? CUT_OFF : ""
        };
        // the row keeps only the cells it needs: twelve without a printed level label or a cut, as
        // earlier readers expect
        int cellCount = indicator.cutOff() ? 14 : indicator.printedSubcategory().isPresent() ? 13 : 12;
        record(out, cellCount == cells.length ? cells : Arrays.copyOf(cells, cellCount));
      }
    }
    writeStray(project.strayCells(), out);
    afterNumberedRow = project.seq().isPresent() && simpleFunds && simpleIndicators
        && DeclarationFields.of(project).isEmpty() && project.strayCells().isEmpty();
  }

  private void writeTotals(TotalsRow totals, List<Column> columns, int width, CsvWriter out) {
    String[] row = blankRow(width);
    boolean simpleFunds = simpleFunds(totals.funds());
    for (int c = 0; c < width; c++) {
      Column column = columns.get(c);
      switch (column.role()) {
        case SEQ:
          row[c] = "合计";
          break;
        case BUDGET:
          row[c] = number(totals.budget());
          break;
        case ACTUAL:
          row[c] = number(totals.actual());
          break;
        case FUND:
          row[c] = simpleFunds ? fundCell(totals.funds(), column.fund()) : "";
          break;
        case RATE:
          row[c] = number(totals.statedExecutionRate());
          break;
        default:
          break;
      }
    }
    record(out, row);
    if (!simpleFunds) {
      writeFundMarkers(totals.funds(), out);
    }
    writeStray(totals.strayCells(), out);
  }

  private void writeFundMarkers(List<FundSource> funds, CsvWriter out) {
    for (FundSource fund : funds) {
      String[] cells = {
        Markers.FUND,
        fund.kind().name(),
        number(fund.budget()),
        number(fund.adjustedBudget()),
        number(fund.executed()),
        text(fund.label())
      };
      // without a label the row keeps the five cells readers before the label expect
      record(out, fund.label().isPresent() ? cells : Arrays.copyOf(cells, 5));
    }
  }

  private void writeStray(List<StrayCell> cells, CsvWriter out) {
    for (StrayCell cell : cells) {
      String column = Integer.toString(cell.column());
      if (cell.line().isPresent()) {
        record(out, Markers.STRAY, column, text(cell.header()), text(cell.text()), Long.toString(cell.line().getAsLong()));
      } else {
        record(out, Markers.STRAY, column, text(cell.header()), text(cell.text())); // four cells, as before lines were kept
      }
    }
  }

  private static String fundCell(List<FundSource> funds, @Nullable FundKind kind) {
    for (FundSource fund : funds) {
      if (fund.kind() == kind) {
        return number(fund.executed());
      }
    }
    return "";
  }

  private static String evaluationCell(@Nullable Evaluation evaluation, String which) {
    if (evaluation == null) {
      return "";
    }
    switch (which) {
      case "得分":
        return number(evaluation.score());
      case "等级":
        return evaluation.grade().map(g -> g.label()).orElse("");
      default:
        return evaluation.status().label();
    }
  }

  /**
   * Writes a record. FastCSV 4.1.0 loses a quoted last field that holds a carriage return not
   * followed by a line feed when the record ends with LF (the record merges with the next), so
   * such a record gets an empty field after it; readers ignore blank cells.
   */
  private static void record(CsvWriter out, String... cells) {
    String last = cells.length > 0 ? cells[cells.length - 1] : "";
    if (last.indexOf('\r') >= 0) {
      String[] padded = Arrays.copyOf(cells, cells.length + 1);
      padded[cells.length] = "";
      out.writeRecord(padded);
    } else {
      out.writeRecord(cells);
    }
  }

  private static String[] blankRow(int width) {
    String[] row = new String[width];
    java.util.Arrays.fill(row, "");
    return row;
  }

  private String text(String value) {
    return neutralise ? Cells.neutralise(value) : value;
  }

  private String text(Optional<String> value) {
    return value.map(this::text).orElse("");
  }

  private static String number(Optional<BigDecimal> value) {
    return value.map(NumberCells::format).orElse("");
  }
}

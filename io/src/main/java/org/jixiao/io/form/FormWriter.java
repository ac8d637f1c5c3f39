package org.jixiao.io.form;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.grid.GridLayout;
import org.jixiao.io.internal.form.FormLayout;
import org.jixiao.io.internal.table.Cells;
import org.jixiao.io.internal.table.NumberCells;
import org.jixiao.io.table.TableFormat;
import org.jspecify.annotations.Nullable;

/**
 * Writes projects as the Ministry of Finance's single-project form (项目支出绩效自评表): title and
 * year, 项目名称, 主管部门 / 实施单位 (项目编码, 项目类型, 实施期限 when known), the funds block
 * (年度资金总额 and one row per fund source, with 分值, 执行率, 得分), 年度总体目标, the indicator
 * block (一级 / 二级 merged over their runs; 指标性质 and 度量单位 columns when an indicator
 * states them, 指标解释 when one has it; {@code /} where an indicator has no 二级指标), 总分, then
 * 存在问题 / 改进措施, and the project's stray cells on marker rows ({@code 【未归位单元格】 |
 * column | header | text}) so that nothing is lost. What a project holds and the form has no
 * place for goes on label rows under 实施单位, which {@link FormReader} reads back: 序号, 是否政府投资项目,
 * 是否新增项目, 分配方式, 项目总金额, 长期目标, 政策依据, 测算依据 and 绩效目标整体完成情况.
 *
 * <p>Without an evaluation the form carries what the project states (its 分值, 得分, rate and
 * 总分), and {@link FormReader} reads the text back to an equal project. An indicator its copy cut
 * off ({@code Indicator.cutOff()}, set by the reader of a copy that ends in the row) is written
 * with its blank cells and a row of its own below the form, {@code 【副本截断】 | n} (n its number,
 * 1 for the first), since the written form goes on below it; the reader marks it again. With an {@link
 * Evaluation}, the 执行率 and the 得分 of the funds block and of every indicator are the computed
 * ones (blank for an indicator that was not scored), 总分 is the computed score and a 自评等级 row
 * gives the grade. 分值 stays what the project states (blank where it states none) and reads back
 * so; where the evaluation scored against other weights (a profile that rescales the form's 分值
 * to its total, or weights by category), a 折算分值 column beside 分值 gives the weight each 得分
 * was computed against, and its 总分 cell their sum. {@link FormReader} keeps that column's cells
 * as stray cells under their heading.
 *
 * <p>{@link #layout} gives a form as a {@link GridLayout} (merged regions and column widths) for
 * a spreadsheet renderer; the text methods write forms one under another, separated by a blank
 * line, in TSV or CSV through FastCSV, with formula-like text neutralised as {@link
 * org.jixiao.io.table.TableWriter} does (numbers never are). Instances are immutable.
 */
public final class FormWriter {
  private final TableFormat format;
  private final String title;

  private FormWriter(Builder b) {
    this.format = b.format;
    this.title = b.title;
  }

  /**
   * A builder with the defaults: TSV, the title 项目支出绩效自评表.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One project's form as a laid-out grid.
   *
   * @param project the project
   * @param year the form's year (printed as {@code (2022年度)}), or a negative number for none
   * @param evaluation the project's evaluation, whose 得分 and 总分 are printed, or null
   * @return the layout
   * @throws IllegalArgumentException when the evaluation names another project
   */
  public GridLayout layout(Project project, int year, @Nullable Evaluation evaluation) {
    if (evaluation != null && !evaluation.project().equals(project.name())) {
      throw new IllegalArgumentException(
          "the evaluation of '" + evaluation.project() + "' does not belong to '" + project.name() + "'");
    }
    return FormLayout.layout(project, title, year, evaluation);
  }

  /**
   * The forms of a table, one layout per project, with the table's year.
   *
   * @param table the table
   * @param evaluations one evaluation per project in table order, or an empty list for none
   * @return the layouts
   * @throws IllegalArgumentException when there are evaluations but not one per project, or one
   *     names another project
   */
  public List<GridLayout> layouts(PerformanceTable table, List<Evaluation> evaluations) {
    List<Project> projects = table.projects();
    if (!evaluations.isEmpty() && evaluations.size() != projects.size()) {
      throw new IllegalArgumentException(
          evaluations.size() + " evaluations for " + projects.size() + " projects");
    }
    int year = table.fiscalYear().orElse(-1);
    List<GridLayout> out = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      out.add(layout(projects.get(i), year, evaluations.isEmpty() ? null : evaluations.get(i)));
    }
    return out;
  }

  /**
   * Writes the forms of a table one under another.
   *
   * @param table the table
   * @param evaluations one evaluation per project in table order, or an empty list for none
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   * @throws IllegalArgumentException as {@link #layouts}
   */
  public void write(PerformanceTable table, List<Evaluation> evaluations, Writer out) throws IOException {
    CsvWriter csv =
        CsvWriter.builder()
            .fieldSeparator(format.separator())
            .quoteCharacter('"')
            .lineDelimiter(format == TableFormat.CSV ? LineDelimiter.CRLF : LineDelimiter.LF)
            .build(out);
    try {
      boolean first = true;
      for (GridLayout layout : layouts(table, evaluations)) {
        if (!first) {
          csv.writeRecord("");
        }
        first = false;
        for (List<String> row : layout.rows()) {
          int end = row.size();
          while (end > 0 && row.get(end - 1).isEmpty()) {
            end--;
          }
          // FastCSV loses a quoted last field holding a carriage return not followed by a line
          // feed (the record merges with the next; see CanonicalWriter): such a record gets an
          // empty field after it, which readers ignore.
          boolean pad = end > 0 && row.get(end - 1).indexOf('\r') >= 0;
          String[] cells = new String[pad ? end + 1 : end];
          for (int c = 0; c < end; c++) {
            cells[c] = text(row.get(c));
          }
          if (pad) {
            cells[end] = "";
          }
          csv.writeRecord(cells);
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }

  /** Numbers are written as they are; text that a spreadsheet would take for a formula is not. */
  private static String text(String cell) {
    BigDecimal number = cell.isEmpty() ? null : NumberCells.parseDecimal(cell, true);
    return number != null && number != NumberCells.ABSENT ? cell : Cells.neutralise(cell);
  }

  /**
   * The forms of a table as text.
   *
   * @param table the table
   * @return the TSV or CSV text
   */
  public String writeToString(PerformanceTable table) {
    return writeToString(table, List.of());
  }

  /**
   * The forms of a table with their evaluations as text.
   *
   * @param table the table
   * @param evaluations one evaluation per project in table order
   * @return the TSV or CSV text
   * @throws IllegalArgumentException as {@link #layouts}
   */
  public String writeToString(PerformanceTable table, List<Evaluation> evaluations) {
    StringWriter out = new StringWriter();
    try {
      write(table, evaluations, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Builds {@link FormWriter}s. */
  public static final class Builder {
    private TableFormat format = TableFormat.TSV;
    private String title = FormLayout.TITLE;

    private Builder() {}

    /**
     * The text format [TSV].
     *
     * @param format TSV or CSV
     * @return this builder
     */
    public Builder format(TableFormat format) {
      this.format = format;
      return this;
    }

    /**
     * The title line of every form [项目支出绩效自评表]; it must name a 自评表 for {@link
     * FormReader} to find the form by its title (else it finds it by 项目名称).
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      if (title.isBlank()) {
        throw new IllegalArgumentException("a blank title");
      }
      this.title = title;
      return this;
    }

    /**
     * The writer.
     *
     * @return the writer
     */
    public FormWriter build() {
      return new FormWriter(this);
    }
  }
}

package org.jixiao.io.table;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.internal.table.CanonicalWriter;
import org.jixiao.io.internal.table.Role;

/**
 * Writes a {@link PerformanceTable} in the canonical layout (see the package documentation) as
 * TSV or CSV, optionally with the evaluation columns 得分, 等级 and 状态 appended.
 *
 * <p><b>Formula neutralisation</b> (on by default): a text cell that a spreadsheet would take for
 * a formula — it starts with {@code = + - @}, a tab or a carriage return, possibly after
 * apostrophes — is written with one more apostrophe in front. Numbers are never neutralised
 * ({@code -3.50} is an amount), and {@link TableReader} removes the apostrophe again, so the round
 * trip is not broken.
 *
 * <p>Byte output is UTF-8, with a byte order mark when asked for (spreadsheets need one to
 * recognise UTF-8 CSV). Instances are immutable and thread-safe.
 */
public final class TableWriter {
  private final TableFormat format;
  private final boolean neutralise;
  private final boolean byteOrderMark;

  private TableWriter(Builder builder) {
    this.format = builder.format;
    this.neutralise = builder.neutralise;
    this.byteOrderMark = builder.byteOrderMark;
  }

  /** A builder with the defaults: TSV, neutralisation on, no byte order mark. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the table; the writer is flushed, not closed.
   *
   * @param table the table
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void write(PerformanceTable table, Writer out) throws IOException {
    write(table, Optional.empty(), out);
  }

  /**
   * Writes the table with the evaluation columns 得分, 等级 and 状态; the writer is flushed, not
   * closed.
   *
   * @param table the table
   * @param evaluation one evaluation per project, in table order
   * @param out where to write
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when the evaluation has not one evaluation per project
   */
  public void write(PerformanceTable table, TableEvaluation evaluation, Writer out)
      throws IOException {
    write(table, Optional.of(evaluation), out);
  }

  /**
   * Writes the table as UTF-8 bytes; the stream is flushed, not closed.
   *
   * @param table the table
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void write(PerformanceTable table, OutputStream out) throws IOException {
    writeBytes(table, Optional.empty(), out);
  }

  /**
   * Writes the table with evaluation columns as UTF-8 bytes; the stream is flushed, not closed.
   *
   * @param table the table
   * @param evaluation one evaluation per project, in table order
   * @param out where to write
   * @throws IOException when writing fails
   */
  public void write(PerformanceTable table, TableEvaluation evaluation, OutputStream out)
      throws IOException {
    writeBytes(table, Optional.of(evaluation), out);
  }

  /**
   * Writes the table to a file, replacing it.
   *
   * @param table the table
   * @param file the file
   * @throws IOException when writing fails
   */
  public void write(PerformanceTable table, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeBytes(table, Optional.empty(), out);
    }
  }

  /**
   * Writes the table with evaluation columns to a file, replacing it.
   *
   * @param table the table
   * @param evaluation one evaluation per project, in table order
   * @param file the file
   * @throws IOException when writing fails
   */
  public void write(PerformanceTable table, TableEvaluation evaluation, Path file)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      writeBytes(table, Optional.of(evaluation), out);
    }
  }

  /**
   * The table as text.
   *
   * @param table the table
   * @return the TSV or CSV text
   */
  public String writeToString(PerformanceTable table) {
    return writeToString(table, Optional.empty());
  }

  /**
   * The table with evaluation columns as text.
   *
   * @param table the table
   * @param evaluation one evaluation per project, in table order
   * @return the TSV or CSV text
   */
  public String writeToString(PerformanceTable table, TableEvaluation evaluation) {
    return writeToString(table, Optional.of(evaluation));
  }

  /**
   * The canonical layout as rows of cells rather than text, for writers of typed formats (the
   * {@code jixiao-xlsx} module writes them as a worksheet): the same rows, in the same order, that
   * {@link TableReader} reads back equal, each with what the row is and, in project and 合计 rows,
   * which cells hold numbers. Cells are never neutralised (a typed cell is not a formula),
   * whatever this writer's setting.
   *
   * @param table the table
   * @param sink receives the rows in order
   */
  public void writeRows(PerformanceTable table, RowSink sink) {
    writeRows(table, Optional.empty(), sink);
  }

  /**
   * The canonical layout with the evaluation columns 得分, 等级 and 状态, as rows of cells (see
   * {@link #writeRows(PerformanceTable, RowSink)}).
   *
   * @param table the table
   * @param evaluation one evaluation per project, in table order
   * @param sink receives the rows in order
   * @throws IllegalArgumentException when the evaluation has not one evaluation per project
   */
  public void writeRows(PerformanceTable table, TableEvaluation evaluation, RowSink sink) {
    writeRows(table, Optional.of(evaluation), sink);
  }

  private void writeRows(PerformanceTable table, Optional<TableEvaluation> evaluation, RowSink sink) {
    StringWriter text = new StringWriter();
    CsvWriter csv =
        CsvWriter.builder().fieldSeparator('\t').quoteCharacter('"').lineDelimiter(LineDelimiter.LF).build(text);
    new CanonicalWriter(false).write(table, evaluation, csv);
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    List<CellKind> columns = List.of();
    int header = -1;
    int row = 0;
    try (CsvReader<CsvRecord> records =
        CsvReader.builder()
            .fieldSeparator('\t')
            .quoteCharacter('"')
            .commentStrategy(CommentStrategy.NONE)
            .skipEmptyLines(false)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .detectBomHeader(false)
            .maxBufferSize(Integer.MAX_VALUE - 16)
            .ofCsvRecord(text.toString())) {
      List<List<String>> headerRows = new ArrayList<>();
      for (CsvRecord record : records) {
        List<String> cells = record.getFields();
        String first = cells.isEmpty() ? "" : cells.get(0);
        RowKind kind;
        if (header < 0 && first.equals(Role.SEQ.label())) {
          header = row;
        }
        if (header < 0) {
          kind = RowKind.TITLE;
        } else if (row < header + 3) {
          kind = RowKind.HEADER;
          headerRows.add(cells);
          if (row == header + 2) {
            columns = columnKinds(headerRows.get(0), cells.size());
          }
        } else if (first.startsWith("【")) {
          kind = RowKind.MARKER;
        } else if (first.equals("合计")) {
          kind = RowKind.TOTALS;
        } else {
          kind = RowKind.PROJECT;
        }
        List<CellKind> kinds = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
          boolean typed = (kind == RowKind.PROJECT || kind == RowKind.TOTALS) && c < columns.size();
          kinds.add(typed ? columns.get(c) : CellKind.TEXT);
        }
        sink.row(kind, cells, kinds);
        row++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string does not fail
    }
  }

  /** What each column holds, from the labels of the header's first row (a label spans right). */
  private static List<CellKind> columnKinds(List<String> level1, int width) {
    List<CellKind> kinds = new ArrayList<>(width);
    CellKind current = CellKind.TEXT;
    for (int c = 0; c < width; c++) {
      String label = c < level1.size() ? level1.get(c) : "";
      if (!label.isEmpty()) {
        current = kindOf(label);
      }
      kinds.add(current);
    }
    return kinds;
  }

  private static CellKind kindOf(String label) {
    if (label.equals(Role.RATE.label())) {
      return CellKind.PERCENT;
    }
    for (Role role :
        List.of(
            Role.SEQ,
            Role.BUDGET,
            Role.ADJUSTED_BUDGET,
            Role.ACTUAL,
            Role.EXECUTION_WEIGHT,
            Role.EXECUTION_SCORE,
            Role.OUTPUT_POINTS,
            Role.BENEFIT_POINTS,
            Role.SATISFACTION_POINTS,
            Role.COST_POINTS,
            Role.STATED_SCORE)) {
      if (label.equals(role.label())) {
        return CellKind.NUMBER;
      }
    }
    return label.equals("得分") ? CellKind.NUMBER : CellKind.TEXT;
  }

  /** What a cell of the canonical layout holds ({@link #writeRows(PerformanceTable, RowSink)}). */
  public enum CellKind {
    /** Text, or a number a typed format should keep as text. */
    TEXT,
    /** A number (序号, an amount, a score), written in its canonical digits. */
    NUMBER,
    /** A rate in percent (预算支出执行率), written in its canonical digits without a % sign. */
    PERCENT
  }

  /** What a row of the canonical layout is ({@link #writeRows(PerformanceTable, RowSink)}). */
  public enum RowKind {
    /** A title line: 附表, the title, 年度, 部门名称（盖章）, 单位. */
    TITLE,
    /** One of the three header rows; a label stands in the first column it spans. */
    HEADER,
    /** A project. */
    PROJECT,
    /** The 合计 row. */
    TOTALS,
    /** A marker row (【未归位单元格】, 【指标】, 【资金】, 【元数据】, 【注】). */
    MARKER
  }

  /** Receives the rows of the canonical layout. */
  @FunctionalInterface
  public interface RowSink {
    /**
     * One row.
     *
     * @param kind what the row is
     * @param cells its cells, as {@link TableReader} reads them back
     * @param kinds what each cell holds, one per cell
     */
    void row(RowKind kind, List<String> cells, List<CellKind> kinds);
  }

  private String writeToString(PerformanceTable table, Optional<TableEvaluation> evaluation) {
    StringWriter out = new StringWriter();
    try {
      write(table, evaluation, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  private void writeBytes(
      PerformanceTable table, Optional<TableEvaluation> evaluation, OutputStream out)
      throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    if (byteOrderMark) {
      writer.write('\uFEFF');
    }
    write(table, evaluation, writer);
    writer.flush();
  }

  private void write(PerformanceTable table, Optional<TableEvaluation> evaluation, Writer out)
      throws IOException {
    CsvWriter csv =
        CsvWriter.builder()
            .fieldSeparator(format.separator())
            .quoteCharacter('"')
            .lineDelimiter(format == TableFormat.CSV ? LineDelimiter.CRLF : LineDelimiter.LF)
            .build(out);
    try {
      new CanonicalWriter(neutralise).write(table, evaluation, csv);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    csv.flush();
  }

  /** Builds {@link TableWriter}s. */
  public static final class Builder {
    private TableFormat format = TableFormat.TSV;
    private boolean neutralise = true;
    private boolean byteOrderMark;

    private Builder() {}

    /**
     * The format [TSV].
     *
     * @param format TSV or CSV
     * @return this builder
     */
    public Builder format(TableFormat format) {
      this.format = format;
      return this;
    }

    /**
     * Whether to neutralise text cells that a spreadsheet would run as formulas [true].
     *
     * @param neutralise whether to neutralise
     * @return this builder
     */
    public Builder neutraliseFormulas(boolean neutralise) {
      this.neutralise = neutralise;
      return this;
    }

    /**
     * Whether byte output starts with a UTF-8 byte order mark [false].
     *
     * @param byteOrderMark whether to write one
     * @return this builder
     */
    public Builder byteOrderMark(boolean byteOrderMark) {
      this.byteOrderMark = byteOrderMark;
      return this;
    }

    /** The writer. */
    public TableWriter build() {
      return new TableWriter(this);
    }
  }
}

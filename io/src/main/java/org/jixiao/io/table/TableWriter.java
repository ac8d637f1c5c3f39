package org.jixiao.io.table;

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
import java.util.Optional;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.internal.table.CanonicalWriter;

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

package org.jixiao.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.table.TableWriter;
import org.jixiao.xlsx.internal.TableSheet;

/**
 * Writes a {@link PerformanceTable} as an .xlsx workbook of one sheet that a person accepts as a
 * disclosure table (部门预算项目绩效自评情况公开表) and that {@link XlsxTableReader} reads back: the
 * rows of {@code TableWriter}'s canonical layout (title lines, a three-row header, a row per
 * project, the 合计 row, marker rows for what the columns cannot hold), laid out with the title
 * merged over the table, every header label merged over the columns and rows it heads (产出目标 over
 * its indicator columns, 序号 over the three header rows), borders, wrapped text, column widths from
 * the content, the header frozen and repeated on printed pages. Amounts, 序号 and scores are
 * numbers with a format that shows their digits ({@code #,##0.00}); the 预算支出执行率 is a number
 * formatted as a percentage ({@code 98.23%}). With an evaluation, the columns 得分, 等级 and 状态
 * follow (the reader skips them).
 *
 * <p><b>Round trip.</b> Writing and reading back with {@link XlsxTableReader} gives an equal table
 * for the tables the TSV round trip keeps (see the {@code org.jixiao.io.table} package
 * documentation for the exceptions, which apply here too), except: a text of more than 32 767
 * characters (Excel's limit) is refused with an {@link IllegalArgumentException}; a text with
 * leading or trailing white space (as {@link String#strip()} sees it, which includes U+001C to
 * U+001F) reads back stripped, as every cell is read. Line breaks, tabs, other control characters
 * (written as OOXML's {@code _xHHHH_} escapes, which POI would otherwise turn into {@code ?}) and
 * text that looks like such an escape or a formula read back as written. A number that a double
 * cannot hold exactly with all its digits shown (more than 15 significant digits, more than 10
 * decimals, an exponent) is
 * written as text, which reads back equal.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class XlsxTableWriter {
  private final String sheetName;

  private XlsxTableWriter(Builder b) {
    this.sheetName = b.sheetName;
  }

  /** A builder: the sheet named 绩效自评表. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes the table; the stream is flushed, not closed.
   *
   * @param table the table
   * @param out where the .xlsx bytes go
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when a text does not fit a spreadsheet cell
   */
  public void write(PerformanceTable table, OutputStream out) throws IOException {
    write(table, Optional.empty(), out);
  }

  /**
   * Writes the table with the evaluation columns 得分, 等级 and 状态; the stream is flushed, not
   * closed.
   *
   * @param table the table
   * @param evaluation one evaluation per project, in table order
   * @param out where the .xlsx bytes go
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when the evaluation has not one evaluation per project, or a
   *     text does not fit a spreadsheet cell
   */
  public void write(PerformanceTable table, TableEvaluation evaluation, OutputStream out) throws IOException {
    write(table, Optional.of(evaluation), out);
  }

  /**
   * Writes the table to a file, replacing it.
   *
   * @param table the table
   * @param file the .xlsx file
   * @throws IOException when writing fails
   */
  public void write(PerformanceTable table, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(table, Optional.empty(), out);
    }
  }

  /**
   * Writes the table with the evaluation columns to a file, replacing it.
   *
   * @param table the table
   * @param evaluation one evaluation per project, in table order
   * @param file the .xlsx file
   * @throws IOException when writing fails
   */
  public void write(PerformanceTable table, TableEvaluation evaluation, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(table, Optional.of(evaluation), out);
    }
  }

  /**
   * The table as .xlsx bytes.
   *
   * @param table the table
   * @return the workbook's bytes
   */
  public byte[] toBytes(PerformanceTable table) {
    return toBytes(table, Optional.empty());
  }

  /**
   * The table with the evaluation columns as .xlsx bytes.
   *
   * @param table the table
   * @param evaluation one evaluation per project, in table order
   * @return the workbook's bytes
   */
  public byte[] toBytes(PerformanceTable table, TableEvaluation evaluation) {
    return toBytes(table, Optional.of(evaluation));
  }

  private byte[] toBytes(PerformanceTable table, Optional<TableEvaluation> evaluation) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(table, evaluation, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory does not fail
    }
    return out.toByteArray();
  }

  private void write(PerformanceTable table, Optional<TableEvaluation> evaluation, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      TableSheet sheet = new TableSheet(workbook, sheetName);
      TableWriter rows = TableWriter.builder().build();
      if (evaluation.isPresent()) {
        rows.writeRows(table, evaluation.get(), sheet::row);
      } else {
        rows.writeRows(table, sheet::row);
      }
      sheet.finish();
      workbook.write(out);
      out.flush();
    }
  }

  /** Builds {@link XlsxTableWriter}s. */
  public static final class Builder {
    private String sheetName = "绩效自评表";

    private Builder() {}

    /**
     * The sheet's name [绩效自评表]; characters a sheet name cannot hold (: \ / ? * [ ]) are
     * replaced by spaces and it is cut to 31 characters, as Excel requires.
     *
     * @param name the name
     * @return this builder
     */
    public Builder sheetName(String name) {
      Objects.requireNonNull(name, "name");
      this.sheetName = WorkbookUtil.createSafeSheetName(name.isBlank() ? "绩效自评表" : name);
      return this;
    }

    /** The writer; immutable and thread-safe. */
    public XlsxTableWriter build() {
      return new XlsxTableWriter(this);
    }
  }
}

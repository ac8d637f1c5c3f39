package org.jixiao.io.table;

import static org.jixiao.io.internal.table.TextRows.unwrapped;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadDiagnostics;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.internal.table.DecodingReader;
import org.jixiao.io.internal.table.DiagnosticSink;
import org.jixiao.io.internal.table.Msg;
import org.jixiao.io.internal.table.TableAssembler;
import org.jixiao.io.internal.table.TextRows;
import org.jspecify.annotations.Nullable;

/**
 * Reads a disclosure table (部门预算项目绩效自评情况公开表) from TSV or CSV into a {@link
 * PerformanceTable}.
 *
 * <p>The reader recognises the title lines (附表, the title with its year and department,
 * 部门名称（盖章）, 单位：万元 / 元), header blocks of one to four rows — repeated before every
 * page and allowed to differ between pages — blank lines, the 合计 row, notes and the canonical
 * layout's marker rows. Columns are found by their header text, not their position; the variants
 * real tables print are accepted (with or without 非财政拨款, 一般公共 or 一般公共预算, an optional
 * 是否政府投资项目 column). Numbers may be written {@code 1,234.56}, with full-width digits, with a
 * trailing {@code %} for the rate; {@code —}, {@code /} and blank mean absent.
 *
 * <p><b>Lenient</b> (the default): every project row becomes a {@link
 * org.jixiao.core.project.Project}, and what did not fit is reported in the {@link ReadResult}'s
 * diagnostics (see {@link ReadDiagnostics}) and kept: a cell that is not a number where one is
 * required, or a cell outside the header's columns, is kept as a {@link
 * org.jixiao.core.project.StrayCell} with its position and header. When a row does not fit its
 * header (its text was shifted by PDF extraction), its identity (序号, 单位名称, 项目名称) and its
 * amounts and rate are read — they are pinned by the number columns — and its text cells are put
 * where the evidence in their text places them (completion words, satisfaction, timeliness and
 * benefit words, closing placeholders, order), with one {@link ReadDiagnostics#REALIGNED} INFO
 * naming each move; a cell that fits two places about equally well, and every text cell of a row
 * with no plausible placement ({@link ReadDiagnostics#IRREGULAR_ROW}), is kept as a stray cell
 * instead of being filed under a field it may not belong to. <b>Strict</b>: the first problem of
 * severity WARNING or ERROR, or the first row that does not fit its header, throws a {@link
 * JixiaoReadException} with its line, column and text.
 *
 * <p>Diagnostics, and the message of a strict read's exception, are worded in the reader's
 * {@linkplain Builder#locale(Locale) language}: Chinese by default, English on request. Each has
 * a rule id ({@link ReadDiagnostics}), a stable code and its arguments ({@link
 * org.jixiao.io.ReadMessages}).
 *
 * <p>Limits (defaults in brackets) bound what a hostile input can cost: the length of a cell
 * [{@value #DEFAULT_MAX_CELL_LENGTH} characters], the number of rows [{@value
 * #DEFAULT_MAX_ROWS}] and of columns [{@value #DEFAULT_MAX_COLUMNS}]; a row holds at most 16
 * cells' worth of characters. Exceeding one throws a {@link JixiaoReadException} in either mode,
 * worded in the reader's language with its {@linkplain JixiaoReadException#code() code} ({@code
 * JX-I-0144} … {@code JX-I-0149}, {@code JX-I-0108}; {@code JX-I-0128} for text that cannot be
 * split into cells, {@code JX-I-0140} for bytes that are not text in strict mode).
 *
 * <p>Bytes that are no text at all — a PDF, a workbook or other zip or Office file, a web page,
 * bytes with zeros — are told by their start and stop a read of bytes (a file, a stream) in either
 * mode with a {@link JixiaoReadException} that says what they are ({@code JX-I-0107}), rather than
 * reading as a text without a header.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TableReader {
  /** Default limit on the characters of one cell. */
  public static final int DEFAULT_MAX_CELL_LENGTH = 100_000;

  /** Default limit on the number of rows. */
  public static final int DEFAULT_MAX_ROWS = 1_000_000;

  /** Default limit on the number of cells in a row. */
  public static final int DEFAULT_MAX_COLUMNS = 1_000;

  private final TableFormat format;
  /** Whether the builder chose the format; if not, a file's extension does. */
  private final boolean formatChosen;
  private final @Nullable Charset charset;
  private final boolean strict;
  private final int maxCellLength;
  private final int maxRows;
  private final int maxColumns;
  private final MoneyUnit defaultMoneyUnit;
  private final boolean undoNeutralisation;
  private final Locale locale;

  private TableReader(Builder builder) {
    this.format = builder.format;
    this.formatChosen = builder.formatChosen;
    this.charset = builder.charset;
    this.strict = builder.strict;
    this.maxCellLength = builder.maxCellLength;
    this.maxRows = builder.maxRows;
    this.maxColumns = builder.maxColumns;
    this.defaultMoneyUnit = builder.defaultMoneyUnit;
    this.undoNeutralisation = builder.undoNeutralisation;
    this.locale = builder.locale;
  }

  /** A new sink for one read's diagnostics, in the reader's mode and language. */
  private DiagnosticSink sink() {
    return new DiagnosticSink(strict, locale);
  }

  /** A builder with the defaults: TSV, detected charset, lenient, default limits, Chinese. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a file. The charset is the configured one or, by default, detected (UTF-16 by its byte
   * order mark, as Excel saves "Unicode text"; UTF-8 with or without BOM; else GB18030).
   *
   * @param path the file
   * @return the table and the diagnostics
   * @throws IOException when the file cannot be opened or read
   * @throws JixiaoReadException in strict mode at the first problem; in either mode when a limit
   *     is exceeded
   */
  public ReadResult<PerformanceTable> read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return forFile(path).readBytes(in);
    }
  }

  /**
   * This reader, or one in the format the file's extension names ({@code .csv} is CSV) when the
   * builder chose none: a CSV file read as TSV finds no header and reads nothing.
   */
  private TableReader forFile(Path path) {
    Path name = path.getFileName();
    if (formatChosen || name == null) {
      return this;
    }
    TableFormat byName = TableFormat.fromFileName(name.toString()).orElse(format);
    if (byName == format) {
      return this;
    }
    Builder b = new Builder();
    b.format = byName;
    b.charset = charset;
    b.strict = strict;
    b.maxCellLength = maxCellLength;
    b.maxRows = maxRows;
    b.maxColumns = maxColumns;
    b.defaultMoneyUnit = defaultMoneyUnit;
    b.undoNeutralisation = undoNeutralisation;
    b.locale = locale;
    return new TableReader(b);
  }

  /**
   * Reads bytes; the stream is read to its end but not closed.
   *
   * @param in the bytes
   * @return the table and the diagnostics
   * @throws IOException when reading the stream fails
   * @throws JixiaoReadException in strict mode at the first problem, or when a limit is exceeded
   */
  public ReadResult<PerformanceTable> read(InputStream in) throws IOException {
    return readBytes(in);
  }

  /**
   * Reads characters; the reader is read to its end but not closed. A leading byte order mark
   * (U+FEFF) is skipped.
   *
   * @param in the text
   * @return the table and the diagnostics
   * @throws IOException when reading fails
   * @throws JixiaoReadException in strict mode at the first problem, or when a limit is exceeded
   */
  public ReadResult<PerformanceTable> read(Reader in) throws IOException {
    DiagnosticSink sink = sink();
    PerformanceTable table = unwrapped(() -> readChars(in, sink));
    return ReadResult.of(table, sink.finish());
  }

  /**
   * Reads a table held in a string.
   *
   * @param text the table
   * @return the table and the diagnostics
   * @throws JixiaoReadException in strict mode at the first problem, or when a limit is exceeded
   */
  public ReadResult<PerformanceTable> read(String text) {
    DiagnosticSink sink = sink();
    PerformanceTable table = readChars(new StringReader(text), sink);
    return ReadResult.of(table, sink.finish());
  }

  /**
   * Reads a table held in bytes.
   *
   * @param bytes the table
   * @return the table and the diagnostics
   * @throws JixiaoReadException in strict mode at the first problem, or when a limit is exceeded
   */
  public ReadResult<PerformanceTable> read(byte[] bytes) {
    try {
      return readBytes(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      // Bytes in memory cannot fail to be read.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a disclosure table from a grid of cells — a worksheet adapted by the {@code jixiao-xlsx}
   * module, or a grid read by {@link #readGrid(Reader, String)} — with the same lenient or strict
   * behaviour and diagnostics as a TSV or CSV. A cell that continues a merged region is read as
   * blank, which is how a header label merged over several columns reads in text too; a row with
   * such a cell belongs to a project merged over rows and is never joined to the row above as its
   * wrapped text (JX-I-0401). The diagnostics' and projects' lines are those of the grid's locations (a text's line, a sheet's
   * one-based row).
   *
   * @param grid the cells
   * @return the table and the diagnostics
   * @throws JixiaoReadException in strict mode at the first problem, or when a limit is exceeded
   */
  public ReadResult<PerformanceTable> read(CellGrid grid) {
    DiagnosticSink sink = sink();
    TableAssembler assembler = new TableAssembler(sink, defaultMoneyUnit);
    int height = grid.height();
    if (height > maxRows) {
      throw problem(Msg.of("JX-I-0144").arg("limit", maxRows), maxRows + 1L, 0, null, null);
    }
    for (int r = 0; r < height; r++) {
      int width = grid.width(r);
      if (width > maxColumns) {
        throw problem(
            Msg.of("JX-I-0145").arg("limit", maxColumns), r + 1L, maxColumns + 1, null, null);
      }
      String[] cells = new String[width];
      boolean merged = false;
      for (int c = 0; c < width; c++) {
        merged = merged || grid.continuesMerge(r, c);
        String text = grid.text(r, c);
        if (text.length() > maxCellLength) {
          throw problem(
              Msg.of("JX-I-0146").arg("limit", maxCellLength), r + 1L, c + 1, text, null);
        }
        cells[c] = text;
      }
      long line = grid.location(r, 0).line().orElse(r + 1L);
      if (merged) {
        assembler.continuesMerge(line); // a row of a project merged over rows, not its text wrapped
      }
      assembler.accept(cells, width, line);
    }
    return ReadResult.of(assembler.finish(), sink.finish());
  }

  /**
   * Reads a TSV or CSV (the reader's format, limits and formula handling) into a grid of cells,
   * for the layout readers that work on grids (the single-project form, the target declaration).
   * Blank lines are skipped (a text has no empty rows a layout relies on); {@link
   * CellGrid#location(int, int)} gives the line a row starts on in the text.
   *
   * @param in the text; read to its end, not closed
   * @param name the name the grid's locations cite (a file name), may be empty
   * @return the grid
   * @throws IOException when reading fails
   * @throws JixiaoReadException when the text cannot be split into cells or a limit is exceeded
   */
  public CellGrid readGrid(Reader in, String name) throws IOException {
    return readGridResult(in, name).value();
  }

  /**
   * Reads a TSV or CSV into a grid of cells, as {@link #readGrid(Reader, String)}, with the
   * diagnostics of splitting the text into cells: each cell whose opening quote opens no quoted
   * cell and is read as text, quote and all ({@link ReadDiagnostics#QUOTE_AS_TEXT}, JX-I-0106, at
   * its line and column; in strict mode the read stops there). The form and declaration readers
   * pass these on with their own.
   *
   * @param in the text; read to its end, not closed
   * @param name the name the grid's locations cite (a file name), may be empty
   * @return the grid, and the diagnostics
   * @throws IOException when reading fails
   * @throws JixiaoReadException when the text cannot be split into cells or a limit is exceeded
   */
  public ReadResult<CellGrid> readGridResult(Reader in, String name) throws IOException {
    DiagnosticSink sink = sink();
    CellGrid grid =
        unwrapped(
            () -> {
              java.util.ArrayList<String[]> cells = new java.util.ArrayList<>();
              java.util.ArrayList<Long> lines = new java.util.ArrayList<>();
              TextRows rows = rows(in, true);
              while (rows.next()) {
                cells.add(java.util.Arrays.copyOf(rows.cells(), rows.count()));
                lines.add(rows.line());
              }
              sink.reportQuotes(rows.quotesKept());
              return new TextGrid(name, cells, lines);
            });
    return ReadResult.of(grid, sink.finish());
  }

  /**
   * Reads TSV or CSV text held in a string into a grid of cells (see {@link #readGrid(Reader,
   * String)}).
   *
   * @param text the text
   * @param name the name the grid's locations cite, may be empty
   * @return the grid
   * @throws JixiaoReadException when the text cannot be split into cells or a limit is exceeded
   */
  public CellGrid readGrid(String text, String name) {
    try {
      return readGrid(new StringReader(text), name);
    } catch (IOException e) {
      // A StringReader cannot fail to be read.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a TSV or CSV file into a grid of cells (see {@link #readGrid(Reader, String)}); the
   * charset is the configured one or detected, as for {@link #read(Path)}. A grid has no
   * diagnostics: in lenient mode, bytes that are not text in the charset are read as U+FFFD
   * without a word ({@link #read(Path)} and the form reader report them, JX-I-0141).
   *
   * @param path the file
   * @return the grid, named by the file's name
   * @throws IOException when the file cannot be opened or read
   */
  public CellGrid readGrid(Path path) throws IOException {
    return readGridResult(path).value();
  }

  /**
   * Reads a TSV or CSV file into a grid of cells, as {@link #readGrid(Path)}, with the diagnostics
   * of splitting it into cells ({@link #readGridResult(Reader, String)}).
   *
   * @param path the file
   * @return the grid, named by the file's name, and the diagnostics
   * @throws IOException when the file cannot be opened or read
   */
  public ReadResult<CellGrid> readGridResult(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      Path file = path.getFileName();
      return forFile(path).readGridResult(in, file == null ? "" : file.toString());
    }
  }

  /**
   * Reads TSV or CSV bytes into a grid of cells, with the diagnostics of splitting them into cells
   * ({@link #readGridResult(Reader, String)}); the charset is the configured one or detected, as
   * for {@link #read(InputStream)}.
   *
   * @param in the bytes; read to its end, not closed
   * @param name the name the grid's locations cite (a file name), may be empty
   * @return the grid, and the diagnostics
   * @throws IOException when reading fails
   * @throws JixiaoReadException when the text cannot be split into cells or a limit is exceeded
   */
  public ReadResult<CellGrid> readGridResult(InputStream in, String name) throws IOException {
    return readGridResult(textOf(in), name);
  }

  /** The bytes decoded, or JX-I-0107 when they are not text (a PDF, a workbook …). */
  private DecodingReader textOf(InputStream in) throws IOException {
    DecodingReader decoded = DecodingReader.open(in, charset, strict);
    decoded.refuseNotText(locale);
    return decoded;
  }

  private ReadResult<PerformanceTable> readBytes(InputStream in) throws IOException {
    DecodingReader decoded = textOf(in);
    DiagnosticSink sink = sink();
    PerformanceTable table = unwrapped(() -> readChars(decoded, sink));
    sink.reportMalformed(decoded);
    return ReadResult.of(table, sink.finish());
  }


  private PerformanceTable readChars(Reader in, DiagnosticSink sink) {
    TableAssembler assembler = new TableAssembler(sink, defaultMoneyUnit);
    TextRows rows = rows(in, true);
    while (rows.next()) {
      assembler.accept(rows.cells(), rows.count(), rows.line());
    }
    sink.reportQuotes(rows.quotesKept());
    return assembler.finish();
  }

  /**
   * Reads a file row at a time: a {@link TableStream} of its projects, each built as soon as the
   * next project row starts, so that a table of any length is read in the memory of one project
   * (plus the diagnostics, at most 10,000). The row limit does
   * not apply (it bounds the memory of {@link #read(Path)}); the cell and column limits do. The
   * charset is the configured one or detected, as for {@link #read(Path)}. Close the stream.
   *
   * @param path the file
   * @return the projects, with the title, unit, header, totals and diagnostics as they are read
   * @throws IOException when the file cannot be opened
   */
  public TableStream stream(Path path) throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return forFile(path).stream(in);
    } catch (RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Reads bytes row at a time (see {@link #stream(Path)}); closing the stream closes {@code in}.
   *
   * @param in the bytes
   * @return the projects
   * @throws IOException when the start of the stream (its byte order mark) cannot be read
   */
  public TableStream stream(InputStream in) throws IOException {
    DecodingReader decoded;
    try {
      decoded = textOf(in);
    } catch (RuntimeException e) {
      in.close(); // the caller has no stream to close
      throw e;
    }
    return new TableStream(rows(decoded, false), sink(), defaultMoneyUnit, decoded);
  }

  /**
   * Reads characters row at a time (see {@link #stream(Path)}); closing the stream closes {@code
   * in}.
   *
   * @param in the text
   * @return the projects
   */
  public TableStream stream(Reader in) {
    return new TableStream(rows(in, false), sink(), defaultMoneyUnit, null);
  }

  /** The rows of a text as the reader's dialect and limits say; a stream's are not limited. */
  private TextRows rows(Reader in, boolean limitRows) {
    return new TextRows(in, limitRows, format.separator(), strict, maxCellLength, maxRows,
        maxColumns, undoNeutralisation, locale);
  }

  /** An exception for a problem that stops a read, worded in the reader's language. */
  private JixiaoReadException problem(
      Msg msg, long line, int column, @Nullable String text, @Nullable Throwable cause) {
    return TextRows.problem(msg, line, column, text, cause, locale);
  }

  /** Builds {@link TableReader}s. */
  public static final class Builder {
    private TableFormat format = TableFormat.TSV;
    private boolean formatChosen;
    private @Nullable Charset charset;
    private boolean strict;
    private int maxCellLength = DEFAULT_MAX_CELL_LENGTH;
    private int maxRows = DEFAULT_MAX_ROWS;
    private int maxColumns = DEFAULT_MAX_COLUMNS;
    private MoneyUnit defaultMoneyUnit = MoneyUnit.YUAN;
    private boolean undoNeutralisation = true;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    private Builder() {}

    /**
     * The format [a file's extension when it names one ({@code .csv}, {@code .tsv}, {@code .txt}),
     * else TSV].
     *
     * @param format TSV or CSV
     * @return this builder
     */
    public Builder format(TableFormat format) {
      this.format = format;
      this.formatChosen = true;
      return this;
    }

    /**
     * The charset of byte input, for example {@code Charset.forName("GBK")}. Without it the
     * charset is detected: UTF-16 by its byte order mark (Excel's "Unicode text"), UTF-8 with or
     * without BOM, else GB18030.
     *
     * @param charset the charset
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = charset;
      return this;
    }

    /**
     * Strict or lenient [lenient]. Strict throws at the first problem; lenient reads every row
     * and reports what did not fit.
     *
     * @param strict whether to be strict
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The longest cell accepted, in characters [{@value #DEFAULT_MAX_CELL_LENGTH}].
     *
     * @param maxCellLength a positive limit
     * @return this builder
     */
    public Builder maxCellLength(int maxCellLength) {
      this.maxCellLength = positive(maxCellLength, "maxCellLength");
      return this;
    }

    /**
     * The most rows accepted, blank lines not counted [{@value #DEFAULT_MAX_ROWS}].
     *
     * @param maxRows a positive limit
     * @return this builder
     */
    public Builder maxRows(int maxRows) {
      this.maxRows = positive(maxRows, "maxRows");
      return this;
    }

    /**
     * The most cells accepted in a row [{@value #DEFAULT_MAX_COLUMNS}].
     *
     * @param maxColumns a positive limit
     * @return this builder
     */
    public Builder maxColumns(int maxColumns) {
      this.maxColumns = positive(maxColumns, "maxColumns");
      return this;
    }

    /**
     * The money unit assumed when the table has no 单位 line [元]; an INFO diagnostic says so.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder defaultMoneyUnit(MoneyUnit unit) {
      this.defaultMoneyUnit = unit;
      return this;
    }

    /**
     * Whether to undo the writer's formula neutralisation [true]: a cell that starts with
     * apostrophes followed by = + - @, tab or carriage return loses its first apostrophe.
     *
     * @param undo whether to undo it
     * @return this builder
     */
    public Builder undoFormulaNeutralisation(boolean undo) {
      this.undoNeutralisation = undo;
      return this;
    }

    /**
     * The language of the diagnostics and of a strict read's exception [Chinese, {@link
     * Locale#SIMPLIFIED_CHINESE}]: English for a locale whose language is English, Chinese for
     * every other. The rule ids, codes and arguments are the same in every language.
     *
     * @param locale the language
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    /** The reader. */
    public TableReader build() {
      return new TableReader(this);
    }

    private static int positive(int value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}

package org.jixiao.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.table.TableReader;
import org.jixiao.xlsx.internal.Grid;
import org.jixiao.xlsx.internal.SafeWorkbooks;
import org.jixiao.xlsx.internal.SheetSequence;
import org.jixiao.xlsx.internal.XlsxProblems;

/**
 * Reads a department disclosure table (部门预算项目绩效自评情况公开表, layout A) from a workbook
 * (.xlsx or legacy .xls) into a {@link PerformanceTable}, with {@link TableReader}'s lenient or
 * strict behaviour, diagnostics and no-loss guarantee: the cells are read as {@link Workbooks}
 * reads them and handed to {@link TableReader#read(CellGrid)}.
 *
 * <p><b>Sheets.</b> The table may run over several sheets, as a published table runs over pages:
 * the sheets that hold a table header (a row with 序号 and 项目名称) are read one after another in
 * workbook order, each repeating the header or not; every other sheet (a cover, notes, a chart) is
 * skipped with an INFO diagnostic ({@code JX-X-0110}) naming it. When no sheet has such a header
 * the first sheet is read, so that the table reader's diagnostics say what is missing. {@link
 * Builder#sheets(String...)} names the sheets to read instead.
 *
 * <p><b>Cells.</b> A header label merged over several columns (产出目标 over six) or rows (序号 over
 * three) is one label, read from the region's first cell exactly as the label stands in text
 * extracted from a PDF. Numbers stored as numbers or as text read alike; a number reads as the
 * sheet shows it (a rate formatted {@code 0.00%} as {@code 86.19%}, {@code 9000.0} as {@code
 * 9000}); formulas are never evaluated, their cached value is read and their text reported.
 * Diagnostics and exceptions cite the sheet and cell ({@code 'Sheet1'!K7}) and give the sheet's
 * one-based row as the line; a project's {@code sourceLine} is its row in its sheet.
 *
 * <p>Errors: {@link JixiaoReadException} for input that is not a workbook, an encrypted one, a
 * limit exceeded ({@link WorkbookLimits}, and {@link TableReader}'s cell and column limits), and in
 * strict mode the first WARNING; {@link IOException} when a file or stream cannot be read.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult<PerformanceTable> read = XlsxTableReader.builder().build().read(Path.of("公开表.xlsx"));
 * }</pre>
 */
public final class XlsxTableReader {
  private final Workbooks workbooks;
  private final TableReader tables;
  private final boolean strict;
  private final List<String> sheets;
  private final Locale locale;

  private XlsxTableReader(Builder b) {
    this.locale = b.locale;
    this.workbooks = Workbooks.builder().limits(b.limits).locale(b.locale).build();
    this.tables =
        TableReader.builder()
            .strict(b.strict)
            .locale(b.locale)
            .defaultMoneyUnit(b.defaultMoneyUnit)
            .maxColumns(b.limits.maxColumns())
            .maxCellLength(b.limits.maxCellChars())
            .undoFormulaNeutralisation(false)
            .build();
    this.strict = b.strict;
    this.sheets = List.copyOf(b.sheets);
  }

  /** A builder: lenient, default limits, 元 when the table states no unit, sheets chosen by header. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a workbook file.
   *
   * @param file an .xlsx or .xls
   * @return the table and the diagnostics
   * @throws IOException when the file cannot be opened or read
   * @throws JixiaoReadException when it is not a readable workbook, breaks a limit, or (strict) at
   *     the first problem
   */
  public ReadResult<PerformanceTable> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a workbook from a stream, read to its end and not closed.
   *
   * @param in the bytes of an .xlsx or .xls
   * @return the table and the diagnostics
   * @throws IOException when reading the stream fails
   * @throws JixiaoReadException as {@link #read(Path)}
   */
  public ReadResult<PerformanceTable> read(InputStream in) throws IOException {
    return read(SafeWorkbooks.readBounded(in, workbooks.limits(), locale));
  }

  /**
   * Reads a workbook held in bytes.
   *
   * @param bytes an .xlsx or .xls
   * @return the table and the diagnostics
   * @throws JixiaoReadException as {@link #read(Path)}
   */
  public ReadResult<PerformanceTable> read(byte[] bytes) {
    return readSheets(workbooks.read(bytes));
  }

  /**
   * Reads a table from a workbook's sheets as {@link Workbooks} read them, their cell
   * diagnostics first (in strict mode the first WARNING or ERROR among them throws).
   */
  ReadResult<PerformanceTable> readSheets(ReadResult<List<CellGrid>> cells) {
    SafeWorkbooks.throwFirstProblem(cells.diagnostics(), strict, locale);
    ReadResult<PerformanceTable> table = read(cells.value());
    List<Finding> diagnostics = new ArrayList<>(cells.diagnostics());
    diagnostics.addAll(table.diagnostics());
    return ReadResult.of(table.value(), diagnostics);
  }

  /**
   * Reads a table from grids already opened — the sheets of {@link Workbooks#read(Path)}, or any
   * other {@link CellGrid} — choosing among them as the class documentation says.
   *
   * @param grids the sheets, in workbook order
   * @return the table and the diagnostics (those of reading the table and of choosing sheets)
   * @throws JixiaoReadException when a named sheet is missing, a limit is exceeded, or (strict) at
   *     the first problem
   */
  public ReadResult<PerformanceTable> read(List<? extends CellGrid> grids) {
    List<Finding> diagnostics = new ArrayList<>();
    List<CellGrid> chosen = choose(grids, diagnostics);
    SheetSequence sequence = new SheetSequence(chosen);
    ReadResult<PerformanceTable> read;
    try {
      read = tables.read(sequence);
    } catch (JixiaoReadException e) {
      throw sequence.locate(e, locale);
    }
    for (Finding f : read.diagnostics()) {
      diagnostics.add(sequence.locate(f));
    }
    PerformanceTable t = read.value();
    List<Project> projects = new ArrayList<>(t.projects().size());
    for (Project p : t.projects()) {
      projects.add(sequence.locate(p));
    }
    return ReadResult.of(PerformanceTable.builder().from(t).projects(projects).build(), diagnostics);
  }

  private List<CellGrid> choose(List<? extends CellGrid> grids, List<Finding> diagnostics) {
    List<CellGrid> chosen = new ArrayList<>();
    if (!sheets.isEmpty()) {
      for (String name : sheets) {
        CellGrid found = null;
        for (CellGrid g : grids) {
          if (g.name().equals(name)) {
            found = g;
            break;
          }
        }
        if (found == null) {
          List<String> names = grids.stream().map(CellGrid::name).toList();
          throw XlsxProblems.problemAt(
"JX-X-0216", locale, 0, "'" + name + "'", null, "name", name, "names", names);
        }
        chosen.add(found);
      }
      return chosen;
    }
    for (CellGrid g : grids) {
      if (hasHeader(g)) {
        chosen.add(g);
      }
    }
    if (chosen.isEmpty() && !grids.isEmpty()) {
      chosen.add(grids.get(0));
    }
    for (CellGrid g : grids) {
      if (!chosen.contains(g)) {
        diagnostics.add(
            XlsxProblems.diagnostic("read.xlsx", "JX-X-0110", Severity.INFO,
                Grid.at(g.name(), 0, 0, g.text(0, 0)), locale, "sheet", g.name()));
      }
    }
    return chosen;
  }

  /** Whether a row of the grid has both 序号 and 项目名称 (white space ignored). */
  static boolean hasHeader(CellGrid g) {
    for (int r = 0; r < g.height(); r++) {
      boolean seq = false;
      boolean name = false;
      for (int c = 0; c < g.width(r); c++) {
        String t = g.text(r, c);
        if (t.length() > 12) {
          continue;
        }
        String k = compact(t);
        seq |= k.equals("序号");
        name |= k.equals("项目名称");
      }
      if (seq && name) {
        return true;
      }
    }
    return false;
  }

  private static String compact(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!Character.isWhitespace(ch) && ch != '\u3000') {
        out.append(ch);
      }
    }
    return out.toString();
  }

  /** Builds {@link XlsxTableReader}s. */
  public static final class Builder {
    private WorkbookLimits limits = WorkbookLimits.DEFAULTS;
    private boolean strict;
    private MoneyUnit defaultMoneyUnit = MoneyUnit.YUAN;
    private List<String> sheets = List.of();

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    private Builder() {}

    /**
     * The language of the messages [Chinese; English for any English locale]: the problems that
     * stop a read — an exceeded {@link WorkbookLimits} bound or a file that is no readable
     * workbook, each a {@link org.jixiao.io.JixiaoReadException} with a stable code ({@code
     * JX-X-02xx}) and its location (sheet, cell or part) —, the diagnostics of reading the cells
     * and choosing the sheets ({@code JX-X-01xx}), and the table reader's diagnostics ({@code
     * JX-I-…}, {@code TableReader.Builder.locale}); strict mode throws in it too.
     *
     * @param locale the language
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * The bounds of a read [{@link WorkbookLimits#DEFAULTS}]; its column and cell-length bounds
     * also bound the table reader.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(WorkbookLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Strict or lenient [lenient]: strict throws at the first WARNING of reading the cells or the
     * table, lenient reports it.
     *
     * @param strict whether to be strict
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The money unit assumed when the table has no 单位 line [元]; an INFO diagnostic says so.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder defaultMoneyUnit(MoneyUnit unit) {
      this.defaultMoneyUnit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /**
     * The sheets that hold the table, read in the order given [chosen by their header]; a name
     * the workbook lacks is a {@link JixiaoReadException}.
     *
     * @param names sheet names
     * @return this builder
     */
    public Builder sheets(String... names) {
      this.sheets = List.of(names);
      return this;
    }

    /** The reader; immutable and thread-safe. */
    public XlsxTableReader build() {
      return new XlsxTableReader(this);
    }
  }
}

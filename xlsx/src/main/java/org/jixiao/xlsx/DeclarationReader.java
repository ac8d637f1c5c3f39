package org.jixiao.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.grid.DocumentTitle;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableReader;
import org.jixiao.rules.review.Reviewer;
import org.jixiao.xlsx.internal.DeclarationSheet;
import org.jixiao.xlsx.internal.DeclarationText;
import org.jixiao.xlsx.internal.Grid;
import org.jixiao.xlsx.internal.SafeWorkbooks;
import org.jixiao.xlsx.internal.XlsxProblems;

/**
 * Reads target declaration workbooks (绩效目标申报表, layout C): every sheet that holds a
 * declaration becomes one project (a sheet holding a department's table of declarations, one row
 * per indicator as 四川's 部门预算项目绩效目标申报表, one project per project it names) with targets and no actuals — 项目编码, amounts, 政策依据,
 * 测算依据, 年度目标, and the indicators with their 目标值 and 指标解释 — collected in a table whose
 * {@code metadata} says {@code layout=declaration} and lists, under {@link Reviewer#FORM_FIELDS},
 * the fields the forms have a row for (a review does not report missing what a form never asks). Sheets without the indicator header are
 * skipped with an INFO diagnostic.
 *
 * <p>Lenient by default: what cannot be placed is kept as a stray cell with a diagnostic. Strict
 * reading throws {@link JixiaoReadException} at the first WARNING. Both .xlsx and legacy .xls
 * are read, and declarations printed as text (TSV or CSV extracted from a published PDF, Word
 * file or web page; {@link #read(CellGrid)}), several one after another in one file. Text has no
 * merged cells: a blank 二级指标 under a filled one in the same 一级指标 is read as carried down.
 * Every workbook read is bounded by {@link WorkbookLimits}; a workbook beyond them is refused
 * with a {@link JixiaoReadException} naming the bound. All projects of the table state their
 * amounts in one unit (万元 unless every sheet says 元).
 *
 * <pre>{@code
 * ReadResult<PerformanceTable> read = DeclarationReader.builder().build().read(Path.of("申报表.xlsx"));
 * Reviewer.defaults().review(read.value().projects(), read.value().fiscalYear(), OptionalInt.empty());
 * }</pre>
 */
public final class DeclarationReader {
  private final WorkbookLimits limits;
  private final boolean strict;
  private final Locale locale;

  private DeclarationReader(Builder b) {
    this.limits = b.limits;
    this.strict = b.strict;
    this.locale = b.locale;
  }

  /** A builder: lenient, default limits. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a workbook file, or declarations printed as text: a file named {@code .tsv}, {@code
   * .txt} (TSV) or {@code .csv} is read as text, its charset detected (UTF-8, else GB18030), and
   * each declaration in it, one after another, becomes a project (see {@link #read(CellGrid)}).
   * Its separator is the one its name suggests unless only the other splits its first rows into
   * a layout, as {@link DocumentReader#formatOfText} decides: a CSV saved under {@code .txt} or
   * tab-separated text named {@code .csv} is read split by its content, and an INFO says so first
   * (JX-X-0119).
   *
   * @param file an .xlsx or .xls workbook, or a .tsv, .txt or .csv text
   * @return one project per declaration sheet or printed declaration, and the diagnostics
   * @throws IOException when the file cannot be read
   * @throws JixiaoReadException when it is not a workbook, breaks a limit, holds no declaration,
   *     or (strict) at the first problem
   */
  public ReadResult<PerformanceTable> read(Path file) throws IOException {
    Path fileName = file.getFileName();
    String name = fileName == null ? "" : fileName.toString();
    if (TableFormat.fromFileName(name).isPresent() || name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
      // split as a person who opens it sees it: a CSV saved under .txt, tabs named .csv (JX-X-0119)
      TableFormat named = TableFormat.fromFileName(name).orElse(TableFormat.TSV);
      TableFormat shown = DocumentReader.formatOfText(file);
      ReadResult<PerformanceTable> read = readText(file, shown);
      if (shown == named) {
        return read;
      }
      List<Finding> diagnostics = new ArrayList<>();
      diagnostics.add(DocumentReader.splitByContent(name, shown, locale));
      diagnostics.addAll(read.diagnostics());
      return ReadResult.of(read.value(), diagnostics);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a workbook from a stream (read to its end, within {@link WorkbookLimits#maxFileBytes()},
   * not closed).
   *
   * @param in the bytes of an .xlsx or .xls
   * @return one project per declaration sheet, and the diagnostics
   * @throws IOException when reading the stream fails
   * @throws JixiaoReadException as {@link #read(Path)}
   */
  public ReadResult<PerformanceTable> read(InputStream in) throws IOException {
    return read(SafeWorkbooks.readBounded(in, limits, locale));
  }

  /**
   * Reads a workbook held in bytes.
   *
   * @param bytes an .xlsx or .xls
   * @return one project per declaration sheet, and the diagnostics
   * @throws JixiaoReadException as {@link #read(Path)}
   */
  public ReadResult<PerformanceTable> read(byte[] bytes) {
    SafeWorkbooks.checkSize(bytes, limits, locale);
    List<Finding> diagnostics = new ArrayList<>();
    List<DeclarationSheet.Result> results = new ArrayList<>();
    try (Workbook workbook = SafeWorkbooks.open(bytes, limits, locale)) {
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        List<Finding> sheetDiagnostics = new ArrayList<>();
        Grid grid = Grid.of(workbook.getSheetAt(s), limits, sheetDiagnostics, locale);
        otherLayout(grid, sheetDiagnostics);
        Optional<List<CellGrid>> table = DeclarationText.departmentTable(grid);
        if (table.isPresent()) {
          // a department's table, one row per indicator (井研 2023): a project each, as in text
          for (CellGrid project : table.get()) {
            results.add(DeclarationSheet.readText(project, results.size(), sheetDiagnostics, locale));
          }
        } else {
          results.add(DeclarationSheet.read(grid, s, sheetDiagnostics, locale));
        }
        SafeWorkbooks.throwFirstProblem(sheetDiagnostics, strict, locale);
        diagnostics.addAll(sheetDiagnostics);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the workbook: " + e.getMessage(), e);
    }
    return table(results, diagnostics);
  }

  /**
   * Reads declarations printed as text (a TSV or CSV made from a published PDF, Word file or web
   * page), given as a grid of cells: one declaration, or several one after another, each from its
   * title or top block to its indicators (see {@link #read(Path)}).
   *
   * @param grid the cells, as {@link org.jixiao.io.table.TableReader#readGrid(Reader, String)}
   *     gives them
   * @return one project per declaration, and the diagnostics
   * @throws JixiaoReadException when the grid holds no declaration, or (strict) at the first problem
   */
  public ReadResult<PerformanceTable> read(CellGrid grid) {
    List<Finding> diagnostics = new ArrayList<>();
    otherLayout(grid, diagnostics);
    undecodable(grid, diagnostics);
    SafeWorkbooks.throwFirstProblem(diagnostics, strict, locale);
    List<DeclarationSheet.Result> results = new ArrayList<>();
    List<CellGrid> declarations = DeclarationText.split(grid);
    for (int k = 0; k < declarations.size(); k++) {
      List<Finding> said = new ArrayList<>();
      results.add(DeclarationSheet.readText(declarations.get(k), k, said, locale));
      SafeWorkbooks.throwFirstProblem(said, strict, locale);
      diagnostics.addAll(said);
    }
    if (declarations.isEmpty()) {
      throw noDeclaration(diagnostics).orElseGet(() -> XlsxProblems.problem("JX-X-0219", locale, "name", grid.name()));
    }
    return table(results, diagnostics);
  }

  /**
   * Reads declarations printed as TSV or CSV text (CSV when {@code name} ends in {@code .csv},
   * TSV otherwise); the reader is read to its end, not closed.
   *
   * @param in the text
   * @param name the name diagnostics cite (a file name), may be empty
   * @return one project per declaration, and the diagnostics
   * @throws IOException when reading fails
   * @throws JixiaoReadException as {@link #read(CellGrid)}, or when the text cannot be split into cells
   */
  public ReadResult<PerformanceTable> read(Reader in, String name) throws IOException {
    return read(textReader(name).readGridResult(in, name));
  }

  /** Reads declarations printed as text in a file, in {@code format} whatever the file's name. */
  ReadResult<PerformanceTable> readText(Path file, TableFormat format) throws IOException {
    // the charset is detected (UTF-16 by its mark, UTF-8, else GB18030), as for every table read
    return read(textReader(format).readGridResult(file));
  }

  /** Reads declarations printed as text in bytes, in {@code format} whatever {@code name} says. */
  ReadResult<PerformanceTable> readText(InputStream in, String name, TableFormat format) throws IOException {
    return read(textReader(format).readGridResult(in, name));
  }

  /** The declarations of a grid read from text, after the diagnostics of reading its cells. */
  private ReadResult<PerformanceTable> read(ReadResult<CellGrid> grid) {
    ReadResult<PerformanceTable> read = read(grid.value());
    if (grid.diagnostics().isEmpty()) {
      return read;
    }
    List<Finding> diagnostics = new ArrayList<>(grid.diagnostics());
    diagnostics.addAll(read.diagnostics());
    return ReadResult.of(read.value(), diagnostics);
  }

  private TableReader textReader(String name) {
    return textReader(TableFormat.fromFileName(name).orElse(TableFormat.TSV));
  }

  private TableReader textReader(TableFormat format) {
    return TableReader.builder().format(format).strict(strict).locale(locale).build();
  }

  /**
   * Says (ERROR) when a grid's first rows show a single-project form or a disclosure table: read
   * as a declaration, a form's 实际完成值 and 得分 are lost and its targets reviewed as if declared.
   */
  private void otherLayout(CellGrid grid, List<Finding> diagnostics) {
    String code =
        switch (DocumentLayout.detect(grid)) {
          case SINGLE_PROJECT_FORM -> "JX-X-0117";
          case DISCLOSURE_TABLE -> "JX-X-0118";
          default -> "";
        };
    if (!code.isEmpty()) {
      diagnostics.add(XlsxProblems.diagnostic("read.declaration", code, Severity.ERROR, grid.location(0, 0), locale));
    }
  }

  /**
   * When nothing was read because the grid is another layout (JX-X-0117/0118 said of it), the
   * problem that says so (JX-X-0220): "no declaration" alone would hide the reason from a lenient read.
   */
  private Optional<JixiaoReadException> noDeclaration(List<Finding> diagnostics) {
    for (Finding f : diagnostics) {
      if (f.code().equals("JX-X-0117") || f.code().equals("JX-X-0118")) {
        return Optional.of(XlsxProblems.problem("JX-X-0220", locale, "reason", XlsxProblems.words(f.code(), locale)));
      }
    }
    return Optional.empty();
  }

  /** Text read as U+FFFD: bytes the charset could not decode, which the grid does not report. */
  private void undecodable(CellGrid grid, List<Finding> diagnostics) {
    for (int r = 0; r < grid.height(); r++) {
      for (int c = 0; c < grid.width(r); c++) {
        if (grid.text(r, c).indexOf('\uFFFD') >= 0) {
          diagnostics.add(XlsxProblems.diagnostic("read.declaration", "JX-X-0115", Severity.WARNING, grid.location(r, c), locale));
        }
      }
    }
  }

  /** The table of the declarations read, in one money unit, with the first title and the notes. */
  private ReadResult<PerformanceTable> table(List<DeclarationSheet.Result> results, List<Finding> diagnostics) {
    List<Project> projects = new ArrayList<>();
    Optional<String> title = Optional.empty();
    Set<String> notes = new LinkedHashSet<>();
    Set<String> formFields = new java.util.TreeSet<>();
    for (DeclarationSheet.Result result : results) {
      result.project().ifPresent(projects::add);
      formFields.addAll(result.formFields());
      if (title.isEmpty()) {
        title = result.title();
      } else if (result.title().isPresent() && !result.title().equals(title)) {
        notes.add(result.title().get()); // another sheet's own title (another year, say) is kept
      }
      notes.addAll(result.notes());
    }
    if (projects.isEmpty()) {
      throw noDeclaration(diagnostics).orElseGet(() -> XlsxProblems.problem("JX-X-0217", locale));
    }
    MoneyUnit unit = projects.stream().allMatch(p -> p.moneyUnit() == MoneyUnit.YUAN) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
    List<Project> inUnit = projects.stream().map(p -> p.convertTo(unit)).toList();
    PerformanceTable.Builder table =
        PerformanceTable.builder()
            .moneyUnit(unit)
            .projects(inUnit)
            .notes(new ArrayList<>(notes))
            .putMetadata("layout", "declaration")
            // the fields the forms have a row for: a review does not ask for one they lack
            .putMetadata(Reviewer.FORM_FIELDS, String.join(",", formFields));
    title.ifPresent(table::title);
    OptionalInt stated = title.map(DocumentTitle::year).orElse(OptionalInt.empty());
    for (int k = 0; k < results.size() && stated.isEmpty(); k++) {
      stated = results.get(k).year(); // (2021年度) on its own line under a title without a year
    }
    if (stated.isEmpty()) {
      stated = namedYear(projects); // 项目名称 | 2018年南岳镇资产收益扶贫项目 under a title and lines with none
    }
    stated.ifPresent(table::fiscalYear);
    return ReadResult.of(table.build(), diagnostics);
  }

  /**
   * The year every project's name states (2018年南岳镇资产收益扶贫项目), when they all state one and
   * the same; empty when a name states none or two names differ. A careful reader takes it for the
   * budget year of a form that prints none elsewhere.
   */
  private static OptionalInt namedYear(List<Project> projects) {
    OptionalInt year = OptionalInt.empty();
    for (Project p : projects) {
      OptionalInt named = DocumentTitle.year(p.name());
      if (named.isEmpty() || (year.isPresent() && year.getAsInt() != named.getAsInt())) {
        return OptionalInt.empty();
      }
      year = named;
    }
    return year;
  }

  /** Builds {@link DeclarationReader}s. */
  public static final class Builder {
    private WorkbookLimits limits = WorkbookLimits.DEFAULTS;
    private boolean strict;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    private Builder() {}

    /**
     * The language of the messages [Chinese; English for any English locale]: the problems that
     * stop a read — an exceeded {@link WorkbookLimits} bound or a file that is no readable
     * workbook, each a {@link org.jixiao.io.JixiaoReadException} with a stable code ({@code
     * JX-X-02xx}) and its location (sheet, cell or part) — and the diagnostics of the cells and
     * the declarations ({@code JX-X-01xx}), which strict mode throws in the same language.
     *
     * @param locale the language
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** The bounds of a read ({@link WorkbookLimits#DEFAULTS} unless set). */
    public Builder limits(WorkbookLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Whether to throw at the first WARNING instead of reporting it (false). */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** The reader; immutable and thread-safe. */
    public DeclarationReader build() {
      return new DeclarationReader(this);
    }
  }
}

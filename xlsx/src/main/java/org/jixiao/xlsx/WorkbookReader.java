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
import org.jixiao.io.form.FormReader;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.xlsx.internal.Grid;
import org.jixiao.xlsx.internal.SafeWorkbooks;
import org.jixiao.xlsx.internal.XlsxProblems;

/**
 * Reads a workbook of any of the three layouts, told apart by content ({@link
 * DocumentLayout#detect}), not by the file name: a disclosure table (部门预算项目绩效自评情况公开表,
 * through {@link XlsxTableReader}), single-project forms (项目支出绩效自评表, one form per sheet or
 * several one under another, through {@code FormReader}; every sheet that holds a form adds its
 * projects, in workbook order) or target declarations (绩效目标申报表, through {@link
 * DeclarationReader}). The layout is the first one a sheet shows, in workbook order; a workbook
 * in which no sheet shows one is a {@link JixiaoReadException}.
 *
 * <p>The result is a {@link PerformanceTable} whatever the layout — one project per form or
 * declaration — with the diagnostics of reading the cells and the layout. Instances are immutable
 * and thread-safe.
 */
public final class WorkbookReader {
  /** What was read: the layout the workbook showed, and the table with its diagnostics. */
  public record Read(DocumentLayout layout, ReadResult<PerformanceTable> result) {}

  private final WorkbookLimits limits;
  private final boolean strict;
  private final MoneyUnit defaultMoneyUnit;
  private final Locale locale;

  private WorkbookReader(Builder b) {
    this.limits = b.limits;
    this.strict = b.strict;
    this.defaultMoneyUnit = b.defaultMoneyUnit;
    this.locale = b.locale;
  }

  /** A builder: lenient, default limits, 元 when a document states no unit. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a workbook file.
   *
   * @param file an .xlsx or .xls
   * @return the layout and the table
   * @throws IOException when the file cannot be read
   * @throws JixiaoReadException when it is not a readable workbook, shows none of the layouts,
   *     breaks a limit, or (strict) at the first problem
   */
  public Read read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a workbook from a stream, read to its end (within the limits) and not closed.
   *
   * @param in the bytes of an .xlsx or .xls
   * @return the layout and the table
   * @throws IOException when reading the stream fails
   * @throws JixiaoReadException as {@link #read(Path)}
   */
  public Read read(InputStream in) throws IOException {
    return read(SafeWorkbooks.readBounded(in, limits, locale));
  }

  /**
   * Reads a workbook held in bytes.
   *
   * @param bytes an .xlsx or .xls
   * @return the layout and the table
   * @throws JixiaoReadException as {@link #read(Path)}
   */
  public Read read(byte[] bytes) {
    ReadResult<List<CellGrid>> sheets =
        Workbooks.builder().limits(limits).locale(locale).build().read(bytes);
    DocumentLayout layout = layoutOf(sheets.value());
    switch (layout) {
      case DISCLOSURE_TABLE:
        // The sheets are read already: the table is read from them, not from the bytes again.
        return new Read(layout, XlsxTableReader.builder().limits(limits).strict(strict).defaultMoneyUnit(defaultMoneyUnit).locale(locale).build().readSheets(sheets));
      case TARGET_DECLARATION:
        // DeclarationReader reads its own sheet model, so the bytes are read a second time.
        return new Read(layout, DeclarationReader.builder().limits(limits).strict(strict).locale(locale).build().read(bytes));
      case SINGLE_PROJECT_FORM:
        return new Read(layout, forms(sheets));
      default:
        throw XlsxProblems.problem("JX-X-0218", locale);
    }
  }

  /** The layout the first sheet that shows one shows; UNKNOWN when none does. */
  public static DocumentLayout layoutOf(List<? extends CellGrid> sheets) {
    for (CellGrid sheet : sheets) {
      DocumentLayout layout = DocumentLayout.detect(sheet);
      if (layout != DocumentLayout.UNKNOWN) {
        return layout;
      }
    }
    return DocumentLayout.UNKNOWN;
  }

  private ReadResult<PerformanceTable> forms(ReadResult<List<CellGrid>> sheets) {
    FormReader reader =
        FormReader.builder().strict(strict).defaultMoneyUnit(defaultMoneyUnit).locale(locale).build();
    SafeWorkbooks.throwFirstProblem(sheets.diagnostics(), strict, locale);
    List<Finding> diagnostics = new ArrayList<>(sheets.diagnostics());
    List<Project> projects = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    PerformanceTable first = null;
    for (CellGrid sheet : sheets.value()) {
      if (DocumentLayout.detect(sheet) != DocumentLayout.SINGLE_PROJECT_FORM) {
        if (hasText(sheet)) { // said, as the table and declaration readers say it of their sheets
          diagnostics.add(
              XlsxProblems.diagnostic("read.xlsx", "JX-X-0112", Severity.INFO,
                  Grid.at(sheet.name(), 0, 0, sheet.text(0, 0)), locale, "sheet", sheet.name()));
        }
        continue;
      }
      ReadResult<PerformanceTable> read = reader.read(sheet);
      diagnostics.addAll(read.diagnostics());
      notes.addAll(read.value().notes()); // every sheet's notes, not only the first's
      if (first == null) {
        first = read.value();
      }
      for (Project project : read.value().projects()) {
        Project p = project;
        if (p.moneyUnit() != first.moneyUnit()) {
          // one table has one unit: a sheet in 元 after one in 万元 is converted exactly, and said
          diagnostics.add(
              XlsxProblems.diagnostic("read.xlsx", "JX-X-0113", Severity.INFO,
                  Grid.at(sheet.name(), 0, 0, sheet.text(0, 0)), locale,
                  "sheet", sheet.name(), "unit", p.moneyUnit().label(), "first", first.moneyUnit().label()));
          p = p.convertTo(first.moneyUnit());
        }
        projects.add(p);
      }
    }
    PerformanceTable.Builder table =
        first == null ? PerformanceTable.builder().moneyUnit(defaultMoneyUnit) : PerformanceTable.builder().from(first).notes(notes);
    return ReadResult.of(table.projects(projects).build(), diagnostics);
  }

  private static boolean hasText(CellGrid sheet) {
    for (int r = 0; r < sheet.height(); r++) {
      for (int c = 0; c < sheet.width(r); c++) {
        if (!sheet.text(r, c).isBlank()) {
          return true;
        }
      }
    }
    return false;
  }

  /** Builds {@link WorkbookReader}s. */
  public static final class Builder {
    private WorkbookLimits limits = WorkbookLimits.DEFAULTS;
    private boolean strict;
    private MoneyUnit defaultMoneyUnit = MoneyUnit.YUAN;

    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    private Builder() {}

    /**
     * The language of the messages [Chinese; English for any English locale]: the problems that
     * stop a read — an exceeded {@link WorkbookLimits} bound, a file that is no readable workbook
     * or a workbook of no known layout, each a {@link org.jixiao.io.JixiaoReadException} with a
     * stable code ({@code JX-X-02xx}) —, the diagnostics of cells and declarations ({@code
     * JX-X-01xx}), and those of the table and form readers it reads with ({@code JX-I-…}); in
     * strict mode the first problem is thrown in it too.
     *
     * @param locale the language
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** The limits every read is bounded by. */
    public Builder limits(WorkbookLimits limits) {
      this.limits = java.util.Objects.requireNonNull(limits);
      return this;
    }

    /** Whether the first problem stops the read (default: lenient, problems as diagnostics). */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** The unit of amounts when a document states none (default 元). */
    public Builder defaultMoneyUnit(MoneyUnit unit) {
      this.defaultMoneyUnit = java.util.Objects.requireNonNull(unit);
      return this;
    }

    /** The reader. */
    public WorkbookReader build() {
      return new WorkbookReader(this);
    }
  }
}

package org.jixiao.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.xlsx.internal.Grid;
import org.jixiao.xlsx.internal.SafeWorkbooks;
import org.jixiao.xlsx.internal.XlsxProblems;

/**
 * Opens a spreadsheet — an .xlsx, or a legacy .xls, told apart by their bytes, not the file name —
 * within {@link WorkbookLimits} and gives its sheets as {@link CellGrid}s, in workbook order, so
 * that every layout reader of {@code jixiao-io} reads them (for example {@code
 * TableReader.read(CellGrid)}). The grids hold the sheets' text (see {@link CellGrid}): numbers as
 * the sheet shows them without a double's noise, dates as ISO dates, formulas by their cached
 * value (never evaluated), merged regions as their first cell; locations cite {@code 'Sheet1'!B6}.
 * The workbook is closed before the grids are returned; they are immutable.
 *
 * <p>The {@link ReadResult}'s diagnostics say what reading the cells noticed: each formula (INFO,
 * {@code JX-X-0104}, with the formula text), a number of 16 digits or more (WARNING, {@code
 * JX-X-0103}), a number whose format rounds it (INFO, {@code JX-X-0108}), text hidden under a
 * merged region (WARNING, {@code JX-X-0109}); each in the language of {@link Builder#locale}, with
 * the arguments it was worded from ({@code formula}, {@code digits}, {@code stored} …).
 *
 * <p>Errors: input that is not a workbook (a text file, a renamed file), an encrypted workbook,
 * or one beyond a limit is a {@link JixiaoReadException} naming the reason or the bound; a file
 * that cannot be read is an {@link IOException}. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult<List<CellGrid>> sheets = Workbooks.builder().build().read(Path.of("公开表.xlsx"));
 * ReadResult<PerformanceTable> table = TableReader.builder().build().read(sheets.value().get(0));
 * }</pre>
 */
public final class Workbooks {
  private final WorkbookLimits limits;
  private final Locale locale;

  private Workbooks(Builder b) {
    this.limits = b.limits;
    this.locale = b.locale;
  }

  /** A builder with {@link WorkbookLimits#DEFAULTS}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits every read is bounded by. */
  public WorkbookLimits limits() {
    return limits;
  }

  /**
   * Reads a workbook file.
   *
   * @param file an .xlsx or .xls
   * @return its sheets as grids, in order, and the diagnostics of reading their cells
   * @throws IOException when the file cannot be opened or read
   * @throws JixiaoReadException when it is not a readable workbook or breaks a limit
   */
  public ReadResult<List<CellGrid>> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a workbook from a stream, read to its end (at most {@link
   * WorkbookLimits#maxFileBytes()}) and not closed.
   *
   * @param in the bytes of an .xlsx or .xls
   * @return its sheets as grids, in order, and the diagnostics
   * @throws IOException when reading the stream fails
   * @throws JixiaoReadException when it is not a readable workbook or breaks a limit
   */
  public ReadResult<List<CellGrid>> read(InputStream in) throws IOException {
    return read(SafeWorkbooks.readBounded(in, limits, locale));
  }

  /**
   * Reads a workbook held in bytes.
   *
   * @param bytes an .xlsx or .xls
   * @return its sheets as grids, in order, and the diagnostics
   * @throws JixiaoReadException when it is not a readable workbook or breaks a limit
   */
  public ReadResult<List<CellGrid>> read(byte[] bytes) {
    SafeWorkbooks.checkSize(bytes, limits, locale);
    List<Finding> diagnostics = new ArrayList<>();
    List<CellGrid> grids = new ArrayList<>();
    try (Workbook workbook = SafeWorkbooks.open(bytes, limits, locale)) {
      for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
        grids.add(Grid.of(workbook.getSheetAt(s), limits, diagnostics, locale));
      }
    } catch (IOException e) {
      // Closing a workbook read from memory does not touch a file; a failure there is POI's.
      throw XlsxProblems.problemAt(
"JX-X-0215", locale, 0, null, e, "detail", String.valueOf(e.getMessage()));
    }
    return ReadResult.of(List.copyOf(grids), diagnostics);
  }

  /** Builds {@link Workbooks}. */
  public static final class Builder {
    private WorkbookLimits limits = WorkbookLimits.DEFAULTS;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    private Builder() {}

    /**
     * The language of the messages [Chinese; English for any English locale]: the problems that
     * stop a read — an exceeded {@link WorkbookLimits} bound or a file that is no readable
     * workbook, each a {@link org.jixiao.io.JixiaoReadException} with a stable code ({@code
     * JX-X-02xx}) and its location (sheet, cell or part) — and the diagnostics of reading the
     * cells ({@code JX-X-01xx}).
     *
     * @param locale the language
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }


    /**
     * The bounds of a read [{@link WorkbookLimits#DEFAULTS}].
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(WorkbookLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** The opener; immutable and thread-safe. */
    public Workbooks build() {
      return new Workbooks(this);
    }
  }
}

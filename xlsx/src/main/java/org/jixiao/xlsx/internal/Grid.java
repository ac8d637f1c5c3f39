package org.jixiao.xlsx.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.xlsx.WorkbookLimits;

/**
 * A sheet as a grid of text, the way a person reads it: numbers as the sheet shows them (see
 * {@link NumberText}), dates as ISO dates, formulas by their cached value (never evaluated; the
 * formula text is reported), and for each cell whether it continues a merged region (its text is
 * the region's, in the region's first cell only). Locations cite the sheet and cell: {@code
 * 'Sheet1'!B6}, line 6, column 2.
 */
public final class Grid implements CellGrid {
  private final String sheet;
  private final List<String[]> rows;
  private final List<boolean[]> continued;

  private Grid(String sheet, List<String[]> rows, List<boolean[]> continued) {
    this.sheet = sheet;
    this.rows = rows;
    this.continued = continued;
  }

  /** The sheet's name. */
  public String sheet() {
    return sheet;
  }

  @Override
  public String name() {
    return sheet;
  }

  @Override
  public int height() {
    return rows.size();
  }

  @Override
  public int width(int r) {
    return r < 0 || r >= rows.size() ? 0 : rows.get(r).length;
  }

  @Override
  public String text(int r, int c) {
    if (r < 0 || r >= rows.size() || c < 0 || c >= rows.get(r).length || continuesMerge(r, c)) {
      return "";
    }
    String s = rows.get(r)[c];
    return s == null ? "" : s.strip();
  }

  @Override
  public boolean continuesMerge(int r, int c) {
    return r >= 0 && r < continued.size() && c >= 0 && c < continued.get(r).length && continued.get(r)[c];
  }

  @Override
  public Location location(int row, int column) {
    return at(row, column);
  }

  /** The location of a cell for a diagnostic: {@code '6.政府…'!B6} with its text. */
  public Location at(int r, int c) {
    return at(sheet, r, c, text(r, c));
  }

  /** A cell's location: {@code 'sheet'!B6}, one-based line and column, and its text shortened. */
  public static Location at(String sheet, int r, int c, String text) {
    Location.Builder b = Location.builder().path(reference(sheet, r, c)).line(r + 1L).column(c + 1);
    if (!text.isEmpty()) {
      b.text(text.length() > 200 ? text.substring(0, 200) + "…" : text);
    }
    return b.build();
  }

  /** {@code 'sheet'!B6} for zero-based row and column. */
  public static String reference(String sheet, int r, int c) {
    return "'" + sheet + "'!" + new CellReference(Math.max(r, 0), Math.max(c, 0)).formatAsString(false);
  }

  /**
   * Reads a sheet within the limits, reporting formulas, numbers too long for a double, numbers
   * whose display rounds what is stored, and text hidden under a merged region; the diagnostics,
   * and the problems that stop the read, are worded in the language of {@code locale}.
   */
  public static Grid of(
      Sheet sheet, WorkbookLimits limits, List<Finding> diagnostics, Locale locale) {
    String name = sheet.getSheetName();
    int last = sheet.getLastRowNum();
    if (last + 1 > limits.maxRowsPerSheet()) {
      throw XlsxProblems.problemAt(
"JX-X-0211", locale, 0, "'" + name + "'", null,
          "rows", last + 1, "limit", limits.maxRowsPerSheet());
    }
    // The formatter's locale is the one number formats are written in; the diagnostics' is the reader's.
    NumberText numbers = new NumberText(new DataFormatter(Locale.US), locale);
    List<String[]> rows = new ArrayList<>(last + 1);
    long slots = 0;
    for (int r = 0; r <= last; r++) {
      Row row = sheet.getRow(r);
      int width = row == null ? 0 : Math.max(0, row.getLastCellNum());
      if (width > limits.maxColumns()) {
        throw XlsxProblems.problemAt(
"JX-X-0212", locale, r + 1L, reference(name, r, width - 1), null,
            "width", width, "limit", limits.maxColumns());
      }
      slots += width;
      if (slots > limits.maxCellsPerSheet()) {
        throw XlsxProblems.problemAt(
"JX-X-0213", locale, r + 1L, reference(name, r, 0), null,
            "limit", limits.maxCellsPerSheet());
      }
      String[] cells = new String[width];
      for (int c = 0; c < width; c++) {
        Cell cell = row.getCell(c);
        cells[c] = cell == null ? "" : text(name, cell, numbers, limits, diagnostics, locale);
      }
      rows.add(cells);
    }
    List<boolean[]> continued = new ArrayList<>(rows.size());
    for (String[] cells : rows) {
      continued.add(new boolean[cells.length]);
    }
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      String shown = shownText(rows, region);
      for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
        boolean[] flags = continued.get(r);
        for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), flags.length - 1); c++) {
          boolean continues = r != region.getFirstRow() || c != region.getFirstColumn();
          flags[c] = continues;
          String hidden = rows.get(r)[c];
          // the shown text repeated under the region (产出 in every cell of A12:A15, as tools that
          // fill merged cells write it) hides nothing
          if (continues && hidden != null && !hidden.isBlank() && !hidden.strip().equals(shown)) {
            // Excel keeps only a region's first cell; other tools may leave text under it. A person
            // does not see it, so it is not read as a cell, but it is not dropped silently either.
            diagnostics.add(
                diagnostic("JX-X-0109", Severity.WARNING, at(name, r, c, hidden.strip()), locale,
                    "hidden", hidden.strip(), "region", region.formatAsString()));
          }
        }
      }
    }
    return new Grid(name, rows, continued);
  }

  /** The text a merged region shows: its first cell's, stripped ("" when that cell is not read). */
  private static String shownText(List<String[]> rows, CellRangeAddress region) {
    int r = region.getFirstRow();
    int c = region.getFirstColumn();
    if (r >= rows.size() || c >= rows.get(r).length || rows.get(r)[c] == null) {
      return "";
    }
    return rows.get(r)[c].strip();
  }

  private static String text(
      String sheet,
      Cell cell,
      NumberText numbers,
      WorkbookLimits limits,
      List<Finding> diagnostics,
      Locale locale) {
    CellType type = cell.getCellType();
    int r = cell.getRowIndex();
    int c = cell.getColumnIndex();
    if (type == CellType.FORMULA) {
      String formula = cell.getCellFormula();
      diagnostics.add(
          diagnostic("JX-X-0104", Severity.INFO,
              Location.builder().path(reference(sheet, r, c)).line(r + 1L).column(c + 1).text("=" + formula).build(),
              locale, "formula", formula));
      type = cell.getCachedFormulaResultType();
    }
    String text =
        switch (type) {
          case STRING -> cell.getRichStringCellValue().getString();
          case NUMERIC -> numbers.text(sheet, cell, diagnostics);
          case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
          case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
          default -> "";
        };
    if (text.length() > limits.maxCellChars()) {
      throw XlsxProblems.problemAt(
"JX-X-0214", locale, r + 1L, reference(sheet, r, c), null,
          "length", text.length(), "limit", limits.maxCellChars());
    }
    return text;
  }

  /** A diagnostic of reading cells (rule {@code read.xlsx}) in the reader's language. */
  static Finding diagnostic(
      String code, Severity severity, Location location, Locale locale, Object... args) {
    return XlsxProblems.diagnostic("read.xlsx", code, severity, location, locale, args);
  }
}

package org.jixiao.xlsx.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.xlsx.WorkbookLimits;

/**
 * A sheet as a grid of text, the way a person reads it: numbers as printed digits (never
 * through a double's noise: 9000.0 is 9000), dates as ISO dates, formulas by their cached
 * value (never evaluated; the formula text is reported), and for each cell whether it
 * continues a merged region (its text is the region's, in the region's first cell only).
 */
public final class Grid {
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

  /** How many rows. */
  public int height() {
    return rows.size();
  }

  /** How many cells row {@code r} has. */
  public int width(int r) {
    return rows.get(r).length;
  }

  /** The text of a cell with its surrounding white space removed; empty when blank or absent. */
  public String text(int r, int c) {
    if (r < 0 || r >= rows.size() || c < 0 || c >= rows.get(r).length) {
      return "";
    }
    String s = rows.get(r)[c];
    return s == null ? "" : s.strip();
  }

  /** Whether the cell lies in a merged region but is not its first cell. */
  public boolean continuesMerge(int r, int c) {
    return r >= 0 && r < continued.size() && c >= 0 && c < continued.get(r).length && continued.get(r)[c];
  }

  /** The location of a cell for a diagnostic: {@code '6.政府…'!B6} with its text. */
  public Location at(int r, int c) {
    Location.Builder b = Location.builder().path("'" + sheet + "'!" + new CellReference(r, c).formatAsString(false)).line(r + 1L).column(c + 1);
    String t = text(r, c);
    if (!t.isEmpty()) {
      b.text(t.length() > 200 ? t.substring(0, 200) + "…" : t);
    }
    return b.build();
  }

  /** Reads a sheet within the limits, reporting formulas and numbers too long for a double. */
  public static Grid of(Sheet sheet, WorkbookLimits limits, List<Finding> diagnostics) {
    int last = sheet.getLastRowNum();
    if (last + 1 > limits.maxRowsPerSheet()) {
      throw JixiaoReadException.atPath(
          "the sheet has " + (last + 1) + " rows, more than the limit of " + limits.maxRowsPerSheet() + " (WorkbookLimits.maxRowsPerSheet)",
          "'" + sheet.getSheetName() + "'", null);
    }
    List<String[]> rows = new ArrayList<>(last + 1);
    for (int r = 0; r <= last; r++) {
      Row row = sheet.getRow(r);
      int width = row == null ? 0 : Math.max(0, row.getLastCellNum());
      String[] cells = new String[width];
      for (int c = 0; c < width; c++) {
        Cell cell = row.getCell(c);
        cells[c] = cell == null ? "" : text(sheet.getSheetName(), cell, limits, diagnostics);
      }
      rows.add(cells);
    }
    List<boolean[]> continued = new ArrayList<>(rows.size());
    for (String[] cells : rows) {
      continued.add(new boolean[cells.length]);
    }
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(), rows.size() - 1); r++) {
        boolean[] flags = continued.get(r);
        for (int c = region.getFirstColumn(); c <= Math.min(region.getLastColumn(), flags.length - 1); c++) {
          flags[c] = r != region.getFirstRow() || c != region.getFirstColumn();
        }
      }
    }
    return new Grid(sheet.getSheetName(), rows, continued);
  }

  private static String text(String sheet, Cell cell, WorkbookLimits limits, List<Finding> diagnostics) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      diagnostics.add(
          Finding.builder()
              .rule("read.xlsx")
              .code("JX-X-0104")
              .severity(Severity.INFO)
              .message("单元格含公式“=" + cell.getCellFormula() + "”，未计算公式，使用文件中保存的计算结果")
              .putArgs("formula", cell.getCellFormula())
              .location(Location.builder().path("'" + sheet + "'!" + cell.getAddress().formatAsString()).text("=" + cell.getCellFormula()).build())
              .build());
      type = cell.getCachedFormulaResultType();
    }
    String text =
        switch (type) {
          case STRING -> cell.getRichStringCellValue().getString();
          case NUMERIC -> number(sheet, cell, diagnostics);
          case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
          case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
          default -> "";
        };
    if (text.length() > limits.maxCellChars()) {
      throw JixiaoReadException.atPath(
          "a cell holds " + text.length() + " characters, more than the limit of " + limits.maxCellChars() + " (WorkbookLimits.maxCellChars)",
          "'" + sheet + "'!" + cell.getAddress().formatAsString(), null);
    }
    return text;
  }

  private static String number(String sheet, Cell cell, List<Finding> diagnostics) {
    if (DateUtil.isCellDateFormatted(cell)) {
      java.time.LocalDateTime t = cell.getLocalDateTimeCellValue();
      return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
    }
    double d = cell.getNumericCellValue();
    // Double.toString gives the shortest decimal that reads back as the same double: 9000.0 → 9000.
    BigDecimal value = new BigDecimal(Double.toString(d)).stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    if (Math.abs(d) >= 1e15 && value.scale() == 0) {
      diagnostics.add(
          Finding.builder()
              .rule("read.xlsx")
              .code("JX-X-0103")
              .severity(Severity.WARNING)
              .message("单元格以数字保存了" + value.toPlainString().length() + "位数“" + value.toPlainString() + "”，超过15位的数字在文件中已失真；编码类数据应以文本保存")
              .putArgs("digits", value.toPlainString())
              .location(Location.builder().path("'" + sheet + "'!" + cell.getAddress().formatAsString()).text(value.toPlainString()).build())
              .build());
    }
    return value.toPlainString();
  }
}

package org.jixiao.xlsx.internal;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.io.grid.GridLayout;

/**
 * One single-project form (项目支出绩效自评表) laid out on a sheet from the io module's {@link
 * GridLayout}: its merged regions, column widths, borders on the form's body, the title row large
 * and unbordered. Cells that read as plain decimals are written as numbers so that a person can
 * add them up; everything else as text, exactly as laid out (the reader reads numbers back as the
 * sheet shows them, so the round trip keeps them).
 */
public final class FormSheet {
  private FormSheet() {}

  /** Writes {@code layout} on a new sheet of {@code workbook} named {@code name}. */
  public static void write(XSSFWorkbook workbook, String name, GridLayout layout) {
    Sheet sheet = workbook.createSheet(name);
    CellStyle body = style(workbook, false, true);
    CellStyle number = style(workbook, false, true);
    number.setAlignment(HorizontalAlignment.RIGHT);
    CellStyle title = style(workbook, true, false);
    for (int r = 0; r < layout.height(); r++) {
      Row row = sheet.createRow(r);
      List<String> cells = layout.rows().get(r);
      boolean titleRow = r == 0 && cells.stream().filter(s -> !s.isEmpty()).count() == 1;
      for (int c = 0; c < layout.width(); c++) {
        String text = c < cells.size() ? cells.get(c) : "";
        Cell cell = row.createCell(c);
        BigDecimal value = plainDecimal(text);
        if (value != null) {
          cell.setCellValue(value.doubleValue());
          cell.setCellStyle(titleRow ? title : number);
        } else {
          if (!text.isEmpty()) {
            cell.setCellValue(text);
          }
          cell.setCellStyle(titleRow ? title : body);
        }
      }
    }
    for (GridLayout.Region m : layout.merges()) {
      if (m.rows() > 1 || m.columns() > 1) {
        sheet.addMergedRegion(new CellRangeAddress(m.row(), m.row() + m.rows() - 1, m.column(), m.column() + m.columns() - 1));
      }
    }
    List<Integer> widths = layout.columnWidths();
    for (int c = 0; c < widths.size(); c++) {
      // A width hint is in characters; a CJK character is about two of Excel's width units.
      sheet.setColumnWidth(c, Math.min(255, Math.max(6, widths.get(c))) * 256);
    }
  }

  /**
   * The value of a cell text that a sheet can hold as a number and show with the same digits: a
   * plain decimal of at most 15 significant digits and no leading zero or sign tricks; null
   * otherwise (kept as text).
   */
  static java.math.@org.jspecify.annotations.Nullable BigDecimal plainDecimal(String text) {
    if (text.isEmpty() || text.length() > 17) {
      return null;
    }
    int digits = 0;
    int dots = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digits++;
      } else if (ch == '.' && i > 0 && i < text.length() - 1) {
        dots++;
      } else {
        return null;
      }
    }
    if (dots > 1 || digits > 15 || (text.length() > 1 && text.charAt(0) == '0' && text.charAt(1) != '.')) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    // Trailing zeros after the point would not be shown again (12.50 shows 12.5): keep as text.
    return value.stripTrailingZeros().scale() == value.scale() || value.scale() <= 0 ? value : null;
  }

  private static CellStyle style(XSSFWorkbook workbook, boolean title, boolean border) {
    CellStyle s = workbook.createCellStyle();
    s.setWrapText(true);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    if (title) {
      Font font = workbook.createFont();
      font.setBold(true);
      font.setFontHeightInPoints((short) 14);
      s.setFont(font);
      s.setAlignment(HorizontalAlignment.CENTER);
    }
    if (border) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    return s;
  }
}

package org.jixiao.xlsx.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jixiao.io.table.TableWriter.CellKind;
import org.jixiao.io.table.TableWriter.RowKind;

/**
 * Lays the canonical rows of a disclosure table out as a worksheet a person accepts: the title
 * merged over the table's width, the header block with every label merged over the columns and
 * rows it heads, borders, wrapped text, numbers as numbers in a format that shows their digits
 * (so that they read back as written), column widths from the content, the header frozen and
 * repeated on every printed page. Empty cells are written only where a border needs them, so that
 * every row reads back with the cells it was written with.
 */
public final class TableSheet {
  /** Excel's longest cell text. */
  public static final int MAX_CELL_CHARS = 32_767;

  private static final int MAX_DECIMALS = 10;
  private static final int MAX_DIGITS = 15;

  private final Workbook workbook;
  private final Sheet sheet;
  private final Map<String, CellStyle> styles = new HashMap<>();
  private final List<List<String>> header = new ArrayList<>();
  private final List<int[]> widths = new ArrayList<>();
  private int width;
  private int rows;
  private int headerStart = -1;
  private int nameColumn = -1;

  /** A sheet named {@code name} in {@code workbook}. */
  public TableSheet(Workbook workbook, String name) {
    this.workbook = workbook;
    this.sheet = workbook.createSheet(name);
  }

  /** Writes one canonical row. */
  public void row(RowKind kind, List<String> cells, List<CellKind> kinds) {
    for (String text : cells) {
      if (text.length() > MAX_CELL_CHARS) {
        throw new IllegalArgumentException(
            "a cell of " + text.length() + " characters does not fit a spreadsheet cell (at most " + MAX_CELL_CHARS + "), row " + (rows + 1));
      }
    }
    Row row = sheet.createRow(rows);
    switch (kind) {
      case TITLE -> title(row, cells);
      case HEADER -> headerRow(row, cells);
      case PROJECT, TOTALS -> body(row, cells, kinds, kind == RowKind.TOTALS);
      case MARKER -> marker(row, cells);
    }
    rows++;
  }

  /** Finishes the layout: title merges, header merges, widths, frozen and printed header. */
  public void finish() {
    if (headerStart >= 0 && header.size() == 3) {
      mergeHeader();
      if (width > 1) {
        for (int r = 0; r < headerStart; r++) {
          sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        }
      }
      sheet.createFreezePane(nameColumn + 1, headerStart + 3);
      sheet.setRepeatingRows(new CellRangeAddress(headerStart, headerStart + 2, -1, -1));
    }
    for (int c = 0; c < widths.size(); c++) {
      int chars = Math.max(6, Math.min(48, widths.get(c)[0] + 2));
      sheet.setColumnWidth(c, chars * 256);
    }
    sheet.getPrintSetup().setLandscape(true);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  private void title(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (!cells.get(c).isEmpty() || c == 0) {
        Cell cell = row.createCell(c);
        cell.setCellValue(escape(cells.get(c)));
        boolean heading = c == 0 && heading(cells.get(c));
        cell.setCellStyle(style(heading ? "title" : cells.get(c).startsWith("单位") ? "unit" : "line"));
      }
    }
    if (!cells.isEmpty() && heading(cells.get(0))) {
      row.setHeightInPoints(28);
    }
  }

  /** The title proper (…公开表), not 附表 or the other title lines: styled as a heading. */
  private static boolean heading(String line) {
    return line.contains("表") && !line.startsWith("附表");
  }

  private void headerRow(Row row, List<String> cells) {
    if (headerStart < 0) {
      headerStart = row.getRowNum();
    }
    header.add(cells);
    width = Math.max(width, cells.size());
    for (int c = 0; c < cells.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(escape(cells.get(c)));
      cell.setCellStyle(style("header"));
      measure(c, cells.get(c), 12);
      if (cells.get(c).equals("项目名称")) {
        nameColumn = c;
      }
    }
  }

  private void body(Row row, List<String> cells, List<CellKind> kinds, boolean totals) {
    for (int c = 0; c < cells.size(); c++) {
      String text = cells.get(c);
      Cell cell = row.createCell(c);
      CellKind kind = c < kinds.size() ? kinds.get(c) : CellKind.TEXT;
      if (!text.isEmpty() && kind != CellKind.TEXT && number(cell, text, kind, c == 0, totals)) {
        measure(c, text, 16);
        continue;
      }
      cell.setCellValue(escape(text));
      cell.setCellStyle(style(totals ? "totalsText" : "text"));
      measure(c, text, 40);
    }
  }

  private void marker(Row row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      if (!cells.get(c).isEmpty()) {
        Cell cell = row.createCell(c);
        cell.setCellValue(escape(cells.get(c)));
        cell.setCellStyle(style("marker"));
      }
    }
  }

  /**
   * Writes a number cell when the value survives a double exactly and its format can show all
   * its digits (15 significant digits, at most 10 decimals); otherwise the caller writes text.
   */
  private boolean number(Cell cell, String text, CellKind kind, boolean integer, boolean totals) {
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return false;
    }
    if (text.indexOf('E') >= 0 || text.indexOf('e') >= 0 || text.startsWith("+") || text.startsWith(".") || text.startsWith("-.")) {
      return false;
    }
    BigDecimal stored = kind == CellKind.PERCENT ? value.movePointLeft(2) : value;
    int decimals = value.scale();
    if (decimals < 0 || decimals > MAX_DECIMALS || stored.precision() > MAX_DIGITS) {
      return false;
    }
    double d = stored.doubleValue();
    if (NumberText.stored(d).compareTo(stored) != 0) {
      return false;
    }
    cell.setCellValue(d);
    String pattern =
        kind == CellKind.PERCENT ? "0" + fraction(decimals) + "%" : integer ? "0" : "#,##0" + fraction(decimals);
    cell.setCellStyle(style((totals ? "totalsNumber:" : "number:") + pattern));
    return true;
  }

  /**
   * Text as OOXML holds it: a control character XML cannot carry (all below U+0020 but tab, line
   * feed and carriage return) as its {@code _xHHHH_} escape, which POI writes unchanged and decodes
   * on reading, and the underscore of a literal {@code _xHHHH_} escaped as {@code _x005F_} so that
   * it is not decoded. POI itself would write a {@code ?} for the control character.
   */
  static String escape(String text) {
    boolean plain = true;
    for (int i = 0; i < text.length() && plain; i++) {
      char ch = text.charAt(i);
      plain = (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') && !(ch == '_' && escapeAt(text, i));
    }
    if (plain) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
        out.append("_x").append(String.format(java.util.Locale.ROOT, "%04X", (int) ch)).append('_');
      } else if (ch == '_' && escapeAt(text, i)) {
        out.append("_x005F_");
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  /** Whether {@code _xHHHH_} starts at {@code i}. */
  private static boolean escapeAt(String text, int i) {
    if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String fraction(int decimals) {
    return decimals == 0 ? "" : "." + "0".repeat(decimals);
  }

  /** Merges every header label over the columns it heads and down over blank rows beneath it. */
  private void mergeHeader() {
    int[][] spans = new int[3][width];
    for (int[] level : spans) {
      java.util.Arrays.fill(level, -1);
    }
    for (int level = 0; level < 3; level++) {
      List<String> labels = header.get(level);
      for (int c = 0; c < width; c++) {
        if (at(labels, c).isEmpty()) {
          continue;
        }
        int end = c;
        while (end + 1 < width && at(labels, end + 1).isEmpty() && (level == 0 || spans[level - 1][end + 1] == parent(spans, level, c))) {
          end++;
        }
        for (int k = c; k <= end; k++) {
          spans[level][k] = c;
        }
        int bottom = level;
        while (bottom + 1 < 3 && blank(header.get(bottom + 1), c, end)) {
          bottom++;
        }
        if (end > c || bottom > level) {
          sheet.addMergedRegion(new CellRangeAddress(headerStart + level, headerStart + bottom, c, end));
        }
        for (int below = level + 1; below <= bottom; below++) {
          for (int k = c; k <= end; k++) {
            spans[below][k] = c;
          }
        }
      }
    }
  }

  /** The first column of the span of the level above that holds column {@code c}. */
  private static int parent(int[][] spans, int level, int c) {
    return spans[level - 1][c];
  }

  private static boolean blank(List<String> labels, int from, int to) {
    for (int c = from; c <= to; c++) {
      if (!at(labels, c).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String at(List<String> cells, int c) {
    return c < cells.size() ? cells.get(c) : "";
  }

  /** Widens column {@code c} to the text's visual width (a CJK character counts two), capped. */
  private void measure(int c, String text, int cap) {
    while (widths.size() <= c) {
      widths.add(new int[1]);
    }
    int w = 0;
    for (int i = 0; i < text.length() && w < cap; i++) {
      w += text.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    widths.get(c)[0] = Math.max(widths.get(c)[0], Math.min(w, cap));
  }

  private CellStyle style(String name) {
    CellStyle existing = styles.get(name);
    if (existing != null) {
      return existing;
    }
    CellStyle s = workbook.createCellStyle();
    switch (name) {
      case "title" -> {
        s.setFont(font(true, 16, false));
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
      }
      case "line" -> s.setAlignment(HorizontalAlignment.LEFT);
      case "unit" -> s.setAlignment(HorizontalAlignment.RIGHT);
      case "header" -> {
        s.setFont(font(true, 11, false));
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        borders(s);
      }
      case "text", "totalsText" -> {
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (name.startsWith("totals")) {
          s.setFont(font(true, 11, false));
        }
        borders(s);
      }
      case "marker" -> s.setFont(font(false, 9, true));
      default -> {
        // number:<format> or totalsNumber:<format>
        int colon = name.indexOf(':');
        s.setDataFormat(workbook.createDataFormat().getFormat(name.substring(colon + 1)));
        s.setAlignment(HorizontalAlignment.RIGHT);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (name.startsWith("totals")) {
          s.setFont(font(true, 11, false));
        }
        borders(s);
      }
    }
    styles.put(name, s);
    return s;
  }

  private Font font(boolean bold, int points, boolean italic) {
    Font f = workbook.createFont();
    f.setBold(bold);
    f.setItalic(italic);
    f.setFontHeightInPoints((short) points);
    if (italic) {
      f.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    }
    return f;
  }

  private static void borders(CellStyle s) {
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
  }
}

package org.jixiao.xlsx.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The text of a number cell as a person reads it, never with a double's noise.
 *
 * <ul>
 *   <li>The stored double is taken to 15 significant digits, Excel's own precision, so 9000.0 is
 *       {@code 9000} and 0.1+0.2 is {@code 0.3}.
 *   <li>A cell with a number format (not General or text) reads as the sheet shows it when that is
 *       a plain number: {@code 0.00} gives {@code 2.00}, {@code #,##0.00} gives {@code 1234.50}
 *       (grouping dropped), {@code 0.00%} gives {@code 86.19%}. When the display rounds the stored
 *       value (1234.5678 shown as 1,234.57), the shown value is read — it is what the published
 *       table states — and an INFO diagnostic ({@code JX-X-0108}) keeps the stored value. A format
 *       that shows more than a number (a unit, a currency sign, parentheses) reads as the stored
 *       value, a percentage format as the stored value times 100 with {@code %}.
 *   <li>A date format reads as an ISO date ({@code 2019-12-31}), or date and time.
 *   <li>An integer of 16 digits or more has lost digits in the file itself (a 项目编码 typed as a
 *       number): it reads as its digits with a WARNING ({@code JX-X-0103}).
 * </ul>
 *
 * <p>Not thread-safe (the formatter caches formats): one per sheet read.
 */
final class NumberText {
  private static final MathContext EXCEL = new MathContext(15);

  private final DataFormatter formatter;
  private final Locale locale;

  /**
   * @param formatter formats what this class does not compute itself
   * @param locale the language of the diagnostics
   */
  NumberText(DataFormatter formatter, Locale locale) {
    this.formatter = formatter;
    this.locale = locale;
  }

  /** What a cell style's number format means for reading, worked out once per style. */
  private record Format(short index, String pattern, boolean date, boolean general, int decimals, boolean percent) {}

  private final java.util.Map<Short, Format> formats = new java.util.HashMap<>();

  private Format format(Cell cell) {
    CellStyle style = cell.getCellStyle();
    short key = style == null ? 0 : style.getIndex();
    Format known = formats.get(key);
    if (known != null) {
      return known;
    }
    short index = style == null ? 0 : style.getDataFormat();
    String pattern = style == null ? null : style.getDataFormatString();
    Format f;
    if (pattern == null || index == 0 || pattern.equalsIgnoreCase("General") || pattern.equals("@")) {
      f = new Format(index, "General", false, true, -1, false);
    } else {
      f = new Format(index, pattern, DateUtil.isADateFormat(index, pattern), false, simpleDecimals(pattern), percent(pattern));
    }
    formats.put(key, f);
    return f;
  }

  /**
   * The decimals of a plain number format ({@code 0}, {@code 0.00}, {@code #,##0.00}, each with an
   * optional {@code %}), whose display this class computes itself; -1 for any other format.
   */
  static int simpleDecimals(String pattern) {
    String p = pattern.endsWith("%") ? pattern.substring(0, pattern.length() - 1) : pattern;
    if (p.startsWith("#,##0")) {
      p = p.substring(4);
    }
    if (p.equals("0")) {
      return 0;
    }
    if (!p.startsWith("0.") || p.length() < 3) {
      return -1;
    }
    for (int i = 2; i < p.length(); i++) {
      if (p.charAt(i) != '0') {
        return -1;
      }
    }
    return p.length() - 2;
  }

  String text(String sheet, Cell cell, List<Finding> diagnostics) {
    int r = cell.getRowIndex();
    int c = cell.getColumnIndex();
    Format format = format(cell);
    double d = cell.getNumericCellValue();
    if (format.date && DateUtil.isValidExcelDate(d)) {
      LocalDateTime t = cell.getLocalDateTimeCellValue();
      return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
    }
    BigDecimal stored = stored(d);
    if (Math.abs(d) >= 1e15 && stored.scale() == 0) {
      String digits = stored.toPlainString();
      diagnostics.add(
          Grid.diagnostic("JX-X-0103", Severity.WARNING, Grid.at(sheet, r, c, digits), locale,
              "digits", digits, "length", digits.length()));
      return digits;
    }
    if (format.general) {
      return stored.toPlainString();
    }
    String shown;
    Shown s;
    if (format.decimals >= 0) {
      // What DataFormatter would print for these formats, without its DecimalFormat.
      BigDecimal value = (format.percent ? stored.movePointRight(2) : stored).setScale(format.decimals, java.math.RoundingMode.HALF_UP);
      shown = value.toPlainString() + (format.percent ? "%" : "");
      s = new Shown(shown, value, format.percent);
    } else {
      shown = formatter.formatRawCellContents(d, format.index, format.pattern);
      s = parse(shown);
    }
    if (s == null) {
      return format.percent ? stored.movePointRight(2).stripTrailingZeros().toPlainString() + "%" : stored.toPlainString();
    }
    BigDecimal expected = s.percent ? stored.movePointRight(2) : stored;
    if (s.value.compareTo(expected) != 0) {
      String value = s.percent ? expected.stripTrailingZeros().toPlainString() + "%" : stored.toPlainString();
      diagnostics.add(
          Grid.diagnostic("JX-X-0108", Severity.INFO, Grid.at(sheet, r, c, s.text), locale,
              "stored", value, "shown", s.text, "displayed", shown.strip()));
    }
    return s.text;
  }

  /** The double at Excel's 15 significant digits, without trailing zeros or a negative scale. */
  static BigDecimal stored(double d) {
    if (d == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal v = new BigDecimal(d).round(EXCEL).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** A displayed number: its text without grouping (with % when shown), its value. */
  private record Shown(String text, BigDecimal value, boolean percent) {}

  /** A plain shown number — sign, digits with grouping commas, a point, an optional % — or null. */
  private static @Nullable Shown parse(String shown) {
    String s = shown.strip();
    boolean percent = s.endsWith("%");
    if (percent) {
      s = s.substring(0, s.length() - 1).strip();
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    if (s.startsWith("-")) {
      out.append('-');
      i = 1;
    }
    boolean digit = false;
    boolean point = false;
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        out.append(ch);
        digit = true;
      } else if (ch == '.' && !point) {
        out.append(ch);
        point = true;
      } else if (ch != ',' || point || !digit) {
        return null; // anything but a grouping comma among the integer digits
      }
    }
    if (!digit) {
      return null;
    }
    String text = out.toString();
    if (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    BigDecimal value = new BigDecimal(text);
    return new Shown(percent ? text + "%" : text, value, percent);
  }

  /** Whether a format string shows a percentage: a % outside quotes. */
  private static boolean percent(String format) {
    boolean quoted = false;
    for (int i = 0; i < format.length(); i++) {
      char ch = format.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == '\\') {
        i++;
      } else if (ch == '%' && !quoted) {
        return true;
      }
    }
    return false;
  }
}

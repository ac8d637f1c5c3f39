package org.jixiao.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.xlsx.WorkbookLimits;

/**
 * Opens a workbook within {@link WorkbookLimits}: the file is read up to its bound, an XLSX
 * (zip) is inflated once part by part with a counter before POI sees it, so that a zip bomb or a
 * huge shared-string table is refused by size rather than by running out of memory. POI itself
 * refuses external entities and keeps its own inflation-ratio check. While a sheet's XML is
 * inflated its rows and cells are counted, so that a sheet of a million rows is refused before POI
 * builds a DOM of it.
 */
public final class SafeWorkbooks {
  private SafeWorkbooks() {}

  /** Reads {@code in} to its end, at most {@code limits.maxFileBytes()}. */
  public static byte[] readBounded(InputStream in, WorkbookLimits limits, Locale locale)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > limits.maxFileBytes()) {
        throw XlsxProblems.problem("JX-X-0201", locale, "limit", limits.maxFileBytes());
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * In strict mode, throws the first diagnostic of reading cells that is not INFO as a {@link
   * JixiaoReadException} with its sheet, line and text; does nothing in lenient mode.
   */
  public static void throwFirstProblem(
      java.util.List<org.jixiao.core.evaluation.Finding> diagnostics, boolean strict, Locale locale) {
    if (!strict) {
      return;
    }
    for (org.jixiao.core.evaluation.Finding f : diagnostics) {
      if (f.severity() != org.jixiao.core.evaluation.Severity.INFO) {
        // The diagnostic's own code and words; its location worded in the reader's language.
        throw JixiaoReadException.at(
            f.code(),
            f.message(),
            f.location().map(l -> l.line().orElse(0L)).orElse(0L),
            f.location().map(l -> l.column().orElse(0)).orElse(0),
            f.location().flatMap(l -> l.path()).orElse(null),
            f.location().flatMap(l -> l.text()).orElse(null),
            null,
            locale);
      }
    }
  }

  /** Refuses workbook bytes longer than {@code limits.maxFileBytes()}, as a read of them would. */
  public static void checkSize(byte[] bytes, WorkbookLimits limits, Locale locale) {
    if (bytes.length > limits.maxFileBytes()) {
      throw XlsxProblems.problem("JX-X-0201", locale, "limit", limits.maxFileBytes());
    }
  }

  /** Whether the bytes start as a workbook does: a zip (.xlsx) or an OLE2 compound file (.xls). */
  public static boolean isWorkbook(byte[] bytes) {
    return isZip(bytes) || isOle2(bytes);
  }

  /** Whether the bytes start like a zip (an .xlsx), rather than OLE2 (a legacy .xls). */
  static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
  }

  /** Whether the bytes start like an OLE2 compound document (a legacy .xls). */
  static boolean isOle2(byte[] bytes) {
    return bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0;
  }

  /**
   * The workbook in {@code bytes}.
   *
   * @throws JixiaoReadException when it is not a workbook, is encrypted, or breaks a limit
   */
  public static Workbook open(byte[] bytes, WorkbookLimits limits) {
    // Kept for callers outside the readers (the benchmarks): problems in the default language.
    return open(bytes, limits, Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * The workbook in {@code bytes}, its problems worded in the language of {@code locale}.
   *
   * @throws JixiaoReadException when it is not a workbook, is encrypted, or breaks a limit
   */
  public static Workbook open(byte[] bytes, WorkbookLimits limits, Locale locale) {
    if (isZip(bytes)) {
      checkParts(bytes, limits, locale);
    } else if (!isOle2(bytes)) {
      throw XlsxProblems.problem("JX-X-0202", locale);
    }
    try {
      Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
      if (workbook.getNumberOfSheets() > limits.maxSheets()) {
        throw XlsxProblems.problem(
            "JX-X-0203", locale, "sheets", workbook.getNumberOfSheets(), "limit", limits.maxSheets());
      }
      return workbook;
    } catch (EncryptedDocumentException e) {
      throw XlsxProblems.problemAt(
"JX-X-0204", locale, 0, null, e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof JixiaoReadException j) {
        throw j;
      }
      throw XlsxProblems.problemAt(
"JX-X-0205", locale, 0, null, e, "detail", detail(e));
    }
  }

  /** POI's or the JDK's own words for what failed (English), or the exception's type. */
  private static String detail(Exception e) {
    String message = e.getMessage();
    return message != null ? message : e.getClass().getSimpleName();
  }

  private static void checkParts(byte[] bytes, WorkbookLimits limits, Locale locale) {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        long part = 0;
        boolean sheet = entry.getName().startsWith("xl/worksheets/") && entry.getName().endsWith(".xml");
        ElementCounter counter = new ElementCounter();
        for (int n; (n = zip.read(buffer)) > 0; ) {
          part += n;
          total += n;
          if (sheet) {
            counter.scan(buffer, n);
            if (counter.rows() > limits.maxRowsPerSheet()) {
              throw XlsxProblems.problemAt(
"JX-X-0206", locale, 0, entry.getName(), null, "limit", limits.maxRowsPerSheet());
            }
            if (counter.cells() > limits.maxCellsPerSheet()) {
              throw XlsxProblems.problemAt(
"JX-X-0207", locale, 0, entry.getName(), null, "limit", limits.maxCellsPerSheet());
            }
          }
          if (part > limits.maxPartBytes()) {
            throw XlsxProblems.problemAt(
"JX-X-0208", locale, 0, entry.getName(), null,
                "part", entry.getName(), "limit", limits.maxPartBytes());
          }
          if (total > limits.maxTotalBytes()) {
            throw XlsxProblems.problemAt(
"JX-X-0209", locale, 0, entry.getName(), null, "limit", limits.maxTotalBytes());
          }
        }
      }
    } catch (ZipException e) {
      throw XlsxProblems.problemAt(
"JX-X-0210", locale, 0, null, e, "detail", detail(e));
    } catch (IOException e) {
      throw XlsxProblems.problemAt(
"JX-X-0205", locale, 0, null, e, "detail", detail(e));
    }
  }

  /**
   * Counts the {@code <row} and {@code <c} start tags (with or without a namespace prefix) in a
   * sheet's XML as it streams by, without parsing it: enough to refuse a sheet by its size.
   */
  static final class ElementCounter {
    private int state; // 0 text, 1 after '<' or ':', 2..4 inside "row", 5 after "c"
    private long rows;
    private long cells;

    void scan(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        switch (state) {
          case 1 -> state = b == 'r' ? 2 : b == 'c' ? 5 : start(b);
          case 2 -> state = b == 'o' ? 3 : start(b);
          case 3 -> state = b == 'w' ? 4 : start(b);
          case 4 -> {
            if (delimiter(b)) {
              rows++;
            }
            state = start(b);
          }
          case 5 -> {
            if (delimiter(b)) {
              cells++;
            }
            state = start(b);
          }
          default -> state = start(b);
        }
      }
    }

    private static int start(byte b) {
      return b == '<' || b == ':' ? 1 : 0;
    }

    private static boolean delimiter(byte b) {
      return b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r';
    }

    long rows() {
      return rows;
    }

    long cells() {
      return cells;
    }
  }
}

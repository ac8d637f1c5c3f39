package org.jixiao.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
  public static byte[] readBounded(InputStream in, WorkbookLimits limits) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > limits.maxFileBytes()) {
        throw JixiaoReadException.atLine(
            "the workbook is larger than the limit of " + limits.maxFileBytes() + " bytes (WorkbookLimits.maxFileBytes)", 0, 0, null);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * In strict mode, throws the first diagnostic of reading cells that is not INFO as a {@link
   * JixiaoReadException} with its sheet, line and text; does nothing in lenient mode.
   */
  public static void throwFirstProblem(java.util.List<org.jixiao.core.evaluation.Finding> diagnostics, boolean strict) {
    if (!strict) {
      return;
    }
    for (org.jixiao.core.evaluation.Finding f : diagnostics) {
      if (f.severity() != org.jixiao.core.evaluation.Severity.INFO) {
        throw JixiaoReadException.atLineAndPath(
            f.message(),
            f.location().map(l -> l.line().orElse(0L)).orElse(0L),
            f.location().flatMap(l -> l.path()).orElse(""),
            f.location().flatMap(l -> l.text()).orElse(null),
            null);
      }
    }
  }

  /** Refuses workbook bytes longer than {@code limits.maxFileBytes()}, as a read of them would. */
  public static void checkSize(byte[] bytes, WorkbookLimits limits) {
    if (bytes.length > limits.maxFileBytes()) {
      throw JixiaoReadException.atLine(
          "the workbook is larger than the limit of " + limits.maxFileBytes() + " bytes (WorkbookLimits.maxFileBytes)", 0, 0, null);
    }
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
    if (isZip(bytes)) {
      checkParts(bytes, limits);
    } else if (!isOle2(bytes)) {
      throw JixiaoReadException.atLine("not a spreadsheet: neither XLSX (zip) nor XLS (OLE2); save the file as .xlsx", 0, 0, null);
    }
    try {
      Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes));
      if (workbook.getNumberOfSheets() > limits.maxSheets()) {
        throw JixiaoReadException.atLine(
            "the workbook has " + workbook.getNumberOfSheets() + " sheets, more than the limit of " + limits.maxSheets() + " (WorkbookLimits.maxSheets)", 0, 0, null);
      }
      return workbook;
    } catch (EncryptedDocumentException e) {
      throw JixiaoReadException.withCause("the workbook is encrypted or password-protected; save an unprotected copy", 0, 0, null, e);
    } catch (IOException | RuntimeException e) {
      if (e instanceof JixiaoReadException j) {
        throw j;
      }
      throw JixiaoReadException.withCause("the workbook cannot be read: " + e.getMessage(), 0, 0, null, e);
    }
  }

  private static void checkParts(byte[] bytes, WorkbookLimits limits) {
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
              throw JixiaoReadException.atPath(
                  "the sheet holds more than " + limits.maxRowsPerSheet() + " rows (WorkbookLimits.maxRowsPerSheet)", entry.getName(), null);
            }
            if (counter.cells() > limits.maxCellsPerSheet()) {
              throw JixiaoReadException.atPath(
                  "the sheet holds more than " + limits.maxCellsPerSheet() + " cells (WorkbookLimits.maxCellsPerSheet)", entry.getName(), null);
            }
          }
          if (part > limits.maxPartBytes()) {
            throw JixiaoReadException.atPath(
                "the part " + entry.getName() + " inflates to more than " + limits.maxPartBytes() + " bytes (WorkbookLimits.maxPartBytes): a zip bomb or a workbook too large to read",
                entry.getName(), null);
          }
          if (total > limits.maxTotalBytes()) {
            throw JixiaoReadException.atPath(
                "the workbook inflates to more than " + limits.maxTotalBytes() + " bytes (WorkbookLimits.maxTotalBytes)", entry.getName(), null);
          }
        }
      }
    } catch (ZipException e) {
      throw JixiaoReadException.withCause("the workbook is not a valid XLSX (broken zip): " + e.getMessage(), 0, 0, null, e);
    } catch (IOException e) {
      throw JixiaoReadException.withCause("the workbook cannot be read: " + e.getMessage(), 0, 0, null, e);
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

package org.jixiao.xlsx;

/**
 * The bounds within which a workbook is read; a workbook beyond them is refused with a {@link
 * org.jixiao.io.JixiaoReadException} naming the bound, before it can exhaust memory. SECURITY.md
 * explains each. The uncompressed sizes, rows and cells of an XLSX are measured while inflating,
 * not taken from the zip's own (forgeable) headers, and before POI builds anything.
 *
 * <p>POI reads a workbook as a whole (a DOM); its heap is roughly ten times the inflated XML (a
 * 10 000-project disclosure table, 23 MB of XML, needs about 250 MB). The defaults keep one
 * workbook within about 1 GB of heap; lower them for a server that reads untrusted files.
 *
 * @param maxFileBytes the largest workbook file (default 64 MiB)
 * @param maxPartBytes the largest part once uncompressed, such as one sheet's XML or the shared
 *     strings (default 32 MiB)
 * @param maxTotalBytes all parts together once uncompressed (default 96 MiB)
 * @param maxSheets the most sheets (default 1000)
 * @param maxRowsPerSheet the most rows in one sheet (default 100 000)
 * @param maxCellChars the longest cell text (default 32 767, Excel's own limit)
 * @param maxColumns the most columns a row may span (default 1000, as {@code
 *     TableReader.DEFAULT_MAX_COLUMNS})
 * @param maxCellsPerSheet the most cells in one sheet: cells stored in an XLSX sheet's XML, and
 *     cells the rows span once read (default 2 000 000)
 */
public record WorkbookLimits(
    long maxFileBytes,
    long maxPartBytes,
    long maxTotalBytes,
    int maxSheets,
    int maxRowsPerSheet,
    int maxCellChars,
    int maxColumns,
    int maxCellsPerSheet) {

  /** The defaults. */
  public static final WorkbookLimits DEFAULTS =
      new WorkbookLimits(64L << 20, 32L << 20, 96L << 20, 1000, 100_000, 32_767, 1000, 2_000_000);

  /** Every bound must be positive. */
  public WorkbookLimits {
    if (maxFileBytes <= 0
        || maxPartBytes <= 0
        || maxTotalBytes <= 0
        || maxSheets <= 0
        || maxRowsPerSheet <= 0
        || maxCellChars <= 0
        || maxColumns <= 0
        || maxCellsPerSheet <= 0) {
      throw new IllegalArgumentException("every workbook limit must be positive");
    }
  }

  /**
   * Limits with the default column and cell bounds.
   *
   * @param maxFileBytes the largest workbook file
   * @param maxPartBytes the largest part once uncompressed
   * @param maxTotalBytes all parts together once uncompressed
   * @param maxSheets the most sheets
   * @param maxRowsPerSheet the most rows in one sheet
   * @param maxCellChars the longest cell text
   */
  public WorkbookLimits(
      long maxFileBytes, long maxPartBytes, long maxTotalBytes, int maxSheets, int maxRowsPerSheet, int maxCellChars) {
    this(maxFileBytes, maxPartBytes, maxTotalBytes, maxSheets, maxRowsPerSheet, maxCellChars, DEFAULTS.maxColumns, DEFAULTS.maxCellsPerSheet);
  }
}

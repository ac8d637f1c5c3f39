package org.jixiao.xlsx;

/**
 * The bounds within which a workbook is read; a workbook beyond them is refused with a {@link
 * org.jixiao.io.JixiaoReadException} naming the bound, before it can exhaust memory. SECURITY.md
 * explains each. The uncompressed sizes are measured while inflating, not taken from the zip's
 * own (forgeable) headers.
 *
 * @param maxFileBytes the largest workbook file (default 64 MiB)
 * @param maxPartBytes the largest part once uncompressed, such as one sheet's XML or the shared
 *     strings (default 64 MiB)
 * @param maxTotalBytes all parts together once uncompressed (default 256 MiB)
 * @param maxSheets the most sheets (default 1000)
 * @param maxRowsPerSheet the most rows read from one sheet (default 100 000)
 * @param maxCellChars the longest cell text (default 32 767, Excel's own limit)
 */
public record WorkbookLimits(
    long maxFileBytes, long maxPartBytes, long maxTotalBytes, int maxSheets, int maxRowsPerSheet, int maxCellChars) {

  /** The defaults. */
  public static final WorkbookLimits DEFAULTS =
      new WorkbookLimits(64L << 20, 64L << 20, 256L << 20, 1000, 100_000, 32_767);

  /** Every bound must be positive. */
  public WorkbookLimits {
    if (maxFileBytes <= 0 || maxPartBytes <= 0 || maxTotalBytes <= 0 || maxSheets <= 0 || maxRowsPerSheet <= 0 || maxCellChars <= 0) {
      throw new IllegalArgumentException("every workbook limit must be positive");
    }
  }
}

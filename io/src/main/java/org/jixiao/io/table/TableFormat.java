package org.jixiao.io.table;

import java.util.Locale;
import java.util.Optional;

/**
 * The text formats of a table. Both quote cells RFC 4180 style (through FastCSV); on reading, a
 * quote that starts a cell without opening a quoted cell as a writer makes one is text
 * ({@code read.quote-as-text}).
 */
public enum TableFormat {
  /** Tab-separated values; lines end with LF. Cells holding a tab, quote or line break are quoted. */
  TSV('\t'),
  /** Comma-separated values (RFC 4180); lines end with CRLF. */
  CSV(',');

  private final char separator;

  TableFormat(char separator) {
    this.separator = separator;
  }

  /** The field separator. */
  public char separator() {
    return separator;
  }

  /**
   * The format a file name's extension suggests: {@code .tsv} and {@code .txt} are TSV, {@code
   * .csv} is CSV.
   *
   * @param fileName a file name or path
   * @return the format, or empty for another extension
   */
  public static Optional<TableFormat> fromFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".tsv") || name.endsWith(".txt")) {
      return Optional.of(TSV);
    }
    if (name.endsWith(".csv")) {
      return Optional.of(CSV);
    }
    return Optional.empty();
  }
}

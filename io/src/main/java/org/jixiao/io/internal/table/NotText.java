package org.jixiao.io.internal.table;

import org.jspecify.annotations.Nullable;

/**
 * Tells, by its first bytes, a file that people hand to a text reader in place of a table but that
 * is not text a table can be read from: a PDF (the published copy), a zip (an .xlsx workbook or a
 * .docx document), an old Office file (.xls, .doc), a web page (what many systems export under an
 * .xls name), or bytes no text holds (zero bytes). Read as text, each would only give "no header
 * row" (JX-I-0126) or undecodable bytes, which do not say what to do; the part this gives names
 * the kind and what to do with it.
 */
final class NotText {
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /** How far zero bytes are looked for: text in UTF-8 or GB18030 holds none. */
  private static final int ZERO_SCAN = 8 * 1024;

  private NotText() {}

  /**
   * What the bytes are when they are not text, as a part (JX-I-0166 … 0170), or null for text;
   * {@code line[0]} gets the one-based line where they show it: 1 for a file told by its start,
   * the line of the first zero byte otherwise. Zero bytes make bytes binary
   * when they are not UTF-8, or when they are an eighth of the bytes or more. UTF-16 text (told by its byte order mark) is not
   * to be looked at: it holds zero bytes.
   *
   * @param head the first bytes of the file
   * @param length how many of them there are
   * @param utf8 whether they are UTF-8 (else they are read as GB18030)
   * @param line receives the line
   */
  static @Nullable Msg kindAndLine(byte[] head, int length, boolean utf8, long[] line) {
    line[0] = 1;
    int start = skipBomAndSpace(head, length);
    if (startsWith(head, length, start, "%PDF-")) {
      return Msg.of("JX-I-0166");
    }
    if (startsWith(head, length, 0, "PK\u0003\u0004")) {
      return Msg.of("JX-I-0167");
    }
    if (length >= OLE2.length && java.util.Arrays.equals(head, 0, OLE2.length, OLE2, 0, OLE2.length)) {
      return Msg.of("JX-I-0168");
    }
    if (startsWithIgnoringCase(head, length, start, "<!DOCTYPE HTML")
        || startsWithIgnoringCase(head, length, start, "<html")
        || startsWithIgnoringCase(head, length, start, "<table")
        || startsWithIgnoringCase(head, length, start, "MIME-Version:")) {
      return Msg.of("JX-I-0169"); // web pages and MHT archives saved under an .xls name
    }
    int n = Math.min(length, ZERO_SCAN);
    int zeros = 0;
    int first = -1;
    long lineOfFirst = 1;
    long lines = 1;
    for (int i = 0; i < n; i++) {
      if (head[i] == '\n') {
        lines++;
      } else if (head[i] == 0 && zeros++ == 0) {
        first = i;
        lineOfFirst = lines;
      }
    }
    // A zero byte is U+0000, a control character a cell may hold and the writer writes: text with
    // a few is still text. Zeros in bytes that are not UTF-8, or as many as in UTF-16, are not.
    if (zeros > 0 && (!utf8 || zeros * 8L >= n)) {
      line[0] = lineOfFirst;
      return Msg.of("JX-I-0170").arg("offset", first);
    }
    return null;
  }

  /** The first index after a UTF-8 byte order mark and ASCII white space. */
  private static int skipBomAndSpace(byte[] head, int length) {
    int i = 0;
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    return i;
  }

  private static boolean startsWith(byte[] head, int length, int at, String ascii) {
    if (length - at < ascii.length()) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if (head[at + k] != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithIgnoringCase(byte[] head, int length, int at, String ascii) {
    if (length - at < ascii.length()) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      int b = head[at + k] & 0xFF;
      if (Character.toLowerCase(b) != Character.toLowerCase(ascii.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}

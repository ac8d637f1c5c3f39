package org.jixiao.io.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files people hand to a text reader in place of a table, as their first bytes are: each kind
 * that the readers refuse (JX-I-0107) by the code of the part that names it.
 */
public final class NotTextFiles {
  private NotTextFiles() {}

  /** A file of each kind, by the code of the part naming the kind (JX-I-0166 … 0170). */
  public static Map<String, byte[]> byKind() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    out.put("JX-I-0166", pdf());
    out.put("JX-I-0167", xlsx());
    out.put("JX-I-0168", ole2());
    out.put("JX-I-0169", htmlUnderAnXlsName());
    out.put("JX-I-0170", utf16WithoutMark());
    return out;
  }

  /** The start of a published PDF: its header line and the binary comment after it. */
  public static byte[] pdf() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("%PDF-1.7\n%".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF, (byte) 0xD3, '\n'});
    out.writeBytes("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A zip holding a workbook's parts, as an .xlsx is. */
  public static byte[] xlsx() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The start of an OLE2 compound file (.xls, .doc): its signature and an empty header. */
  public static byte[] ole2() {
    byte[] out = new byte[512];
    byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(signature, 0, out, 0, signature.length);
    return out;
  }

  /**
   * A web page holding a table, as systems export under an .xls name: its header words are there,
   * among tags.
   */
  public static byte[] htmlUnderAnXlsName() {
    String page =
        "\uFEFF<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head><meta charset=\"utf-8\"></head>\n"
            + "<body><table>\n<tr><td>序号</td><td>项目名称</td><td>项目年度预算金额</td></tr>\n"
            + "<tr><td>1</td><td>就业补助</td><td>100</td></tr>\n</table></body></html>\n";
    return page.getBytes(StandardCharsets.UTF_8);
  }

  /** Tab-separated UTF-16LE text saved without its byte order mark: every other byte is zero. */
  public static byte[] utf16WithoutMark() {
    return "No\tName\tBudget\n1\tA\t100\n".getBytes(StandardCharsets.UTF_16LE);
  }
}

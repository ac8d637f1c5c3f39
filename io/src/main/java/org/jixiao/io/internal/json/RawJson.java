package org.jixiao.io.internal.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value already written, as UTF-8 bytes, for a generator's {@code writeRawValue}: a byte
 * generator copies the bytes as they are; a character generator gets the text, decoded once
 * when first asked. The quoted forms (a raw value is never quoted) are those of the text.
 */
public final class RawJson implements SerializableString {
  private final byte[] utf8;
  private volatile @Nullable SerializedString text; // made from the bytes when a character generator asks

  /** The value of these bytes, which must be UTF-8 JSON; they are not copied and must not change. */
  public RawJson(byte[] utf8) {
    this.utf8 = utf8;
  }

  private SerializedString text() {
    SerializedString t = text;
    if (t == null) {
      t = new SerializedString(new String(utf8, StandardCharsets.UTF_8));
      text = t;
    }
    return t;
  }

  @Override
  public String getValue() {
    return text().getValue();
  }

  @Override
  public int charLength() {
    return text().charLength();
  }

  @Override
  public char[] asQuotedChars() {
    return text().asQuotedChars();
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return utf8; // shared, as Jackson's own SerializedString shares its bytes: generators only copy them
  }

  @Override
  public byte[] asQuotedUTF8() {
    return text().asQuotedUTF8();
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    return text().appendQuotedUTF8(buffer, offset);
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    return text().appendQuoted(buffer, offset);
  }

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    if (offset + utf8.length > buffer.length) {
      return -1; // the generator then writes asUnquotedUTF8() through
    }
    System.arraycopy(utf8, 0, buffer, offset, utf8.length);
    return utf8.length;
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    return text().appendUnquoted(buffer, offset);
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) throws IOException {
    return text().writeQuotedUTF8(out);
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    out.write(utf8);
    return utf8.length;
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
    return text().putQuotedUTF8(buffer);
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) throws IOException {
    if (utf8.length > buffer.remaining()) {
      return -1;
    }
    buffer.put(utf8);
    return utf8.length;
  }

  @Override
  public String toString() {
    return getValue();
  }
}

package org.jixiao.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.WriterBasedJsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The generator the module's serializers write through when a user's mapper writes characters
 * ({@code writeValueAsString}, {@code writeValue(Writer)}): each string or field name holding a
 * lone surrogate is written with it escaped (<code>&#92;uD800</code>), as Jackson's UTF-8
 * generator and {@link LoneSurrogateWriter} write it. Jackson's character generator writes it
 * raw, which no UTF-8 encoder can carry (an {@code OutputStreamWriter} silently makes it
 * {@code ?}, {@code Files.newBufferedWriter} throws), and the module cannot wrap the user's
 * {@code Writer}. Text without a lone surrogate, the usual case, goes to the user's generator
 * unchanged. Text with one is handed over already quoted, escaped as the generator escapes: its
 * {@code ESCAPE_NON_ASCII} and its {@link CharacterEscapes} (an HTML-safe mapper stays safe).
 */
public final class LoneSurrogateGenerator extends JsonGeneratorDelegate {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private LoneSurrogateGenerator(JsonGenerator generator) {
    super(generator);
  }

  /**
   * {@code g}, or {@code g} escaping lone surrogates when it is Jackson's JSON generator of
   * characters (the UTF-8 one escapes them itself; other formats are left as they are).
   */
  public static JsonGenerator of(JsonGenerator g) {
    JsonGenerator inner = g;
    while (inner instanceof JsonGeneratorDelegate d && !(inner instanceof LoneSurrogateGenerator)) {
      inner = d.delegate();
    }
    return inner instanceof WriterBasedJsonGenerator ? new LoneSurrogateGenerator(g) : g;
  }

  @Override
  public void writeString(@Nullable String text) throws IOException {
    if (text != null && hasLoneSurrogate(text)) {
      delegate.writeString(quoted(text));
    } else {
      delegate.writeString(text);
    }
  }

  @Override
  public void writeString(char[] text, int offset, int length) throws IOException {
    writeString(new String(text, offset, length));
  }

  @Override
  public void writeFieldName(String name) throws IOException {
    if (hasLoneSurrogate(name)) {
      delegate.writeFieldName(quoted(name));
    } else {
      delegate.writeFieldName(name);
    }
  }

  static boolean hasLoneSurrogate(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** The text as the generator would quote it, each lone surrogate escaped. */
  private SerializableString quoted(String text) {
    CharacterEscapes custom = delegate.getCharacterEscapes();
    int[] asciiCodes = custom != null ? custom.getEscapeCodesForAscii() : CharacterEscapes.standardAsciiEscapesForJSON();
    int highest = delegate.getHighestEscapedChar(); // 127 under ESCAPE_NON_ASCII, else 0
    StringBuilder out = new StringBuilder(text.length() + 16);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (highest > 0) {
          unicode(out, c);
          unicode(out, text.charAt(i + 1));
        } else {
          out.append(c).append(text.charAt(i + 1));
        }
        i++;
      } else if (Character.isSurrogate(c)) {
        unicode(out, c);
      } else if (c < asciiCodes.length) {
        ascii(out, c, asciiCodes[c], custom);
      } else if (highest > 0 && c > highest) {
        unicode(out, c);
      } else {
        SerializableString sequence = custom != null ? custom.getEscapeSequence(c) : null;
        if (sequence != null) {
          out.append(sequence.getValue());
        } else {
          out.append(c);
        }
      }
    }
    return new Quoted(text, out.toString().toCharArray());
  }

  /** An ASCII character by its escape code: 0 as it is, a character after a backslash, … */
  private static void ascii(StringBuilder out, char c, int code, @Nullable CharacterEscapes custom) {
    if (code == 0) {
      out.append(c);
    } else if (code == CharacterEscapes.ESCAPE_STANDARD) {
      unicode(out, c);
    } else if (code == CharacterEscapes.ESCAPE_CUSTOM && custom != null) {
      SerializableString sequence = custom.getEscapeSequence(c);
      out.append(sequence != null ? sequence.getValue() : String.valueOf(c));
    } else {
      out.append('\\').append((char) code);
    }
  }

  private static void unicode(StringBuilder out, char c) {
    out.append('\\').append('u')
        .append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF]).append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
  }

  /**
   * A string already quoted: the character generator writes {@link #asQuotedChars} as they are.
   * Every UTF-8 form is that of the quoted characters, which hold no lone surrogate any more
   * (only a character generator is given this, and it reads the characters).
   */
  private static final class Quoted implements SerializableString {
    private final String value;
    private final char[] quoted;

    Quoted(String value, char[] quoted) {
      this.value = value;
      this.quoted = quoted;
    }

    @Override
    public String getValue() {
      return value;
    }

    @Override
    public int charLength() {
      return value.length();
    }

    @Override
    public char[] asQuotedChars() {
      return quoted.clone();
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
      return copy(quoted, buffer, offset);
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
      return copy(value.toCharArray(), buffer, offset);
    }

    private static int copy(char[] from, char[] buffer, int offset) {
      if (offset + from.length > buffer.length) {
        return -1;
      }
      System.arraycopy(from, 0, buffer, offset, from.length);
      return from.length;
    }

    private byte[] utf8() {
      return new String(quoted).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] asQuotedUTF8() {
      return utf8();
    }

    @Override
    public byte[] asUnquotedUTF8() {
      return utf8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
      return copyUtf8(buffer, offset);
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
      return copyUtf8(buffer, offset);
    }

    private int copyUtf8(byte[] buffer, int offset) {
      byte[] bytes = utf8();
      if (offset + bytes.length > buffer.length) {
        return -1;
      }
      System.arraycopy(bytes, 0, buffer, offset, bytes.length);
      return bytes.length;
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
      return write(out);
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
      return write(out);
    }

    private int write(OutputStream out) throws IOException {
      byte[] bytes = utf8();
      out.write(bytes);
      return bytes.length;
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) {
      return put(buffer);
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
      return put(buffer);
    }

    private int put(ByteBuffer buffer) {
      byte[] bytes = utf8();
      if (bytes.length > buffer.remaining()) {
        return -1;
      }
      buffer.put(bytes);
      return bytes.length;
    }
  }
}

package org.jixiao.io.internal.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes to characters, choosing the charset when none is forced, and noting (lenient) or
 * rejecting (strict) bytes that are not text in that charset.
 *
 * <p>Detection handles the obvious cases only: a UTF-8 byte order mark means UTF-8; otherwise the
 * first {@value #SAMPLE} bytes are tried as UTF-8 and, if they are not valid UTF-8, GB18030 (a
 * superset of GBK and GB2312, what Chinese spreadsheets save as "ANSI") is used.
 */
public final class DecodingReader extends Reader {
  /** How many bytes detection looks at. */
  public static final int SAMPLE = 64 * 1024;

  /** Thrown in strict mode for bytes that are not text; carries the byte offset and line. */
  public static final class MalformedBytesException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long offset;
    private final long line;
    private final transient Charset charset;

    MalformedBytesException(long offset, long line, Charset charset) {
      this.offset = offset;
      this.line = line;
      this.charset = charset;
    }

    /** Zero-based byte offset of the first bad byte. */
    public long offset() {
      return offset;
    }

    /** The name of the charset the bytes are not text in. */
    public String charsetName() {
      return charset.name();
    }

    /** One-based line (counted in line feeds) of the first bad byte. */
    public long line() {
      return line;
    }

    @Override
    public String getMessage() {
      return "bytes that are not " + charset.name() + " text at byte offset " + offset;
    }
  }

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final boolean strict;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private long consumed;
  private boolean eof;
  private boolean flushed;
  private boolean pendingReplacement;
  private long malformed;
  private long firstMalformed = -1;
  private long firstMalformedLine = -1;
  /** Line feeds in the characters decoded before the current buffer. */
  private long lineFeeds;
  /** What the bytes are when they are not text (a PDF, a zip …), as a part; null for text. */
  private @Nullable Msg notText;
  /** The printable ASCII the bytes start with, quoted when they are not text. */
  private @Nullable String start;
  private long notTextLine;

  private DecodingReader(InputStream in, Charset charset, boolean strict) {
    this.in = in;
    this.charset = charset;
    this.strict = strict;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
    chars.flip();
  }

  /**
   * Opens a reader over the stream.
   *
   * @param forced the charset to use, or null to detect
   * @param strict whether bad bytes throw ({@link MalformedBytesException}) or become U+FFFD
   */
  public static DecodingReader open(InputStream in, @Nullable Charset forced, boolean strict)
      throws IOException {
    byte[] sample = new byte[SAMPLE];
    int length = 0;
    boolean end = false;
    while (length < sample.length) {
      int n = in.read(sample, length, sample.length - length);
      if (n < 0) {
        end = true;
        break;
      }
      length += n;
    }
    boolean bom =
        length >= 3
            && (sample[0] & 0xFF) == 0xEF
            && (sample[1] & 0xFF) == 0xBB
            && (sample[2] & 0xFF) == 0xBF;
    Charset utf16 = utf16(sample, length);
    boolean utf8 = utf16 == null && (bom || isUtf8(sample, length));
    Charset charset;
    if (forced != null) {
      charset = forced;
    } else if (utf16 != null) {
      charset = utf16; // Excel's "Unicode text" (.txt): tab-separated UTF-16 with its byte order mark
    } else if (utf8) {
      charset = StandardCharsets.UTF_8;
    } else {
      charset = Charset.forName("GB18030");
    }
    int skip = bom && charset.equals(StandardCharsets.UTF_8) ? 3 : utf16 != null && charset.equals(utf16) ? 2 : 0;
    InputStream head = new ByteArrayInputStream(sample, skip, length - skip);
    InputStream all = end ? head : new SequenceInputStream(head, in);
    DecodingReader reader = new DecodingReader(all, charset, strict);
    reader.consumed = skip;
    if (utf16 == null) {
      long[] line = new long[1];
      reader.notText = NotText.kindAndLine(sample, length, utf8, line);
      reader.notTextLine = line[0];
      reader.start = reader.notText == null ? null : printableStart(sample, length);
    }
    return reader;
  }

  /**
   * Stops a read of bytes that are not text, saying what they are (JX-I-0107): a PDF, a zip or an
   * old Office file, a web page, bytes with zeros. Read as text, they would only give "no header
   * row" or undecodable bytes.
   *
   * @param locale the language of the exception
   * @throws org.jixiao.io.JixiaoReadException when the bytes are not text
   */
  public void refuseNotText(java.util.Locale locale) {
    Msg kind = notText;
    if (kind != null) {
      throw TextRows.problem(Msg.of("JX-I-0107").part("kind", kind), notTextLine, 0, start, null, locale);
    }
  }

  /** The printable ASCII the bytes start with (at most 16 characters), or null when none. */
  private static @Nullable String printableStart(byte[] sample, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(length, 16) && sample[i] >= 0x20 && sample[i] < 0x7F; i++) {
      out.append((char) sample[i]);
    }
    return out.length() == 0 ? null : out.toString();
  }

  /** UTF-16LE or UTF-16BE when the bytes start with its byte order mark, else null. */
  private static @Nullable Charset utf16(byte[] head, int length) {
    if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static boolean isUtf8(byte[] sample, int length) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(length + 1);
    // Without end of input, a sequence cut by the end is not an error: the sample's end cuts
    // characters, and so does a truncated file, which is still UTF-8 (its cut character is then
    // reported as malformed, rather than the whole file being decoded as GB18030).
    return !utf8.decode(ByteBuffer.wrap(sample, 0, length), out, false).isError();
  }

  /** The charset in use. */
  public Charset charset() {
    return charset;
  }

  /** How many bad byte sequences were replaced (lenient mode). */
  public long malformedCount() {
    return malformed;
  }

  /** The byte offset of the first bad sequence, or -1. */
  public long firstMalformedOffset() {
    return firstMalformed;
  }

  /** The one-based line of the first bad sequence, or -1. */
  public long firstMalformedLine() {
    return firstMalformedLine;
  }

  private long lineAtPosition() {
    long feeds = lineFeeds;
    for (int i = 0; i < chars.position(); i++) {
      if (chars.get(i) == '\n') {
        feeds++;
      }
    }
    return feeds + 1;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  /** Decodes more characters into {@link #chars}; false at the end of input. */
  private boolean fill() throws IOException {
    // Lines are only needed to place the first bad byte (and every bad byte in strict mode).
    if (strict || firstMalformed < 0) {
      char[] decoded = chars.array();
      for (int i = 0, end = chars.limit(); i < end; i++) {
        if (decoded[i] == '\n') {
          lineFeeds++;
        }
      }
    }
    chars.clear();
    try {
      while (true) {
        if (pendingReplacement) {
          chars.put('\uFFFD');
          pendingReplacement = false;
        }
        if (flushed) {
          // The decoder is done; decoding again would be an IllegalStateException. This happens
          // when the last call ended with a replacement for bytes cut at the end of the input.
          break;
        }
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
          long offset = consumed + bytes.position();
          if (strict) {
            throw new MalformedBytesException(offset, lineAtPosition(), charset);
          }
          malformed++;
          if (firstMalformed < 0) {
            firstMalformed = offset;
            firstMalformedLine = lineAtPosition();
          }
          bytes.position(bytes.position() + result.length());
          if (chars.hasRemaining()) {
            chars.put('\uFFFD');
          } else {
            pendingReplacement = true;
            break;
          }
          continue;
        }
        if (result.isOverflow()) {
          break;
        }
        if (eof) {
          if (!flushed) {
            if (decoder.flush(chars).isOverflow()) {
              break;
            }
            flushed = true;
          }
          break;
        }
        if (chars.position() > 0) {
          break;
        }
        readMore();
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining() || !(eof && flushed) || pendingReplacement;
  }

  private void readMore() throws IOException {
    consumed += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

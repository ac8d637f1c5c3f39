package org.jixiao.io.internal.json;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes JSON text on to a writer with each lone surrogate written as its escape
 * (<code>&#92;uD800</code>), as Jackson's UTF-8 generator writes it; surrogate pairs and
 * everything else pass as they are. Jackson's character generator writes a lone surrogate raw,
 * which no UTF-8 writer can carry: an {@code OutputStreamWriter} silently makes it {@code ?}, a
 * {@code Files.newBufferedWriter} throws. Escaped, it reads back as the same character. Outside
 * strings JSON text is ASCII, so every surrogate met is inside a string, where the escape means
 * the same.
 */
public final class LoneSurrogateWriter extends Writer {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final Writer out;
  /** A high surrogate that ended the last write: whether it is half a pair, the next one says. */
  private char held;

  public LoneSurrogateWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] text, int offset, int length) throws IOException {
    int end = offset + length;
    int from = offset; // the start of what is not yet passed on
    int i = offset;
    if (held != 0 && length > 0) {
      char high = held;
      held = 0;
      if (Character.isLowSurrogate(text[offset])) {
        out.write(high);
        out.write(text[offset]);
        from = ++i;
      } else {
        escape(high);
      }
    }
    while (i < end) {
      // the common case, in a loop of its own so that it stays tight: no surrogate at all
      while (i < end && !Character.isSurrogate(text[i])) {
        i++;
      }
      if (i == end) {
        break;
      }
      char c = text[i];
      if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
        i += 2;
        continue;
      }
      out.write(text, from, i - from);
      if (Character.isHighSurrogate(c) && i + 1 == end) {
        held = c; // the generator's buffer may have split a pair
        return;
      }
      escape(c);
      from = ++i;
    }
    out.write(text, from, end - from);
  }

  private void escape(char c) throws IOException {
    char[] escaped = {'\\', 'u', HEX[c >> 12], HEX[c >> 8 & 0xF], HEX[c >> 4 & 0xF], HEX[c & 0xF]};
    out.write(escaped);
  }

  /** A high surrogate still held ends the text written so far: it is lone. */
  private void release() throws IOException {
    if (held != 0) {
      char high = held;
      held = 0;
      escape(high);
    }
  }

  @Override
  public void flush() throws IOException {
    // a generator flushes between values, never inside a string; a high surrogate held here is
    // lone, and escaping it keeps the text's meaning even were its low half to follow
    release();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    release();
    out.close();
  }
}

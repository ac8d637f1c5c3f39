package org.jixiao.io.internal.json;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines (LF or CRLF) with a bound on their length, so that one hostile line cannot take
 * unbounded memory. A byte order mark opening the text is dropped (before the first line is read,
 * so that a line it stood on alone is blank), and lines that are blank are skipped. A line too
 * long is refused, and the next call passes over the rest of it, without holding it, and goes on
 * at the line after it.
 */
public final class BoundedLineReader {
  private final Reader in;
  private final long maxLength;
  private final Locale locale;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private long line;
  private boolean eof;
  /** Whether the rest of a line refused as too long is still to be passed over. */
  private boolean skipping;
  /** Whether the text's first character, perhaps a byte order mark, has been looked at. */
  private boolean started;

  /** @param locale the language of the problem a line too long is */
  public BoundedLineReader(Reader in, long maxLength, Locale locale) {
    this.in = in;
    this.maxLength = maxLength;
    this.locale = locale;
  }

  /** The one-based number of the line last returned. */
  public long line() {
    return line;
  }

  /** The next non-blank line, or null at the end. */
  public @Nullable String next() throws IOException {
    if (!started) {
      started = true;
      if ((position < limit || fill()) && buffer[position] == '\uFEFF') {
        position++;
      }
    }
    if (skipping) {
      // else the rest of the refused line would be read as a line of its own: its tail could be
      // an item that was never one (...,"goal":"yyy"} {"name":"INJECTED"})
      skipRestOfLine();
    }
    while (true) {
      StringBuilder out = new StringBuilder();
      boolean any = false;
      while (true) {
        if (position == limit) {
          if (eof || !fill()) {
            break;
          }
        }
        any = true;
        char ch = buffer[position++];
        if (ch == '\n') {
          break;
        }
        // the '\r' of a CRLF is no part of the line: a line of exactly the limit may end with it
        if (out.length() >= maxLength && !(ch == '\r' && out.length() == maxLength)) {
          line++; // the refused line counts, so that the lines after it keep their numbers
          skipping = true;
          Msg msg = Msg.of("JX-I-0316").arg("limit", maxLength);
          throw JixiaoReadException.atLine(msg.code(), msg.render(locale), line, 0, null, locale);
        }
        out.append(ch);
      }
      if (!any) {
        return null;
      }
      line++;
      int end = out.length();
      if (end > 0 && out.charAt(end - 1) == '\r') {
        out.setLength(end - 1);
      }
      if (!out.toString().isBlank()) {
        return out.toString();
      }
    }
  }

  /** Passes over what is left of the current line, its '\n' included, holding none of it. */
  private void skipRestOfLine() throws IOException {
    while (true) {
      if (position == limit && (eof || !fill())) {
        break;
      }
      if (buffer[position++] == '\n') {
        break;
      }
    }
    skipping = false;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      eof = true;
      return false;
    }
    position = 0;
    limit = n;
    return true;
  }

  public void close() throws IOException {
    in.close();
  }
}

package org.jixiao.io.internal.table;

import java.io.IOException;
import java.io.Reader;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a quote that starts a cell as text when it does not open a quoted cell, before FastCSV
 * reads the text. Text extracted from PDFs and typed into tables quotes slogans with ASCII
 * quotes ({@code "双随机、一公开"抽查}, {@code "放管服"}); read RFC 4180 style, such a quote either
 * lost its quotes without a word (FastCSV drops them when text follows the closing quote) or,
 * left open, swallowed every cell up to the next quote in the file, rows and all.
 *
 * <p>A cell is a quoted cell only as a writer makes one: it starts with a quote, and the quote that
 * closes it stands before a separator, a line end or the end of the text. In TSV what it holds
 * must also have needed quoting (a tab, a line break or a doubled quote; or nothing, {@code ""};
 * or, first on its line, a {@code #} to start with, which FastCSV's writer quotes lest a reader
 * take the line for a comment): jixiao's writers, FastCSV's and spreadsheets' quote nothing else
 * in TSV, while CSV writers may quote every cell. Any other cell that starts with a quote is text up to the next separator or
 * line end, and is handed on quoted and escaped, so that FastCSV reads it exactly as printed. Each
 * such cell is recorded with its line (JX-I-0106).
 *
 * <p>Tokenising stays FastCSV's: this only decides, for a cell that starts with a quote, which of
 * the two the text means. It reads ahead no further than a cell may be long.
 */
public final class QuoteGuard extends Reader {
  /** A cell whose opening quote was kept as text: where it starts, and its text as printed. */
  public record Kept(long line, int column, String text) {}

  /** Thrown through the tokeniser in strict mode, where a quote kept as text is a problem. */
  public static final class StrayQuote extends IOException {
    private static final long serialVersionUID = 1L;

    /** Where, and the cell as printed. */
    public final transient Kept kept;

    StrayQuote(Kept kept) {
      super("a quote at the start of a cell does not open a quoted cell, line " + kept.line());
      this.kept = kept;
    }
  }

  /**
   * How many tabs on one line inside what looks like a quoted cell make it rows of a table, the
   * rows a quote left open swallowed up to a quote that ends some later cell: a disclosure table's
   * row has twenty and more, a cell's text a few at most.
   */
  private static final int ROW_TABS = 4;

  /** Stands for "no character yet": U+0000, which text does not hold before its first cell. */
  private static final char NOTHING = '\u0000';

  private final Reader in;
  private final char separator;
  private final int lookahead;
  private final boolean strict;
  private final List<Kept> kept = new ArrayList<>();
  /** Characters read from {@code in} and not yet handed on (a cell read ahead, or its rest). */
  private final StringBuilder pending = new StringBuilder();
  private int pendingAt;
  /** What the cell being read ahead shows (reused). */
  private final Shape shape = new Shape();
  /** A cell that starts with a quote, as read ahead (reused). */
  private final StringBuilder ahead = new StringBuilder();
  /** Characters ready to hand on. */
  private final StringBuilder out = new StringBuilder();
  private int outAt;
  /** The character last handed on; {@link #NOTHING} before the first. */
  private char previous = NOTHING;
  /** The highest of the characters that matter here: quote, separator, line ends. */
  private final char low;
  private long line = 1;
  private int column;
  private boolean ended;
  private char[] buf = new char[8192];
  private int bufPos;
  private int bufLen;

  /**
   * @param in the text
   * @param separator the cell separator, tab or comma
   * @param lookahead the most characters a quoted cell is read ahead (twice the longest cell
   *     allowed, whose quotes may all be doubled)
   * @param strict whether a quote kept as text stops the read ({@link StrayQuote})
   */
  public QuoteGuard(Reader in, char separator, int lookahead, boolean strict) {
    this.in = in;
    this.separator = separator;
    this.lookahead = lookahead;
    this.strict = strict;
    this.low = (char) Math.max(separator, '"');
  }

  /** The cells whose opening quote was kept as text, in order. */
  public List<Kept> kept() {
    return kept;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    // the buffer filled as far as it goes: FastCSV moves what it has not consumed at every read,
    // and a short read at every quoted cell cost a fifth of a table's read
    int total = 0;
    while (total < length) {
      int n = step(buffer, offset + total, length - total);
      if (n <= 0) {
        return total > 0 ? total : n;
      }
      total += n;
    }
    return total;
  }

  /** Hands on some text into {@code buffer}: how much, 0 when nothing could be read, -1 at the end. */
  private int step(char[] buffer, int offset, int length) throws IOException {
    while (true) {
      if (outAt < out.length()) {
        int n = Math.min(length, out.length() - outAt);
        out.getChars(outAt, outAt + n, buffer, offset);
        outAt += n;
        if (outAt == out.length()) {
          out.setLength(0);
          outAt = 0;
        }
        return n;
      }
      if (pendingAt < pending.length()) {
        slow(); // what was read ahead and put back goes through one character at a time
        continue;
      }
      if (bufPos == bufLen) {
        // the common case: read straight into the caller's buffer, and look there for a quote
        // that starts a cell; up to it the text is handed on as it is (no copy)
        if (ended) {
          return -1;
        }
        int n = in.read(buffer, offset, length);
        if (n <= 0) {
          ended = n < 0;
          return n;
        }
        int quote = scan(buffer, offset, offset + n, previous);
        if (quote < 0) {
          previous = buffer[offset + n - 1];
          return n;
        }
        // keep what follows the quote for later; hand on what precedes it
        if (buf.length < offset + n - quote) {
          buf = new char[offset + n - quote];
        }
        System.arraycopy(buffer, quote, buf, 0, offset + n - quote);
        bufPos = 0;
        bufLen = offset + n - quote;
        if (quote > offset) {
          previous = buffer[quote - 1];
          return quote - offset;
        }
      } else {
        int to = Math.min(bufLen, bufPos + length); // scanned once: all of it is handed on now
        int quote = scan(buf, bufPos, to, previous);
        int end = quote < 0 ? to : quote;
        if (end > bufPos) {
          int n = end - bufPos;
          System.arraycopy(buf, bufPos, buffer, offset, n);
          bufPos += n;
          previous = buffer[offset + n - 1];
          return n;
        }
      }
      bufPos++; // the quote
      quoted();
    }
  }

  /**
   * The index of the first quote that starts a cell in {@code text[from, to)}, or -1; counts the
   * lines and cells before it. {@code prev} is the character before {@code from}.
   */
  private int scan(char[] text, int from, int to, char prev) {
    int i = from;
    while (true) {
      while (i < to && text[i] > low) { // a loop of its own, kept small for the compiler
        i++;
      }
      if (i == to) {
        return -1;
      }
      char c = text[i];
      char p = i > from ? text[i - 1] : prev;
      if (c == '"' && startsCell(p)) {
        int end = writersCell(text, i, to, p);
        if (end < 0) {
          return i;
        }
        i = end; // a writer's quoted cell, whole in the buffer: handed on as it is
        continue;
      }
      count(c, p);
      i++;
    }
  }

  /**
   * Where a quoted cell as a writer makes it ends, when it starts at {@code at} and lies whole in
   * {@code text[at, to)} with the character after it; -1 when it does not (the slow way decides).
   * Counts its line breaks. {@code prev} is the character before it.
   */
  private int writersCell(char[] text, int at, int to, char prev) {
    Shape shape = this.shape.reset();
    int i = at + 1;
    if (i < to && commentMark(text[i], prev)) {
      shape.needed = true;
    }
    while (i < to) {
      char c = text[i];
      if (c == '"') {
        if (i + 1 >= to) {
          return -1;
        }
        char d = text[i + 1];
        if (d == '"') {
          shape.needed = true;
          i += 2;
          continue;
        }
        if (closes(d) && shape.writers(i == at + 1)) {
          lines(CharBuffer.wrap(text, at, i + 1 - at), prev);
          return i + 1;
        }
        return -1;
      }
      if (c <= low && shape.see(c)) {
        return -1;
      }
      i++;
    }
    return -1;
  }

  /**
   * Whether {@code first}, the first character inside a quoted cell after {@code prev}, is a
   * comment mark at the start of a line: writers quote such a cell (FastCSV's writer does).
   */
  private static boolean commentMark(char first, char prev) {
    return first == '#' && startsLine(prev);
  }

  /** Whether a character after {@code prev} starts a line. */
  private static boolean startsLine(char prev) {
    return prev == '\n' || prev == '\r' || prev == NOTHING;
  }

  /** Whether a quote before {@code d} (a character, or -1 for the end) closes a quoted cell. */
  private boolean closes(int d) {
    return d < 0 || d == separator || d == '\n' || d == '\r';
  }

  /** Counts the line breaks of a quoted cell handed on whole ({@code prev} the character before it). */
  private void lines(CharSequence cell, char prev) {
    char p = prev;
    for (int k = 0; k < cell.length(); k++) {
      char ch = cell.charAt(k);
      if (ch == '\r' || (ch == '\n' && p != '\r')) {
        line++;
      }
      p = ch;
    }
  }

  /** What the inside of a cell that starts with a quote shows, as it is read. */
  private final class Shape {
    /** Whether what it holds needed quoting (a separator, a line break or a doubled quote). */
    boolean needed;
    private boolean broken; // a line break in it
    private int tabs; // tabs on its line since the last line break
    /** Whether, in TSV, a line of it holds ROW_TABS tabs: whole rows, not one cell. */
    boolean rows;

    Shape reset() {
      needed = false;
      broken = false;
      tabs = 0;
      rows = false;
      return this;
    }

    /** Takes in a character of it other than a quote; whether it is rows now. */
    boolean see(char c) {
      if (c == '\n' || c == '\r') {
        needed = true;
        broken = true;
        tabs = 0;
      } else if (c == separator) {
        needed = true;
        rows |= c == '\t' && broken && ++tabs >= ROW_TABS;
      }
      return rows;
    }

    /**
     * Whether a cell closed properly is one a writer made: not rows, and in TSV holding what
     * needed quoting or nothing ({@code empty}); in CSV a writer may quote every cell.
     */
    boolean writers(boolean empty) {
      return !rows && (needed || empty || separator != '\t');
    }
  }


  /** Hands on one character of what was put back, or a cell that starts with a quote. */
  private void slow() throws IOException {
    int c = next();
    if (c == '"' && startsCell(previous)) {
      quoted();
    } else if (c >= 0) {
      plain((char) c);
    }
  }

  private boolean refill() throws IOException {
    if (ended) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    if (n < 0) {
      ended = true;
      return false;
    }
    bufPos = 0;
    bufLen = n;
    return true;
  }

  private void plain(char c) {
    out.append(c);
    count(c, previous);
    previous = c;
  }

  /** Whether a character after {@code prev} starts a cell. */
  private boolean startsCell(char prev) {
    return prev == separator || prev == '\n' || prev == '\r' || prev == NOTHING;
  }

  /** Keeps count of lines and cells, as the text goes past ({@code prev} the character before). */
  private void count(char c, char prev) {
    if (c == '\n') {
      if (prev != '\r') {
        line++;
      }
      column = 0;
    } else if (c == '\r') {
      line++;
      column = 0;
    } else if (c == separator) {
      column++;
    }
  }

  /** A cell that starts with a quote (read): a quoted cell, or text. */
  private void quoted() throws IOException {
    StringBuilder ahead = this.ahead;
    ahead.setLength(0);
    ahead.append('"');
    Shape shape = this.shape.reset();
    boolean lineStart = startsLine(previous);
    while (ahead.length() <= lookahead) {
      if (pendingAt == pending.length() && bufPos < bufLen) {
        // what lies in the buffer up to the next quote, taken in one piece: a quoted cell is
        // mostly text, and a writer's cells with line breaks are common (goals a line an item)
        int end = Math.min(bufLen, bufPos + lookahead + 1 - ahead.length());
        int j = bufPos;
        while (j < end) {
          char c = buf[j];
          if (c <= low) {
            if (c == '"') {
              break;
            }
            shape.see(c);
          }
          j++;
        }
        ahead.append(buf, bufPos, j - bufPos);
        bufPos = j;
        if (j == end) {
          continue; // the buffer is spent (or the look ahead is): go on with the next
        }
      }
      int c = next();
      if (c < 0) {
        break;
      }
      if (c == '"') {
        int d = next();
        if (d == '"') {
          ahead.append("\"\"");
          shape.needed = true;
          continue;
        }
        if (closes(d) && !shape.rows) {
          ahead.append('"');
          if (d >= 0) {
            unread((char) d);
          }
          if (lineStart && ahead.length() > 2 && ahead.charAt(1) == '#') {
            shape.needed = true; // "#…" first on its line: quoted lest it read as a comment
          }
          if (shape.writers(ahead.length() == 2)) {
            // a quoted cell: what it holds needed quoting, or it is empty (""), or in CSV, where
            // writers may quote every cell
            out.append(ahead);
            lines(ahead, previous); // its line breaks are lines, not its tabs cells
            previous = '"';
            return;
          }
          keep(ahead.toString(), ahead.length()); // "放管服" in TSV: no writer quotes it
          return;
        }
        ahead.append('"');
        if (d >= 0) {
          ahead.append((char) d);
        }
        break; // text after the closing quote, or rows inside: not a quoted cell
      }
      ahead.append((char) c);
      if (c <= low) {
        shape.see((char) c);
      }
    }
    // no quoted cell: the cell is the text up to the first separator or line end
    int end = 0;
    while (end < ahead.length() && !ends(ahead.charAt(end))) {
      end++;
    }
    if (end == ahead.length()) {
      // the cell goes on past what was read ahead (or the text ended): read it to its end
      int c;
      while ((c = next()) >= 0 && !ends((char) c)) {
        ahead.append((char) c);
      }
      if (c >= 0) {
        unread((char) c);
      }
      end = ahead.length();
    }
    unread(ahead, end);
    keep(ahead.substring(0, end), end);
  }

  private boolean ends(char c) {
    return c == separator || c == '\n' || c == '\r';
  }

  /** Hands on {@code text} (which starts with a quote) quoted and escaped, and records it. */
  private void keep(String text, int length) throws StrayQuote {
    Kept k = new Kept(line, column, text.substring(0, length));
    if (strict) {
      throw new StrayQuote(k);
    }
    kept.add(k);
    out.append('"');
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      out.append(c);
      if (c == '"') {
        out.append('"');
      }
    }
    out.append('"');
    previous = '"';
  }

  private int next() throws IOException {
    if (pendingAt < pending.length()) {
      int c = pending.charAt(pendingAt++);
      if (pendingAt == pending.length()) {
        pending.setLength(0);
        pendingAt = 0;
      }
      return c;
    }
    if (bufPos == bufLen && !refill()) {
      return -1;
    }
    return buf[bufPos++];
  }

  private void unread(char c) {
    pending.insert(pendingAt, c);
  }

  /** Puts back what was read ahead from {@code from} on, to be read again before anything new. */
  private void unread(CharSequence ahead, int from) {
    pending.insert(pendingAt, ahead, from, ahead.length());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}

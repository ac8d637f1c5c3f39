package org.jixiao.io.internal.table;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import org.jixiao.io.JixiaoReadException;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a text, tokenised by FastCSV as the reader's dialect and limits say, normalised
 * (a leading byte order mark dropped, formula neutralisation undone) and with FastCSV's and the
 * decoder's failures turned into {@link JixiaoReadException}s with their line.
 */
public final class TextRows implements java.io.Closeable {
  private final Reader source;
  private final RowHandler handler;
  private final QuoteGuard quotes;
  private final java.util.Iterator<RowHandler> iterator;
  private final boolean limitRows;
  private final int maxRows;
  private final boolean undoNeutralisation;
  private final Locale locale;
  private final int maxCellLength;
  private long line;
  private long rows;

  /**
   * The rows of {@code in}, read as a table reader with these settings reads them.
   *
   * @param in the text
   * @param limitRows whether more than {@code maxRows} rows fail (a stream reads any number)
   * @param separator the field separator: tab or comma
   * @param strict whether characters after a closing quote fail
   * @param maxCellLength the most characters a cell may have
   * @param maxRows the most rows, when limited
   * @param maxColumns the most cells a row may have
   * @param undoNeutralisation whether to undo the writer's formula neutralisation
   * @param locale the language of the exceptions
   */
  public TextRows(
      Reader in,
      boolean limitRows,
      char separator,
      boolean strict,
      int maxCellLength,
      int maxRows,
      int maxColumns,
      boolean undoNeutralisation,
      Locale locale) {
    this.source = in;
    this.limitRows = limitRows;
    this.maxRows = maxRows;
    this.undoNeutralisation = undoNeutralisation;
    this.locale = locale;
    this.maxCellLength = maxCellLength;
    this.handler =
        new RowHandler(
            maxColumns, maxCellLength, Math.min(Integer.MAX_VALUE - 16, 16L * maxCellLength));
    this.quotes = new QuoteGuard(in, separator, (int) Math.min(Integer.MAX_VALUE - 16, 2L * maxCellLength + 2), strict);
    CsvReader<RowHandler> csv =
        CsvReader.builder()
            .fieldSeparator(separator)
            .quoteCharacter('"')
            .commentStrategy(CommentStrategy.NONE)
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .allowExtraCharsAfterClosingQuote(!strict)
            .detectBomHeader(false)
            .maxBufferSize((int) Math.min(Integer.MAX_VALUE - 16, 32L * maxCellLength + 8192))
            .build(handler, quotes);
    this.iterator = csv.iterator();
  }

  /** Moves to the next row; false at the end of the text. */
  public boolean next() {
    try {
      if (!iterator.hasNext()) {
        return false;
      }
      RowHandler row = iterator.next();
      line = row.line();
      if (++rows > maxRows && limitRows) {
        throw problem(Msg.of("JX-I-0144").arg("limit", maxRows), line, 0, null, null);
      }
      int count = row.count();
      String[] cells = row.cells();
      if (rows == 1 && count > 0 && !cells[0].isEmpty() && cells[0].charAt(0) == '\uFEFF') {
        cells[0] = cells[0].substring(1);
      }
      if (undoNeutralisation) {
        for (int i = 0; i < count; i++) {
          cells[i] = Cells.unneutralise(cells[i]);
        }
      }
      return true;
    } catch (CsvParseException e) {
      Msg exceeded = handler.exceeded();
      if (exceeded == null && bufferExhausted(e)) {
        // FastCSV's buffer holds 32 cells' worth: a field it cannot hold is over the cell limit
        // long before the handler could see it, and FastCSV's English text would say so to nobody
        exceeded = Msg.of("JX-I-0108").arg("line", Math.max(handler.line(), line + 1)).arg("limit", maxCellLength);
      }
      throw problem(
          exceeded != null ? exceeded : Msg.of("JX-I-0128").arg("reason", messageOf(e)),
          Math.max(handler.line(), line + 1),
          0,
          null,
          e);
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof QuoteGuard.StrayQuote stray) {
        // no cause: the guard's exception is an internal type a user could not name; the message,
        // code, line and text say all it knew
        throw problem(Msg.of("JX-I-0106"), stray.kept.line(), stray.kept.column(), stray.kept.text(), null);
      }
      Optional<DecodingReader.MalformedBytesException> malformed = malformedCause(e);
      if (malformed.isPresent()) {
        DecodingReader.MalformedBytesException bad = malformed.get();
        throw problem(
            Msg.of("JX-I-0140")
                .arg("charset", bad.charsetName())
                .arg("offset", bad.offset()),
            bad.line(),
            0,
            null,
            null); // the decoder's exception is internal: its charset, offset and line are in the message
      }
      throw e;
    }
  }

  /** The cells whose opening quote was kept as text so far (lenient mode; see {@link QuoteGuard}). */
  public java.util.List<QuoteGuard.Kept> quotesKept() {
    return quotes.kept();
  }

  /** The cells of the current row; the array is reused for the next row. */
  public String[] cells() {
    return handler.cells();
  }

  /** The number of cells of the current row. */
  public int count() {
    return handler.count();
  }

  /** The line the current row starts on. */
  public long line() {
    return line;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }

  /** Something that reads and may fail with FastCSV's UncheckedIOException. */
  public interface Read<T> {
    /** The read. */
    T read();
  }

  /**
   * Runs a read, giving back the IOException that FastCSV wrapped as an UncheckedIOException: a
   * method that takes a stream declares IOException and throws it, not a wrapper.
   */
  public static <T> T unwrapped(Read<T> read) throws IOException {
    try {
      return read.read();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** An exception for a problem that stops a read, worded in the reader's language. */
  private JixiaoReadException problem(
      Msg msg, long line, int column, @Nullable String text, @Nullable Throwable cause) {
    return problem(msg, line, column, text, cause, locale);
  }

  /**
   * An exception for a problem that stops a read, worded in {@code locale}'s language.
   *
   * @param msg what the problem is
   * @param line the line it is on
   * @param column the column, 0 for none
   * @param text the cell's text, if any
   * @param cause what failed, if anything
   * @param locale the language
   * @return the exception, to throw
   */
  public static JixiaoReadException problem(
      Msg msg,
      long line,
      int column,
      @Nullable String text,
      @Nullable Throwable cause,
      Locale locale) {
    return JixiaoReadException.withCause(
        msg.code(), msg.render(locale), line, column, text, cause, locale);
  }

  /**
   * The most specific message in the cause chain: FastCSV wraps the one that names the limit
   * ("… is longer than 100000 characters, the limit of a cell") in a generic one.
   */
  /** Whether FastCSV failed because a field did not fit its buffer. */
  private static boolean bufferExhausted(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && message.contains("maximum buffer size")) {
        return true;
      }
    }
    return false;
  }

  private static String messageOf(Throwable e) {
    String message = null;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
    }
    return message != null ? message : e.getClass().getSimpleName();
  }

  private static Optional<DecodingReader.MalformedBytesException> malformedCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof DecodingReader.MalformedBytesException) {
        return Optional.of((DecodingReader.MalformedBytesException) t);
      }
    }
    return Optional.empty();
  }
}

package org.jixiao.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.internal.json.BoundedLineReader;
import org.jixiao.io.internal.json.JsonIn;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON Lines: one JSON document per line, blank lines skipped, a byte order mark opening the
 * text dropped. Items are read one at a time as the iterator or stream is consumed, so a stream of
 * any length is read in constant memory; a line longer than the document-length limit is rejected
 * before it is held. A bad line throws a {@link JixiaoReadException} naming its line number and
 * the JSON path within it; reading on after it goes on at the next line (the rest of a line too
 * long is passed over unread). I/O failures are thrown as {@link UncheckedIOException}. Closing
 * closes the source.
 *
 * @param <T> the type of item: {@link org.jixiao.core.project.Project} or {@link
 *     org.jixiao.core.evaluation.Evaluation}
 */
public final class JsonLinesReader<T> implements Iterator<T>, Closeable {
  /** Reads one item from a parser positioned on its first token. */
  @FunctionalInterface
  interface ItemReader<T> {
    T read(JsonIn in) throws IOException;
  }

  private final BoundedLineReader lines;
  private final JsonFactory factory;
  private final ItemReader<T> itemReader;
  private final int maxNumberScale;
  private final Locale locale;
  private @Nullable String pending;
  private boolean done;

  JsonLinesReader(
      BoundedLineReader lines,
      JsonFactory factory,
      int maxNumberScale,
      Locale locale,
      ItemReader<T> itemReader) {
    this.lines = lines;
    this.factory = factory;
    this.maxNumberScale = maxNumberScale;
    this.locale = locale;
    this.itemReader = itemReader;
  }

  @Override
  public boolean hasNext() {
    if (pending != null) {
      return true;
    }
    if (done) {
      return false;
    }
    try {
      String line = lines.next();
      if (line == null) {
        done = true;
        return false;
      }
      pending = line;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    String line = pending;
    pending = null;
    if (line == null) {
      throw new NoSuchElementException();
    }
    try (JsonParser parser = factory.createParser(line)) {
      JsonIn in = new JsonIn(parser, lines.line(), maxNumberScale, locale);
      try {
        in.next();
        T item = itemReader.read(in);
        if (parser.nextToken() != null) {
          throw in.error(Msg.of("JX-I-0315"), null);
        }
        return item;
      } catch (JsonProcessingException e) {
        throw in.wrap(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The remaining items as a sequential stream; closing the stream closes this reader. */
  public Stream<T> stream() {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                close();
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Override
  public void close() throws IOException {
    done = true;
    pending = null;
    lines.close();
  }
}

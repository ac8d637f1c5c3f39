package org.jixiao.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/**
 * Writes JSON Lines: one compact JSON document per line. Nothing but the current item is held,
 * so a stream of any length is written in constant memory. Closing closes the target.
 *
 * @param <T> the type of item: {@link org.jixiao.core.project.Project} or {@link
 *     org.jixiao.core.evaluation.Evaluation}
 */
public final class JsonLinesWriter<T> implements Closeable, Flushable {
  /** Writes one item as a JSON value. */
  @FunctionalInterface
  interface ItemWriter<T> {
    void write(JsonGenerator generator, T item) throws IOException;
  }

  private final JsonGenerator generator;
  private final ItemWriter<T> itemWriter;

  JsonLinesWriter(JsonGenerator generator, ItemWriter<T> itemWriter) {
    this.generator = generator;
    this.itemWriter = itemWriter;
    generator.setRootValueSeparator(null);
  }

  /**
   * Writes an item on a line of its own.
   *
   * @param item the item
   * @throws IOException when writing fails
   */
  public void write(T item) throws IOException {
    itemWriter.write(generator, item);
    generator.writeRaw('\n');
  }

  @Override
  public void flush() throws IOException {
    generator.flush();
  }

  @Override
  public void close() throws IOException {
    generator.close();
  }
}

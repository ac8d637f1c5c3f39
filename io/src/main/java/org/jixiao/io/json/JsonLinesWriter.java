package org.jixiao.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

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
  private final @Nullable JixiaoJson encodedBy; // whose encoded lines this writer takes; null: it takes none

  JsonLinesWriter(JsonGenerator generator, ItemWriter<T> itemWriter) {
    this(generator, itemWriter, null);
  }

  JsonLinesWriter(JsonGenerator generator, ItemWriter<T> itemWriter, @Nullable JixiaoJson encodedBy) {
    this.generator = generator;
    this.itemWriter = itemWriter;
    this.encodedBy = encodedBy;
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

  /**
   * Writes an evaluation serialised ahead (on another thread, say) by {@link
   * JixiaoJson#encodeLine} on a line of its own: the same bytes as {@link #write} of it.
   *
   * @param encoded the evaluation, encoded by the {@link JixiaoJson} that made this writer
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when this writer writes no evaluations, or another {@code
   *     JixiaoJson} encoded it, or encoded it as an entry of a document
   */
  public void writeEncoded(EncodedEvaluation encoded) throws IOException {
    if (encodedBy == null) {
      throw new IllegalArgumentException("this writer writes projects, not evaluations");
    }
    encoded.requireFor(EncodedEvaluation.Form.LINE, encodedBy);
    generator.writeRawValue(encoded.raw());
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

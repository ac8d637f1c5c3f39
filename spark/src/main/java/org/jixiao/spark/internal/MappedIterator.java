package org.jixiao.spark.internal;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Maps a partition's rows one at a time as Spark pulls them, so that a partition of any size is
 * evaluated in the memory of one project; a mapping to null drops the input (a blank line).
 */
final class MappedIterator<T, R> implements Iterator<R> {
  /** One input to one output, or null for none. */
  @FunctionalInterface
  interface Mapping<T, R> {
    @Nullable R map(T input);
  }

  private final Iterator<T> input;
  private final Mapping<T, R> mapping;
  private @Nullable R next;

  MappedIterator(Iterator<T> input, Mapping<T, R> mapping) {
    this.input = input;
    this.mapping = mapping;
  }

  @Override
  public boolean hasNext() {
    while (next == null && input.hasNext()) {
      next = mapping.map(input.next());
    }
    return next != null;
  }

  @Override
  public R next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    R r = next;
    next = null;
    if (r == null) {
      throw new NoSuchElementException();
    }
    return r;
  }
}

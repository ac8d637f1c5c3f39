package org.jixiao.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes a value from {@link Choices}. Generators are pure: the same choices give the same value,
 * so a seed reproduces a failure and a shrinking library can simplify one.
 *
 * @param <T> what it generates
 */
@FunctionalInterface
public interface Generator<T> {

  /** One value made from the choices. */
  T generate(Choices choices);

  /** A generator of {@code f} applied to this one's values. */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    return c -> f.apply(generate(c));
  }

  /** A generator that uses this one's value to choose the next generator. */
  default <R> Generator<R> flatMap(Function<? super T, Generator<? extends R>> f) {
    return c -> f.apply(generate(c)).generate(c);
  }

  /** Empty with the given probability in percent, else a value of this generator. */
  default Generator<Optional<T>> optional(int percentEmpty) {
    return c -> c.percent(percentEmpty) ? Optional.empty() : Optional.of(generate(c));
  }

  /** Lists of {@code min..max} values of this generator. */
  default Generator<List<T>> list(int min, int max) {
    return c -> {
      int size = c.between(min, max);
      List<T> out = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        out.add(generate(c));
      }
      return out;
    };
  }

  /** A generator that always gives {@code value}. */
  static <T> Generator<T> constant(T value) {
    return c -> value;
  }

  /** A generator that picks one of the values. */
  static <T> Generator<T> oneOf(List<T> values) {
    List<T> copy = List.copyOf(values);
    return c -> c.pick(copy);
  }
}

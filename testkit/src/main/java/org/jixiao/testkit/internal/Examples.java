package org.jixiao.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jixiao.testkit.Choices;
import org.jixiao.testkit.Generator;

/** How the rule contracts draw examples and run them on many threads. */
public final class Examples {
  private Examples() {}

  /** {@code count} values of {@code generator}, the i-th from {@link #seed(long, int) seed(seed, i)}. */
  public static <T> List<T> draw(Generator<T> generator, long seed, int count) {
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(generator.generate(Choices.seeded(seed(seed, i))));
    }
    return out;
  }

  /**
   * The seed of example {@code i} of a contract run from {@code seed}: the seed itself for the
   * first, a well-mixed function of both for the others. Not {@code seed + i}, which made the
   * run from seed s + 1 check the examples of seed s shifted by one. A failure names this seed;
   * a run started from it checks the failing example first.
   */
  public static long seed(long seed, int i) {
    return i == 0 ? seed : Seeds.of(seed, i);
  }

  /** The positions of {@code list}, 0 to its size - 1: for running a list on threads by index, seed included. */
  public static List<Integer> indexes(List<?> list) {
    return IntStream.range(0, list.size()).boxed().toList();
  }

  /**
   * Applies {@code f} to every input on {@code threads} threads at once, each thread over all
   * inputs, and returns each thread's results in input order.
   */
  public static <T, R> List<List<R>> onThreads(List<T> inputs, Function<T, R> f, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<R>>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(pool.submit(() -> inputs.stream().map(f).toList()));
      }
      List<List<R>> results = new ArrayList<>();
      for (Future<List<R>> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof AssertionError failure) {
        throw failure; // a contract's failure already names the part, the input and the seed
      }
      throw new AssertionError("a thread failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}

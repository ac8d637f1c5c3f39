package org.jixiao.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;

/**
 * The speed-up of two threads over one, in pairs: the 10 k varied pool evaluated through {@code
 * Evaluator.evaluateAll(stream, n)} with one thread and with two, alternately (1 2, 2 1, 1 2 …), so
 * that both see the machine of the same moment; the ratio of each pair's times, the median of the
 * second half of the pairs (the first half is warm-up), is the figure. Row 5 of the suite
 * measures the same thing in two JMH runs one after the other, whose ranges this machine's drift
 * widens. Run it unpinned, with the collector to compare ({@code -XX:+UseParallelGC} …).
 *
 * <p>With {@code plain}, the two threads are two plain threads of an executor, each evaluating
 * every other project with no ordering of results, against one loop on the main thread: what two
 * threads give without {@code evaluateAll}'s machinery.
 *
 * <p>With {@code same}, the two plain threads each evaluate the same half of the pool (every other
 * project) at once, against one thread evaluating that half alone; the speed-up is twice the one
 * thread's time over the two threads' time. The threads then read the same projects, whose
 * memory one thread has just brought into the shared cache: set against {@code plain}, it shows
 * what reading two different sets of projects at once costs.
 *
 * <p>Usage: {@code java -Xms2g -Xmx2g -cp bench/target/benchmarks.jar org.jixiao.bench.ThreadPairs
 * [PAIRS [plain|same]]}
 */
public final class ThreadPairs {
  private ThreadPairs() {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    String mode = args.length > 1 ? args[1] : "stream";
    if (!List.of("stream", "plain", "same").contains(mode)) {
      System.err.println("usage: ThreadPairs [PAIRS [plain|same]]");
      System.exit(2);
    }
    ExecutorService executor = Executors.newFixedThreadPool(2);
    List<Project> pool = BenchData.projects(EvaluateBench.POOL).collect(Collectors.toList());
    Evaluator evaluator = Evaluator.of(Profiles.get(Profiles.MOF_2020));
    List<Double> one = new ArrayList<>();
    List<Double> two = new ArrayList<>();
    List<Double> speedUps = new ArrayList<>();
    long sink = 0;
    for (int p = 0; p < pairs; p++) {
      double[] millis = new double[3];
      for (int k = 0; k < 2; k++) {
        int threads = (p % 2 == 0) == (k == 0) ? 1 : 2;
        long start = System.nanoTime();
        if (mode.equals("stream")) {
          sink += evaluator.evaluateAll(pool.stream(), threads).mapToLong(e -> e.findings().size()).sum();
        } else if (threads == 1) {
          // the whole pool, or (same) the half that each of two threads will evaluate
          sink += mode.equals("same") ? every(evaluator, pool, 0, 2) : every(evaluator, pool, 0, 1);
        } else {
          int second = mode.equals("same") ? 0 : 1;
          Future<Long> first = executor.submit(() -> every(evaluator, pool, 0, 2));
          Future<Long> other = executor.submit(() -> every(evaluator, pool, second, 2));
          sink += first.get() + other.get();
        }
        millis[threads] = (System.nanoTime() - start) / 1e6;
        if (mode.equals("same") && threads == 1) {
          millis[1] *= 2; // half the pool: twice it is what one thread takes for the two threads' work
        }
      }
      if (p >= pairs / 2) {
        one.add(millis[1]);
        two.add(millis[2]);
        speedUps.add(millis[1] / millis[2]);
      }
    }
    executor.shutdown();
    Collections.sort(one);
    Collections.sort(two);
    Collections.sort(speedUps);
    int mid = speedUps.size() / 2;
    System.out.printf(Locale.ROOT, "%d projects: one thread %.1f ms, two threads %.1f ms (medians of the last %d pairs)%n",
        pool.size(), one.get(mid), two.get(mid), speedUps.size());
    System.out.printf(Locale.ROOT, "speed-up of two threads, median of the pairs %.3f (range %.3f–%.3f); findings counted: %d%n",
        speedUps.get(mid), speedUps.get(0), speedUps.get(speedUps.size() - 1), sink);
  }

  /** Evaluates every {@code step}-th project from {@code first}: the findings counted. */
  private static long every(Evaluator evaluator, List<Project> pool, int first, int step) {
    long findings = 0;
    for (int i = first; i < pool.size(); i += step) {
      findings += evaluator.evaluate(pool.get(i)).findings().size();
    }
    return findings;
  }
}

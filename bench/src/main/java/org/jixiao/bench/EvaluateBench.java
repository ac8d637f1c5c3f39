package org.jixiao.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Budget: evaluation throughput stays flat (±20 % per project) from 10 k to 1 M projects.
 *
 * <p>What is measured: one operation streams {@code projects} projects through {@link
 * Evaluator#evaluateAll} under one profile, single-threaded, and sinks every {@link Evaluation}
 * into a {@link Blackhole}. The projects come from a pool of the first {@value #POOL} projects of
 * the synthetic data ({@link BenchData#projects}), held in memory (about 12 MB); project {@code
 * i} of the stream is pool project {@code i mod POOL}, so the 10 k stream is the pool once and
 * the 1 M stream is the pool 100 times — the same mix of indicator text, the same per-project
 * work, and at most one evaluation alive at a time. A per-project cost that grows with the
 * number of projects evaluated (accumulating state, a leak, growing GC cost) shows as a ratio
 * above 1; the cost of projects with new content is covered by the end-to-end run, which
 * evaluates 1 M distinct projects.
 *
 * <p>Single-shot: the score is the time of one whole pass. Before measuring, every fork warms up
 * the same way, untimed: it evaluates the pool at least {@value #MIN_WARMUP_PASSES} times and
 * goes on until the last three passes are within 10 % of each other (at most {@value
 * #MAX_WARMUP_PASSES} passes) — the JIT takes tens of thousands of evaluations to settle. The
 * warm-up runs the measured method itself, so the JIT sees the same code. Then the
 * 10 k case takes several single-shot samples and the 1 M case one (itself an average over a
 * million evaluations). Per-project cost = score / projects; projects per second per core =
 * projects / score (one thread).
 *
 * <p>{@link #flat} is what the suite runs: one fork per profile, so that both sizes see the same
 * JIT state and the same machine load. After the warm-up, its iterations stream {@value
 * #POOL} projects {@value #SMALL_BEFORE} times, then {@code projects} projects once, then {@value
 * #POOL} projects again until the iterations run out; the 1 M stream is bracketed by the small
 * ones. Its JMH score mixes sizes and means nothing: {@code BenchMain} reads the iterations one by
 * one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 0)
@Measurement(iterations = 10)
public class EvaluateBench {
  /** Distinct projects held in memory. */
  static final int POOL = 10_000;

  /** Fewest untimed passes over the pool before measuring. */
  static final int MIN_WARMUP_PASSES = 10;

  /** Most untimed passes over the pool before measuring. */
  static final int MAX_WARMUP_PASSES = 25;

  /** How many {@value #POOL}-project iterations of {@link #flat} come before the large one. */
  static final int SMALL_BEFORE = 5;

  @Param({"mof-2020", "sichuan-2023"})
  public String profile = Profiles.MOF_2020;

  @Param({"10000", "1000000"})
  public long projects;

  /**
   * {@code varied}: the bench data ({@link BenchData#projects}); {@code plain}: the testkit's text
   * before {@link VariedText}, where most cells repeat — to show what varied text costs.
   */
  @Param({"varied"})
  public String text = "varied";

  private List<Project> pool;
  private Evaluator evaluator;
  private int iteration;
  private long flatCount;

  @Setup
  @Initializer
  public void setUp(Blackhole bh) {
    pool =
        (text.equals("plain") ? BenchData.plainProjects(POOL) : BenchData.projects(POOL))
            .collect(Collectors.toUnmodifiableList());
    evaluator = Evaluator.of(Profiles.get(profile));
    List<Long> times = new ArrayList<>();
    for (int pass = 0; pass < MAX_WARMUP_PASSES; pass++) {
      long start = System.nanoTime();
      stream(POOL, bh);
      times.add(System.nanoTime() - start);
      if (times.size() >= MIN_WARMUP_PASSES && settled(times)) {
        break;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "warm-up: %d passes over %d projects; µs per project by pass: %s%n",
        times.size(),
        pool.size(),
        times.stream()
            .map(t -> String.format(Locale.ROOT, "%.1f", t / 1e3 / pool.size()))
            .collect(Collectors.joining(" ")));
  }

  private static boolean settled(List<Long> times) {
    List<Long> last = times.subList(times.size() - 3, times.size());
    return Collections.max(last) <= 1.10 * Collections.min(last);
  }

  /** Sets what the next iteration of {@link #flat} streams. */
  @Setup(Level.Iteration)
  public void nextIteration() {
    flatCount = iteration++ == SMALL_BEFORE ? projects : POOL;
  }

  /**
   * The suite's flatness run: {@value #POOL} projects per iteration, except the iteration after
   * the first {@value #SMALL_BEFORE}, which streams {@code projects}.
   */
  @Benchmark
  public void flat(Blackhole bh) {
    stream(flatCount, bh);
  }

  /** {@code projects} evaluations of a stream cycling through the pool. */
  @Benchmark
  public void evaluateAll(Blackhole bh) {
    stream(projects, bh);
  }

  /** The measured work, also run by the warm-up so that the JIT sees the same code. */
  private void stream(long count, Blackhole bh) {
    List<Project> p = pool;
    int size = p.size();
    Stream<Project> stream = LongStream.range(0, count).mapToObj(i -> p.get((int) (i % size)));
    evaluator.evaluateAll(stream).forEach(bh::consume);
  }
}

package org.jixiao.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Speed-up of {@link Evaluator#evaluateAll(Stream, int)} on several threads: one operation
 * evaluates the {@value EvaluateBench#POOL} bench projects (varied text) in order on {@code
 * threads} threads and sinks every evaluation. Run both values in one invocation and divide:
 * speed-up = time(threads=1) / time(threads=2). The figure only means something on an otherwise
 * idle machine with at least as many cores as threads (see the README for the load measured).
 *
 * <pre>{@code java -jar bench/target/benchmarks.jar jmh ParallelEvaluateBench}</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParallelEvaluateBench {
  @Param({"1", "2"})
  public int threads;

  @Param({"mof-2020"})
  public String profile = Profiles.MOF_2020;

  private List<Project> pool;
  private Evaluator evaluator;

  @Setup
  @Initializer
  public void setUp() {
    pool = BenchData.projects(EvaluateBench.POOL).collect(Collectors.toUnmodifiableList());
    evaluator = Evaluator.of(Profiles.get(profile));
  }

  /** The pool evaluated in order on {@code threads} threads. */
  @Benchmark
  public void evaluateAll(Blackhole bh) {
    try (Stream<Evaluation> s = evaluator.evaluateAll(pool.stream(), threads)) {
      s.forEach(bh::consume);
    }
  }
}

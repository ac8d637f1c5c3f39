package org.jixiao.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.project.Project;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.json.JsonLinesReader;
import org.jixiao.io.json.JsonLinesWriter;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget: a 1 M-project table streams through read → evaluate → write JSON Lines in a 256 MB
 * heap.
 *
 * <p>One cold pass in a JVM forked with {@code -Xmx256m}: read {@code projects-N.jsonl}
 * (written beforehand by {@link BenchData}, outside this JVM) with {@link
 * JixiaoJson#projectLines}, evaluate the stream with {@link Evaluator#evaluateAll} under
 * mof-2020, and write every evaluation with {@link JixiaoJson#evaluationLinesWriter} to {@code
 * e2e-evaluations.jsonl} in the data directory (UTF-8, deleted afterwards). The score is the wall
 * time of the pass, JIT warm-up included; {@link PeakHeapProfiler} reports the heap figures. The
 * pass fails unless exactly N evaluations were written.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class EndToEndBench {
  /** What the last pass in this JVM wrote, for {@link PeakHeapProfiler}. */
  static volatile long lastEvaluations = -1;

  static volatile long lastOutputBytes = -1;

  @Param({"1000000"})
  public int projects = BenchData.MILLION;

  @Param({"mof-2020"})
  public String profile = Profiles.MOF_2020;

  private Path input;
  private Path output;
  private Evaluator evaluator;

  @Setup
  @Initializer
  public void setUp() {
    input = BenchData.projectLines(projects);
    if (!Files.isRegularFile(input)) {
      throw new IllegalStateException(input + " is missing: run BenchMain (or `generate`) first");
    }
    output = BenchData.dir().resolve("e2e-evaluations.jsonl");
    evaluator = Evaluator.of(Profiles.get(profile));
  }

  /** Read, evaluate and write every project; returns the number of evaluations written. */
  @Benchmark
  public long readEvaluateWrite() throws IOException {
    JixiaoJson json = JixiaoJson.defaults();
    long written = 0;
    try (JsonLinesReader<Project> reader =
            json.projectLines(
                new BufferedReader(
                    new InputStreamReader(Files.newInputStream(input), StandardCharsets.UTF_8),
                    1 << 16));
        Stream<Evaluation> evaluations = evaluator.evaluateAll(reader.stream());
        JsonLinesWriter<Evaluation> writer =
            json.evaluationLinesWriter(
                new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8),
                    1 << 16))) {
      Iterator<Evaluation> it = evaluations.iterator();
      while (it.hasNext()) {
        writer.write(it.next());
        written++;
      }
      writer.flush();
    }
    if (written != projects) {
      throw new IllegalStateException("wrote " + written + " evaluations, expected " + projects);
    }
    lastEvaluations = written;
    lastOutputBytes = Files.size(output);
    return written;
  }

  @TearDown
  public void tearDown() throws IOException {
    Files.deleteIfExists(output);
  }
}

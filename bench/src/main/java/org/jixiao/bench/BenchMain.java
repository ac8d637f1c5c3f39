package org.jixiao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the benchmark suite and prints the ratios against the budgets of design.md.
 *
 * <pre>
 * java -jar bench/target/benchmarks.jar            the suite (about 20 minutes on an idle 2-core box)
 * java -jar bench/target/benchmarks.jar --smoke    the same harness on small sizes, 1 iteration
 *                                                  (checks the harness; its figures are not the budgets')
 * java -jar bench/target/benchmarks.jar generate   only write the synthetic data
 * java -jar bench/target/benchmarks.jar paired-read [N [PAIRS]]
 *                                                  FastCSV and jixiao reading in turn in one JVM
 * java -jar bench/target/benchmarks.jar jmh ARGS   JMH's own command line (e.g. -prof gc)
 * </pre>
 *
 * Each benchmark runs in its own forked JVM (JMH, one fork), its baseline immediately before
 * it, so that the ratio compares two runs taken seconds apart on the same data. The JMH log of
 * each run is kept under {@code target/jmh-logs}; the summary is printed and written to {@code
 * target/bench-results.md}.
 */
public final class BenchMain {
  private static final double TSV_BUDGET = 2.0;
  private static final double JSON_WRITE_BUDGET = 1.5;
  private static final double FLAT_TOLERANCE = 0.20;
  private static final double EVALUATION_BUDGET_US = 10.0;

  private final boolean smoke;
  private final Path logs;
  private final List<String> table = new ArrayList<>();
  private final List<String> raw = new ArrayList<>();
  private final List<String> e2eRows = new ArrayList<>();
  private int runs;
  private int failures;

  private BenchMain(boolean smoke, Path logs) {
    this.smoke = smoke;
    this.logs = logs;
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("jmh")) {
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals("paired-read")) {
      BenchData.ensure(System.out);
      PairedRead.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    if (args.length > 0 && args[0].equals("generate")) {
      BenchData.ensure(System.out);
      return;
    }
    boolean smoke = args.length > 0 && args[0].equals("--smoke");
    if (args.length > 0 && !smoke) {
      System.err.println("usage: benchmarks.jar [--smoke | generate | paired-read [PROJECTS [PAIRS]] | jmh JMH-ARGS]");
      System.exit(2);
    }
    Path target = BenchData.dir().getParent() != null ? BenchData.dir().getParent() : BenchData.dir();
    BenchMain main = new BenchMain(smoke, target.resolve("jmh-logs"));
    System.exit(main.suite(target) ? 0 : 1);
  }

  private boolean suite(Path target) throws IOException, RunnerException {
    long start = System.nanoTime();
    Files.createDirectories(logs);
    String machine = machine();
    System.out.println(machine);
    System.out.println("load average at start: " + loadAverage());
    BenchData.ensure(System.out);
    System.out.println("data: " + BenchData.dir());
    System.out.println("JMH logs: " + logs);
    System.out.println();

    header();
    readTsv();
    json();
    evaluate();
    endToEnd();
    ScaleRows scale = new ScaleRows(this);
    scale.parallel();
    scale.xlsx();
    try {
      scale.cli(smoke);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("| 7 | command line | – | – | – | – | FAIL (interrupted) |");
    }

    double minutes = (System.nanoTime() - start) / 60e9;
    StringBuilder out = new StringBuilder();
    out.append(smoke ? "## Smoke run (small sizes, 1 iteration: NOT the budget figures)\n\n" : "## Results\n\n");
    out.append("Run ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16))
        .append(String.format(Locale.ROOT, ", %.1f minutes", minutes))
        .append(", load average at end ").append(loadAverage()).append(".\n\n");
    out.append(machine).append("\n\n");
    table.forEach(line -> out.append(line).append('\n'));
    if (!e2eRows.isEmpty()) {
      out.append("\nEnd to end (4), measured inside the forked JVM:\n\n| | |\n|---|---|\n");
      e2eRows.forEach(line -> out.append(line).append('\n'));
    }
    out.append("\nRaw JMH scores (mean ± 99.9 % half-interval; n = samples):\n\n");
    out.append("| benchmark | score | n |\n|---|---:|---:|\n");
    raw.forEach(line -> out.append(line).append('\n'));
    out.append(failures == 0 ? "\nAll budgets hold.\n" : "\n" + failures + " budget(s) missed.\n");
    System.out.println();
    System.out.println(out);
    Path results = target.resolve(smoke ? "bench-results-smoke.md" : "bench-results.md");
    Files.writeString(results, out, StandardCharsets.UTF_8);
    System.out.println("written to " + results);
    return failures == 0;
  }

  // ---------------------------------------------------------------- the benchmarks

  private void header() {
    table.add("| # | what is compared | jixiao | baseline | ratio [99.9 % range] | budget | verdict |");
    table.add("|---|---|---:|---:|---:|---|---|");
  }

  /**
   * The TSV read runs its baseline and jixiao forks in turn, {@value #TSV_ROUNDS} times each: on a
   * shared machine the load changes from one minute to the next, and alternating puts such a
   * change on both sides instead of on one.
   */
  private static final int TSV_ROUNDS = 2;

  private void readTsv() throws RunnerException {
    for (int n : new int[] {BenchData.TEN_K, BenchData.HUNDRED_K}) {
      // A 100 k read takes about a second: longer iterations give each sample several reads.
      int seconds = n >= BenchData.HUNDRED_K ? 3 : 1;
      List<Result<?>> base = new ArrayList<>();
      List<Result<?>> ours = new ArrayList<>();
      for (int round = 0; round < (smoke ? 1 : TSV_ROUNDS); round++) {
        primary(run("ReadTsvBench.fastcsv", "projects=" + n, o -> tuned(o, 8, 1, 4, seconds)))
            .ifPresent(base::add);
        primary(run("ReadTsvBench.jixiao", "projects=" + n, o -> tuned(o, 8, 1, 4, seconds)))
            .ifPresent(ours::add);
      }
      roundsRow(
          "1",
          "read TSV, " + size(n) + " projects: TableReader → model vs FastCSV → String[]",
          ours,
          base,
          smoke ? 1 : TSV_ROUNDS,
          TSV_BUDGET);
    }
  }

  /**
   * A row for a comparison run in rounds: the ratio of the mean scores, with the ratio of each
   * round beside it (the spread between rounds is the honest error bar on a shared machine).
   */
  private void roundsRow(
      String number, String what, List<Result<?>> ours, List<Result<?>> base, int rounds, double budget) {
    String budgetText = "≤ " + fmt(budget) + "×";
    if (ours.size() != rounds || base.size() != rounds) {
      failures++;
      table.add("| " + number + " | " + what + " | – | – | – | " + budgetText + " | FAIL (a run failed; see the JMH log) |");
      return;
    }
    double o = ours.stream().mapToDouble(Result::getScore).average().orElseThrow();
    double b = base.stream().mapToDouble(Result::getScore).average().orElseThrow();
    double ratio = o / b;
    List<String> each = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      each.add(fmt(ours.get(r).getScore() / base.get(r).getScore()));
    }
    String unit = ours.get(0).getScoreUnit();
    boolean pass = ratio <= budget;
    if (!pass) {
      failures++;
    }
    table.add(
        "| " + number + " | " + what + " | " + String.format(Locale.ROOT, "%.1f %s", o, unit)
            + " | " + String.format(Locale.ROOT, "%.1f %s", b, unit) + " | " + fmt(ratio)
            + " [rounds: " + String.join(", ", each) + "] | " + budgetText + " | " + (pass ? "PASS" : "FAIL") + " |");
  }

  private void json() throws RunnerException {
    for (String doc : new String[] {"table", "evaluation"}) {
      Optional<Result<?>> base = primary(run("JsonBench.writeJackson", "document=" + doc, o -> tuned(o, 6, 1, 5, 1)));
      Optional<Result<?>> ours = primary(run("JsonBench.writeJixiao", "document=" + doc, o -> tuned(o, 6, 1, 5, 1)));
      ratioRow("3", "write JSON, " + doc + " document of 10 k projects vs jackson-databind maps", ours, base, JSON_WRITE_BUDGET, "≤ " + fmt(JSON_WRITE_BUDGET) + "×");
    }
    // Reading has no budget: the table document only (the evaluation document is available
    // through `jmh JsonBench.read -p document=evaluation`).
    for (String doc : new String[] {"table"}) {
      Optional<Result<?>> base = primary(run("JsonBench.readJackson", "document=" + doc, o -> tuned(o, 6, 1, 5, 1)));
      Optional<Result<?>> ours = primary(run("JsonBench.readJixiao", "document=" + doc, o -> tuned(o, 6, 1, 5, 1)));
      ratioRow("3", "read JSON, " + doc + " document of 10 k projects vs jackson-databind maps", ours, base, Double.NaN, "none (reported)");
    }
  }

  private void evaluate() throws RunnerException {
    long large = smoke ? BenchData.HUNDRED_K : BenchData.MILLION;
    int before = EvaluateBench.SMALL_BEFORE;
    int after = smoke ? 1 : EvaluateBench.SMALL_BEFORE;
    for (String profile : new String[] {"mof-2020", "sichuan-2023"}) {
      // One fork: small streams, the large stream, small streams again (see EvaluateBench.flat).
      Collection<RunResult> results =
          run(
              "EvaluateBench.flat",
              "profile=" + profile + ",projects=" + large,
              o -> o.measurementIterations(before + 1 + after));
      List<Double> ms = iterationScores(results);
      String what = "evaluate, " + profile + ": cost per project streaming " + size(large) + " (jixiao column) vs 10 k (baseline column)";
      if (ms.size() != before + 1 + after) {
        failures++;
        table.add("| 2 | " + what + " | – | – | – | ±20 % | FAIL (a run failed; see the JMH log) |");
        continue;
      }
      double perBigUs = ms.get(before) * 1000.0 / large;
      List<Double> small = new ArrayList<>(ms.subList(0, before));
      small.addAll(ms.subList(before + 1, ms.size()));
      double perSmallUs = perProjectUs(small);
      double perBeforeUs = perProjectUs(ms.subList(0, before));
      double perAfterUs = perProjectUs(ms.subList(before + 1, ms.size()));
      double ratio = perBigUs / perSmallUs;
      boolean pass = Math.abs(ratio - 1.0) <= FLAT_TOLERANCE;
      failures += pass ? 0 : 1;
      table.add(
          String.format(
              Locale.ROOT,
              "| 2 | %s | %.1f µs (%,.0f projects/s/core) | %.1f µs (%,.0f projects/s/core; %.1f before, %.1f after) | %.2f | 0.80–1.20 | %s |",
              what,
              perBigUs,
              1e6 / perBigUs,
              perSmallUs,
              1e6 / perSmallUs,
              perBeforeUs,
              perAfterUs,
              ratio,
              pass ? "PASS" : "FAIL"));
      boolean fast = perSmallUs <= EVALUATION_BUDGET_US;
      row(
          String.format(
              Locale.ROOT,
              "| 2 | evaluate, %s: cost per project on one core after warm-up (10 k passes above) | %.1f µs | – | – | ≤ %.0f µs | %s |",
              profile,
              perSmallUs,
              EVALUATION_BUDGET_US,
              fast ? "PASS" : "FAIL"),
          fast);
    }
  }

  /** Microseconds per project from the mean of pool-sized single-shot scores in milliseconds. */
  private static double perProjectUs(List<Double> poolMs) {
    return poolMs.stream().mapToDouble(Double::doubleValue).average().orElseThrow() * 1000.0 / EvaluateBench.POOL;
  }

  /** The primary score of each measurement iteration of the first benchmark run, in order. */
  private static List<Double> iterationScores(Collection<RunResult> results) {
    List<Double> scores = new ArrayList<>();
    Optional<RunResult> first = results.stream().findFirst();
    for (BenchmarkResult benchmark : first.map(RunResult::getBenchmarkResults).orElse(List.of())) {
      for (IterationResult iteration : benchmark.getIterationResults()) {
        scores.add(iteration.getPrimaryResult().getScore());
      }
    }
    return scores;
  }

  private void endToEnd() throws RunnerException {
    int n = smoke ? BenchData.HUNDRED_K : BenchData.MILLION;
    Collection<RunResult> results =
        run("EndToEndBench.readEvaluateWrite", "projects=" + n, o -> o.addProfiler(PeakHeapProfiler.class));
    String what = "end to end, " + size(n) + " projects: JSON Lines → evaluate (mof-2020) → JSON Lines, one cold pass, -Xmx256m";
    Optional<RunResult> r = results.stream().findFirst();
    if (r.isEmpty()) {
      failures++;
      table.add("| 4 | " + what + " | failed | – | – | completes with -Xmx256m | FAIL (see the JMH log) |");
      return;
    }
    double seconds = r.get().getPrimaryResult().getScore();
    double evaluations = secondary(r.get(), "e2e.evaluations");
    boolean pass = evaluations == n;
    failures += pass ? 0 : 1;
    table.add(
        String.format(
            Locale.ROOT,
            "| 4 | %s | %.1f s, peak heap %.0f MB | – | – | completes with -Xmx%.0fm | %s |",
            what,
            seconds,
            secondary(r.get(), "heap.sampled.max"),
            secondary(r.get(), "heap.limit"),
            pass ? "PASS" : "FAIL"));
    e2eRows.add("| wall time | " + String.format(Locale.ROOT, "%.1f s (%,.0f projects/s, JIT warm-up included)", seconds, n / seconds) + " |");
    e2eRows.add("| evaluations written | " + String.format(Locale.ROOT, "%,.0f (%,.0f MB of JSON Lines)", evaluations, secondary(r.get(), "e2e.output")) + " |");
    e2eRows.add("| heap limit (-Xmx) | " + String.format(Locale.ROOT, "%.0f MB", secondary(r.get(), "heap.limit")) + " |");
    e2eRows.add("| peak heap, sampled every 10 ms | " + String.format(Locale.ROOT, "%.1f MB", secondary(r.get(), "heap.sampled.max")) + " |");
    e2eRows.add("| sum of heap pools' peaks (upper bound) | " + String.format(Locale.ROOT, "%.1f MB", secondary(r.get(), "heap.poolPeaks.sum")) + " |");
    e2eRows.add("| largest heap occupancy right after a GC | " + String.format(Locale.ROOT, "%.1f MB", secondary(r.get(), "heap.live.max")) + " |");
    e2eRows.add("| GCs (time) | " + String.format(Locale.ROOT, "%.0f (%.0f ms)", secondary(r.get(), "gc.count"), secondary(r.get(), "gc.time")) + " |");
  }

  // ---------------------------------------------------------------- plumbing

  /** Adds a row of the results table, counting a failure when it did not pass. */
  void row(String line, boolean pass) {
    table.add(line);
    failures += pass ? 0 : 1;
  }

  /** Adds the row of a comparison that could not be made: a failure. */
  void fail(String line) {
    row(line, false);
  }

  /** Adds a line of the raw scores. */
  void raw(String line) {
    raw.add(line);
  }

  @FunctionalInterface
  interface Tweak {
    ChainedOptionsBuilder apply(ChainedOptionsBuilder options);
  }

  ChainedOptionsBuilder tuned(ChainedOptionsBuilder o, int wi, int w, int i, int r) {
    if (smoke) {
      return o.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(1).measurementTime(TimeValue.seconds(1));
    }
    return o.warmupIterations(wi).warmupTime(TimeValue.seconds(w)).measurementIterations(i).measurementTime(TimeValue.seconds(r));
  }

  /** Runs one benchmark method with params {@code a=x,b=y} in its own fork. */
  Collection<RunResult> run(String benchmark, String params, Tweak tweak) throws RunnerException {
    runs++;
    String log = String.format(Locale.ROOT, "%02d-%s-%s.log", runs, benchmark, params.replace(',', '-').replace('=', '_'));
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include("^org\\.jixiao\\.bench\\." + benchmark.replace(".", "\\.") + "$")
            .forks(1)
            .shouldFailOnError(false)
            .verbosity(VerboseMode.NORMAL)
            .output(logs.resolve(log).toString());
    for (String p : params.split(",")) {
      String[] kv = p.split("=", 2);
      options.param(kv[0], kv[1]);
    }
    options = tweak.apply(options);
    long start = System.nanoTime();
    System.out.printf(Locale.ROOT, "[%2d] %-34s %-36s ", runs, benchmark, params);
    System.out.flush();
    Collection<RunResult> results = new Runner(options.build()).run();
    double seconds = (System.nanoTime() - start) / 1e9;
    Optional<RunResult> first = results.stream().findFirst();
    if (first.isEmpty()) {
      System.out.printf(Locale.ROOT, "FAILED (%.0f s; see %s)%n", seconds, logs.resolve(log));
      raw.add("| " + benchmark + " " + params + " | failed | 0 |");
    } else {
      Result<?> p = first.get().getPrimaryResult();
      System.out.printf(Locale.ROOT, "%s  (%.0f s, load %s)%n", score(p), seconds, loadAverage());
      raw.add("| " + benchmark + " " + params + " | " + score(p) + " | " + p.getSampleCount() + " |");
    }
    return results;
  }

  static Optional<Result<?>> primary(Collection<RunResult> results) {
    return results.stream().findFirst().map(RunResult::getPrimaryResult);
  }

  private static double secondary(RunResult r, String label) {
    Result<?> result = r.getSecondaryResults().get(label);
    return result == null ? Double.NaN : result.getScore();
  }

  void ratioRow(
      String number, String what, Optional<Result<?>> ours, Optional<Result<?>> base, double budget, String budgetText) {
    if (ours.isEmpty() || base.isEmpty()) {
      failures++;
      table.add("| " + number + " | " + what + " | – | – | – | " + budgetText + " | FAIL (a run failed; see the JMH log) |");
      return;
    }
    double o = ours.get().getScore();
    double b = base.get().getScore();
    double ratio = o / b;
    double oe = ours.get().getScoreError();
    double be = base.get().getScoreError();
    double low = lowRatio(o, oe, b, be);
    double high = highRatio(o, oe, b, be);
    String range = Double.isNaN(low) ? "n/a" : fmt(low) + "–" + fmt(high);
    String verdict;
    if (Double.isNaN(budget)) {
      verdict = "–";
    } else if (ratio <= budget) {
      verdict = "PASS" + inconclusive(low, high, budget);
    } else {
      verdict = "FAIL" + inconclusive(low, high, budget);
      failures++;
    }
    table.add(
        "| " + number + " | " + what + " | " + score(ours.get()) + " | " + score(base.get()) + " | " + fmt(ratio) + " [" + range + "] | " + budgetText + " | " + verdict + " |");
  }

  /**
   * The smallest ratio {@code a / b} that scores {@code a ± ae} and {@code b ± be} allow; NaN when
   * an error is unknown or the range of {@code b} reaches 0.
   */
  static double lowRatio(double a, double ae, double b, double be) {
    return Double.isNaN(ae) || Double.isNaN(be) || b - be <= 0 ? Double.NaN : Math.max(0, a - ae) / (b + be);
  }

  /** The largest ratio {@code a / b} that the scores allow; NaN as for {@link #lowRatio}. */
  static double highRatio(double a, double ae, double b, double be) {
    return Double.isNaN(ae) || Double.isNaN(be) || b - be <= 0 ? Double.NaN : (a + ae) / (b - be);
  }

  /**
   * A note for a verdict whose 99.9 % range holds the budget: the point estimate decides PASS or
   * FAIL (and the exit code), but on this machine the same run could have landed on the other
   * side, which the reader should know. Empty when the range is clear of the budget or unknown.
   */
  static String inconclusive(double low, double high, double budget) {
    return !Double.isNaN(low) && !Double.isNaN(high) && low <= budget && budget <= high
        ? " (inconclusive: the range holds " + fmt(budget) + ")"
        : "";
  }

  static String score(Result<?> r) {
    double e = r.getScoreError();
    return Double.isNaN(e)
        ? String.format(Locale.ROOT, "%.1f %s", r.getScore(), r.getScoreUnit())
        : String.format(Locale.ROOT, "%.1f ± %.1f %s", r.getScore(), e, r.getScoreUnit());
  }

  static String fmt(double ratio) {
    return String.format(Locale.ROOT, "%.2f", ratio);
  }

  static String size(long n) {
    return n >= 1_000_000 ? (n / 1_000_000) + " M" : (n / 1_000) + " k";
  }

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static String machine() {
    String cpu = "unknown CPU";
    try {
      cpu =
          Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .findFirst()
              .orElse(cpu);
    } catch (IOException | RuntimeException e) {
      // not Linux: leave it unknown
    }
    long memory = 0;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean) {
      memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
    }
    return String.format(
        Locale.ROOT,
        "Machine: %d cores (%s), %.1f GiB RAM, %s %s (%s), %s %s.",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        memory / (1024.0 * 1024 * 1024),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"));
  }
}

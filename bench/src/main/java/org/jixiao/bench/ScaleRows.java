package org.jixiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The suite's rows for speed at scale (issue 17): the speed-up of two threads over one, reading
 * XLSX against POI, and the command line — {@code evaluate} against {@code convert} of the same
 * table, and a million projects through {@code evaluate} in a 256 MB heap.
 */
final class ScaleRows {
  static final double PARALLEL_BUDGET = 1.8;
  static final double XLSX_BUDGET = 1.5;
  static final double CLI_BUDGET = 2.0;

  /** Rounds of the CLI comparison: convert and evaluate alternate, so that a change of load falls on both. */
  static final int CLI_ROUNDS = 2;

  private final BenchMain main;

  ScaleRows(BenchMain main) {
    this.main = main;
  }

  /** {@link ParallelEvaluateBench}: the same 10 k projects on one thread, then on two. */
  void parallel() throws RunnerException {
    Optional<Result<?>> one = BenchMain.primary(main.run("ParallelEvaluateBench.evaluateAll", "threads=1", o -> main.tuned(o, 8, 2, 5, 2)));
    Optional<Result<?>> two = BenchMain.primary(main.run("ParallelEvaluateBench.evaluateAll", "threads=2", o -> main.tuned(o, 8, 2, 5, 2)));
    String what = "evaluate 10 k projects on 2 threads vs 1 (`evaluateAll(stream, n)`): speed-up, one over two";
    String budget = "≥ " + BenchMain.fmt(PARALLEL_BUDGET) + "×";
    if (one.isEmpty() || two.isEmpty()) {
      main.fail("| 5 | " + what + " | – | – | – | " + budget + " | FAIL (a run failed; see the JMH log) |");
      return;
    }
    double o = one.get().getScore();
    double t = two.get().getScore();
    double oe = one.get().getScoreError();
    double te = two.get().getScoreError();
    double speedUp = o / t;
    double low = BenchMain.lowRatio(o, oe, t, te);
    double high = BenchMain.highRatio(o, oe, t, te);
    boolean pass = speedUp >= PARALLEL_BUDGET;
    main.row(
        "| 5 | " + what + " | " + BenchMain.score(two.get()) + " (2 threads) | " + BenchMain.score(one.get()) + " (1 thread) | "
            + BenchMain.fmt(speedUp) + "×" + (Double.isNaN(low) ? "" : " [" + BenchMain.fmt(low) + "–" + BenchMain.fmt(high) + "]") + " | " + budget + " | "
            + (pass ? "PASS" : "FAIL") + BenchMain.inconclusive(low, high, PARALLEL_BUDGET) + " |",
        pass);
  }

  /** {@link ReadXlsxBench}: jixiao's table reader against POI's raw cell iteration. */
  void xlsx() throws RunnerException {
    Optional<Result<?>> base = BenchMain.primary(main.run("ReadXlsxBench.poi", "projects=10000", o -> main.tuned(o, 3, 1, 5, 1)));
    Optional<Result<?>> ours = BenchMain.primary(main.run("ReadXlsxBench.jixiao", "projects=10000", o -> main.tuned(o, 3, 1, 5, 1)));
    main.ratioRow("6", "read XLSX, 10 k projects: XlsxTableReader → model vs POI cell iteration", ours, base, XLSX_BUDGET, "≤ " + BenchMain.fmt(XLSX_BUDGET) + "×");
  }

  /**
   * The command line on the bench's TSV table: {@code convert --to json} and {@code evaluate
   * --format json} (full detail, then summary detail), in turn, output to {@code /dev/null}; then
   * {@code evaluate} of the million-project JSON Lines file to JSON Lines with {@code -Xmx256m},
   * and its {@code convert} to JSON Lines, reported beside it without a budget.
   */
  void cli(boolean smoke) throws IOException, InterruptedException {
    Path jar = CliRuns.jar();
    if (!Files.isRegularFile(jar)) {
      main.fail("| 7 | command line | – | – | – | – | FAIL (no " + jar + ": build examples, as bench/run.sh does) |");
      return;
    }
    int n = smoke ? BenchData.TEN_K : BenchData.HUNDRED_K;
    String table = BenchData.tsv(n).toString();
    List<CliRuns.Timed> convert = new ArrayList<>();
    List<CliRuns.Timed> full = new ArrayList<>();
    List<CliRuns.Timed> summary = new ArrayList<>();
    for (int round = 0; round < (smoke ? 1 : CLI_ROUNDS); round++) {
      convert.add(timed("convert", 2048, 20, "convert", table, "--to", "json", "--output", "/dev/null"));
      full.add(timed("evaluate full", 2048, 20, "evaluate", table, "--format", "json", "--output", "/dev/null"));
      summary.add(timed("evaluate summary", 2048, 20, "evaluate", table, "--format", "json", "--detail", "summary", "--output", "/dev/null"));
    }
    cliRow("7", "CLI `evaluate --format json` (full detail) vs `convert --to json`, " + BenchMain.size(n) + "-project TSV, all cores", full, convert);
    cliRow("7", "CLI `evaluate --format json --detail summary` vs `convert --to json`, same table", summary, convert);

    int large = smoke ? BenchData.HUNDRED_K : BenchData.MILLION;
    CliRuns.Timed big =
        timed("evaluate " + BenchMain.size(large), 256, 60, "evaluate", BenchData.projectLines(large).toString(), "--format", "jsonl", "--output", "/dev/null");
    String what = "CLI `evaluate --format jsonl` of " + BenchMain.size(large) + " projects (JSON Lines in), `-Xmx256m`, all cores";
    main.row(
        String.format(
            Locale.ROOT,
            "| 8 | %s | %s | – | – | completes with -Xmx256m | %s |",
            what,
            big.ok() ? String.format(Locale.ROOT, "%.1f s (%,.0f projects/s)", big.seconds(), large / big.seconds()) : "exit " + big.exit() + ": " + big.stderrTail(),
            big.ok() ? "PASS" : "FAIL"),
        big.ok());

    // the same file converted: the ratio where the JIT's warm-up is spread over ten times the
    // projects of row 7, so that what is left is the steady cost of evaluating and writing
    CliRuns.Timed bigConvert =
        timed("convert " + BenchMain.size(large), 256, 60, "convert", BenchData.projectLines(large).toString(), "--to", "jsonl", "--output", "/dev/null");
    String compared = "CLI `evaluate --format jsonl` vs `convert --to jsonl`, the same " + BenchMain.size(large) + " projects, `-Xmx256m` (the JIT's warm-up spread over ten times row 7's projects)";
    if (big.ok() && bigConvert.ok()) {
      main.row(
          String.format(
              Locale.ROOT,
              "| 8 | %s | %.1f s | %.1f s | %s | none (reported) | – |",
              compared, big.seconds(), bigConvert.seconds(), BenchMain.fmt(big.seconds() / bigConvert.seconds())),
          true);
    } else {
      main.fail("| 8 | " + compared + " | – | – | – | none (reported) | FAIL (a run failed) |");
    }
  }

  private void cliRow(String number, String what, List<CliRuns.Timed> ours, List<CliRuns.Timed> base) {
    String budget = "≤ " + BenchMain.fmt(CLI_BUDGET) + "×";
    if (!ours.stream().allMatch(CliRuns.Timed::ok) || !base.stream().allMatch(CliRuns.Timed::ok)) {
      main.fail("| " + number + " | " + what + " | – | – | – | " + budget + " | FAIL (a run failed) |");
      return;
    }
    double ratio = CliRuns.mean(ours) / CliRuns.mean(base);
    boolean pass = ratio <= CLI_BUDGET;
    main.row(
        "| " + number + " | " + what + " | " + CliRuns.seconds(ours) + " | " + CliRuns.seconds(base) + " | " + BenchMain.fmt(ratio)
            + " [rounds: " + rounds(ours, base) + "] | " + budget + " | " + (pass ? "PASS" : "FAIL") + " |",
        pass);
  }

  private static String rounds(List<CliRuns.Timed> ours, List<CliRuns.Timed> base) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(ours.size(), base.size()); i++) {
      out.add(BenchMain.fmt(ours.get(i).seconds() / base.get(i).seconds()));
    }
    return String.join(", ", out);
  }

  private CliRuns.Timed timed(String label, int heapMb, int timeoutMinutes, String... args) throws IOException, InterruptedException {
    System.out.printf(Locale.ROOT, "[cli] %-48s ", label + " " + Path.of(args[1]).getFileName());
    System.out.flush();
    CliRuns.Timed t = CliRuns.run(heapMb, timeoutMinutes, args);
    System.out.printf(Locale.ROOT, "%s (load %s)%n", t.ok() ? String.format(Locale.ROOT, "%.1f s", t.seconds()) : "FAILED exit " + t.exit() + ": " + t.stderrTail(), BenchMain.loadAverage());
    main.raw("| cli " + String.join(" ", args).replace(BenchData.dir().toString() + "/", "") + " | " + (t.ok() ? String.format(Locale.ROOT, "%.1f s", t.seconds()) : "failed") + " | 1 |");
    return t;
  }
}

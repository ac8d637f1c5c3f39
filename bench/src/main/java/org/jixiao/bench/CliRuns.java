package org.jixiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Times the command line as a user runs it: {@code java -jar jixiao-cli.jar …} in a process of
 * its own, JVM start and JIT warm-up included, its output sent to {@code /dev/null} (so that the
 * disk is not measured). The CLI's budgets compare two such runs on the same input.
 */
final class CliRuns {
  /** The CLI jar: the system property {@code jixiao.bench.cli}, else the one {@code bench/run.sh} builds. */
  static Path jar() {
    String configured = System.getProperty("jixiao.bench.cli");
    return Path.of(configured != null && !configured.isBlank() ? configured : "examples/target/jixiao-cli.jar").toAbsolutePath();
  }

  /** What one run took and whether it ended well. */
  record Timed(double seconds, int exit, String stderrTail) {
    boolean ok() {
      return exit == 0;
    }
  }

  private CliRuns() {}

  /**
   * Runs the CLI with {@code -Xmx} {@code heapMb} and the given arguments; waits at most {@code
   * timeoutMinutes}.
   */
  static Timed run(int heapMb, int timeoutMinutes, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + heapMb + "m");
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    Path err = Files.createTempFile("jixiao-cli-bench", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
      long start = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return new Timed(Double.NaN, -1, "timed out after " + timeoutMinutes + " minutes");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      String text = Files.readString(err);
      String tail = text.length() > 300 ? text.substring(text.length() - 300) : text;
      return new Timed(seconds, process.exitValue(), tail.strip());
    } finally {
      Files.deleteIfExists(err);
    }
  }

  static String seconds(List<Timed> runs) {
    List<String> out = new ArrayList<>();
    for (Timed t : runs) {
      out.add(String.format(Locale.ROOT, "%.1f", t.seconds()));
    }
    return String.join(", ", out) + " s";
  }

  static double mean(List<Timed> runs) {
    return runs.stream().mapToDouble(Timed::seconds).average().orElse(Double.NaN);
  }
}

package org.jixiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;

/**
 * Where a cold first pass goes: the 10 k varied projects of {@link BenchData#projects} evaluated
 * once in a fresh JVM, timed by stretches (the first project, then up to 10, 100, 1 000, 2 000,
 * 5 000 and 10 000), so that class loading, the interpreter and the compilers' catching up show
 * apart. Building the pool and the evaluator is timed on its own and not counted.
 *
 * <p>Beside the wall time it prints the CPU time the pass took on the thread that evaluates and,
 * on Linux, on the JIT compilers' and the collectors' threads: when they add up to the wall time
 * times the cores, the pass waited for a core as much as for its own work (§23 of
 * bench/README.md). It also counts the minor page faults of the pass, the evaluating thread's and
 * the process's: memory touched for the first time, which this project's 2-core virtual machine
 * makes costly (§31).
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.jixiao.bench.FirstPass [PROFILE]}
 */
public final class FirstPass {
  private FirstPass() {}

  /** A count of page faults, or "–" where {@code /proc} gave none. */
  private static String count(long before, long difference) {
    return before < 0 ? "–" : String.format(Locale.ROOT, "%,d", difference);
  }

  private static final int[] MARKS = {1, 10, 100, 1_000, 2_000, 5_000, 10_000};

  public static void main(String[] args) {
    String profile = args.length > 0 ? args[0] : Profiles.MOF_2020;
    long start = System.nanoTime();
    List<Project> pool = BenchData.projects(MARKS[MARKS.length - 1]).collect(Collectors.toList());
    long built = System.nanoTime();
    Evaluator evaluator = Evaluator.of(Profiles.get(profile));
    long made = System.nanoTime();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, Double> othersBefore = ThreadCpu.byKind();
    long cpuBefore = threads.getCurrentThreadCpuTime();
    long faultsBefore = ThreadCpu.minorFaults(true);
    long allFaultsBefore = ThreadCpu.minorFaults(false);
    long ready = System.nanoTime();
    List<String> stretches = new ArrayList<>();
    long sink = 0;
    int next = 0;
    long last = ready;
    for (int mark : MARKS) {
      for (; next < mark; next++) {
        sink += evaluator.evaluate(pool.get(next)).findings().size();
      }
      long now = System.nanoTime();
      stretches.add(String.format(Locale.ROOT, "..%d: %.0f ms", mark, (now - last) / 1e6));
      last = now;
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
    long faults = ThreadCpu.minorFaults(true) - faultsBefore;
    long allFaults = ThreadCpu.minorFaults(false) - allFaultsBefore;
    StringBuilder others = new StringBuilder();
    ThreadCpu.byKind().forEach((kind, seconds) ->
        others.append(String.format(Locale.ROOT, ", %s %.2f s", kind, seconds - othersBefore.getOrDefault(kind, 0.0))));
    System.out.printf(Locale.ROOT, "%s: pool %.0f ms, evaluator %.0f ms; first pass by stretches: %s; in all %.2f s (findings counted: %d); "
            + "CPU in the pass: evaluating %.2f s%s, on %d cores; minor page faults in the pass: evaluating thread %s, all threads %s%n",
        profile, (built - start) / 1e6, (made - built) / 1e6, String.join(", ", stretches), (last - ready) / 1e9, sink,
        cpu, others, Runtime.getRuntime().availableProcessors(), count(faultsBefore, faults), count(allFaultsBefore, allFaults));
  }
}

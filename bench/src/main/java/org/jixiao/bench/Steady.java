package org.jixiao.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;

/**
 * Evaluation cost per project pass by pass, in one JVM without JMH: the 10 k varied projects of
 * {@link BenchData#projects} evaluated {@code PASSES} times by one {@link Evaluator} on one thread,
 * printing the µs per project of every pass and the best, then the thread's CPU time per project
 * (median and best of the last half of the passes) and the bytes it allocated per project in the
 * last pass. The first pass is the cold one (what a first 10 k costs, JIT warm-up included); the
 * last ones approach the steady state. To compare two versions of the rules, put the other
 * version's classes first on the class path and run both at the same time, each pinned to a core
 * of its own ({@code taskset -c N java -XX:ActiveProcessorCount=1 …}): this machine's speed
 * drifts too much between runs for two runs one after the other to say much.
 *
 * <p>Usage: {@code java -Xmx1g -cp bench/target/benchmarks.jar org.jixiao.bench.Steady [PASSES
 * [PROFILE]]}
 */
public final class Steady {
  private Steady() {}

  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 25;
    String profile = args.length > 1 ? args[1] : Profiles.MOF_2020;
    List<Project> pool = BenchData.projects(EvaluateBench.POOL).collect(Collectors.toList());
    Evaluator evaluator = Evaluator.of(Profiles.get(profile));
    List<String> perPass = new ArrayList<>();
    double best = Double.MAX_VALUE;
    double first = 0;
    long sink = 0;
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long allocated = 0;
    List<Double> cpu = new ArrayList<>();
    for (int p = 0; p < passes; p++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long allocStart = threads.getCurrentThreadAllocatedBytes();
      for (Project project : pool) {
        sink += evaluator.evaluate(project).findings().size();
      }
      allocated = threads.getCurrentThreadAllocatedBytes() - allocStart;
      cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / pool.size());
      double us = (System.nanoTime() - start) / 1e3 / pool.size();
      best = Math.min(best, us);
      if (p == 0) {
        first = us;
      }
      perPass.add(String.format(Locale.ROOT, "%.1f", us));
    }
    System.out.printf(Locale.ROOT, "%s, %d projects: µs per project by pass: %s%n", profile, pool.size(), String.join(" ", perPass));
    System.out.printf(Locale.ROOT, "first pass %.2f s; best pass %.1f µs per project (findings counted: %d)%n",
        first * pool.size() / 1e6, best, sink);
    if (passes == 0) {
      return;
    }
    List<Double> lastCpu = new ArrayList<>(cpu.subList(passes / 2, passes));
    lastCpu.sort(null);
    System.out.printf(Locale.ROOT, "CPU µs per project, median of the last %d passes %.1f, best %.1f; allocated per project in the last pass %.1f KB%n",
        lastCpu.size(), lastCpu.get(lastCpu.size() / 2), lastCpu.get(0), allocated / 1e3 / pool.size());
  }
}

package org.jixiao.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;

/**
 * What an evaluation costs apart from reading its texts: each project of the 10 k varied pool is
 * evaluated, then evaluated again at once, when every whole cell's reading is still in the
 * evaluating thread's memo. The second costs what reads no text (traces, weights, checks,
 * findings, the engine) plus the memo's lookups; its ratio to the first bounds what a faster text
 * reader alone could save. Both run with the CPU's caches warm from the first, which flatters the
 * second a little. Without JMH, after {@code WARM} plain passes; pin it to one core
 * ({@code taskset -c 1 java -XX:ActiveProcessorCount=1 …}).
 *
 * <p>Usage: {@code java -Xmx2g -cp bench/target/benchmarks.jar org.jixiao.bench.RememberedText
 * [ROUNDS [WARM]]}
 */
public final class RememberedText {
  private RememberedText() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    List<Project> pool = BenchData.projects(EvaluateBench.POOL).collect(Collectors.toList());
    Evaluator evaluator = Evaluator.of(Profiles.get(Profiles.MOF_2020));
    long sink = 0;
    for (int p = 0; p < warm; p++) {
      for (Project project : pool) {
        sink += evaluator.evaluate(project).findings().size();
      }
    }
    for (int round = 0; round < rounds; round++) {
      long first = 0;
      long again = 0;
      for (Project project : pool) {
        long a = System.nanoTime();
        sink += evaluator.evaluate(project).findings().size();
        long b = System.nanoTime();
        sink += evaluator.evaluate(project).findings().size();
        long c = System.nanoTime();
        first += b - a;
        again += c - b;
      }
      System.out.printf(Locale.ROOT, "round %d: µs per project, first %.1f, again with its texts remembered %.1f, ratio %.2f%n",
          round, first / 1e3 / pool.size(), again / 1e3 / pool.size(), (double) again / first);
    }
    System.out.printf(Locale.ROOT, "(findings counted: %d)%n", sink);
  }
}

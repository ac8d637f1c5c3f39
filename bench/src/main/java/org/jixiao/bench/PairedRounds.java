package org.jixiao.bench;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;

/**
 * Two versions of jixiao in one JVM, compared round by round: each class path gets a class loader
 * of its own (its own copy of every jixiao class, compiled and profiled apart), and their rounds
 * of evaluating the 10 k varied pool alternate, A B, B A, A B …, so that both see the same machine
 * at the same moment. This machine's speed drifts by 20–50 % within minutes; side-by-side runs on
 * two cores ({@link Steady}) still see different cores, and two runs one after the other see
 * different minutes. The ratio of each pair of rounds cancels the drift that is slower than a
 * round (about a second); the median ratio of many pairs is the figure to quote.
 *
 * <p>Usage: {@code taskset -c 1 java -XX:ActiveProcessorCount=1 -Xmx3g -cp
 * bench/target/benchmarks.jar org.jixiao.bench.PairedRounds ROUNDS CLASSPATH_A CLASSPATH_B}, where
 * a class path holds a version's core and rules classes before a benchmarks.jar (which supplies
 * this class, the data and the libraries): for example {@code
 * old-benchmarks.jar:bench/target/benchmarks.jar} against {@code bench/target/benchmarks.jar}. The
 * first half of the rounds is warm-up; the second half is reported. Pin it to one core: with the
 * JIT compiler on another core, the same classes twice (A/A) gave 1.16 once; pinned, A/A gave
 * 0.99 and 1.02 over 60 rounds.
 */
public final class PairedRounds {
  private PairedRounds() {}

  /** One version's pool and evaluator, loaded through its own class loader. */
  public static final class Round {
    private final List<Project> pool = BenchData.projects(EvaluateBench.POOL).collect(Collectors.toList());
    private final Evaluator evaluator = Evaluator.of(Profiles.get(Profiles.MOF_2020));
    private long findings;

    /** Evaluates the pool once: µs per project (the findings are counted, so that nothing is optimised away). */
    public double run() {
      long start = System.nanoTime();
      for (Project project : pool) {
        findings += evaluator.evaluate(project).findings().size();
      }
      return (System.nanoTime() - start) / 1e3 / pool.size();
    }

    /** The findings the rounds counted: equal for two versions whose results are the same. */
    public long findings() {
      return findings;
    }
  }

  public static void main(String[] args) throws ReflectiveOperationException, MalformedURLException {
    if (args.length != 3) {
      System.err.println("usage: PairedRounds ROUNDS CLASSPATH_A CLASSPATH_B");
      System.exit(2);
    }
    int rounds = Integer.parseInt(args[0]);
    Object[] versions = new Object[2];
    Method[] run = new Method[2];
    Method[] findings = new Method[2];
    for (int v = 0; v < 2; v++) {
      ClassLoader loader = new URLClassLoader(urls(args[1 + v]), ClassLoader.getPlatformClassLoader());
      Class<?> round = loader.loadClass(Round.class.getName());
      versions[v] = round.getConstructor().newInstance();
      run[v] = round.getMethod("run");
      findings[v] = round.getMethod("findings");
    }
    List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>());
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 2; k++) {
        int v = r % 2 == 0 ? k : 1 - k; // A B, then B A: neither always goes first
        times.get(v).add(call(run[v], versions[v]));
      }
    }
    List<Double> ratios = new ArrayList<>();
    for (int r = rounds / 2; r < rounds; r++) {
      ratios.add(times.get(1).get(r) / times.get(0).get(r));
    }
    Collections.sort(ratios);
    for (int v = 0; v < 2; v++) {
      List<Double> last = new ArrayList<>(times.get(v).subList(rounds / 2, rounds));
      Collections.sort(last);
      System.out.printf(Locale.ROOT, "%s: µs per project, best %.1f, median %.1f (last %d rounds)%n",
          v == 0 ? "A" : "B", last.get(0), last.get(last.size() / 2), last.size());
    }
    System.out.printf(Locale.ROOT, "B/A, median of %d paired rounds: %.3f (range %.3f–%.3f)%n",
        ratios.size(), ratios.get(ratios.size() / 2), ratios.get(0), ratios.get(ratios.size() - 1));
    Object a = findings[0].invoke(versions[0]);
    Object b = findings[1].invoke(versions[1]);
    System.out.println(a.equals(b)
        ? "findings counted: " + a + " by each (the same work)"
        : "findings counted: A " + a + ", B " + b + " — the versions' results differ: the times compare different work");
  }

  private static double call(Method run, Object version) throws IllegalAccessException {
    try {
      return (Double) run.invoke(version);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("a round failed", e.getCause());
    }
  }

  private static URL[] urls(String classPath) throws MalformedURLException {
    List<URL> out = new ArrayList<>();
    for (String entry : classPath.split(java.util.regex.Pattern.quote(File.pathSeparator), -1)) {
      if (!entry.isEmpty()) { // "a.jar::b.jar" or a trailing separator: no entry
        out.add(new File(entry).toURI().toURL());
      }
    }
    return out.toArray(new URL[0]);
  }
}

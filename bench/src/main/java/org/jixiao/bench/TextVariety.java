package org.jixiao.bench;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;

/**
 * How varied the bench's indicator text is: of the filled target and actual cells of the first N
 * projects, how many are distinct. {@code java -cp benchmarks.jar org.jixiao.bench.TextVariety
 * [N]} prints it (the bench README quotes it).
 */
public final class TextVariety {
  private TextVariety() {}

  /** Counts of cells and distinct cells. */
  record Counts(long targets, long distinctTargets, long actuals, long distinctActuals) {
    double targetShare() {
      return targets == 0 ? 0 : (double) distinctTargets / targets;
    }

    double actualShare() {
      return actuals == 0 ? 0 : (double) distinctActuals / actuals;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "targets %,d, distinct %,d (%.1f %%); actuals %,d, distinct %,d (%.1f %%)",
          targets,
          distinctTargets,
          100 * targetShare(),
          actuals,
          distinctActuals,
          100 * actualShare());
    }
  }

  /** The counts over the first {@code n} projects of the bench data. */
  static Counts of(long n) {
    Set<String> targets = new HashSet<>();
    Set<String> actuals = new HashSet<>();
    long[] cells = new long[2];
    BenchData.projects(n)
        .forEach(
            (Project p) -> {
              for (Indicator i : p.indicators().indicators()) {
                i.target().filter(t -> !t.isBlank()).ifPresent(t -> {
                  cells[0]++;
                  targets.add(t);
                });
                i.actual().filter(a -> !a.isBlank()).ifPresent(a -> {
                  cells[1]++;
                  actuals.add(a);
                });
              }
            });
    return new Counts(cells[0], targets.size(), cells[1], actuals.size());
  }

  /** Prints the variety of the first N (default 10 000) projects. */
  public static void main(String[] args) {
    long n = args.length > 0 ? Long.parseLong(args[0]) : BenchData.TEN_K;
    System.out.println(n + " projects: " + of(n));
  }
}

package org.jixiao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.jixiao.io.table.TableReader;

/**
 * A quick check of the TSV read, outside JMH: in one JVM, FastCSV and jixiao read the same file
 * in turn many times, and the median of the per-pair time ratios is printed, with the bytes each
 * read allocates on its thread. Alternating within one JVM makes the ratio hold still on a loaded
 * machine, where separate forks do not; it is for comparing two builds of the reader, not for the
 * budget (the suite's JMH figures are).
 *
 * <pre>java -Xms2g -Xmx2g -jar bench/target/benchmarks.jar paired-read [projects [pairs]]</pre>
 */
final class PairedRead {
  private PairedRead() {}

  static void main(String[] args) throws IOException {
    int projects = args.length > 0 ? Integer.parseInt(args[0]) : BenchData.TEN_K;
    int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int warmUp = Math.max(10, 1_000_000 / projects);
    Path file = BenchData.tsv(projects);
    TableReader reader = TableReader.builder().build();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    double[] ratios = new double[pairs];
    double[] fastcsvBytes = new double[pairs];
    double[] jixiaoBytes = new double[pairs];
    int sink = 0;
    for (int i = -warmUp; i < pairs; i++) {
      long b0 = threads.getCurrentThreadAllocatedBytes();
      long t0 = System.nanoTime();
      sink += ReadTsvBench.tokenize(file).size();
      long t1 = System.nanoTime();
      long b1 = threads.getCurrentThreadAllocatedBytes();
      sink += reader.read(file).value().projects().size();
      long t2 = System.nanoTime();
      long b2 = threads.getCurrentThreadAllocatedBytes();
      if (i >= 0) {
        ratios[i] = (double) (t2 - t1) / (t1 - t0);
        fastcsvBytes[i] = b1 - b0;
        jixiaoBytes[i] = b2 - b1;
      }
    }
    Arrays.sort(ratios);
    System.out.printf(
        Locale.ROOT,
        "read TSV, %d projects, %d pairs after %d warm-up pairs: median ratio %.2f [quartiles %.2f–%.2f];"
            + " allocated per read: jixiao %.2f MB, FastCSV %.2f MB (%d)%n",
        projects,
        pairs,
        warmUp,
        ratios[pairs / 2],
        ratios[pairs / 4],
        ratios[3 * pairs / 4],
        median(jixiaoBytes) / 1e6,
        median(fastcsvBytes) / 1e6,
        sink % 10);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}

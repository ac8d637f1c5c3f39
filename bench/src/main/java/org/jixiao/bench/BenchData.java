package org.jixiao.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.json.JsonLinesWriter;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableWriter;
import org.jixiao.testkit.ModelGenerators;

/**
 * The synthetic data every benchmark runs on, generated deterministically from the testkit's
 * {@link ModelGenerators#realistic()} and {@link ModelGenerators#projects(long, long)} with a
 * fixed {@link #SEED}: project {@code i} of every file is the same project, so the 10 k data is a
 * prefix of the 100 k and 1 M data.
 *
 * <p>Files are written once under {@link #dir()} and reused while their {@code .done} marker
 * names the current {@link #VERSION}; each is written to a temporary name and renamed, so an
 * interrupted run never leaves a half file that a later run would trust.
 *
 * <ul>
 *   <li>{@code table-N.tsv}: a disclosure table of N projects (title lines, header, project
 *       rows, 合计 row) written by {@link TableWriter} as TSV; N = 10 k and 100 k. (There is no
 *       1 M TSV: {@code TableReader} builds the whole table in memory and caps a table at 1 M
 *       rows, so 1 M projects stream only as JSON Lines.)
 *   <li>{@code projects-N.jsonl}: the same projects as JSON Lines ({@link
 *       JixiaoJson#projectLinesWriter}), N = 10 k, 100 k and 1 M, written in constant memory.
 * </ul>
 */
public final class BenchData {
  /** The seed of every generated project. */
  public static final long SEED = 20_190_606L;

  /** Bump when the generator or the file layout changes, so stale files are regenerated. */
  static final String VERSION = "jixiao-bench-data/4 seed=" + SEED + " varied-text stated-weights reproducible";

  /** The table sizes. */
  public static final int TEN_K = 10_000;

  public static final int HUNDRED_K = 100_000;
  public static final int MILLION = 1_000_000;

  /** The title of generated tables; the year and unit lines are read back by TableReader. */
  private static final String TITLE = "2019年度深圳市龙岗区人力资源局部门预算项目绩效自评情况公开表";

  private BenchData() {}

  /**
   * The data directory: the system property {@code jixiao.bench.data} if set, else {@code data}
   * next to the jar (or classes directory) this class was loaded from — {@code
   * bench/target/data} for {@code bench/target/benchmarks.jar}.
   */
  public static Path dir() {
    String configured = System.getProperty("jixiao.bench.data");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    try {
      Path code =
          Path.of(BenchData.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .toAbsolutePath();
      Path parent = code.getParent();
      if (parent != null) {
        return parent.resolve("data");
      }
      return Path.of("bench-data").toAbsolutePath();
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("bench-data").toAbsolutePath();
    }
  }

  /** The TSV table of {@code n} projects. */
  public static Path tsv(int n) {
    return dir().resolve("table-" + n + ".tsv");
  }

  /** The JSON Lines file of {@code n} projects. */
  public static Path projectLines(int n) {
    return dir().resolve("projects-" + n + ".jsonl");
  }

  /**
   * The first {@code n} projects, generated (deterministic; constant memory), their indicator text
   * varied as real text is ({@link VariedText}): more than half of the target and actual cells of
   * 10 k projects are distinct ({@link TextVariety}). A sequential stream.
   */
  public static Stream<Project> projects(long n) {
    long[] index = {0};
    return plainProjects(n).sequential().map(p -> VariedText.vary(p, index[0]++));
  }

  /**
   * The first {@code n} projects as the testkit generates them, before {@link VariedText}: a few
   * dozen templates with small numbers, so most cells repeat. For comparison only.
   */
  public static Stream<Project> plainProjects(long n) {
    return ModelGenerators.realistic().projects(SEED, n);
  }

  /** A table of the first {@code n} projects, in 万元, with its 合计 row; held in memory. */
  public static PerformanceTable table(int n) {
    List<Project> projects = projects(n).collect(Collectors.toList());
    BigDecimal budget = BigDecimal.ZERO;
    BigDecimal actual = BigDecimal.ZERO;
    for (Project p : projects) {
      budget = budget.add(p.budget().orElse(BigDecimal.ZERO));
      actual = actual.add(p.actual().orElse(BigDecimal.ZERO));
    }
    return PerformanceTable.builder()
        .title(TITLE)
        .department("深圳市龙岗区人力资源局")
        .fiscalYear(2019)
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .projects(projects)
        .totals(
            TotalsRow.builder()
                .budget(budget)
                .actual(actual)
                .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, actual))
                .build())
        .build();
  }

  /**
   * Writes every file that is missing or stale; prints what it does to {@code log}.
   *
   * @return the data directory
   */
  public static Path ensure(Appendable log) {
    try {
      Files.createDirectories(dir());
      for (int n : new int[] {TEN_K, HUNDRED_K}) {
        Path file = tsv(n);
        if (!current(file)) {
          long start = System.nanoTime();
          PerformanceTable table = table(n);
          write(file, out -> TableWriter.builder().format(TableFormat.TSV).build().write(table, out));
          log.append(done(file, start));
        }
      }
      for (int n : new int[] {TEN_K, HUNDRED_K, MILLION}) {
        Path file = projectLines(n);
        if (!current(file)) {
          long start = System.nanoTime();
          write(
              file,
              out -> {
                JsonLinesWriter<Project> lines = JixiaoJson.defaults().projectLinesWriter(out);
                try (Stream<Project> projects = projects(n)) {
                  for (Project p : (Iterable<Project>) projects::iterator) {
                    lines.write(p);
                  }
                }
                lines.flush();
              });
          log.append(done(file, start));
        }
      }
      return dir();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FunctionalInterface
  private interface Body {
    void write(Writer out) throws IOException;
  }

  private static void write(Path file, Body body) throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
      body.write(out);
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Files.writeString(marker(file), VERSION, StandardCharsets.UTF_8);
  }

  private static boolean current(Path file) throws IOException {
    Path marker = marker(file);
    return Files.isRegularFile(file)
        && Files.isRegularFile(marker)
        && Files.readString(marker, StandardCharsets.UTF_8).equals(VERSION);
  }

  private static Path marker(Path file) {
    return file.resolveSibling(file.getFileName() + ".done");
  }

  private static String done(Path file, long start) throws IOException {
    return String.format(
        "generated %s (%,d bytes) in %.1f s%n",
        file.getFileName(), Files.size(file), (System.nanoTime() - start) / 1e9);
  }
}

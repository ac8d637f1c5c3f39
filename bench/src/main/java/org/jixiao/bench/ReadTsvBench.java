package org.jixiao.bench;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.StringArrayHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.table.TableReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Budget: reading a disclosure table costs at most 2× tokenizing it with FastCSV alone.
 *
 * <p>Both read the same UTF-8 file {@code table-N.tsv} (title lines, a three-row header, N
 * project rows, the 合计 row) from the page cache. {@link #jixiao} is {@code
 * TableReader.builder().build().read(path)}: charset detection, FastCSV tokenizing, header
 * resolution, number parsing and building the immutable {@link PerformanceTable}. {@link
 * #fastcsv} is FastCSV alone with the same dialect (tab, {@code "} quotes, empty lines skipped,
 * ragged rows allowed) turning every record into a {@code String[]} and keeping them all in a
 * list, as the table keeps its projects. Both run in a fixed 2 GB heap ({@code -Xms2g -Xmx2g}),
 * so that neither pays for growing the heap while it holds the whole table.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReadTsvBench {
  @Param({"10000", "100000"})
  public int projects;

  private Path file;
  private TableReader reader;

  @Setup
  @Initializer
  public void setUp() throws IOException {
    file = BenchData.tsv(projects);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file + " is missing: run BenchMain (or `generate`) first");
    }
    reader = TableReader.builder().build();
    ReadResult<PerformanceTable> check = reader.read(file);
    if (check.value().projects().size() != projects) {
      throw new IllegalStateException(
          "read " + check.value().projects().size() + " projects from " + file + ", expected " + projects);
    }
    if (!check.diagnostics().isEmpty()) {
      System.out.println(
          "note: " + check.diagnostics().size() + " read diagnostics, first: " + check.diagnostics().get(0));
    }
  }

  /** The table read into the model (lenient, the default). */
  @Benchmark
  public PerformanceTable jixiao() throws IOException {
    return reader.read(file).value();
  }

  /** Baseline: the same file tokenized by FastCSV into string arrays, all kept. */
  @Benchmark
  public List<String[]> fastcsv() throws IOException {
    return tokenize(file);
  }

  /** FastCSV alone, with the reader's dialect: every record as a {@code String[]}, all kept. */
  static List<String[]> tokenize(Path file) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (CsvReader<String[]> csv =
        CsvReader.builder()
            .fieldSeparator('\t')
            .quoteCharacter('"')
            .commentStrategy(CommentStrategy.NONE)
            .skipEmptyLines(true)
            .allowExtraFields(true)
            .allowMissingFields(true)
            .build(StringArrayHandler.of(), file, StandardCharsets.UTF_8)) {
      for (String[] row : csv) {
        rows.add(row);
      }
    }
    return rows;
  }
}

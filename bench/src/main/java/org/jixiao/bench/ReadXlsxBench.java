package org.jixiao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.xlsx.WorkbookLimits;
import org.jixiao.xlsx.XlsxTableReader;
import org.jixiao.xlsx.XlsxTableWriter;
import org.jixiao.xlsx.internal.SafeWorkbooks;
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
 * Budget: reading a disclosure table from XLSX costs at most 1.5× POI's own raw cell iteration of
 * the same file.
 *
 * <p>Both read the same bytes of {@code table-N.xlsx}: the bench's generated table ({@link
 * BenchData#table(int)}) written by {@link XlsxTableWriter} (merged header, numbers as numbers), N
 * = 10 k, written once next to the other bench data. {@link #jixiao} is {@code
 * XlsxTableReader.builder().build().read(bytes)}: the bounded open, every cell to the text a person
 * sees, merged regions, the table reader and the immutable {@link PerformanceTable}. {@link #poi}
 * opens the bytes the same way (jixiao's {@code SafeWorkbooks.open}: the counted inflation, then
 * POI's {@code WorkbookFactory}) and iterates every cell of every sheet, keeping each cell's raw
 * value (a {@code String}, a {@code Double}, a {@code Boolean}) in an array per row, all kept. The
 * file is read from memory, so neither pays for the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReadXlsxBench {
  @Param({"10000"})
  public int projects;

  private byte[] bytes;
  private XlsxTableReader reader;

  @Setup
  @Initializer
  public void setUp() throws IOException {
    Path file = BenchData.dir().resolve("table-" + projects + ".xlsx");
    if (!Files.isRegularFile(file)) {
      Files.createDirectories(file.getParent());
      Path partial = file.resolveSibling(file.getFileName() + ".partial");
      XlsxTableWriter.builder().build().write(BenchData.table(projects), partial);
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    bytes = Files.readAllBytes(file);
    reader = XlsxTableReader.builder().build();
    ReadResult<PerformanceTable> check = reader.read(bytes);
    if (check.value().projects().size() != projects) {
      throw new IllegalStateException(
          "read " + check.value().projects().size() + " projects from " + file + ", expected " + projects);
    }
    System.out.println(
        "note: " + file + " is " + bytes.length + " bytes; " + check.diagnostics().size() + " read diagnostics");
  }

  /** The table read into the model (lenient, the default). */
  @Benchmark
  public PerformanceTable jixiao() {
    return reader.read(bytes).value();
  }

  /** Baseline: the same bounded open, then every cell's raw value, all kept. */
  @Benchmark
  public List<Object[]> poi() throws IOException {
    List<Object[]> rows = new ArrayList<>();
    try (Workbook workbook = SafeWorkbooks.open(bytes, WorkbookLimits.DEFAULTS)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          Object[] values = new Object[Math.max(0, row.getLastCellNum())];
          for (Cell cell : row) {
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            values[cell.getColumnIndex()] =
                switch (type) {
                  case STRING -> cell.getStringCellValue();
                  case NUMERIC -> cell.getNumericCellValue();
                  case BOOLEAN -> cell.getBooleanCellValue();
                  default -> null;
                };
          }
          rows.add(values);
        }
      }
    }
    return rows;
  }
}

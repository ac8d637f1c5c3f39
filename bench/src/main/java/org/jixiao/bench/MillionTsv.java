package org.jixiao.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableWriter;

/**
 * Writes a disclosure table of one million generated projects as TSV (about 440 MB), for the
 * streaming run of {@code evaluate} in a 256 MB heap that bench/README.md shows.
 *
 * <p>{@link TableWriter} writes whole tables, so the file is written in ten chunks of 100 k
 * projects ({@link BenchData#projects}: the same projects, in order, as every other file). The
 * first chunk keeps its title lines; every chunk keeps its own header block, as a published
 * table repeats its header on every page; no chunk keeps its 合计 row or its closing notes (a
 * 合计 of one chunk would not be the table's). Writing needs a heap that holds one chunk (1 GB
 * is plenty); reading it back is what the 256 MB run checks.
 *
 * <p>Usage: {@code java -Xmx1g -cp bench/target/benchmarks.jar org.jixiao.bench.MillionTsv
 * FILE}
 */
public final class MillionTsv {
  private static final int CHUNK = 100_000;

  private MillionTsv() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: MillionTsv FILE");
      System.exit(2);
    }
    Path file = Path.of(args[0]).toAbsolutePath();
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    long start = System.nanoTime();
    TableWriter tsv = TableWriter.builder().format(TableFormat.TSV).build();
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
      for (int chunk = 0; chunk < BenchData.MILLION / CHUNK; chunk++) {
        List<Project> projects;
        try (Stream<Project> all = BenchData.projects(BenchData.MILLION)) {
          projects = all.skip((long) chunk * CHUNK).limit(CHUNK).collect(Collectors.toList());
        }
        PerformanceTable table =
            PerformanceTable.builder()
                .title("2019年度深圳市龙岗区人力资源局部门预算项目绩效自评情况公开表")
                .department("深圳市龙岗区人力资源局")
                .fiscalYear(2019)
                .moneyUnit(MoneyUnit.WAN_YUAN)
                .projects(projects)
                .build();
        String text = tsv.writeToString(table);
        int from = chunk == 0 ? 0 : text.indexOf("序号\t");
        int to = text.indexOf("\n合计\t");
        out.write(text, from, (to < 0 ? text.length() : to + 1) - from);
        System.err.printf("chunk %d of %d written%n", chunk + 1, BenchData.MILLION / CHUNK);
      }
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    System.err.printf(
        "%s: %d projects, %d MB in %d s%n",
        file,
        BenchData.MILLION,
        Files.size(file) >> 20,
        (System.nanoTime() - start) / 1_000_000_000L);
  }
}

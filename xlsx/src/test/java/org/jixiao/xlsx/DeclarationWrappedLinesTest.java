package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real declaration (清涧 2021 果园路, declarations/SOURCES.md) copied out of a PDF with a long
 * 三级指标 wrapped onto a line of its own: the end was an indicator with no 指标值, which review
 * would call unfilled. Joined, the declaration reads as printed; a line that opens a new item
 * (指标3…) is an indicator of its own.
 */
class DeclarationWrappedLinesTest {
  private static final String QINGJIAN = "mof-template_qingjian-guoyuanlu-2021.tsv";

  @TempDir Path dir;

  private static List<String> lines() throws Exception {
    return new ArrayList<>(Files.readAllLines(PublishedDeclarationsTest.file(QINGJIAN), StandardCharsets.UTF_8));
  }

  private ReadResult<PerformanceTable> read(List<String> lines) throws Exception {
    Path file = dir.resolve("declaration.tsv");
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return DeclarationReader.builder().build().read(file);
  }

  private static int indexOf(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line holds " + text);
  }

  private static List<Indicator> indicators(ReadResult<PerformanceTable> read) {
    return read.value().projects().get(0).indicators().indicators();
  }

  @Test
  void aNameWrappedOntoALineOfItsOwnReadsAsPrinted() throws Exception {
    List<String> lines = lines();
    ReadResult<PerformanceTable> printed = read(lines);
    int row = indexOf(lines, "项目(工程)验收合格率");
    String[] cells = lines.get(row).split("\t", -1);
    String[] rest = new String[cells.length];
    Arrays.fill(rest, "");
    rest[3] = cells[3].substring(6);
    cells[3] = cells[3].substring(0, 6);
    lines.set(row, String.join("\t", cells));
    lines.add(row + 1, String.join("\t", rest));

    ReadResult<PerformanceTable> read = read(lines);

    assertThat(indicators(read)).isEqualTo(indicators(printed));
    assertThat(read.diagnostics()).filteredOn(f -> f.code().equals("JX-X-0123")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("（“验收合格率”）"));
  }

  @Test
  void aLineThatOpensANewItemIsAnIndicatorOfItsOwn() throws Exception {
    List<String> lines = lines();
    ReadResult<PerformanceTable> printed = read(lines);
    lines.add(indexOf(lines, "项目(工程)验收合格率") + 1, "\t\t\t指标3:路面平整度达标\t");

    ReadResult<PerformanceTable> read = read(lines);

    assertThat(indicators(read)).hasSize(indicators(printed).size() + 1)
        .extracting(i -> i.name().orElse("")).contains("指标3:路面平整度达标", "项目(工程)验收合格率");
    assertThat(read.diagnostics()).extracting(Finding::code).doesNotContain("JX-X-0123");
  }
}

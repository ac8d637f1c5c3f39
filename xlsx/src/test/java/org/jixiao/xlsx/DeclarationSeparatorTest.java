package org.jixiao.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Declarations printed as text are split by the separator their content shows, as {@link
 * DocumentReader} splits any text: a CSV saved under {@code .txt}, tab text named {@code .csv}
 * (清涧 2021, declarations/SOURCES.md), with the same INFO first (JX-X-0119).
 */
class DeclarationSeparatorTest {
  private static final String QINGJIAN = "mof-template_qingjian-guoyuanlu-2021.tsv";

  private static String csv(String tsv) {
    StringBuilder out = new StringBuilder();
    for (String line : tsv.split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("\t", -1)) {
        cells.add("\"" + cell.replace("\"", "\"\"") + "\"");
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return out.toString();
  }

  @Test
  void aDeclarationSavedAsCsvUnderATxtNameOrTabsUnderACsvNameIsReadAsPrintedAndSaysSo(@TempDir Path dir) throws Exception {
    String tsv = Files.readString(PublishedDeclarationsTest.file(QINGJIAN), StandardCharsets.UTF_8);
    PerformanceTable named = PublishedDeclarationsTest.read(QINGJIAN).value();
    for (Path file : List.of(
        Files.writeString(dir.resolve("申报表.txt"), csv(tsv), StandardCharsets.UTF_8),
        Files.writeString(dir.resolve("申报表.csv"), tsv, StandardCharsets.UTF_8))) {
      ReadResult<PerformanceTable> read = DeclarationReader.builder().build().read(file);

      assertThat(read.value().projects()).as(file.toString()).isEqualTo(named.projects());
      Finding first = read.diagnostics().get(0);
      assertThat(first.code()).isEqualTo("JX-X-0119");
      assertThat(first.severity()).isEqualTo(Severity.INFO);
      assertThat(first.message()).contains(file.getFileName().toString());
    }
  }

  @Test
  void aTextWhoseNameShowsItsSeparatorIsReadWithoutSayingIt(@TempDir Path dir) throws Exception {
    String tsv = Files.readString(PublishedDeclarationsTest.file(QINGJIAN), StandardCharsets.UTF_8);
    for (Path file : List.of(
        Files.writeString(dir.resolve("申报表.txt"), tsv, StandardCharsets.UTF_8),
        Files.writeString(dir.resolve("申报表.csv"), csv(tsv), StandardCharsets.UTF_8))) {
      assertThat(DeclarationReader.builder().build().read(file).diagnostics()).extracting(Finding::code).doesNotContain("JX-X-0119");
    }
  }
}

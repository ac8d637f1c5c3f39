package org.jixiao.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.table.TableReader;
import org.jixiao.io.table.TableWriter;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of io/README.md, as code that runs. */
class ReadmeExampleTest {
  @Test
  void readTheSeedWriteJsonAndReadItBack(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("longgang-hr-2019.tsv"), Seed.bytes());

    TableReader reader = TableReader.builder().build();
    ReadResult<PerformanceTable> read = reader.read(file);
    PerformanceTable table = read.value();
    StringBuilder report = new StringBuilder();
    for (Finding d : read.diagnostics()) {
      report.append(d.rule()).append(' ').append(d.location().map(Location::describe).orElse(""));
      report.append('\n');
    }

    JixiaoJson json = JixiaoJson.builder().prettyPrint(true).build();
    String text = json.tableToJson(table);
    PerformanceTable back = json.readTable(text);

    String tsv = TableWriter.builder().build().writeToString(table);

    assertThat(table.projects()).hasSize(32);
    // 序号 3 does not fit its header; its text is realigned, and the diagnostic says how.
    assertThat(report.toString()).contains("read.realigned 序号 3, line 16, column 19");
    assertThat(text).startsWith("{\n  \"schema\" : \"jixiao.table/1\"");
    assertThat(back).isEqualTo(table);
    assertThat(reader.read(tsv).value()).isEqualTo(table);
  }
}

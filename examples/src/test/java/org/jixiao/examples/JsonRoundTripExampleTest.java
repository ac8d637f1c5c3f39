package org.jixiao.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.core.table.PerformanceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRoundTripExampleTest {

  @Test
  void theTableReadBackEqualsTheSample(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sample.json");
    StringWriter text = new StringWriter();
    PerformanceTable back = JsonRoundTripExample.run(file, new PrintWriter(text));

    assertThat(back).isEqualTo(Sample.read().value());
    assertThat(Files.readString(file)).contains("\"budget\" : 318.14").contains("调解业务工作");
    assertThat(text.toString()).contains("equal to the original: true");
  }
}

package org.jixiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.examples.cli.CliTest.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A streamed evaluation written to {@code --output} (as UTF-8 bytes, encoded once by the JSON
 * generator) is the same text as the one written to stdout (encoded by a writer), in every JSON
 * format, detail and schema, whatever the number of threads.
 */
class CliOutputTest {
  @Test
  void jsonWrittenToAFileIsTheJsonWrittenToStdout(@TempDir Path dir) throws Exception {
    String[][] variants = {
      {"--format", "json"},
      {"--format", "json", "--detail", "summary"},
      {"--format", "json", "--schema", "2"},
      {"--format", "jsonl"},
      {"--format", "jsonl", "--schema", "2", "--detail", "summary"},
    };
    Path sample = CliTest.sample(dir);
    for (String[] variant : variants) {
      CliTest.Run stdout = run(concat(new String[] {"evaluate", sample.toString(), "--threads", "1"}, variant));
      assertThat(stdout.code()).as(stdout.err()).isZero();
      for (String threads : new String[] {"1", "2"}) {
        Path file = dir.resolve("out-" + String.join("", variant).replace("-", "") + "-" + threads + ".json");
        CliTest.Run written =
            run(concat(new String[] {"evaluate", sample.toString(), "--threads", threads, "--output", file.toString()}, variant));
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(written.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(String.join(" ", variant) + " on " + threads).isEqualTo(stdout.out());
      }
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}

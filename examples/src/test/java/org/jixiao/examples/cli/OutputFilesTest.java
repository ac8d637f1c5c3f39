package org.jixiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OutputFiles} on its own: a write that fails below a PrintWriter keeps the old file. */
class OutputFilesTest {
  @Test
  void aWriteThatFailsUnderAPrintWriterIsNotPutInPlace(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("report.txt");
    Files.writeString(target, "last year's report", StandardCharsets.UTF_8);
    OutputFiles run = OutputFiles.begin();
    OutputStream out = OutputFiles.open(target, part -> new DiskFullAfter(Files.newOutputStream(part), 100));
    try (PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
      for (int i = 0; i < 1_000; i++) {
        w.println("第" + i + "行"); // PrintWriter swallows the failure: checkError() alone would tell
      }
    }

    assertThatThrownBy(() -> run.end(true)).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("last year's report");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aRunThatEndsWellPutsEveryFileInPlace(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a.txt");
    Path b = dir.resolve("b.txt");
    Files.writeString(b, "old", StandardCharsets.UTF_8);
    OutputFiles run = OutputFiles.begin();
    try (OutputStream out = OutputFiles.open(a)) {
      out.write("甲".getBytes(StandardCharsets.UTF_8));
    }
    OutputStream unclosed = OutputFiles.open(b); // the run's end closes what a command left open
    unclosed.write("乙".getBytes(StandardCharsets.UTF_8));
    assertThat(a).doesNotExist();
    assertThat(Files.readString(b, StandardCharsets.UTF_8)).isEqualTo("old");

    run.end(true);

    assertThat(Files.readString(a, StandardCharsets.UTF_8)).isEqualTo("甲");
    assertThat(Files.readString(b, StandardCharsets.UTF_8)).isEqualTo("乙");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(a, b);
    }
  }

  /** A file stream that fails as a full disk does once {@code limit} bytes are written. */
  private static final class DiskFullAfter extends OutputStream {
    private final OutputStream out;
    private int left;

    DiskFullAfter(OutputStream out, int limit) {
      this.out = out;
      this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > left) {
        throw new IOException("No space left on device");
      }
      left -= len;
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}

package org.jixiao.examples;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.json.JixiaoJson;

/**
 * Example 3: export a table to JSON and import it back.
 *
 * <p>JSON keeps everything the model holds — stray cells, metadata, exact decimals — so the
 * table read back equals the one written.
 */
public final class JsonRoundTripExample {
  private JsonRoundTripExample() {}

  public static void main(String[] args) throws IOException {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    Path file = Files.createTempFile("jixiao-sample", ".json");
    run(file, out);
    out.flush();
  }

  /** Writes the sample to {@code file} as JSON, reads it back and returns what was read. */
  public static PerformanceTable run(Path file, PrintWriter out) {
    PerformanceTable table = Sample.read().value();
    JixiaoJson json = JixiaoJson.builder().prettyPrint(true).build();
    try {
      // Write: decimals go out exactly as BigDecimal (318.14 stays 318.14, never a double).
      try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        json.writeTable(table, writer);
      }
      // Read: a malformed document would fail with JixiaoReadException naming the JSON path.
      PerformanceTable back = json.readTable(file);
      out.println("wrote " + Files.size(file) + " bytes to " + file + "; read back "
          + back.projects().size() + " projects; equal to the original: " + back.equals(table));
      return back;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

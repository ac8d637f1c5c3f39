package org.jixiao.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableReader;
import org.jixiao.io.table.TableStream;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.jspecify.annotations.Nullable;

/** Reads the table a command names (by its extension), or the bundled sample. */
final class Inputs {
  /** The bundled sample: the Longgang HR bureau's 2019 table, exactly as extracted from its PDF. */
  static final String SAMPLE = "/org/jixiao/examples/longgang-hr-2019.tsv";

  private Inputs() {}

  static ReadResult<PerformanceTable> read(@Nullable Path file, CommonOptions common) throws IOException {
    boolean strict = common.strict;
    CliText text = common.text();
    if (file == null) {
      try (InputStream in = Inputs.class.getResourceAsStream(SAMPLE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the jar");
        }
        return tableReader(TableFormat.TSV, strict).read(in);
      }
    }
    if (!Files.isRegularFile(file)) {
      throw text.error("JX-C-0101", "file", file);
    }
    return switch (extension(file)) {
      case "tsv", "txt" -> tableReader(TableFormat.TSV, strict).read(file);
      case "csv" -> tableReader(TableFormat.CSV, strict).read(file);
      case "json" -> Outputs.readTableJson(file);
      default -> throw text.error("JX-C-0102", "file", file);
    };
  }

  /**
   * The table a command names as a row-at-a-time stream, or null when the input is not a table
   * file (JSON is read whole). Without a file, the bundled sample.
   */
  static @Nullable TableStream stream(@Nullable Path file, CommonOptions common) throws IOException {
    boolean strict = common.strict;
    CliText text = common.text();
    if (file == null) {
      InputStream in = Inputs.class.getResourceAsStream(SAMPLE);
      if (in == null) {
        throw new IllegalStateException("the bundled sample " + SAMPLE + " is missing from the jar");
      }
      return tableReader(TableFormat.TSV, strict).stream(in);
    }
    if (!Files.isRegularFile(file)) {
      throw text.error("JX-C-0101", "file", file);
    }
    return switch (extension(file)) {
      case "tsv", "txt" -> tableReader(TableFormat.TSV, strict).stream(file);
      case "csv" -> tableReader(TableFormat.CSV, strict).stream(file);
      default -> null;
    };
  }

  private static TableReader tableReader(TableFormat format, boolean strict) {
    return TableReader.builder().format(format).strict(strict).build();
  }

  static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The evaluator of a profile id, or an input error listing the known ids. */
  static Evaluator evaluator(String profile, CliText text) {
    if (Profiles.find(profile).isEmpty()) {
      throw text.error("JX-C-0103", "profile", profile, "known", String.join(", ", Profiles.ids()));
    }
    // No ServiceLoader here: the examples jar carries example 2's parts, which are not policy.
    return Evaluator.builder().profile(profile).locale(text.locale()).build();
  }
}

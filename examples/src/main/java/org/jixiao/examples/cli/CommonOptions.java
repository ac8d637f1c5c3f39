package org.jixiao.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
  @Option(names = "--strict", description = "Fail on the first structural problem in the input instead of reading leniently.")
  boolean strict;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;

  @Option(names = "--lang", defaultValue = "zh", description = "zh or en: the language of findings, reasons and the report (default: ${DEFAULT-VALUE}).")
  String lang = "zh";

  @Option(names = "--output", description = "Write the result to this file instead of standard output (required for binary formats).")
  @Nullable Path output;

  /** The texts of the chosen language; an input error for an unknown one. */
  CliText text() {
    return CliText.of(lang);
  }

  /**
   * Where text output goes: the --output file (UTF-8, created or replaced when the command
   * succeeds: {@link OutputFiles}) or {@code stdout}.
   * Closing the writer closes the file and only flushes {@code stdout}.
   */
  PrintWriter textOut(PrintWriter stdout) throws IOException {
    Path file = output;
    if (file == null) {
      return new PrintWriter(stdout) {
        @Override
        public void close() {
          flush();
        }
      };
    }
    return new PrintWriter(new OutputStreamWriter(OutputFiles.open(file), StandardCharsets.UTF_8));
  }

  /**
   * Where UTF-8 bytes of a text format go, when the command can write bytes: the --output file
   * (buffered), or the process's stdout; null when {@code stdout} is another writer (a test, an
   * embedding program), which then gets the text. Closing the stream closes the file and only
   * flushes stdout.
   */
  @Nullable OutputStream textBytesOut(PrintWriter stdout) throws IOException {
    Path file = output;
    if (file != null) {
      return new java.io.BufferedOutputStream(OutputFiles.open(file), 1 << 16);
    }
    return stdout instanceof Terminal.Utf8 process ? new java.io.BufferedOutputStream(process.bytes(), 1 << 16) : null;
  }

  /** Where binary output goes: the --output file; an input error when there is none. */
  OutputStream binaryOut(String format) throws IOException {
    Path file = output;
    if (file == null) {
      throw text().error("JX-C-0105", "format", format);
    }
    return OutputFiles.open(file);
  }
}

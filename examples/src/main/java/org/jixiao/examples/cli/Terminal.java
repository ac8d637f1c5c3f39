package org.jixiao.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Console facts: UTF-8 writers whatever the platform charset, and whether we talk to a person. */
final class Terminal {
  private Terminal() {}

  /** A UTF-8 writer over a stream, so Chinese text survives a C or POSIX locale. */
  static PrintWriter utf8(PrintStream stream) {
    return new Utf8(stream);
  }

  /**
   * The UTF-8 writer of a process stream, which can also hand out the stream itself: a command
   * that writes much UTF-8 (JSON) writes the bytes straight to it instead of encoding text.
   */
  static final class Utf8 extends PrintWriter {
    private final PrintStream stream;

    Utf8(PrintStream stream) {
      super(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
      this.stream = stream;
    }

    /** The stream, after what was written as text so far; closing it only flushes it. */
    java.io.OutputStream bytes() {
      flush();
      return new java.io.FilterOutputStream(stream) {
        @Override
        public void write(byte[] b, int off, int len) {
          stream.write(b, off, len); // FilterOutputStream would write byte by byte
        }

        @Override
        public void close() {
          stream.flush();
        }
      };
    }
  }

  /**
   * Whether a person is probably watching: Java sees a console (stdin and stdout are a
   * terminal) and TERM is not "dumb". Java cannot ask about stderr alone, so progress shown on
   * stderr follows the console.
   */
  static boolean interactive() {
    String term = System.getenv("TERM");
    return System.console() != null && term != null && !term.equals("dumb");
  }
}

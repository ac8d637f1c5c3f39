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
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
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

package org.jixiao.examples.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
  @Option(names = "--strict", description = "Fail on the first structural problem in the input instead of reading leniently.")
  boolean strict;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;
}

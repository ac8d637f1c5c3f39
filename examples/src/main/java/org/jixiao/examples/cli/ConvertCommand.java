package org.jixiao.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convert FILE --to json|tsv|csv}: format conversion without scoring. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "Convert a table between JSON, TSV and CSV without scoring it; the result goes to stdout or to --output.")
final class ConvertCommand implements Callable<Integer> {
  /** Target formats. */
  enum Target {
    json,
    tsv,
    csv
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "The table to convert (.tsv .txt .csv .json).")
  Path file = Path.of("");

  @Option(names = "--to", required = true, description = "json, tsv or csv.")
  Target to = Target.json;

  @Mixin CommonOptions common = new CommonOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ReadResult<PerformanceTable> read = Inputs.read(file, common);
    PerformanceTable table = read.value();
    if (!read.diagnostics().isEmpty()) {
      // The data is converted as read; say that the reader had remarks, without cluttering stdout.
      PrintWriter err = spec.commandLine().getErr();
      err.println("jixiao: JX-C-0201 " + common.text().get("JX-C-0201", "count", read.diagnostics().size(), "file", file));
      err.flush();
    }
    try (PrintWriter out = common.textOut(spec.commandLine().getOut())) {
      switch (to) {
        case json -> Outputs.writeTableJson(table, out);
        case tsv -> TableWriter.builder().format(TableFormat.TSV).build().write(table, out);
        case csv -> TableWriter.builder().format(TableFormat.CSV).build().write(table, out);
      }
    }
    return 0;
  }
}

package org.jixiao.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableStream;
import org.jixiao.io.table.TableWriter;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate [FILE] [--format text|json|tsv] [--profile ID] [--strict]}. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score every project of a table and report grades, statuses and findings.",
      "Without FILE the bundled sample (Longgang HR bureau 2019) is evaluated.",
      "The input format follows the extension: .tsv .txt .csv .json."
    })
final class EvaluateCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json,
    tsv
  }

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The table to evaluate.")
  @Nullable Path file;

  @Option(names = "--format", defaultValue = "text", description = "text, json or tsv (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--profile", defaultValue = Profiles.MOF_2020, description = "Scoring profile (default: ${DEFAULT-VALUE}); one of: mof-2020, sichuan-2023.")
  String profile = Profiles.MOF_2020;

  @Mixin CommonOptions common = new CommonOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Below this many projects a run is too short to need a progress line. */
  static final int PROGRESS_THRESHOLD = 5_000;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    CliText text = common.text();
    Evaluator evaluator = Inputs.evaluator(profile, text);
    try (TableStream stream = Inputs.stream(file, common)) {
      if (stream != null) {
        // A table file streams: read, evaluate and write one project at a time.
        try (PrintWriter out = common.textOut(spec.commandLine().getOut())) {
          new StreamedEvaluation(evaluator, text, ansi()).run(stream, format, out, err);
        }
        return 0;
      }
    }
    ReadResult<PerformanceTable> read = Inputs.read(file, common);
    PerformanceTable table = read.value();
    TableEvaluation result = evaluate(evaluator, table, err, text);
    try (PrintWriter out = common.textOut(spec.commandLine().getOut())) {
      switch (format) {
        case json -> Outputs.writeEvaluationJson(result, read.diagnostics(), out);
        case tsv -> TableWriter.builder().format(TableFormat.TSV).build().write(table, result, out);
        default -> new TextReport(ansi(), text).print(table, result, read.diagnostics(), out);
      }
    }
    return 0;
  }

  /** Colours only for a terminal: a report written to a file has none. */
  private CommandLine.Help.Ansi ansi() {
    return common.output == null ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF;
  }

  /** Evaluates the table, showing progress on stderr when a person is watching a long run. */
  static TableEvaluation evaluate(Evaluator evaluator, PerformanceTable table, PrintWriter err, CliText text) {
    int size = table.projects().size();
    if (size < PROGRESS_THRESHOLD || !Terminal.interactive()) {
      return evaluator.evaluate(table);
    }
    Progress progress = new Progress(err, size, text);
    TableEvaluation result = evaluator.evaluate(table, progress);
    progress.done();
    return result;
  }
}

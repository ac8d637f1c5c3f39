package org.jixiao.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.json.EvaluationDetail;
import org.jixiao.io.json.EvaluationSchema;
import org.jixiao.io.json.JsonLinesWriter;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableWriter;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.jixiao.xlsx.XlsxFormWriter;
import org.jixiao.xlsx.XlsxTableWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate [FILE] [--format text|json|jsonl|tsv|csv|xlsx] [--profile ID] [--strict]}. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Score every project of a document and report grades, statuses and findings.",
      "Without FILE the bundled sample (Longgang HR bureau 2019) is evaluated.",
      "The format follows the extension (.tsv .txt .csv .json .jsonl .xlsx .xls .xlsm), the layout the content: disclosure table, single-project forms, target declarations.",
      "tsv, csv and xlsx write the document back in its layout with the computed scores (得分, 等级, 状态; a form's 得分 and 总分); xlsx needs --output."
    })
final class EvaluateCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json,
    jsonl,
    tsv,
    csv,
    xlsx
  }

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The document to evaluate.")
  @Nullable Path file;

  @Option(names = "--format", defaultValue = "text", description = "text, json, jsonl (one evaluation a line, without the table checks), tsv, csv or xlsx (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--detail", defaultValue = "full", description = "full or summary: with summary, json and jsonl carry every figure and finding but no traces (jixiao.evaluation-summary/1, or /2 with --schema 2) (default: ${DEFAULT-VALUE}).")
  String detail = "full";

  @Option(names = "--schema", defaultValue = "1", description = "Version of the evaluation JSON: 1 (jixiao.evaluation/1, the contract) or 2 (jixiao.evaluation/2, whose names are the Java model's) (default: ${DEFAULT-VALUE}).")
  String schema = "1";

  @Option(names = "--threads", description = "How many threads evaluate a streamed table (default: every core); results keep the table order.")
  @Nullable Integer threads;

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
    EvaluationDetail detailLevel =
        switch (detail) {
          case "full" -> EvaluationDetail.FULL;
          case "summary" -> EvaluationDetail.SUMMARY;
          default -> throw text.error("JX-C-0114", "detail", detail);
        };
    Outputs.EvaluationJson json =
        new Outputs.EvaluationJson(
            detailLevel,
            switch (schema) {
              case "1" -> EvaluationSchema.V1;
              case "2" -> EvaluationSchema.V2;
              default -> throw text.error("JX-C-0116", "schema", schema);
            });
    if (format == Format.xlsx && common.output == null) {
      throw text.error("JX-C-0105", "format", "xlsx");
    }
    if (format != Format.xlsx && format != Format.csv) {
      try (ProjectSource stream = Inputs.stream(file, common)) {
        if (stream != null) {
          // A disclosure table in text, or JSON Lines of projects, streams: read, evaluate and write one project at a time.
          StreamedEvaluation streamed = new StreamedEvaluation(evaluator, json, text, ansi(), threads(text));
          if (format == Format.json || format == Format.jsonl) {
            try (OutputStream bytes = common.textBytesOut(spec.commandLine().getOut())) {
              if (bytes != null) {
                streamed.runBytes(stream, format, bytes);
                Outputs.nothingRead(err, text, file, streamed.count());
                remarksUnlessCarried(err, text, stream.diagnostics().size());
                return 0;
              }
            }
          }
          try (PrintWriter out = common.textOut(spec.commandLine().getOut())) {
            streamed.run(stream, format, out, err);
          }
          Outputs.nothingRead(err, text, file, streamed.count());
          remarksUnlessCarried(err, text, stream.diagnostics().size());
          return 0;
        }
      }
    }
    Inputs.Input input = Inputs.read(file, common);
    if (input.layout() == DocumentLayout.TARGET_DECLARATION) {
      // targets without actuals: every indicator would be undetermined; review is what they need
      throw text.error("JX-C-0113", "file", String.valueOf(file)); // a declaration is always a file: the sample is a table
    }
    PerformanceTable table = input.table();
    Outputs.nothingRead(err, text, file, table.projects().size());
    TableEvaluation result = evaluate(evaluator, table, err, text);
    remarksUnlessCarried(err, text, input.read().diagnostics().size());
    boolean forms = input.layout() == DocumentLayout.SINGLE_PROJECT_FORM;
    if (format == Format.xlsx) {
      try (OutputStream out = common.binaryOut("xlsx")) {
        if (forms) {
          XlsxFormWriter.standard().write(table, result.evaluations(), out);
        } else {
          XlsxTableWriter.builder().build().write(table, result, out);
        }
      }
      return 0;
    }
    try (PrintWriter out = common.textOut(spec.commandLine().getOut())) {
      switch (format) {
        case json -> Outputs.writeEvaluationJson(result, input.read().diagnostics(), json, out);
        case jsonl -> {
          JsonLinesWriter<Evaluation> lines = Outputs.evaluationLinesWriter(json, out);
          for (Evaluation e : result.evaluations()) {
            lines.write(e);
          }
          lines.flush();
        }
        case tsv, csv -> {
          TableFormat tf = format == Format.tsv ? TableFormat.TSV : TableFormat.CSV;
          if (forms) {
            Outputs.formWriter(tf).write(table, result.evaluations(), out);
          } else {
            TableWriter.builder().format(tf).build().write(table, result, out);
          }
        }
        default -> new TextReport(ansi(), text).print(table, result, input.read().diagnostics(), out);
      }
    }
    return 0;
  }

  /**
   * The JSON document and the text report carry the reader's findings; the other outputs (JSON
   * Lines, TSV, CSV, XLSX) cannot, so stderr says how many there were.
   */
  private void remarksUnlessCarried(PrintWriter err, CliText text, int count) {
    if (format != Format.json && format != Format.text) {
      Outputs.remarks(err, text, file, count);
    }
  }

  /** The --threads value, every core by default. */
  private int threads(CliText text) {
    int cores = Runtime.getRuntime().availableProcessors();
    Integer n = threads;
    if (n == null) {
      return cores;
    }
    if (n < 1 || n > 1024) {
      throw text.error("JX-C-0109", "max", 1024, "value", n);
    }
    return n;
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

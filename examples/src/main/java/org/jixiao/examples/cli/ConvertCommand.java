package org.jixiao.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.io.json.JsonLinesWriter;
import org.jixiao.io.table.TableFormat;
import org.jixiao.io.table.TableWriter;
import org.jixiao.xlsx.XlsxFormWriter;
import org.jixiao.xlsx.XlsxTableWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code convert FILE --to json|jsonl|tsv|csv|xlsx}: format conversion without scoring. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert a document between JSON, JSON Lines, TSV, CSV and XLSX without scoring it; the result goes to stdout or to --output (required for xlsx).",
      "Disclosure tables stay tables and single-project forms stay forms in TSV, CSV and XLSX; JSON gives a jixiao.table/1 document with one project per form or declaration, JSON Lines one project per line."
    })
final class ConvertCommand implements Callable<Integer> {
  /** Target formats. */
  enum Target {
    json,
    jsonl,
    tsv,
    csv,
    xlsx
  }

  @Parameters(index = "0", paramLabel = "FILE", description = "The document to convert (.tsv .txt .csv .json .jsonl .xlsx .xls .xlsm).")
  Path file = Path.of("");

  @Option(names = "--to", required = true, description = "json, jsonl, tsv, csv or xlsx.")
  Target to = Target.json;

  @Mixin CommonOptions common = new CommonOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (to == Target.jsonl) {
      try (ProjectSource source = Inputs.stream(file, common)) {
        if (source != null) {
          // A table in text or JSON Lines of projects becomes a project a line as it is read, in
          // the memory of one project (a million of them do not fit a small heap as a table)
          try (PrintWriter out = common.textOut(spec.commandLine().getOut()); Stream<Project> each = source.projects()) {
            JsonLinesWriter<Project> lines = Outputs.projectLinesWriter(out);
            long written = 0;
            for (Project p : (Iterable<Project>) each::iterator) {
              lines.write(p);
              written++;
            }
            lines.flush();
            nothingRead(written);
          }
          remarks(source.diagnostics().size());
          return 0;
        }
      }
    }
    Inputs.Input input = Inputs.read(file, common);
    PerformanceTable table = input.table();
    nothingRead(table.projects().size());
    remarks(input.read().diagnostics().size());
    boolean forms = input.layout() == DocumentLayout.SINGLE_PROJECT_FORM;
    if (to == Target.xlsx) {
      try (OutputStream out = common.binaryOut("xlsx")) {
        if (forms) {
          XlsxFormWriter.standard().write(table, List.of(), out);
        } else {
          XlsxTableWriter.builder().build().write(table, out);
        }
      }
      return 0;
    }
    try (PrintWriter out = common.textOut(spec.commandLine().getOut())) {
      switch (to) {
        case json -> Outputs.writeTableJson(table, out);
        case jsonl -> {
          JsonLinesWriter<Project> lines = Outputs.projectLinesWriter(out);
          for (Project p : table.projects()) {
            lines.write(p);
          }
          lines.flush();
        }
        case tsv, csv -> {
          TableFormat format = to == Target.tsv ? TableFormat.TSV : TableFormat.CSV;
          if (forms) {
            Outputs.formWriter(format).write(table, List.of(), out);
          } else {
            TableWriter.builder().format(format).build().write(table, out);
          }
        }
        default -> throw new IllegalStateException("unreachable: " + to);
      }
    }
    return 0;
  }

  private void nothingRead(long projects) {
    Outputs.nothingRead(spec.commandLine().getErr(), common.text(), file, projects);
  }

  /** The data is converted as read; says that the reader had remarks, without cluttering stdout. */
  private void remarks(int count) {
    Outputs.remarks(spec.commandLine().getErr(), common.text(), file, count);
  }
}

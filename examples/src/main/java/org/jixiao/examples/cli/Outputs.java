package org.jixiao.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.json.JixiaoJson;

/** JSON in and out for the commands, through jixiao-io. */
final class Outputs {
  private static final JixiaoJson JSON = JixiaoJson.builder().prettyPrint(true).build();

  /** JSON Lines are one document a line, never pretty-printed. */
  private static final JixiaoJson LINES = JixiaoJson.defaults();

  /**
   * How an evaluation is written as JSON: its detail (full or summary) and the version of the
   * evaluation schema (/1, the contract's default, or /2, whose names are the Java model's).
   */
  record EvaluationJson(org.jixiao.io.json.EvaluationDetail detail, org.jixiao.io.json.EvaluationSchema schema) {
    /** The contract's default: full detail, jixiao.evaluation/1. */
    static final EvaluationJson DEFAULT =
        new EvaluationJson(org.jixiao.io.json.EvaluationDetail.FULL, org.jixiao.io.json.EvaluationSchema.V1);

    /** Pretty documents. */
    JixiaoJson documents() {
      return equals(DEFAULT) ? JSON : JixiaoJson.builder().prettyPrint(true).evaluationDetail(detail).evaluationSchema(schema).build();
    }

    /** Compact lines. */
    JixiaoJson lines() {
      return equals(DEFAULT) ? LINES : JixiaoJson.builder().evaluationDetail(detail).evaluationSchema(schema).build();
    }

    /** Whether the output carries the traces (whose reasons are then all formatted). */
    boolean traces() {
      return detail == org.jixiao.io.json.EvaluationDetail.FULL;
    }
  }

  private Outputs() {}

  /**
   * Writes the evaluation contract of docs/design.md; what the reader reported goes under
   * {@code readDiagnostics}, apart from the findings about the data, so that a JSON consumer can
   * tell a reader problem from a data problem.
   */
  static void writeEvaluationJson(TableEvaluation result, List<Finding> readFindings, EvaluationJson json, PrintWriter out)
      throws IOException {
    TableEvaluation withReadFindings =
        TableEvaluation.builder().from(result).readDiagnostics(readFindings).build();
    json.documents().writeEvaluation(withReadFindings, out);
    out.println();
  }

  /**
   * Says on stderr that the reader had remarks on {@code file}, for an output that does not carry
   * them (JSON Lines, tables, spreadsheets): the data is written as read, and nothing the reader
   * said is dropped without a word.
   */
  static void remarks(PrintWriter err, CliText text, @org.jspecify.annotations.Nullable Path file, int count) {
    if (count > 0) {
      err.println("jixiao: JX-C-0201 " + text.get("JX-C-0201", "count", count, "file", file == null ? "" : file));
      err.flush();
    }
  }

  /**
   * Says on stderr that no project was read (JX-C-0205): a text whose layout was not recognised is
   * read as a table without a header, and its output is empty, which the exit code does not say.
   */
  static void nothingRead(PrintWriter err, CliText text, @org.jspecify.annotations.Nullable Path file, long projects) {
    if (projects == 0 && file != null) {
      err.println("jixiao: JX-C-0205 " + text.get("JX-C-0205", "file", file));
      err.flush();
    }
  }

  static void writeTableJson(PerformanceTable table, PrintWriter out) throws IOException {
    JSON.writeTable(table, out);
    out.println();
  }

  static org.jixiao.io.json.JsonLinesWriter<org.jixiao.core.project.Project> projectLinesWriter(PrintWriter out) throws IOException {
    return LINES.projectLinesWriter(out);
  }

  static org.jixiao.io.json.JsonLinesWriter<org.jixiao.core.evaluation.Evaluation> evaluationLinesWriter(
      EvaluationJson json, PrintWriter out) throws IOException {
    return json.lines().evaluationLinesWriter(out);
  }

  /** The single-project form writer of a text format. */
  static org.jixiao.io.form.FormWriter formWriter(org.jixiao.io.table.TableFormat format) {
    return org.jixiao.io.form.FormWriter.builder().format(format).build();
  }

  /**
   * A JSON table is read strictly: it is machine-written, so any problem is an error, worded in
   * the command's language.
   */
  static ReadResult<PerformanceTable> readTableJson(Path file, java.util.Locale locale) throws IOException {
    return ReadResult.of(JixiaoJson.builder().locale(locale).build().readTable(file), List.of());
  }
}

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

  /** Pretty documents of a detail. */
  static JixiaoJson documents(org.jixiao.io.json.EvaluationDetail detail) {
    return detail == org.jixiao.io.json.EvaluationDetail.FULL ? JSON : JixiaoJson.builder().prettyPrint(true).evaluationDetail(detail).build();
  }

  /** Compact lines of a detail. */
  static JixiaoJson lines(org.jixiao.io.json.EvaluationDetail detail) {
    return detail == org.jixiao.io.json.EvaluationDetail.FULL ? LINES : JixiaoJson.builder().evaluationDetail(detail).build();
  }

  private Outputs() {}

  /**
   * Writes the evaluation contract of docs/design.md; what the reader reported goes under
   * {@code readDiagnostics}, apart from the findings about the data, so that a JSON consumer can
   * tell a reader problem from a data problem.
   */
  static void writeEvaluationJson(
      TableEvaluation result, List<Finding> readFindings, org.jixiao.io.json.EvaluationDetail detail, PrintWriter out)
      throws IOException {
    TableEvaluation withReadFindings =
        TableEvaluation.builder().from(result).readDiagnostics(readFindings).build();
    documents(detail).writeEvaluation(withReadFindings, out);
    out.println();
  }

  static void writeTableJson(PerformanceTable table, PrintWriter out) throws IOException {
    JSON.writeTable(table, out);
    out.println();
  }

  static org.jixiao.io.json.JsonLinesWriter<org.jixiao.core.project.Project> projectLinesWriter(PrintWriter out) throws IOException {
    return LINES.projectLinesWriter(out);
  }

  static org.jixiao.io.json.JsonLinesWriter<org.jixiao.core.evaluation.Evaluation> evaluationLinesWriter(
      org.jixiao.io.json.EvaluationDetail detail, PrintWriter out) throws IOException {
    return lines(detail).evaluationLinesWriter(out);
  }

  /** The single-project form writer of a text format. */
  static org.jixiao.io.form.FormWriter formWriter(org.jixiao.io.table.TableFormat format) {
    return org.jixiao.io.form.FormWriter.builder().format(format).build();
  }

  /** A JSON table is read strictly: it is machine-written, so any problem is an error. */
  static ReadResult<PerformanceTable> readTableJson(Path file) throws IOException {
    return ReadResult.of(JSON.readTable(file), List.of());
  }
}

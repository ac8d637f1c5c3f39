package org.jixiao.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.rules.Evaluator;

/**
 * Example 1: evaluate the bundled sample table and print a report.
 *
 * <p>Read a published table leniently (every row becomes a project, irregular cells are kept
 * and reported), evaluate it under the default profile (mof-2020), and print one line per
 * project with the trace of its execution score.
 */
public final class EvaluateSampleExample {
  private EvaluateSampleExample() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /** Runs the example, printing to {@code out}; returns the evaluation for the test. */
  public static TableEvaluation run(PrintWriter out) {
    // 1. Read: lenient by default, so a PDF-extracted table gives a value plus diagnostics.
    ReadResult<PerformanceTable> read = Sample.read();
    PerformanceTable table = read.value();
    out.println(table.title().orElse("(untitled)") + ": " + table.projects().size() + " projects, "
        + read.diagnostics().size() + " reader diagnostics");

    // 2. Evaluate: one immutable, thread-safe evaluator; share it.
    Evaluator evaluator = Evaluator.defaults();
    TableEvaluation result = evaluator.evaluate(table);

    // 3. Report: every number carries the rule and the reason that produced it.
    for (Evaluation e : result.evaluations()) {
      out.printf(
          "%3s %-16s score %6s %-4s %-20s | %s%n",
          e.seq().isPresent() ? e.seq().getAsInt() : "",
          e.project(),
          e.score().map(Object::toString).orElse("—"),
          e.grade().map(g -> g.label()).orElse("—"),
          e.status(),
          e.execution().trace().reason());
    }
    out.println(result.findings().size() + " table findings, e.g.:");
    result.findings().stream().limit(3).forEach(f -> out.println("  " + f.rule() + ": " + f.message()));
    return result;
  }
}

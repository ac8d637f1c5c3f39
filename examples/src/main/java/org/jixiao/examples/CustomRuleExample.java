package org.jixiao.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.examples.custom.LowExecutionCheck;
import org.jixiao.examples.custom.LowExecutionPolicy;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.BuiltInIds;

/**
 * Example 2: a custom scoring rule for a local policy — projects below 60 % execution get 0
 * execution points and a finding — registered by builder and by ServiceLoader.
 *
 * <p>The rule is two parts ({@code custom/}): an {@code ExecutionScorer} that takes the place
 * of the built-in {@code execution-rate} scorer, and a {@code ProjectCheck} that explains it.
 */
public final class CustomRuleExample {
  private CustomRuleExample() {}

  /** The three evaluations the example compares. */
  public record Results(TableEvaluation builtIn, TableEvaluation byBuilder, TableEvaluation byServiceLoader) {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    run(out);
    out.flush();
  }

  /** Runs the example, printing the projects whose result the policy changed. */
  public static Results run(PrintWriter out) {
    PerformanceTable table = Sample.read().value();

    // The built-in rules: execution points = rate × 10.
    TableEvaluation builtIn = Evaluator.defaults().evaluate(table);

    // 1. By builder: replace the built-in part by its id, add the check.
    Evaluator local =
        Evaluator.builder()
            .replace(BuiltInIds.EXECUTION_RATE, new LowExecutionPolicy())
            .add(new LowExecutionCheck())
            .build();
    TableEvaluation byBuilder = local.evaluate(table);

    // 2. By ServiceLoader: META-INF/services/org.jixiao.rules.spi.Part lists both parts, and
    //    LowExecutionPolicy says which built-in it replaces.
    Evaluator loaded = Evaluator.builder().loadParts(CustomRuleExample.class.getClassLoader()).build();
    TableEvaluation byServiceLoader = loaded.evaluate(table);

    for (int i = 0; i < builtIn.evaluations().size(); i++) {
      Evaluation before = builtIn.evaluations().get(i);
      Evaluation after = byBuilder.evaluations().get(i);
      if (!before.execution().points().equals(after.execution().points())) {
        out.println("序号 " + after.seq().orElse(0) + " " + after.project()
            + ": execution points " + before.execution().points().map(Object::toString).orElse("—")
            + " → " + after.execution().points().map(Object::toString).orElse("—")
            + "; score " + before.score().map(Object::toString).orElse("—")
            + " → " + after.score().map(Object::toString).orElse("—")
            + " (" + after.execution().trace().reason() + ")");
        after.findings().stream()
            .filter(f -> f.rule().equals(LowExecutionCheck.ID))
            .forEach(f -> out.println("    finding: " + f.message()));
      }
    }
    out.println("the ServiceLoader evaluator gives the same results: " + byServiceLoader.equals(byBuilder));
    return new Results(builtIn, byBuilder, byServiceLoader);
  }
}

package org.jixiao.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.DocumentLayout;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.review.Review;
import org.jixiao.rules.review.Reviewer;
import org.jixiao.rules.review.TableReview;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code validate FILE}: findings only; exit 1 when any is an ERROR. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a table and print what the reader and the rules found, one finding a line.",
      "Target declarations are checked by the review's rules (as review does), the rest by the scoring profile's.",
      "Exit code 1 when any finding is an ERROR, 0 otherwise."
    })
final class ValidateCommand implements Callable<Integer> {
  /** Exit code when an ERROR was found. */
  static final int FOUND_ERRORS = 1;

  @Parameters(index = "0", paramLabel = "FILE", description = "The document to check (.tsv .txt .csv .json .jsonl .xlsx .xls .xlsm).")
  Path file = Path.of("");

  @Option(names = "--profile", defaultValue = Profiles.MOF_2020, description = "Scoring profile (default: ${DEFAULT-VALUE}).")
  String profile = Profiles.MOF_2020;

  @Mixin CommonOptions common = new CommonOptions();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Inputs.Input input = Inputs.read(file, common);
    ReadResult<PerformanceTable> read = input.read();
    List<Finding> findings = new ArrayList<>(read.diagnostics());
    if (input.layout() == DocumentLayout.TARGET_DECLARATION) {
      // targets without actuals: the evaluation's checks (no spending, no score) say nothing of
      // them; what is wrong with a declaration is what its review finds
      TableReview reviews = Reviewer.builder().locale(common.text().locale()).build().review(read.value(), OptionalInt.empty());
      for (Review r : reviews.reviews()) {
        findings.addAll(r.findings());
      }
    } else {
      TableEvaluation result = Inputs.evaluator(profile, common.text()).evaluate(read.value());
      findings.addAll(result.findings());
      for (Evaluation e : result.evaluations()) {
        findings.addAll(e.findings());
      }
    }
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    try (PrintWriter out = common.textOut(spec.commandLine().getOut())) {
      for (Finding f : findings) {
        out.println(f.severity() + " " + TextReport.describe(f, common.text()));
      }
      out.println(common.text().get("label.findings", "count", findings.size(), "errors", errors, "warnings", warnings));
    }
    return errors > 0 ? FOUND_ERRORS : 0;
  }
}

package org.jixiao.io.internal.json;

import static org.jixiao.io.internal.json.FindingReader.findings;
import static org.jixiao.io.internal.json.ModelReader.build;
import static org.jixiao.io.internal.json.ModelReader.optionalDecimal;
import static org.jixiao.io.internal.json.ModelReader.optionalNonNegative;
import static org.jixiao.io.internal.json.ModelReader.optionalString;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.CategorySubtotal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.WithheldReason;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.io.internal.table.Msg;
import org.jspecify.annotations.Nullable;

/**
 * Reads evaluation documents and JSON Lines evaluations of both versions ({@link
 * EvaluationWriter}) into the same model: every field of either version is understood, an
 * {@link EvaluationForm} makes sure one document (or line) keeps to one version, and an
 * indicator's {@code category} is read as its version means it. A document or line that names
 * no version is read by its fields; where they agree (every document this library wrote) the
 * value is the same whichever version is assumed.
 */
public final class EvaluationReader {
  private EvaluationReader() {}

  /** The versions a reader takes, as a problem names them. */
  private static final String EITHER =
      EvaluationWriter.SCHEMA_1 + " / " + EvaluationWriter.SCHEMA_2;

  /** The schema key of a version. */
  static String schemaOf(int version) {
    return version == 2 ? EvaluationWriter.SCHEMA_2 : EvaluationWriter.SCHEMA_1;
  }

  /** The version a schema key names; summaries and anything else are refused. */
  private static int version(JsonIn in) throws IOException {
    String schema = in.string();
    switch (schema) {
      case EvaluationWriter.SCHEMA_1:
        return 1;
      case EvaluationWriter.SCHEMA_2:
        return 2;
      case EvaluationWriter.SUMMARY_SCHEMA_1:
      case EvaluationWriter.SUMMARY_SCHEMA_2:
        throw in.error(Msg.of("JX-I-0321").arg("expected", EITHER), schema);
      default:
        throw in.error(Msg.of("JX-I-0320").arg("expected", EITHER), schema);
    }
  }

  // ---------------------------------------------------------------- document

  /**
   * An evaluation document.
   *
   * @param requireSchema whether it must name its schema (a Jackson deserializer does not)
   */
  public static TableEvaluation tableEvaluation(JsonIn in, boolean requireSchema)
      throws IOException {
    in.expectObject(JsonWords.EVALUATION_DOCUMENT);
    String path = in.path();
    Required required =
        requireSchema ? new Required(path, "schema", "profile") : new Required(path, "profile");
    EvaluationForm form = new EvaluationForm();
    TableEvaluation.Builder document = TableEvaluation.builder();
    String[] profile = new String[1];
    List<Evaluation> evaluations = new ArrayList<>();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "schema":
              String at = in.path();
              form.declare(in, at, version(in), in.string());
              break;
            case "profile":
              profile[0] = in.string();
              document.profile(profile[0]);
              break;
            case "evaluations":
              in.elements(() -> evaluations.add(evaluation(in, profile[0], form)));
              break;
            case "findings":
              document.findings(findings(in));
              break;
            case "readDiagnostics":
              if (!in.isNull()) {
                document.readDiagnostics(findings(in));
              }
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    return build(in, path, () -> document.evaluations(evaluations).build());
  }

  // ---------------------------------------------------------------- evaluation

  /**
   * One evaluation standing alone: a JSON Lines line, or a value given to a Jackson
   * deserializer. Its version is its {@code schema} key's, else what its fields show.
   */
  public static Evaluation evaluation(JsonIn in) throws IOException {
    return evaluation(in, null, new EvaluationForm());
  }

  /**
   * One evaluation.
   *
   * @param defaultProfile the document's profile, used when the evaluation names none
   * @param form the version of the document it is in
   */
  private static Evaluation evaluation(
      JsonIn in, @Nullable String defaultProfile, EvaluationForm form) throws IOException {
    in.expectObject(JsonWords.EVALUATION);
    String path = in.path();
    Required required =
        defaultProfile == null
            ? new Required(path, "profile", "project", "status")
            : new Required(path, "project", "status");
    Required flat = new Required(path, "executionWeight");
    TraceCensus census = new TraceCensus(form);
    Evaluation.Builder evaluation = Evaluation.builder();
    if (defaultProfile != null) {
      evaluation.profile(defaultProfile);
    }
    ExecutionResult.Builder flatExecution = ExecutionResult.builder();
    boolean[] flatSeen = new boolean[1];
    boolean[] flatTraced = new boolean[1];
    boolean[] nested = new boolean[1];
    List<ExecutionResult> execution = new ArrayList<>(1);
    List<IndicatorResult> indicators = new ArrayList<>();
    List<CategorySubtotal> subtotals = new ArrayList<>();
    in.fields(
        name -> {
          required.saw(name);
          flat.saw(name);
          switch (name) {
            case "schema":
              String at = in.path();
              form.declare(in, at, version(in), in.string());
              break;
            case "profile":
              evaluation.profile(in.string());
              break;
            case "seq":
              if (!in.isNull()) {
                evaluation.seq(in.integer());
              }
              break;
            case "project":
              evaluation.project(in.string());
              break;
            case "unit":
              evaluation.unit(optionalString(in));
              break;
            case "moneyUnit":
              if (!in.isNull()) {
                evaluation.moneyUnit(in.enumValue(MoneyUnit.class));
              }
              break;
            case "budget":
              evaluation.budget(optionalDecimal(in));
              break;
            case "adjustedBudget":
              evaluation.adjustedBudget(optionalDecimal(in));
              break;
            case "actual":
              evaluation.actual(optionalDecimal(in));
              break;
            case "statedRate":
              evaluation.statedRate(optionalDecimal(in));
              break;
            case "withheld":
              if (!in.isNull()) {
                evaluation.withheld(in.enumValue(WithheldReason.class));
              }
              break;
            case "execution":
              form.shows(in, 2, name);
              nested[0] = true;
              ExecutionResult given = execution(in, form, census);
              if (given != null) {
                execution.add(given);
              }
              break;
            case "executionFindings":
              form.shows(in, 1, name);
              flatSeen[0] = true;
              flatExecution.findings(findings(in));
              break;
            case "executionRate":
              form.shows(in, 1, name);
              flatSeen[0] = true;
              flatExecution.rate(optionalDecimal(in));
              break;
            case "executionScore":
              form.shows(in, 1, name);
              flatSeen[0] = true;
              flatExecution.points(optionalNonNegative(in));
              break;
            case "executionWeight":
              form.shows(in, 1, name);
              flatSeen[0] = true;
              flatExecution.weight(in.nonNegative());
              break;
            case "executionTrace":
              form.shows(in, 1, name);
              flatSeen[0] = true;
              flatTraced[0] = true;
              census.saw();
              flatExecution.trace(TraceReader.trace(in, form));
              break;
            case "indicators":
              in.elements(
                  () -> {
                    IndicatorResult result = IndicatorResultReader.indicatorResult(in, form, census);
                    if (result != null) {
                      indicators.add(result);
                    }
                  });
              break;
            case "subtotals":
              in.elements(() -> subtotals.add(subtotal(in)));
              break;
            case "score":
              evaluation.score(optionalNonNegative(in));
              break;
            case "grade":
              if (!in.isNull()) {
                evaluation.grade(in.enumValue(Grade.class));
              }
              break;
            case "status":
              evaluation.status(in.enumValue(Status.class));
              break;
            case "statusTrace":
              if (!in.isNull()) {
                census.saw();
                evaluation.statusTrace(TraceReader.trace(in, form));
              }
              break;
            case "provisional":
              evaluation.provisional(in.bool());
              break;
            case "findings":
              evaluation.findings(findings(in));
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    boolean flatForm = !nested[0] && (flatSeen[0] || form.version() == 1);
    if (!nested[0] && !flatForm) {
      throw in.missing(path, "execution");
    }
    if (flatForm) {
      flat.check(in);
      if (!flatTraced[0]) {
        census.missing(in, path, "executionTrace");
      }
    }
    census.check(in, path, EITHER);
    ExecutionResult result =
        flatForm ? build(in, path + ".executionScore", flatExecution::build) : execution.get(0);
    return build(
        in,
        path,
        () ->
            evaluation.execution(result).indicators(indicators).subtotals(subtotals).build());
  }

  /**
   * /2's {@code execution}: the accessors of {@code ExecutionResult}; null when its trace is
   * missing, which the census then holds.
   */
  private static @Nullable ExecutionResult execution(
      JsonIn in, EvaluationForm form, TraceCensus census) throws IOException {
    in.expectObject(JsonWords.EXECUTION_RESULT);
    String path = in.path();
    Required required = new Required(path, "weight");
    boolean[] traced = new boolean[1];
    ExecutionResult.Builder execution = ExecutionResult.builder();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "rate":
              execution.rate(optionalDecimal(in));
              break;
            case "weight":
              execution.weight(in.nonNegative());
              break;
            case "points":
              execution.points(optionalNonNegative(in));
              break;
            case "trace":
              traced[0] = true;
              census.saw();
              execution.trace(TraceReader.trace(in, form));
              break;
            case "findings":
              if (!in.isNull()) {
                execution.findings(findings(in));
              }
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    if (!traced[0]) {
      census.missing(in, path, "trace");
      return null;
    }
    return build(in, path, execution::build);
  }

  private static CategorySubtotal subtotal(JsonIn in) throws IOException {
    in.expectObject(JsonWords.SUBTOTAL);
    String path = in.path();
    Required required = new Required(path, "category", "weight", "points");
    CategorySubtotal.Builder subtotal = CategorySubtotal.builder();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "category":
              subtotal.category(in.enumValue(Category.class));
              break;
            case "weight":
              subtotal.weight(in.nonNegative());
              break;
            case "points":
              subtotal.points(in.nonNegative());
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    return build(in, path, subtotal::build);
  }
}

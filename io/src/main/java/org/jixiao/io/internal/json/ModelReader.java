package org.jixiao.io.internal.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.core.evaluation.CategorySubtotal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.evaluation.WithheldReason;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundKind;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;
import org.jspecify.annotations.Nullable;

/**
 * Reads the model from a streaming parser, field by field. Unknown fields are skipped (documents
 * may carry more, such as the {@code …Label} fields); a missing required field, a value of the
 * wrong type, an unknown enum identifier or a negative number where the schema forbids one fails
 * with the JSON path. A {@code null} is the same as an absent optional field.
 */
public final class ModelReader {
  private ModelReader() {}

  /** Tracks the required fields of one object (at most 64). */
  private static final class Required {
    private final String path;
    private final String[] names;
    private long seen;

    Required(String path, String... names) {
      this.path = path;
      this.names = names;
    }

    void saw(String name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          seen |= 1L << i;
          return;
        }
      }
    }

    void check(JsonIn in) {
      for (int i = 0; i < names.length; i++) {
        if ((seen & (1L << i)) == 0) {
          String name = names[i];
          throw in.error(path + "." + name, "missing required field '" + name + "'", null, null);
        }
      }
    }
  }

  private static <T> T build(JsonIn in, String path, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      String message = e.getMessage();
      throw in.error(path, message != null ? message : "invalid value", null, e);
    }
  }

  private static void schema(JsonIn in, String expected) throws IOException {
    String schema = in.string();
    if (!schema.equals(expected)) {
      throw in.error("unsupported schema; expected " + expected, schema);
    }
  }

  private static Optional<String> optionalString(JsonIn in) throws IOException {
    return in.isNull() ? Optional.empty() : Optional.of(in.string());
  }

  private static Optional<BigDecimal> optionalDecimal(JsonIn in) throws IOException {
    return in.isNull() ? Optional.empty() : Optional.of(in.decimal());
  }

  private static Optional<BigDecimal> optionalNonNegative(JsonIn in) throws IOException {
    return in.isNull() ? Optional.empty() : Optional.of(in.nonNegative());
  }

  // ---------------------------------------------------------------- table

  public static PerformanceTable table(JsonIn in, boolean requireSchema) throws IOException {
    in.expectObject("a table");
    String path = in.path();
    Required required =
        requireSchema ? new Required(path, "schema", "moneyUnit") : new Required(path, "moneyUnit");
    PerformanceTable.Builder table = PerformanceTable.builder();
    List<Project> projects = new ArrayList<>();
    List<String> projectPaths = new ArrayList<>();
    MoneyUnit[] unit = new MoneyUnit[1];
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "schema":
              schema(in, ModelWriter.TABLE_SCHEMA);
              break;
            case "title":
              table.title(optionalString(in));
              break;
            case "department":
              table.department(optionalString(in));
              break;
            case "fiscalYear":
              if (!in.isNull()) {
                table.fiscalYear(in.integer());
              }
              break;
            case "moneyUnit":
              unit[0] = in.enumValue(MoneyUnit.class);
              table.moneyUnit(unit[0]);
              break;
            case "projects":
              in.elements(
                  () -> {
                    projectPaths.add(in.path());
                    projects.add(project(in, false));
                  });
              break;
            case "totals":
              if (!in.isNull()) {
                table.totals(totals(in));
              }
              break;
            case "metadata":
              table.metadata(metadata(in));
              break;
            case "notes":
              List<String> notes = new ArrayList<>();
              in.elements(() -> notes.add(in.string()));
              table.notes(notes);
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    for (int i = 0; i < projects.size(); i++) {
      if (projects.get(i).moneyUnit() != unit[0]) {
        throw in.error(
            projectPaths.get(i) + ".moneyUnit",
            "the project states amounts in "
                + projects.get(i).moneyUnit()
                + " but the table in "
                + unit[0],
            projects.get(i).moneyUnit().name(),
            null);
      }
    }
    return build(in, path, () -> table.projects(projects).build());
  }

  private static Map<String, String> metadata(JsonIn in) throws IOException {
    in.expectObject("metadata");
    Map<String, String> metadata = new LinkedHashMap<>();
    in.fields(name -> metadata.put(name, in.string()));
    return metadata;
  }

  /**
   * A project.
   *
   * @param document whether it stands alone (then it must name its schema)
   */
  public static Project project(JsonIn in, boolean document) throws IOException {
    in.expectObject("a project");
    String path = in.path();
    Required required =
        document
            ? new Required(path, "schema", "name", "moneyUnit")
            : new Required(path, "name", "moneyUnit");
    Project.Builder project = Project.builder();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "schema":
              schema(in, ModelWriter.PROJECT_SCHEMA);
              break;
            case "seq":
              if (!in.isNull()) {
                project.seq(in.integer());
              }
              break;
            case "unit":
              project.unit(optionalString(in));
              break;
            case "department":
              project.department(optionalString(in));
              break;
            case "code":
              project.code(optionalString(in));
              break;
            case "projectType":
              project.projectType(optionalString(in));
              break;
            case "period":
              project.period(optionalString(in));
              break;
            case "newProject":
              if (!in.isNull()) {
                project.newProject(in.bool());
              }
              break;
            case "allocationMethod":
              project.allocationMethod(optionalString(in));
              break;
            case "totalAmount":
              project.totalAmount(optionalDecimal(in));
              break;
            case "longTermGoal":
              project.longTermGoal(optionalString(in));
              break;
            case "policyBasis":
              project.policyBasis(optionalString(in));
              break;
            case "calculationBasis":
              project.calculationBasis(optionalString(in));
              break;
            case "name":
              project.name(in.string());
              break;
            case "governmentInvestment":
              if (!in.isNull()) {
                project.governmentInvestment(in.bool());
              }
              break;
            case "moneyUnit":
              project.moneyUnit(in.enumValue(MoneyUnit.class));
              break;
            case "budget":
              project.budget(optionalDecimal(in));
              break;
            case "adjustedBudget":
              project.adjustedBudget(optionalDecimal(in));
              break;
            case "actual":
              project.actual(optionalDecimal(in));
              break;
            case "funds":
              project.funds(funds(in));
              break;
            case "statedExecutionRate":
              project.statedExecutionRate(optionalDecimal(in));
              break;
            case "statedExecutionWeight":
              project.statedExecutionWeight(optionalNonNegative(in));
              break;
            case "statedExecutionScore":
              project.statedExecutionScore(optionalDecimal(in));
              break;
            case "goal":
              project.goal(optionalString(in));
              break;
            case "goalOutcome":
              project.goalOutcome(optionalString(in));
              break;
            case "statedCompletion":
              project.statedCompletion(optionalString(in));
              break;
            case "indicators":
              List<Indicator> indicators = new ArrayList<>();
              in.elements(() -> indicators.add(indicator(in)));
              project.indicators(IndicatorSet.of(indicators));
              break;
            case "problems":
              project.problems(optionalString(in));
              break;
            case "rectification":
              project.rectification(optionalString(in));
              break;
            case "statedScore":
              project.statedScore(optionalDecimal(in));
              break;
            case "strayCells":
              project.strayCells(strayCells(in));
              break;
            case "sourceLine":
              if (!in.isNull()) {
                project.sourceLine(in.longValue());
              }
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    return build(in, path, project::build);
  }

  private static List<FundSource> funds(JsonIn in) throws IOException {
    List<FundSource> funds = new ArrayList<>();
    in.elements(
        () -> {
          in.expectObject("a fund source");
          String path = in.path();
          Required required = new Required(path, "kind");
          FundSource.Builder fund = FundSource.builder();
          in.fields(
              name -> {
                required.saw(name);
                switch (name) {
                  case "kind":
                    fund.kind(in.enumValue(FundKind.class));
                    break;
                  case "budget":
                    fund.budget(optionalDecimal(in));
                    break;
                  case "adjustedBudget":
                    fund.adjustedBudget(optionalDecimal(in));
                    break;
                  case "executed":
                    fund.executed(optionalDecimal(in));
                    break;
                  default:
                    in.skip();
                }
              });
          required.check(in);
          funds.add(build(in, path, fund::build));
        });
    return funds;
  }

  private static Indicator indicator(JsonIn in) throws IOException {
    in.expectObject("an indicator");
    String path = in.path();
    Required required = new Required(path, "category");
    Indicator.Builder indicator = Indicator.builder();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "category":
              indicator.category(in.enumValue(Category.class));
              break;
            case "subcategory":
              if (!in.isNull()) {
                indicator.subcategory(in.enumValue(Subcategory.class));
              }
              break;
            case "name":
              indicator.name(optionalString(in));
              break;
            case "target":
              indicator.target(optionalString(in));
              break;
            case "actual":
              indicator.actual(optionalString(in));
              break;
            case "nature":
              if (!in.isNull()) {
                indicator.nature(in.enumValue(TargetNature.class));
              }
              break;
            case "measureUnit":
              indicator.measureUnit(optionalString(in));
              break;
            case "weight":
              indicator.weight(optionalNonNegative(in));
              break;
            case "statedScore":
              indicator.statedScore(optionalDecimal(in));
              break;
            case "deviationReason":
              indicator.deviationReason(optionalString(in));
              break;
            case "explanation":
              indicator.explanation(optionalString(in));
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    return build(in, path, indicator::build);
  }

  private static List<StrayCell> strayCells(JsonIn in) throws IOException {
    List<StrayCell> cells = new ArrayList<>();
    in.elements(
        () -> {
          in.expectObject("a stray cell");
          String path = in.path();
          Required required = new Required(path, "column", "text");
          StrayCell.Builder cell = StrayCell.builder();
          in.fields(
              name -> {
                required.saw(name);
                switch (name) {
                  case "column":
                    int column = in.integer();
                    if (column < 0) {
                      throw in.error("must not be negative", Integer.toString(column));
                    }
                    cell.column(column);
                    break;
                  case "header":
                    cell.header(optionalString(in));
                    break;
                  case "text":
                    cell.text(in.string());
                    break;
                  default:
                    in.skip();
                }
              });
          required.check(in);
          cells.add(build(in, path, cell::build));
        });
    return cells;
  }

  private static TotalsRow totals(JsonIn in) throws IOException {
    in.expectObject("a totals row");
    String path = in.path();
    TotalsRow.Builder totals = TotalsRow.builder();
    in.fields(
        name -> {
          switch (name) {
            case "budget":
              totals.budget(optionalDecimal(in));
              break;
            case "actual":
              totals.actual(optionalDecimal(in));
              break;
            case "funds":
              totals.funds(funds(in));
              break;
            case "statedExecutionRate":
              totals.statedExecutionRate(optionalDecimal(in));
              break;
            case "strayCells":
              totals.strayCells(strayCells(in));
              break;
            default:
              in.skip();
          }
        });
    return build(in, path, totals::build);
  }

  // ---------------------------------------------------------------- evaluation

  public static TableEvaluation tableEvaluation(JsonIn in, boolean requireSchema)
      throws IOException {
    in.expectObject("an evaluation document");
    String path = in.path();
    Required required =
        requireSchema ? new Required(path, "schema", "profile") : new Required(path, "profile");
    TableEvaluation.Builder document = TableEvaluation.builder();
    String[] profile = new String[1];
    List<Evaluation> evaluations = new ArrayList<>();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "schema":
              schema(in, ModelWriter.EVALUATION_SCHEMA);
              break;
            case "profile":
              profile[0] = in.string();
              document.profile(profile[0]);
              break;
            case "evaluations":
              in.elements(() -> evaluations.add(evaluation(in, profile[0])));
              break;
            case "findings":
              document.findings(findings(in));
              break;
            case "readDiagnostics":
              document.readDiagnostics(findings(in));
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    return build(in, path, () -> document.evaluations(evaluations).build());
  }

  /**
   * One evaluation.
   *
   * @param defaultProfile the document's profile, used when the evaluation names none
   */
  public static Evaluation evaluation(JsonIn in, @Nullable String defaultProfile)
      throws IOException {
    in.expectObject("an evaluation");
    String path = in.path();
    Required required =
        defaultProfile == null
            ? new Required(
                path, "profile", "project", "executionWeight", "executionTrace", "status")
            : new Required(path, "project", "executionWeight", "executionTrace", "status");
    Evaluation.Builder evaluation = Evaluation.builder();
    if (defaultProfile != null) {
      evaluation.profile(defaultProfile);
    }
    ExecutionResult.Builder execution = ExecutionResult.builder();
    List<IndicatorResult> indicators = new ArrayList<>();
    List<CategorySubtotal> subtotals = new ArrayList<>();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
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
            case "executionFindings":
              execution.findings(findings(in));
              break;
            case "executionRate":
              execution.rate(optionalDecimal(in));
              break;
            case "executionScore":
              execution.points(optionalNonNegative(in));
              break;
            case "executionWeight":
              execution.weight(in.nonNegative());
              break;
            case "executionTrace":
              execution.trace(trace(in));
              break;
            case "indicators":
              in.elements(() -> indicators.add(indicatorResult(in)));
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
                evaluation.statusTrace(trace(in));
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
    ExecutionResult result = build(in, path + ".executionScore", execution::build);
    return build(
        in,
        path,
        () ->
            evaluation.execution(result).indicators(indicators).subtotals(subtotals).build());
  }

  private static IndicatorResult indicatorResult(JsonIn in) throws IOException {
    in.expectObject("an indicator result");
    String path = in.path();
    Required required =
        new Required(path, "index", "outcome", "weight", "rule", "method", "reason");
    IndicatorResult.Builder result = IndicatorResult.builder();
    Trace.Builder trace = Trace.builder();
    CodedReason coded = new CodedReason();
    String[] category = new String[1];
    Category[] level1 = new Category[1];
    Subcategory[] sub = new Subcategory[1];
    boolean[] subGiven = new boolean[1];
    List<IndicatorResult> parts = new ArrayList<>();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "index":
              int index = in.integer();
              if (index < 0) {
                throw in.error("must not be negative", Integer.toString(index));
              }
              result.index(index);
              break;
            case "category":
              category[0] = in.string();
              break;
            case "level1":
              level1[0] = in.enumValue(Category.class);
              break;
            case "subcategory":
              subGiven[0] = true;
              if (!in.isNull()) {
                sub[0] = in.enumValue(Subcategory.class);
              }
              break;
            case "outcome":
              result.outcome(in.enumValue(Outcome.class));
              break;
            case "weight":
              result.weight(in.nonNegative());
              break;
            case "fraction":
              result.fraction(optionalNonNegative(in));
              break;
            case "points":
              result.points(optionalNonNegative(in));
              break;
            case "rule":
              trace.rule(in.string());
              break;
            case "method":
              trace.method(in.string());
              break;
            case "reason":
              trace.reason(in.string());
              break;
            case "reasonCode":
              coded.code = in.string();
              break;
            case "reasonArgs":
              in.expectObject("reason arguments");
              in.fields(key -> coded.args.put(key, in.string()));
              break;
            case "figures":
              trace.figures(figures(in));
              break;
            case "parts":
              in.elements(() -> parts.add(indicatorResult(in)));
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    resolveCategory(in, path, category[0], level1, sub, subGiven[0]);
    Category resolved = level1[0];
    result.category(resolved).subcategory(Optional.ofNullable(sub[0]));
    coded.applyTo(trace);
    Trace builtTrace = build(in, path, trace::build);
    return build(in, path, () -> result.trace(builtTrace).parts(parts).build());
  }

  /**
   * "category" is the most specific category; "level1" and "subcategory" say exactly which is
   * which. A document with only "category" is read by looking the name up in both enums.
   */
  private static void resolveCategory(
      JsonIn in,
      String path,
      @Nullable String category,
      @Nullable Category[] level1,
      @Nullable Subcategory[] sub,
      boolean subGiven) {
    if (level1[0] == null) {
      if (category == null) {
        throw in.error(path + ".level1", "missing required field 'level1'", null, null);
      }
      Optional<Subcategory> asSub = enumByName(Subcategory.class, category);
      Optional<Category> asCategory = enumByName(Category.class, category);
      if (!subGiven && asSub.isPresent() && asCategory.isEmpty()) {
        sub[0] = asSub.get();
        level1[0] = asSub.get().category();
      } else if (asCategory.isPresent()) {
        level1[0] = asCategory.get();
      } else if (sub[0] != null) {
        level1[0] = sub[0].category();
      } else {
        throw in.error(path + ".category", "unknown category value", category, null);
      }
      return;
    }
    if (category != null) {
      Subcategory s = sub[0];
      String expected = s != null ? s.name() : level1[0].name();
      if (!category.equals(expected)) {
        throw in.error(
            path + ".category",
            "does not agree with level1 and subcategory (expected " + expected + ")",
            category,
            null);
      }
    }
  }

  private static <E extends Enum<E>> Optional<E> enumByName(Class<E> type, String name) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  private static CategorySubtotal subtotal(JsonIn in) throws IOException {
    in.expectObject("a subtotal");
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

  private static Trace trace(JsonIn in) throws IOException {
    in.expectObject("a trace");
    String path = in.path();
    Required required = new Required(path, "rule", "method", "reason");
    Trace.Builder trace = Trace.builder();
    CodedReason coded = new CodedReason();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "rule":
              trace.rule(in.string());
              break;
            case "method":
              trace.method(in.string());
              break;
            case "reason":
              trace.reason(in.string());
              break;
            case "reasonCode":
              coded.code = in.string();
              break;
            case "reasonArgs":
              in.expectObject("reason arguments");
              in.fields(key -> coded.args.put(key, in.string()));
              break;
            case "figures":
              trace.figures(figures(in));
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    coded.applyTo(trace);
    return build(in, path, trace::build);
  }

  /** A reason's code and arguments as read; set after the reason text, whatever the field order. */
  private static final class CodedReason {
    @Nullable String code;
    final Map<String, String> args = new LinkedHashMap<>();

    void applyTo(Trace.Builder trace) {
      if (code != null) {
        trace.code(code).putAllArgs(args);
      }
    }
  }

  private static Map<String, BigDecimal> figures(JsonIn in) throws IOException {
    in.expectObject("figures");
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    in.fields(name -> figures.put(name, in.decimal()));
    return figures;
  }

  /** A list of findings. */
  public static List<Finding> findings(JsonIn in) throws IOException {
    List<Finding> findings = new ArrayList<>();
    in.elements(() -> findings.add(finding(in)));
    return findings;
  }

  /** One finding. */
  public static Finding finding(JsonIn in) throws IOException {
    in.expectObject("a finding");
    String path = in.path();
    Required required = new Required(path, "rule", "severity", "message");
    Finding.Builder finding = Finding.builder();
    in.fields(
        name -> {
          required.saw(name);
          switch (name) {
            case "rule":
              finding.rule(in.string());
              break;
            case "severity":
              finding.severity(in.enumValue(Severity.class));
              break;
            case "message":
              finding.message(in.string());
              break;
            case "code":
              finding.code(in.string());
              break;
            case "args":
              if (!in.isNull()) {
                in.fields(key -> finding.putArgs(key, in.string()));
              }
              break;
            case "location":
              if (!in.isNull()) {
                finding.location(location(in));
              }
              break;
            default:
              in.skip();
          }
        });
    required.check(in);
    return build(in, path, finding::build);
  }

  private static Location location(JsonIn in) throws IOException {
    in.expectObject("a location");
    String path = in.path();
    Location.Builder location = Location.builder();
    in.fields(
        name -> {
          switch (name) {
            case "seq":
              if (!in.isNull()) {
                location.seq(in.integer());
              }
              break;
            case "line":
              if (!in.isNull()) {
                location.line(in.longValue());
              }
              break;
            case "column":
              if (!in.isNull()) {
                location.column(in.integer());
              }
              break;
            case "path":
              location.path(optionalString(in));
              break;
            case "text":
              location.text(optionalString(in));
              break;
            default:
              in.skip();
          }
        });
    return build(in, path, location::build);
  }
}

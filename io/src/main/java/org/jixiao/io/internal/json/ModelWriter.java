package org.jixiao.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.CategorySubtotal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.PointLoss;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.TableSummary;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;

/**
 * Writes the model with a streaming {@link JsonGenerator}: no reflection, no intermediate tree,
 * and every decimal written from its {@link BigDecimal} text (never through {@code double}).
 */
public final class ModelWriter {
  public static final String TABLE_SCHEMA = "jixiao.table/1";
  public static final String PROJECT_SCHEMA = "jixiao.project/1";
  public static final String EVALUATION_SCHEMA = "jixiao.evaluation/1";
  public static final String EVALUATION_SUMMARY_SCHEMA = "jixiao.evaluation-summary/1";

  private final boolean labels;
  private final boolean summary;

  /** @param labels whether to add the Chinese label of each enum value as an extra field */
  public ModelWriter(boolean labels) {
    this(labels, false);
  }

  /**
   * @param labels whether to add the Chinese label of each enum value as an extra field
   * @param summary whether evaluations are written without traces and parts
   */
  public ModelWriter(boolean labels, boolean summary) {
    this.labels = labels;
    this.summary = summary;
  }

  /** The schema key of the evaluation documents this writer writes. */
  public String evaluationSchema() {
    return summary ? EVALUATION_SUMMARY_SCHEMA : EVALUATION_SCHEMA;
  }

  /** A decimal, exactly: plain text, or the exponent form where plain text would lose scale. */
  public static void number(JsonGenerator g, BigDecimal value) throws IOException {
    // writeNumber(String) writes the text as the number; toPlainString would turn 1E+3 into
    // 1000 (another scale, so unequal on reading back), hence toString for negative scales.
    g.writeNumber(
        value.scale() < 0 || value.scale() > 100 ? value.toString() : value.toPlainString());
  }

  // ---------------------------------------------------------------- table

  public void table(JsonGenerator g, PerformanceTable table) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", TABLE_SCHEMA);
    optional(g, "title", table.title());
    optional(g, "department", table.department());
    optional(g, "fiscalYear", table.fiscalYear());
    enumField(g, "moneyUnit", table.moneyUnit());
    g.writeArrayFieldStart("projects");
    for (Project project : table.projects()) {
      projectBody(g, project, false);
    }
    g.writeEndArray();
    if (table.totals().isPresent()) {
      g.writeFieldName("totals");
      totals(g, table.totals().get());
    }
    g.writeObjectFieldStart("metadata");
    for (Map.Entry<String, String> entry : table.metadata().entrySet()) {
      g.writeStringField(entry.getKey(), entry.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("notes");
    for (String note : table.notes()) {
      g.writeString(note);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * A project.
   *
   * @param document whether it stands alone (then it names its schema)
   */
  public void projectBody(JsonGenerator g, Project project, boolean document) throws IOException {
    g.writeStartObject();
    if (document) {
      g.writeStringField("schema", PROJECT_SCHEMA);
    }
    optional(g, "code", project.code());
    optional(g, "seq", project.seq());
    optional(g, "unit", project.unit());
    optional(g, "department", project.department());
    g.writeStringField("name", project.name());
    optional(g, "projectType", project.projectType());
    optional(g, "period", project.period());
    if (project.newProject().isPresent()) {
      g.writeBooleanField("newProject", project.newProject().get());
    }
    optional(g, "allocationMethod", project.allocationMethod());
    if (project.governmentInvestment().isPresent()) {
      g.writeBooleanField("governmentInvestment", project.governmentInvestment().get());
    }
    enumField(g, "moneyUnit", project.moneyUnit());
    decimal(g, "totalAmount", project.totalAmount());
    decimal(g, "budget", project.budget());
    decimal(g, "adjustedBudget", project.adjustedBudget());
    decimal(g, "actual", project.actual());
    g.writeArrayFieldStart("funds");
    for (FundSource fund : project.funds()) {
      fund(g, fund);
    }
    g.writeEndArray();
    decimal(g, "statedExecutionRate", project.statedExecutionRate());
    decimal(g, "statedExecutionWeight", project.statedExecutionWeight());
    decimal(g, "statedExecutionScore", project.statedExecutionScore());
    optional(g, "goal", project.goal());
    optional(g, "longTermGoal", project.longTermGoal());
    optional(g, "policyBasis", project.policyBasis());
    optional(g, "calculationBasis", project.calculationBasis());
    optional(g, "goalOutcome", project.goalOutcome());
    optional(g, "statedCompletion", project.statedCompletion());
    g.writeArrayFieldStart("indicators");
    for (Indicator indicator : project.indicators()) {
      indicator(g, indicator);
    }
    g.writeEndArray();
    optional(g, "problems", project.problems());
    optional(g, "rectification", project.rectification());
    decimal(g, "statedScore", project.statedScore());
    strayCells(g, project.strayCells());
    if (project.sourceLine().isPresent()) {
      g.writeNumberField("sourceLine", project.sourceLine().getAsLong());
    }
    g.writeEndObject();
  }

  private void fund(JsonGenerator g, FundSource fund) throws IOException {
    g.writeStartObject();
    enumField(g, "kind", fund.kind());
    decimal(g, "budget", fund.budget());
    decimal(g, "adjustedBudget", fund.adjustedBudget());
    decimal(g, "executed", fund.executed());
    g.writeEndObject();
  }

  private void indicator(JsonGenerator g, Indicator indicator) throws IOException {
    g.writeStartObject();
    enumField(g, "category", indicator.category());
    if (indicator.subcategory().isPresent()) {
      enumField(g, "subcategory", indicator.subcategory().get());
    }
    optional(g, "name", indicator.name());
    optional(g, "target", indicator.target());
    optional(g, "actual", indicator.actual());
    if (indicator.nature().isPresent()) {
      enumField(g, "nature", indicator.nature().get());
    }
    optional(g, "measureUnit", indicator.measureUnit());
    decimal(g, "weight", indicator.weight());
    decimal(g, "statedScore", indicator.statedScore());
    optional(g, "explanation", indicator.explanation());
    optional(g, "deviationReason", indicator.deviationReason());
    g.writeEndObject();
  }

  private static void strayCells(JsonGenerator g, List<StrayCell> cells) throws IOException {
    g.writeArrayFieldStart("strayCells");
    for (StrayCell cell : cells) {
      g.writeStartObject();
      g.writeNumberField("column", cell.column());
      optional(g, "header", cell.header());
      g.writeStringField("text", cell.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void totals(JsonGenerator g, TotalsRow totals) throws IOException {
    g.writeStartObject();
    decimal(g, "budget", totals.budget());
    decimal(g, "actual", totals.actual());
    g.writeArrayFieldStart("funds");
    for (FundSource fund : totals.funds()) {
      fund(g, fund);
    }
    g.writeEndArray();
    decimal(g, "statedExecutionRate", totals.statedExecutionRate());
    strayCells(g, totals.strayCells());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- evaluation

  /** The evaluation document of design.md's contract. */
  public void tableEvaluation(JsonGenerator g, TableEvaluation evaluation) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", evaluationSchema());
    g.writeStringField("profile", evaluation.profile());
    g.writeArrayFieldStart("evaluations");
    for (Evaluation e : evaluation.evaluations()) {
      evaluation(g, e);
    }
    g.writeEndArray();
    findings(g, evaluation.findings());
    if (!evaluation.readDiagnostics().isEmpty()) {
      g.writeArrayFieldStart("readDiagnostics");
      for (Finding f : evaluation.readDiagnostics()) {
        finding(g, f);
      }
      g.writeEndArray();
    }
    // Derived, for consumers of the document; a reader recomputes it rather than reading it.
    g.writeFieldName("summary");
    summary(g, TableSummary.of(evaluation));
    g.writeEndObject();
  }

  /** A table summary: counts, totals, the lowest projects with their losses, findings by code. */
  public void summary(JsonGenerator g, TableSummary s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("projects", s.projects());
    counts(g, "byGrade", s.byGrade());
    g.writeNumberField("ungraded", s.ungraded());
    counts(g, "byStatus", s.byStatus());
    counts(g, "byWithheldReason", s.byWithheldReason());
    enumField(g, "moneyUnit", s.moneyUnit());
    g.writeFieldName("totalBudget");
    number(g, s.totalBudget());
    g.writeFieldName("totalActual");
    number(g, s.totalActual());
    nullableDecimal(g, "executionRate", s.executionRate());
    g.writeNumberField("withoutAmounts", s.withoutAmounts());
    nullableDecimal(g, "meanScore", s.meanScore());
    g.writeArrayFieldStart("lowest");
    for (TableSummary.LowProject low : s.lowest()) {
      g.writeStartObject();
      nullable(g, "seq", low.seq());
      g.writeStringField("project", low.project());
      g.writeFieldName("score");
      number(g, low.score());
      if (low.grade().isPresent()) {
        enumField(g, "grade", low.grade().get());
      }
      g.writeArrayFieldStart("losses");
      for (PointLoss loss : low.losses()) {
        g.writeStartObject();
        nullable(g, "indicator", loss.indicatorIndex());
        if (loss.subcategory().isPresent()) {
          enumField(g, "category", loss.subcategory().get());
        } else if (loss.category().isPresent()) {
          enumField(g, "category", loss.category().get());
        } else {
          g.writeStringField("category", "EXECUTION");
        }
        g.writeFieldName("weight");
        number(g, loss.weight());
        g.writeFieldName("points");
        number(g, loss.points());
        g.writeFieldName("lost");
        number(g, loss.lost());
        g.writeStringField("rule", loss.rule());
        g.writeStringField("reason", loss.reason());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    counts(g, "findingsBySeverity", s.findingsBySeverity());
    g.writeObjectFieldStart("findingsByCode");
    for (Map.Entry<String, Integer> e : s.findingsByCode().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static <E extends Enum<E>> void counts(JsonGenerator g, String name, Map<E, Integer> counts) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<E, Integer> e : counts.entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
  }

  /** An execution result on its own: rate, weight, points, trace and the scorer's findings. */
  public void executionResult(JsonGenerator g, ExecutionResult r) throws IOException {
    g.writeStartObject();
    nullableDecimal(g, "rate", r.rate());
    g.writeFieldName("weight");
    number(g, r.weight());
    nullableDecimal(g, "points", r.points());
    g.writeFieldName("trace");
    trace(g, r.trace());
    findings(g, r.findings());
    g.writeEndObject();
  }

  /** One evaluation: the contract's keys, then the rest of the model. */
  public void evaluation(JsonGenerator g, Evaluation e) throws IOException {
    g.writeStartObject();
    g.writeStringField("profile", e.profile());
    nullable(g, "seq", e.seq());
    g.writeStringField("project", e.project());
    nullableString(g, "unit", e.unit());
    // The project's amounts as published, so that evaluations can be summarised alone.
    if (e.moneyUnit().isPresent()) {
      enumField(g, "moneyUnit", e.moneyUnit().get());
    }
    decimal(g, "budget", e.budget());
    decimal(g, "adjustedBudget", e.adjustedBudget());
    decimal(g, "actual", e.actual());
    decimal(g, "statedRate", e.statedRate());
    ExecutionResult execution = e.execution();
    nullableDecimal(g, "executionRate", execution.rate());
    nullableDecimal(g, "executionScore", execution.points());
    g.writeFieldName("executionWeight");
    number(g, execution.weight());
    if (!summary) {
      g.writeFieldName("executionTrace");
      trace(g, execution.trace());
    }
    if (!execution.findings().isEmpty()) {
      g.writeArrayFieldStart("executionFindings");
      for (Finding f : execution.findings()) {
        finding(g, f);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("indicators");
    for (IndicatorResult result : e.indicators()) {
      indicatorResult(g, result);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("subtotals");
    for (CategorySubtotal subtotal : e.subtotals()) {
      g.writeStartObject();
      enumField(g, "category", subtotal.category());
      g.writeFieldName("weight");
      number(g, subtotal.weight());
      g.writeFieldName("points");
      number(g, subtotal.points());
      g.writeEndObject();
    }
    g.writeEndArray();
    nullableDecimal(g, "score", e.score());
    if (e.grade().isPresent()) {
      enumField(g, "grade", e.grade().get());
    } else {
      g.writeNullField("grade");
    }
    if (e.withheld().isPresent()) {
      enumField(g, "withheld", e.withheld().get());
    }
    enumField(g, "status", e.status());
    if (e.statusTrace().isPresent() && !summary) {
      g.writeFieldName("statusTrace");
      trace(g, e.statusTrace().get());
    }
    g.writeBooleanField("provisional", e.provisional());
    findings(g, e.findings());
    g.writeEndObject();
  }

  /** One indicator's result, as inside an evaluation. */
  public void indicatorResult(JsonGenerator g, IndicatorResult r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("index", r.index());
    // "category" is the most specific category (QUANTITY rather than OUTPUT), as the contract
    // shows; level1 and subcategory say exactly which is which.
    g.writeStringField(
        "category", r.subcategory().map(Enum::name).orElse(r.category().name()));
    enumField(g, "level1", r.category());
    if (r.subcategory().isPresent()) {
      enumField(g, "subcategory", r.subcategory().get());
    } else {
      g.writeNullField("subcategory");
    }
    enumField(g, "outcome", r.outcome());
    g.writeFieldName("weight");
    number(g, r.weight());
    nullableDecimal(g, "fraction", r.fraction());
    nullableDecimal(g, "points", r.points());
    if (summary) {
      g.writeEndObject();
      return;
    }
    Trace trace = r.trace();
    g.writeStringField("method", trace.method());
    g.writeStringField("reason", trace.reason());
    reasonCode(g, trace);
    g.writeStringField("rule", trace.rule());
    figures(g, trace.figures());
    g.writeArrayFieldStart("parts");
    for (IndicatorResult part : r.parts()) {
      indicatorResult(g, part);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void trace(JsonGenerator g, Trace trace) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", trace.rule());
    g.writeStringField("method", trace.method());
    g.writeStringField("reason", trace.reason());
    reasonCode(g, trace);
    figures(g, trace.figures());
    g.writeEndObject();
  }

  /** The reason's code and arguments, when it has a code (optional fields of the contract). */
  private static void reasonCode(JsonGenerator g, Trace trace) throws IOException {
    if (trace.code().isEmpty()) {
      return;
    }
    g.writeStringField("reasonCode", trace.code().get());
    g.writeObjectFieldStart("reasonArgs");
    for (Map.Entry<String, String> arg : trace.args().entrySet()) {
      g.writeStringField(arg.getKey(), arg.getValue());
    }
    g.writeEndObject();
  }

  private static void figures(JsonGenerator g, Map<String, BigDecimal> figures)
      throws IOException {
    g.writeObjectFieldStart("figures");
    for (Map.Entry<String, BigDecimal> entry : figures.entrySet()) {
      g.writeFieldName(entry.getKey());
      number(g, entry.getValue());
    }
    g.writeEndObject();
  }

  private void findings(JsonGenerator g, List<Finding> findings) throws IOException {
    g.writeArrayFieldStart("findings");
    for (Finding finding : findings) {
      finding(g, finding);
    }
    g.writeEndArray();
  }

  /** A finding: rule, severity, message and, when known, its location. */
  public void finding(JsonGenerator g, Finding finding) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", finding.rule());
    g.writeStringField("code", finding.code());
    enumField(g, "severity", finding.severity());
    g.writeStringField("message", finding.message());
    if (!finding.args().isEmpty()) {
      g.writeObjectFieldStart("args");
      for (Map.Entry<String, String> arg : finding.args().entrySet()) {
        g.writeStringField(arg.getKey(), arg.getValue());
      }
      g.writeEndObject();
    }
    if (finding.location().isPresent()) {
      Location location = finding.location().get();
      g.writeObjectFieldStart("location");
      optional(g, "seq", location.seq());
      if (location.line().isPresent()) {
        g.writeNumberField("line", location.line().getAsLong());
      }
      optional(g, "column", location.column());
      optional(g, "path", location.path());
      optional(g, "text", location.text());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- fields

  private <E extends Enum<E> & Labelled> void enumField(JsonGenerator g, String name, E value)
      throws IOException {
    g.writeStringField(name, value.name());
    if (labels) {
      g.writeStringField(name + "Label", value.label());
    }
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  private static void optional(JsonGenerator g, String name, OptionalInt value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    }
  }

  private static void decimal(JsonGenerator g, String name, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      number(g, value.get());
    }
  }

  private static void nullable(JsonGenerator g, String name, OptionalInt value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    } else {
      g.writeNullField(name);
    }
  }

  private static void nullableString(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void nullableDecimal(JsonGenerator g, String name, Optional<BigDecimal> value)
      throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) {
      number(g, value.get());
    } else {
      g.writeNull();
    }
  }
}

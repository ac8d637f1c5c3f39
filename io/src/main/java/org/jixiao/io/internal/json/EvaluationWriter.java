package org.jixiao.io.internal.json;

import static org.jixiao.io.internal.json.JsonOut.enumField;
import static org.jixiao.io.internal.json.JsonOut.nullable;
import static org.jixiao.io.internal.json.JsonOut.nullableDecimal;
import static org.jixiao.io.internal.json.JsonOut.nullableEnum;
import static org.jixiao.io.internal.json.JsonOut.nullableString;
import static org.jixiao.io.internal.json.JsonOut.number;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.CategorySubtotal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.PointLoss;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.TableSummary;
import org.jixiao.core.evaluation.Trace;

/**
 * Writes evaluation documents in one of their two versions, with a streaming generator.
 *
 * <p>{@code jixiao.evaluation/1} is the command line's contract as first published: the
 * execution rate flat on the evaluation ({@code executionRate}, {@code executionScore} for
 * {@code ExecutionResult.points()}, …), an indicator's {@code category} the most specific one
 * with {@code level1} beside it, its trace flat on it. {@code jixiao.evaluation/2} names
 * everything as the Java model does: an {@code execution} object with the accessors of {@code
 * ExecutionResult}, an indicator's {@code category} and {@code subcategory} as {@code
 * IndicatorResult}'s, a {@code trace} object with {@code Trace}'s accessors, a point loss's
 * {@code indicatorIndex}, {@code category} and {@code subcategory} as {@code PointLoss}'s; every
 * field of those objects is written, {@code null} when absent. {@link EvaluationReader} reads
 * both.
 */
public final class EvaluationWriter {
  public static final String SCHEMA_1 = "jixiao.evaluation/1";
  public static final String SUMMARY_SCHEMA_1 = "jixiao.evaluation-summary/1";
  public static final String SCHEMA_2 = "jixiao.evaluation/2";
  public static final String SUMMARY_SCHEMA_2 = "jixiao.evaluation-summary/2";

  /** The label of /1's point-loss category {@code EXECUTION}, the execution rate. */
  static final String EXECUTION_LABEL = "预算执行率";

  private final boolean v2;
  private final boolean labels;
  private final boolean summary;

  /**
   * @param version 1 or 2
   * @param labels whether to add the Chinese label of each enum value as an extra field
   * @param summary whether evaluations are written without traces and parts
   */
  public EvaluationWriter(int version, boolean labels, boolean summary) {
    if (version != 1 && version != 2) {
      throw new IllegalArgumentException("no evaluation schema version " + version);
    }
    this.v2 = version == 2;
    this.labels = labels;
    this.summary = summary;
  }

  /** The schema key of the evaluation documents this writer writes. */
  public String evaluationSchema() {
    if (v2) {
      return summary ? SUMMARY_SCHEMA_2 : SCHEMA_2;
    }
    return summary ? SUMMARY_SCHEMA_1 : SCHEMA_1;
  }

  // ---------------------------------------------------------------- documents

  /** A whole evaluation document. */
  public void tableEvaluation(JsonGenerator g, TableEvaluation evaluation) throws IOException {
    documentStart(g, evaluation.profile());
    for (Evaluation e : evaluation.evaluations()) {
      evaluation(g, e);
    }
    documentEnd(g, evaluation.findings(), evaluation.readDiagnostics(), TableSummary.of(evaluation));
  }

  /** The document up to its first evaluation. */
  public void documentStart(JsonGenerator g, String profile) throws IOException {
    g.writeStartObject();
    g.writeStringField("schema", evaluationSchema());
    g.writeStringField("profile", profile);
    g.writeArrayFieldStart("evaluations");
  }

  /** The document after its last evaluation: findings, the reader's diagnostics, the summary. */
  public void documentEnd(
      JsonGenerator g, List<Finding> findings, List<Finding> readDiagnostics, TableSummary s)
      throws IOException {
    g.writeEndArray();
    JsonOut.findings(g, labels, "findings", findings);
    // /1 leaves an empty list out (it came later than the contract); /2 writes every list.
    if (v2 || !readDiagnostics.isEmpty()) {
      JsonOut.findings(g, labels, "readDiagnostics", readDiagnostics);
    }
    // Derived, for consumers of the document; a reader recomputes it rather than reading it.
    g.writeFieldName("summary");
    summary(g, s);
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- evaluation

  /** One evaluation, as inside a document. */
  public void evaluation(JsonGenerator g, Evaluation e) throws IOException {
    evaluation(g, e, false);
  }

  /**
   * One evaluation as a JSON Lines line: under /2 it names its schema first, so that a stream's
   * lines say which version they are (/1 lines never did, and keep not doing so).
   */
  public void evaluationLine(JsonGenerator g, Evaluation e) throws IOException {
    evaluation(g, e, v2);
  }

  private void evaluation(JsonGenerator g, Evaluation e, boolean namesSchema) throws IOException {
    g.writeStartObject();
    if (namesSchema) {
      g.writeStringField("schema", evaluationSchema());
    }
    g.writeStringField("profile", e.profile());
    nullable(g, "seq", e.seq());
    g.writeStringField("project", e.project());
    nullableString(g, "unit", e.unit());
    if (v2) {
      nullableEnum(g, labels, "moneyUnit", e.moneyUnit());
      nullableDecimal(g, "budget", e.budget());
      nullableDecimal(g, "adjustedBudget", e.adjustedBudget());
      nullableDecimal(g, "actual", e.actual());
      nullableDecimal(g, "statedRate", e.statedRate());
      g.writeFieldName("execution");
      execution(g, e.execution(), !summary);
    } else {
      // The project's amounts as published, so that evaluations can be summarised alone.
      if (e.moneyUnit().isPresent()) {
        enumField(g, labels, "moneyUnit", e.moneyUnit().get());
      }
      JsonOut.decimal(g, "budget", e.budget());
      JsonOut.decimal(g, "adjustedBudget", e.adjustedBudget());
      JsonOut.decimal(g, "actual", e.actual());
      JsonOut.decimal(g, "statedRate", e.statedRate());
      flatExecution(g, e.execution());
    }
    g.writeArrayFieldStart("indicators");
    for (IndicatorResult result : e.indicators()) {
      indicatorResult(g, result);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("subtotals");
    for (CategorySubtotal subtotal : e.subtotals()) {
      g.writeStartObject();
      enumField(g, labels, "category", subtotal.category());
      number(g, "weight", subtotal.weight());
      number(g, "points", subtotal.points());
      g.writeEndObject();
    }
    g.writeEndArray();
    nullableDecimal(g, "score", e.score());
    nullableEnum(g, labels, "grade", e.grade());
    if (v2) {
      nullableEnum(g, labels, "withheld", e.withheld());
    } else if (e.withheld().isPresent()) {
      enumField(g, labels, "withheld", e.withheld().get());
    }
    enumField(g, labels, "status", e.status());
    if (!summary) {
      if (e.statusTrace().isPresent()) {
        g.writeFieldName("statusTrace");
        trace(g, e.statusTrace().get());
      } else if (v2) {
        g.writeNullField("statusTrace");
      }
    }
    g.writeBooleanField("provisional", e.provisional());
    JsonOut.findings(g, labels, "findings", e.findings());
    g.writeEndObject();
  }

  /** /1: the execution result's fields flat on the evaluation, named as the contract has them. */
  private void flatExecution(JsonGenerator g, ExecutionResult execution) throws IOException {
    nullableDecimal(g, "executionRate", execution.rate());
    nullableDecimal(g, "executionScore", execution.points());
    number(g, "executionWeight", execution.weight());
    if (!summary) {
      g.writeFieldName("executionTrace");
      trace(g, execution.trace());
    }
    if (!execution.findings().isEmpty()) {
      JsonOut.findings(g, labels, "executionFindings", execution.findings());
    }
  }

  /** An execution result on its own: rate, weight, points, trace and the scorer's findings. */
  public void executionResult(JsonGenerator g, ExecutionResult r) throws IOException {
    execution(g, r, true);
  }

  private void execution(JsonGenerator g, ExecutionResult r, boolean withTrace)
      throws IOException {
    g.writeStartObject();
    nullableDecimal(g, "rate", r.rate());
    number(g, "weight", r.weight());
    nullableDecimal(g, "points", r.points());
    if (withTrace) {
      g.writeFieldName("trace");
      trace(g, r.trace());
    }
    JsonOut.findings(g, labels, "findings", r.findings());
    g.writeEndObject();
  }

  /** One indicator's result, as inside an evaluation. */
  public void indicatorResult(JsonGenerator g, IndicatorResult r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("index", r.index());
    if (v2) {
      enumField(g, labels, "category", r.category());
    } else {
      // /1: "category" is the most specific category (QUANTITY rather than OUTPUT), as the
      // contract shows; level1 and subcategory say exactly which is which.
      if (r.subcategory().isPresent()) {
        enumField(g, labels, "category", r.subcategory().get());
      } else {
        enumField(g, labels, "category", r.category());
      }
      enumField(g, labels, "level1", r.category());
    }
    nullableEnum(g, labels, "subcategory", r.subcategory());
    enumField(g, labels, "outcome", r.outcome());
    number(g, "weight", r.weight());
    nullableDecimal(g, "fraction", r.fraction());
    nullableDecimal(g, "points", r.points());
    if (summary) {
      g.writeEndObject();
      return;
    }
    Trace trace = r.trace();
    if (v2) {
      g.writeFieldName("trace");
      trace(g, trace);
    } else {
      g.writeStringField("method", trace.method());
      g.writeStringField("reason", trace.reason());
      reasonCode1(g, trace);
      g.writeStringField("rule", trace.rule());
      figures(g, trace.figures());
    }
    g.writeArrayFieldStart("parts");
    for (IndicatorResult part : r.parts()) {
      indicatorResult(g, part);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void trace(JsonGenerator g, Trace trace) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", trace.rule());
    g.writeStringField("method", trace.method());
    g.writeStringField("reason", trace.reason());
    if (v2) {
      nullableString(g, "code", trace.code());
      JsonOut.strings(g, "args", trace.args());
    } else {
      reasonCode1(g, trace);
    }
    figures(g, trace.figures());
    g.writeEndObject();
  }

  /**
   * /1: the reason's code and arguments, both optional fields. With a code both are written, as
   * the contract always did; without one, the arguments when there are any (a custom rule's
   * text reason may have them), which the schema allows, so that they are not lost.
   */
  private static void reasonCode1(JsonGenerator g, Trace trace) throws IOException {
    if (trace.code().isPresent()) {
      g.writeStringField("reasonCode", trace.code().get());
    } else if (trace.args().isEmpty()) {
      return;
    }
    JsonOut.strings(g, "reasonArgs", trace.args());
  }

  private static void figures(JsonGenerator g, Map<String, BigDecimal> figures)
      throws IOException {
    g.writeObjectFieldStart("figures");
    for (Map.Entry<String, BigDecimal> entry : figures.entrySet()) {
      number(g, entry.getKey(), entry.getValue());
    }
    g.writeEndObject();
  }

  /** A finding. */
  public void finding(JsonGenerator g, Finding finding) throws IOException {
    JsonOut.finding(g, labels, finding);
  }

  // ---------------------------------------------------------------- summary

  /** A table summary: counts, totals, the lowest projects with their losses, findings by code. */
  public void summary(JsonGenerator g, TableSummary s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("projects", s.projects());
    counts(g, "byGrade", s.byGrade());
    g.writeNumberField("ungraded", s.ungraded());
    if (v2) { // /1 is frozen byte for byte
      // scores that stand only until a figure is given (a zero budget, no amounts): counted apart
      g.writeNumberField("provisional", s.provisional());
      counts(g, "provisionalByGrade", s.provisionalByGrade());
    }
    counts(g, "byStatus", s.byStatus());
    counts(g, "byWithheldReason", s.byWithheldReason());
    enumField(g, labels, "moneyUnit", s.moneyUnit());
    number(g, "totalBudget", s.totalBudget());
    number(g, "totalActual", s.totalActual());
    nullableDecimal(g, "executionRate", s.executionRate());
    g.writeNumberField("withoutAmounts", s.withoutAmounts());
    nullableDecimal(g, "meanScore", s.meanScore());
    g.writeArrayFieldStart("lowest");
    for (TableSummary.LowProject low : s.lowest()) {
      g.writeStartObject();
      nullable(g, "seq", low.seq());
      g.writeStringField("project", low.project());
      number(g, "score", low.score());
      if (v2) {
        nullableEnum(g, labels, "grade", low.grade());
      } else if (low.grade().isPresent()) {
        enumField(g, labels, "grade", low.grade().get());
      }
      g.writeArrayFieldStart("losses");
      for (PointLoss loss : low.losses()) {
        pointLoss(g, loss);
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

  private void pointLoss(JsonGenerator g, PointLoss loss) throws IOException {
    g.writeStartObject();
    if (v2) {
      nullable(g, "indicatorIndex", loss.indicatorIndex());
      nullableEnum(g, labels, "category", loss.category());
      nullableEnum(g, labels, "subcategory", loss.subcategory());
    } else {
      // /1: "category" is the most specific category, or EXECUTION for the execution rate.
      nullable(g, "indicator", loss.indicatorIndex());
      if (loss.subcategory().isPresent()) {
        enumField(g, labels, "category", loss.subcategory().get());
      } else if (loss.category().isPresent()) {
        enumField(g, labels, "category", loss.category().get());
      } else {
        g.writeStringField("category", "EXECUTION");
        if (labels) {
          // no enum of the model, but a value of the field all the same: labelled as they are
          g.writeStringField("categoryLabel", EXECUTION_LABEL);
        }
      }
    }
    number(g, "weight", loss.weight());
    number(g, "points", loss.points());
    number(g, "lost", loss.lost());
    g.writeStringField("rule", loss.rule());
    g.writeStringField("reason", loss.reason());
    g.writeEndObject();
  }

  private static <E extends Enum<E>> void counts(
      JsonGenerator g, String name, Map<E, Integer> counts) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<E, Integer> e : counts.entrySet()) {
      g.writeNumberField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
  }
}

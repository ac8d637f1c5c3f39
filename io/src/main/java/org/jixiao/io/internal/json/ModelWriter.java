package org.jixiao.io.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.label.Labelled;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.core.table.TotalsRow;

/**
 * Writes tables and projects with a streaming {@link JsonGenerator}: no reflection, no
 * intermediate tree, and every decimal written from its {@link BigDecimal} text (never through
 * {@code double}). Evaluations are {@link EvaluationWriter}'s.
 */
public final class ModelWriter {
  public static final String TABLE_SCHEMA = "jixiao.table/1";
  public static final String PROJECT_SCHEMA = "jixiao.project/1";

  private final boolean labels;

  /** @param labels whether to add the Chinese label of each enum value as an extra field */
  public ModelWriter(boolean labels) {
    this.labels = labels;
  }

  /** A decimal, exactly: plain text, or the exponent form where plain text would lose scale. */
  public static void number(JsonGenerator g, BigDecimal value) throws IOException {
    JsonOut.number(g, value);
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
    if (!project.statedCategoryWeights().isEmpty()) { // written only when printed: older documents stay as they were
      g.writeObjectFieldStart("statedCategoryWeights");
      for (Map.Entry<Category, BigDecimal> e : project.statedCategoryWeights().entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
    }
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
    optional(g, "label", fund.label());
    g.writeEndObject();
  }

  private void indicator(JsonGenerator g, Indicator indicator) throws IOException {
    g.writeStartObject();
    enumField(g, "category", indicator.category());
    if (indicator.subcategory().isPresent()) {
      enumField(g, "subcategory", indicator.subcategory().get());
    }
    optional(g, "printedSubcategory", indicator.printedSubcategory());
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
    if (indicator.cutOff()) {
      g.writeBooleanField("cutOff", true); // written only when set, as the other optional fields
    }
    g.writeEndObject();
  }

  private static void strayCells(JsonGenerator g, List<StrayCell> cells) throws IOException {
    g.writeArrayFieldStart("strayCells");
    for (StrayCell cell : cells) {
      g.writeStartObject();
      if (cell.line().isPresent()) {
        g.writeNumberField("line", cell.line().getAsLong());
      }
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

  // ---------------------------------------------------------------- findings

  /** A finding: rule, code, severity, message, arguments and, when known, its location. */
  public void finding(JsonGenerator g, Finding finding) throws IOException {
    JsonOut.finding(g, labels, finding);
  }

  // ---------------------------------------------------------------- fields

  private <E extends Enum<E> & Labelled> void enumField(JsonGenerator g, String name, E value)
      throws IOException {
    JsonOut.enumField(g, labels, name, value);
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    JsonOut.optional(g, name, value);
  }

  private static void optional(JsonGenerator g, String name, OptionalInt value)
      throws IOException {
    JsonOut.optional(g, name, value);
  }

  private static void decimal(JsonGenerator g, String name, Optional<BigDecimal> value)
      throws IOException {
    JsonOut.decimal(g, name, value);
  }
}

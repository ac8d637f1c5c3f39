package org.jixiao.io.internal.json;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
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
import org.jixiao.io.internal.table.Msg;

/**
 * Reads the model from a streaming parser, field by field. Unknown fields are skipped (documents
 * may carry more, such as the {@code …Label} fields); a missing required field, a value of the
 * wrong type, an unknown enum identifier or a negative number where the schema forbids one fails
 * with the JSON path. A {@code null} is the same as an absent optional field.
 */
public final class ModelReader {
  private ModelReader() {}

  static <T> T build(JsonIn in, String path, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      // The model's own words (English) say what it checked.
      String message = e.getMessage();
      throw in.error(
          path, Msg.of("JX-I-0318").arg("detail", message != null ? message : ""), null, e);
    }
  }

  private static void schema(JsonIn in, String expected) throws IOException {
    String schema = in.string();
    if (!schema.equals(expected)) {
      throw in.error(Msg.of("JX-I-0320").arg("expected", expected), schema);
    }
  }

  static Optional<String> optionalString(JsonIn in) throws IOException {
    return in.isNull() ? Optional.empty() : Optional.of(in.string());
  }

  static Optional<BigDecimal> optionalDecimal(JsonIn in) throws IOException {
    return in.isNull() ? Optional.empty() : Optional.of(in.decimal());
  }

  static Optional<BigDecimal> optionalNonNegative(JsonIn in) throws IOException {
    return in.isNull() ? Optional.empty() : Optional.of(in.nonNegative());
  }

  // ---------------------------------------------------------------- table

  public static PerformanceTable table(JsonIn in, boolean requireSchema) throws IOException {
    in.expectObject(JsonWords.TABLE);
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
            Msg.of("JX-I-0319")
                .arg("project", projects.get(i).moneyUnit().name())
                .arg("table", String.valueOf(unit[0])),
            projects.get(i).moneyUnit().name(),
            null);
      }
    }
    return build(in, path, () -> table.projects(projects).build());
  }

  private static Map<String, String> metadata(JsonIn in) throws IOException {
    in.expectObject(JsonWords.METADATA);
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
    in.expectObject(JsonWords.PROJECT);
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
            case "statedCategoryWeights":
              project.statedCategoryWeights(categoryWeights(in));
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

  /** The points printed per category, keyed by the category's identifier (OUTPUT, BENEFIT …). */
  private static Map<Category, BigDecimal> categoryWeights(JsonIn in) throws IOException {
    Map<Category, BigDecimal> weights = new EnumMap<>(Category.class);
    if (in.isNull()) {
      return weights;
    }
    in.expectObject(JsonWords.CATEGORY_WEIGHTS);
    in.fields(name -> weights.put(in.enumName(Category.class, name), in.nonNegative()));
    return weights;
  }

  private static List<FundSource> funds(JsonIn in) throws IOException {
    List<FundSource> funds = new ArrayList<>();
    in.elements(
        () -> {
          in.expectObject(JsonWords.FUND_SOURCE);
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
                  case "label":
                    fund.label(optionalString(in));
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
    in.expectObject(JsonWords.INDICATOR);
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
            case "printedSubcategory":
              indicator.printedSubcategory(optionalString(in));
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
            case "cutOff":
              if (!in.isNull()) {
                indicator.cutOff(in.bool());
              }
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
          in.expectObject(JsonWords.STRAY_CELL);
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
                      throw in.error(Msg.of("JX-I-0308"), Integer.toString(column));
                    }
                    cell.column(column);
                    break;
                  case "line":
                    if (!in.isNull()) {
                      cell.line(in.longValue()); // below 1 is refused by the cell, at this path
                    }
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
    in.expectObject(JsonWords.TOTALS_ROW);
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
}

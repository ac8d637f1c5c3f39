package org.jixiao.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/** Projects as rows of the tabular schema, written field by field as a user would. */
final class ProjectRowsForTest {
  /** {@link ProjectColumns#SCHEMA} with every figure and flag as text, as a CSV file is read. */
  static final StructType TEXT_SCHEMA = textFigures(ProjectColumns.SCHEMA);

  private ProjectRowsForTest() {}

  /** A row of {@link ProjectColumns#SCHEMA}: figures as DECIMAL(38,18). */
  static Row row(Project p) {
    return row(p, d -> d.map(v -> v.setScale(18)).orElse(null), b -> b.orElse(null));
  }

  /** A row of {@link #TEXT_SCHEMA}: figures as their exact decimal text, yes or no as 是 or 否. */
  static Row textRow(Project p) {
    return row(p, d -> d.map(BigDecimal::toString).orElse(null), b -> b.map(yes -> yes ? "是" : "否").orElse(null));
  }

  private static Row row(
      Project p, Function<Optional<BigDecimal>, @Nullable Object> n, Function<Optional<Boolean>, @Nullable Object> flag) {
    List<Row> funds = new ArrayList<>();
    for (FundSource f : p.funds()) {
      funds.add(
          RowFactory.create(
              f.kind().name(),
              n.apply(f.budget()),
              n.apply(f.adjustedBudget()),
              n.apply(f.executed()),
              f.label().orElse(null)));
    }
    List<Row> indicators = new ArrayList<>();
    for (Indicator i : p.indicators()) {
      indicators.add(
          RowFactory.create(
              i.category().name(),
              i.subcategory().map(Enum::name).orElse(null),
              i.name().orElse(null),
              i.target().orElse(null),
              i.actual().orElse(null),
              i.nature().map(Enum::name).orElse(null),
              i.measureUnit().orElse(null),
              n.apply(i.weight()),
              n.apply(i.statedScore()),
              i.deviationReason().orElse(null),
              i.printedSubcategory().orElse(null),
              i.cutOff() ? flag.apply(Optional.of(true)) : null));
    }
    return RowFactory.create(
        p.seq().isPresent() ? p.seq().getAsInt() : null,
        p.code().orElse(null),
        p.unit().orElse(null),
        p.department().orElse(null),
        p.name(),
        flag.apply(p.governmentInvestment()),
        p.moneyUnit().label(), // the printed label (万元), as a spreadsheet column would hold it
        n.apply(p.budget()),
        n.apply(p.adjustedBudget()),
        n.apply(p.actual()),
        n.apply(p.statedExecutionRate()),
        n.apply(p.statedExecutionWeight()),
        n.apply(p.statedExecutionScore()),
        n.apply(Optional.ofNullable(p.statedCategoryWeights().get(Category.OUTPUT))),
        n.apply(Optional.ofNullable(p.statedCategoryWeights().get(Category.BENEFIT))),
        n.apply(Optional.ofNullable(p.statedCategoryWeights().get(Category.SATISFACTION))),
        n.apply(Optional.ofNullable(p.statedCategoryWeights().get(Category.COST))),
        p.goal().orElse(null),
        p.goalOutcome().orElse(null),
        p.statedCompletion().orElse(null),
        p.problems().orElse(null),
        p.rectification().orElse(null),
        n.apply(p.statedScore()),
        CollectionConverters.asScala(funds).toSeq(),
        CollectionConverters.asScala(indicators).toSeq());
  }

  private static StructType textFigures(StructType s) {
    List<StructField> fields = new ArrayList<>();
    for (StructField f : s.fields()) {
      if (f.dataType() instanceof DecimalType || f.dataType().equals(DataTypes.BooleanType)) {
        fields.add(DataTypes.createStructField(f.name(), DataTypes.StringType, true));
      } else if (f.dataType() instanceof ArrayType) {
        StructType element = (StructType) ((ArrayType) f.dataType()).elementType();
        fields.add(
            DataTypes.createStructField(f.name(), new ArrayType(textFigures(element), true), true));
      } else {
        fields.add(f);
      }
    }
    return new StructType(fields.toArray(new StructField[0]));
  }
}

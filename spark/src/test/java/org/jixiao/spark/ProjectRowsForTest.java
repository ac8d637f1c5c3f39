package org.jixiao.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.Project;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/** Projects as rows of {@link ProjectColumns#SCHEMA}, written field by field as a user would. */
final class ProjectRowsForTest {
  private ProjectRowsForTest() {}

  static Row row(Project p) {
    List<Row> funds = new ArrayList<>();
    for (FundSource f : p.funds()) {
      funds.add(
          RowFactory.create(
              f.kind().name(), n(f.budget()), n(f.adjustedBudget()), n(f.executed())));
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
              n(i.weight()),
              n(i.statedScore()),
              i.deviationReason().orElse(null)));
    }
    return RowFactory.create(
        p.seq().isPresent() ? p.seq().getAsInt() : null,
        p.code().orElse(null),
        p.unit().orElse(null),
        p.department().orElse(null),
        p.name(),
        p.governmentInvestment().orElse(null),
        p.moneyUnit().label(), // the printed label (万元), as a spreadsheet column would hold it
        n(p.budget()),
        n(p.adjustedBudget()),
        n(p.actual()),
        n(p.statedExecutionRate()),
        n(p.statedExecutionWeight()),
        n(p.statedExecutionScore()),
        p.goal().orElse(null),
        p.goalOutcome().orElse(null),
        p.statedCompletion().orElse(null),
        p.problems().orElse(null),
        p.rectification().orElse(null),
        n(p.statedScore()),
        CollectionConverters.asScala(funds).toSeq(),
        CollectionConverters.asScala(indicators).toSeq());
  }

  /** A figure as DECIMAL(38,6): the sample's figures have two decimals, so nothing is rounded. */
  private static @Nullable BigDecimal n(Optional<BigDecimal> d) {
    return d.map(v -> v.setScale(6)).orElse(null);
  }
}

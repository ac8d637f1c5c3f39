package org.jixiao.core.table;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;

/**
 * A whole published document: a department's disclosure table (部门预算项目绩效自评情况公开表)
 * or a set of single-project forms, with its title, department, fiscal year, money unit, the
 * projects in order and the stated totals row.
 *
 * <p>Every project states its amounts in the table's {@link #moneyUnit()}; a table mixing units
 * cannot be represented and is rejected (convert the projects first with
 * {@link Project#convertTo}).
 */
@Value.Immutable
public abstract class PerformanceTable {
  PerformanceTable() {}

  /** The title line, for example {@code 2019年度深圳市龙岗区人力资源局部门预算项目绩效自评情况公开表}. */
  public abstract Optional<String> title();

  /** 部门名称: the department. */
  public abstract Optional<String> department();

  /** The fiscal year the table reports on. */
  public abstract OptionalInt fiscalYear();

  /** 单位: the unit of every amount in the table. */
  public abstract MoneyUnit moneyUnit();

  /** The projects, in published order. */
  public abstract List<Project> projects();

  /** The 合计 row, when the table has one. */
  public abstract Optional<TotalsRow> totals();

  /** Other facts about the document (source file, page count, 附表 number …), in order. */
  public abstract Map<String, String> metadata();

  /** Lines outside the projects that were kept verbatim (notes, footers, unrecognised titles). */
  public abstract List<String> notes();

  @Value.Check
  void check() {
    for (Project project : projects()) {
      if (project.moneyUnit() != moneyUnit()) {
        throw new IllegalArgumentException(
            "project '"
                + project.name()
                + "' states amounts in "
                + project.moneyUnit().label()
                + " but the table in "
                + moneyUnit().label());
      }
    }
  }

  /** This table with every amount stated in {@code target}; rates and scores are unchanged. */
  public PerformanceTable convertTo(MoneyUnit target) {
    if (target == moneyUnit()) {
      return this;
    }
    return builder()
        .from(this)
        .moneyUnit(target)
        .projects(projects().stream().map(p -> p.convertTo(target)).toList())
        .totals(totals().map(t -> t.convert(moneyUnit(), target)))
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PerformanceTable}s; the money unit is required. */
  public static class Builder extends ImmutablePerformanceTable.Builder {}
}

package org.jixiao.core.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.FundSource;
import org.jixiao.core.project.StrayCell;

/**
 * The 合计 (totals) row of a disclosure table, as printed. Its sums often include rows the
 * published document left out; rules compare it with the rows and say so.
 */
@Value.Immutable
public abstract class TotalsRow {
  TotalsRow() {}

  /** Total annual budget. */
  public abstract Optional<BigDecimal> budget();

  /** Total actual spending. */
  public abstract Optional<BigDecimal> actual();

  /** Totals by fund source, in published order. */
  public abstract List<FundSource> funds();

  /** An execution rate printed in the totals row, in percent. */
  public abstract Optional<BigDecimal> statedExecutionRate();

  /** Cells of the row that could not be placed. */
  public abstract List<StrayCell> strayCells();

  /** This row with every amount converted from {@code from} into {@code to}. */
  public TotalsRow convert(MoneyUnit from, MoneyUnit to) {
    return builder()
        .from(this)
        .budget(budget().map(a -> from.convert(a, to)))
        .actual(actual().map(a -> from.convert(a, to)))
        .funds(funds().stream().map(f -> f.convert(from, to)).toList())
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TotalsRow}s. */
  public static class Builder extends ImmutableTotalsRow.Builder {}
}

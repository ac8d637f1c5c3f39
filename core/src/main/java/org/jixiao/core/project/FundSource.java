package org.jixiao.core.project;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.jixiao.core.internal.Checks;
import org.jixiao.core.money.MoneyUnit;

/**
 * The money of one {@link FundKind} in a project: its budget, adjusted budget and executed
 * amount, each optional because the published forms differ (the disclosure table prints only the
 * executed amount by kind; the single-project form prints all three).
 *
 * <p>Amounts are in the unit of the enclosing {@link Project}. Negative or inconsistent amounts
 * are kept as published; rules report them.
 */
@Value.Immutable
public abstract class FundSource {
  FundSource() {}

  /** The kind of funds. */
  public abstract FundKind kind();

  /** 年初预算数: budget at the start of the year. */
  public abstract Optional<BigDecimal> budget();

  /** 全年预算数 / 调整后预算数: budget after adjustment. */
  public abstract Optional<BigDecimal> adjustedBudget();

  /** 全年执行数 / 实际支出: amount executed. */
  public abstract Optional<BigDecimal> executed();

  /**
   * The label the document printed for these funds, when it is not one of the {@link #kind}'s own
   * names: {@code 中央补助} or {@code 上级财政资金} read as {@link FundKind#FISCAL_APPROPRIATION}.
   * Empty when the document printed the kind's name, or no label; never blank. Kept so that a
   * reader's choice of kind never hides what was printed.
   */
  public abstract Optional<String> label();

  @Value.Check
  void check() {
    Optional<String> label = label();
    if (label.isPresent()) {
      Checks.requireNonBlank(label.get(), "fund label");
    }
  }

  /**
   * The printed label to keep beside {@code kind}: {@code printed}, stripped, unless it is empty
   * or one of the kind's own names (then there is nothing the kind does not already say).
   */
  public static Optional<String> labelBeside(FundKind kind, String printed) {
    String p = printed.strip();
    if (p.isEmpty() || FundKind.fromLabel(p).filter(kind::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(p);
  }

  /** A fund source with only an executed amount, as disclosure tables print it. */
  public static FundSource executed(FundKind kind, BigDecimal executed) {
    return builder().kind(kind).executed(executed).build();
  }

  /** This fund source with every amount converted from {@code from} into {@code to}. */
  public FundSource convert(MoneyUnit from, MoneyUnit to) {
    return builder()
        .kind(kind())
        .budget(budget().map(a -> from.convert(a, to)))
        .adjustedBudget(adjustedBudget().map(a -> from.convert(a, to)))
        .executed(executed().map(a -> from.convert(a, to)))
        .label(label())
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FundSource}s; {@link #kind} is required. */
  public static class Builder extends ImmutableFundSource.Builder {}
}

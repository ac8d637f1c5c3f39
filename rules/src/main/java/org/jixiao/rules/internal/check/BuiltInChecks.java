package org.jixiao.rules.internal.check;

import java.util.List;
import org.jixiao.rules.spi.Part;

/** The built-in checks, in run order. */
public final class BuiltInChecks {
  private BuiltInChecks() {}

  /** The project checks. */
  public static List<Part> projectChecks() {
    return List.of(
        new StatedRateCheck(),
        new FundBreakdownCheck(),
        new OverBudgetCheck(),
        new StatedScoreCheck(),
        new StatedCompletionCheck(),
        new FormWeightsCheck(),
        new MissingCategoryCheck(),
        new PlaceholderCellCheck(),
        new LowExecutionCheck(),
        new OverAchievementCheck());
  }

  /** The table checks. */
  public static List<Part> tableChecks() {
    return List.of(new SequenceCheck(), new TotalsCheck(), new FundTotalsCheck());
  }
}

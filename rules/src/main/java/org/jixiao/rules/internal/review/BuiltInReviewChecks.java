package org.jixiao.rules.internal.review;

import java.util.List;
import org.jixiao.rules.spi.ReviewCheck;

/** The built-in review checks, in run order (the order of {@code ReviewCheckIds.ALL}). */
public final class BuiltInReviewChecks {
  private BuiltInReviewChecks() {}

  /** New instances of every built-in check. */
  public static List<ReviewCheck> all() {
    return List.of(
        new CompletenessChecks.PolicyBasis(),
        new CompletenessChecks.CalculationBasis(),
        new CompletenessChecks.AnnualGoal(),
        new CompletenessChecks.RequiredIndicators(),
        new CompletenessChecks.IndicatorFields(),
        new MeasurabilityCheck(),
        new SpecificityChecks.IndicatorName(),
        new SpecificityChecks.DuplicateIndicator(),
        new SpecificityChecks.MisfiledIndicator(),
        new FundMatchCheck(),
        new FeasibilityChecks.TimeLimit(),
        new FeasibilityChecks.CostCeiling(),
        new FeasibilityChecks.SatisfactionFloor());
  }
}

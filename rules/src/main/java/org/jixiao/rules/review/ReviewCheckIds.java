package org.jixiao.rules.review;

import java.util.List;

/** The ids of the built-in review checks, in run order; docs/review.md describes each. */
public final class ReviewCheckIds {
  private ReviewCheckIds() {}

  /** 政策依据 present and more than a token sentence. */
  public static final String POLICY_BASIS = "policy-basis";

  /** 测算依据 present and showing a computation. */
  public static final String CALCULATION_BASIS = "calculation-basis";

  /** 年度目标 present and specific. */
  public static final String ANNUAL_GOAL = "annual-goal";

  /** The required 二级指标 present, filled or marked 不适用. */
  public static final String REQUIRED_INDICATORS = "required-indicators";

  /** Each listed indicator with its 三级指标, 目标值 and 指标解释. */
  public static final String INDICATOR_FIELDS = "indicator-fields";

  /** Each 目标值 a figure with a unit, or a recognised grade. */
  public static final String MEASURABLE_TARGET = "measurable-target";

  /** A 三级指标 that is a name, not a sentence. */
  public static final String INDICATOR_NAME = "indicator-name";

  /** No indicator listed twice. */
  public static final String DUPLICATE_INDICATOR = "duplicate-indicator";

  /** Each indicator under the right 二级指标. */
  public static final String MISFILED_INDICATOR = "misfiled-indicator";

  /** 本年度项目金额 present and stated in its labelled unit; enough indicators for the money. */
  public static final String FUND_MATCH = "fund-match";

  /** 时效 targets with a time limit inside the budget year. */
  public static final String TIME_LIMIT = "time-limit";

  /** A cost ceiling within the year's amount. */
  public static final String COST_CEILING = "cost-ceiling";

  /** A satisfaction target at or above the profile's floor. */
  public static final String SATISFACTION_FLOOR = "satisfaction-floor";

  /** Every built-in id, in run order. */
  public static final List<String> ALL =
      List.of(
          POLICY_BASIS, CALCULATION_BASIS, ANNUAL_GOAL, REQUIRED_INDICATORS, INDICATOR_FIELDS, MEASURABLE_TARGET, INDICATOR_NAME,
          DUPLICATE_INDICATOR, MISFILED_INDICATOR, FUND_MATCH, TIME_LIMIT, COST_CEILING, SATISFACTION_FLOOR);
}

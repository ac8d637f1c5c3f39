package org.jixiao.core.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.jixiao.core.internal.Checks;

/**
 * One performance indicator: its categories, the target and the actual exactly as published,
 * and what the form says of its weight and score.
 *
 * <p>The level-1 {@link #category()} is stored, not derived from the {@link #subcategory()}:
 * forms before 2021 put 成本指标 under 产出, later ones make it level 1, and a published table
 * may pair them oddly. Such inconsistencies are kept; rules report them.
 */
@Value.Immutable
public abstract class Indicator {
  Indicator() {}

  /** 一级指标. */
  public abstract Category category();

  /** 二级指标, when the form names one. */
  public abstract Optional<Subcategory> subcategory();

  /** 三级指标: the indicator's own name, when the form names one. */
  public abstract Optional<String> name();

  /** 年度指标值 / 年度指标内容: the target, exactly as published. */
  public abstract Optional<String> target();

  /** 实际完成值 / 完成情况: the actual, exactly as published. */
  public abstract Optional<String> actual();

  /** 指标性质, when the form states it in a column of its own. */
  public abstract Optional<TargetNature> nature();

  /** 度量单位, when the form states it in a column of its own. */
  public abstract Optional<String> measureUnit();

  /** 分值: the weight the form gives this indicator; never negative. */
  public abstract Optional<BigDecimal> weight();

  /** 得分: the score the form states for this indicator. */
  public abstract Optional<BigDecimal> statedScore();

  /** 指标解释: what the indicator measures and how (target declarations). */
  public abstract Optional<String> explanation();

  /** 偏差原因分析及改进措施: the stated reason for a deviation. */
  public abstract Optional<String> deviationReason();

  @Value.Check
  void check() {
    Checks.requireNonNegative(weight(), "indicator weight (分值)");
  }

  /**
   * An indicator of a level-2 category (its level 1 is the usual one) with a target and an
   * actual text, as disclosure tables print them.
   */
  public static Indicator of(Subcategory subcategory, String target, String actual) {
    return builder()
        .category(subcategory.category())
        .subcategory(subcategory)
        .target(target)
        .actual(actual)
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Indicator}s; {@link #category} is required. */
  public static class Builder extends ImmutableIndicator.Builder {}
}

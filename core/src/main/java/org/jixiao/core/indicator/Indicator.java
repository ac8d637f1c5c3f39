package org.jixiao.core.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
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

  /**
   * The 二级指标 label as printed, when no single {@link #subcategory()} reads from it: a label
   * naming several levels (社会、经济、生态效益 指标, one row of 东莞's form for three; see {@link
   * Subcategory#named}). Empty when the form printed no second level or one the subcategory says;
   * never blank. Kept so that what the form says of the level is not lost with the single enum
   * the model holds (a label that names no level at all stays a stray cell of the project).
   */
  public abstract Optional<String> printedSubcategory();

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

  /**
   * 副本截断: whether the copy this indicator was read from ends in its row, blank from the actual
   * on. Published copies of forms often stop mid-row (a page cut, a web page's text ending); the
   * actual may then have been cut off with the rest of the copy rather than left blank by the form,
   * and the indicator's result is unknown, not "not filled". A reader sets it; rules read such an
   * indicator as undetermined, not as not applicable. False by default; true only with no {@link
   * #actual()} and no {@link #statedScore()}, which stand right of it.
   */
  @Value.Default
  public boolean cutOff() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.requireNonNegative(weight(), "indicator weight (分值)");
    if (cutOff() && (actual().isPresent() || statedScore().isPresent())) {
      throw new IllegalArgumentException("an indicator cut off (副本截断) before its actual has no actual and no stated score");
    }
    Optional<String> label = printedSubcategory();
    if (label.isPresent()) {
      Checks.requireNonBlank(label.get(), "indicator subcategory label (二级指标)");
    }
  }

  /**
   * The second levels this indicator is filed under: its {@link #subcategory()}, or else those
   * its printed {@link #printedSubcategory()} names (three for 社会、经济、生态效益 指标); empty when
   * neither says one. What a check of required second levels should count.
   */
  public Set<Subcategory> namedSubcategories() {
    Optional<Subcategory> sub = subcategory();
    if (sub.isPresent()) {
      return Set.of(sub.get());
    }
    Optional<String> label = printedSubcategory();
    return label.isPresent() ? Subcategory.named(label.get()) : Set.of();
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

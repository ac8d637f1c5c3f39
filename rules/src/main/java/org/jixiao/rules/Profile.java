package org.jixiao.rules;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.indicator.Category;
import org.jixiao.rules.internal.RulesStyle;
import org.jixiao.rules.text.Vocabulary;

/**
 * The settings of an evaluation — data, not code: weights, grade bands, the completion
 * vocabulary, the variants of the scoring rules, status thresholds and the parts switched off.
 * The same built-in parts read it, so a new profile needs no new code. Start from a bundled one:
 * {@code Profiles.get("mof-2020").toBuilder().id("my-dept").reverseRule(RATIO).build()}.
 *
 * <p>Every share and threshold is a fraction (0.80 means 80 %); weights and grade bounds are
 * points out of {@link #total()}.
 */
@Value.Immutable
@RulesStyle
public abstract class Profile {
  Profile() {}

  /** How the indicators' part of the total is spread. */
  public enum WeightScheme {
    /**
     * Fixed level-1 weights ({@link #categoryWeights()}, MOF: 产出 50, 效益 30, 满意度 10); inside
     * a category equally, or in proportion to the form's 分值 when every scored indicator there
     * has one. A category with nothing scored passes its weight to the others in proportion.
     */
    CATEGORY,
    /**
     * The form's own 分值 (Sichuan 2023: 10 + 90 spread freely), rescaled over the scored
     * indicators to total − execution weight; equally when some 分值 is missing (with a note).
     */
    FORM
  }

  /** How a reverse (≤) indicator above its target A earns points (B = actual, w = weight). */
  public enum ReverseRule {
    /** Deployed systems: (1 − (B − A) / A) × w for A &lt; B &lt; 2A, 0 from 2A on. */
    DEPLOYED,
    /** An older template: A / B × w. */
    RATIO
  }

  /** How spending above the budget (a rate above 100 %) is scored. */
  public enum ExecutionOverrun {
    /** Capped: full points at 100 % and above (the default; domain §3, unconfirmed). */
    CAP,
    /**
     * Over-spending loses points like a reverse indicator: (200 − rate) / 100 × w, 0 from 200 %
     * on. (Scores above the weight, an "uncapped" reading, cannot be represented: core keeps
     * points within 0..weight.)
     */
    PENALISE
  }

  /** How the scores of the sub-targets of a numbered list combine. */
  public enum Combination {
    /** The mean of the scored sub-targets (the default). */
    MEAN,
    /** The lowest: a list is only as good as its worst item. */
    MIN
  }

  /** The id, for example {@code mof-2020}; recorded in every evaluation. */
  public abstract String id();

  /** A sentence saying what the profile is for. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The total the weights add up to (100). */
  @Value.Default
  public BigDecimal total() {
    return new BigDecimal("100");
  }

  /** The weight of the execution rate (10). */
  @Value.Default
  public BigDecimal executionWeight() {
    return BigDecimal.TEN;
  }

  /** The weights of the level-1 categories under {@link WeightScheme#CATEGORY}. */
  public abstract Map<Category, BigDecimal> categoryWeights();

  /**
   * Categories weighted inside another's weight: MOF forms before 2021 put 成本 under 产出, so
   * {@code COST → OUTPUT} keeps 成本指标 within the 50 of 产出.
   */
  public abstract Map<Category, Category> weightPools();

  /** How the indicators' weight is spread. */
  @Value.Default
  public WeightScheme weightScheme() {
    return WeightScheme.CATEGORY;
  }

  /**
   * Whether a project that carries its form's own 分值 is weighted by them whatever the
   * {@link #weightScheme()} (default true): the execution 分值 printed in the funds block (10, 9,
   * or 20 in the 20/80 template) is the execution weight, and when every indicator has a 分值 the
   * rest is spread by them as under {@link WeightScheme#FORM}. domain §3: "when the form carries
   * per-indicator weights, those are authoritative". Set false to impose the profile's weights.
   */
  @Value.Default
  public boolean formWeights() {
    return true;
  }

  /** The lowest score of each grade, inclusive (优 90, 良 80, 中 60, 差 0). */
  public abstract Map<Grade, BigDecimal> gradeBands();

  /** The completion words and where they land in the qualitative bands. */
  @Value.Default
  public Vocabulary vocabulary() {
    return Vocabulary.defaults();
  }

  /** The reverse-indicator variant. */
  @Value.Default
  public ReverseRule reverseRule() {
    return ReverseRule.DEPLOYED;
  }

  /** How a rate above 100 % is scored. */
  @Value.Default
  public ExecutionOverrun executionOverrun() {
    return ExecutionOverrun.CAP;
  }

  /** How sub-targets combine. */
  @Value.Default
  public Combination combination() {
    return Combination.MEAN;
  }

  /**
   * How far a stated score may be from the computed one (0.1, as deployed checkers use); also how
   * far a form's printed 分值 may fall short of the indicators' points before points count as
   * missing from what was read (display rounding, not a missing indicator).
   */
  @Value.Default
  public BigDecimal statedScoreTolerance() {
    return new BigDecimal("0.1");
  }

  /**
   * Status thresholds on the achievement (points / weight of the scored indicators): at least
   * this is MOSTLY_COMPLETED (0.80); every indicator at full marks is COMPLETED.
   */
  @Value.Default
  public BigDecimal mostlyCompletedAt() {
    return new BigDecimal("0.80");
  }

  /**
   * The least satisfaction rate an actual states (满意度达98%) that meets a satisfaction target
   * stating no figure (满意度较高) in full (0.90, the floor forms set most often for 满意度); below
   * it such an indicator is undetermined: whether 85 % is what 较高 meant cannot be told.
   */
  @Value.Default
  public BigDecimal satisfiedAt() {
    return new BigDecimal("0.90");
  }

  /** At least this achievement is PARTIALLY_COMPLETED (0.60); below, NOT_COMPLETED. */
  @Value.Default
  public BigDecimal partiallyCompletedAt() {
    return new BigDecimal("0.60");
  }

  /** More than this share of scored indicators marked 已撤项 makes the status CANCELLED (0.5). */
  @Value.Default
  public BigDecimal cancelledShare() {
    return new BigDecimal("0.5");
  }

  /**
   * How far a published 预算支出执行率 may differ from actual / budget × 100, in percentage points,
   * beyond display rounding, before {@code stated-rate} reports it (0: only display rounding).
   */
  @Value.Default
  public BigDecimal statedRateTolerance() {
    return BigDecimal.ZERO;
  }

  /**
   * Whether a cancelled (已撤项) project is scored and graded like any other (false): by default
   * its score and grade are withheld, with {@code WithheldReason.CANCELLED} and an INFO finding,
   * so that a count of 差 projects does not include projects that were withdrawn.
   */
  @Value.Default
  public boolean gradeCancelled() {
    return false;
  }

  /**
   * More than this share of the indicators' weight undetermined and the score is withheld and
   * the status is UNDETERMINED (0.5): a number mostly made of rescaling would be a guess. The
   * points a form's printed 分值 show missing from what was read count as undetermined.
   */
  @Value.Default
  public BigDecimal undeterminedShare() {
    return new BigDecimal("0.5");
  }

  /**
   * An execution rate below this (in percent) needs an explanation: a finding, not a score
   * (Sichuan: 90). Empty: no such finding.
   */
  public abstract Optional<BigDecimal> explanationBelowRate();

  /**
   * Report an actual at least this many times its target (an official note says a target set
   * far too low may lose points; unconfirmed). Empty, the default: no such finding.
   */
  public abstract Optional<BigDecimal> overAchievementRatio();

  /** Level-1 categories every project should have (产出, 效益, 满意度). */
  public abstract Set<Category> requiredCategories();

  /** Ids of built-in parts switched off under this profile. */
  public abstract Set<String> disabledParts();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("a profile needs an id");
    }
    if (total().signum() <= 0) {
      throw new IllegalArgumentException("total must be positive");
    }
    if (executionWeight().signum() < 0 || executionWeight().compareTo(total()) > 0) {
      throw new IllegalArgumentException("execution weight must be within 0..total");
    }
    categoryWeights()
        .forEach(
            (c, w) -> {
              if (w.signum() < 0) {
                throw new IllegalArgumentException("weight of " + c + " must not be negative");
              }
            });
    if (gradeBands().isEmpty()) {
      throw new IllegalArgumentException("a profile needs grade bands");
    }
    checkGradeBands();
    checkWeightPools();
    if (statedRateTolerance().signum() < 0) {
      throw new IllegalArgumentException("statedRateTolerance must not be negative");
    }
    if (statedScoreTolerance().signum() < 0) {
      throw new IllegalArgumentException("statedScoreTolerance must not be negative");
    }
    explanationBelowRate()
        .filter(r -> r.signum() < 0 || r.compareTo(HUNDRED) > 0)
        .ifPresent(r -> {
          throw new IllegalArgumentException("explanationBelowRate is a rate in percent, within 0..100, was " + r.toPlainString());
        });
    overAchievementRatio()
        .filter(r -> r.compareTo(BigDecimal.ONE) <= 0)
        .ifPresent(r -> {
          throw new IllegalArgumentException(
              "overAchievementRatio must be above 1 (an actual that many times its target), was " + r.toPlainString());
        });
    requireShare(mostlyCompletedAt(), "mostlyCompletedAt");
    requireShare(partiallyCompletedAt(), "partiallyCompletedAt");
    requireShare(cancelledShare(), "cancelledShare");
    requireShare(satisfiedAt(), "satisfiedAt");
    requireShare(undeterminedShare(), "undeterminedShare");
    if (partiallyCompletedAt().compareTo(mostlyCompletedAt()) > 0) {
      throw new IllegalArgumentException("partiallyCompletedAt must not exceed mostlyCompletedAt");
    }
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Every band's lowest score within 0..total (one above the total is never reached), and a
   * better grade's above a worse one's (优 above 良 above 中 above 差).
   */
  private void checkGradeBands() {
    BigDecimal below = null;
    Grade belowGrade = null;
    for (Grade g : Grade.values()) { // from 优 down
      BigDecimal lowest = gradeBands().get(g);
      if (lowest == null) {
        continue;
      }
      if (lowest.signum() < 0 || lowest.compareTo(total()) > 0) {
        throw new IllegalArgumentException(
            "the lowest score of " + g + " must be within 0.." + total().toPlainString() + ", was " + lowest.toPlainString());
      }
      if (below != null && lowest.compareTo(below) >= 0) {
        throw new IllegalArgumentException(
            "the lowest score of " + g + " (" + lowest.toPlainString() + ") must be below that of " + belowGrade + " (" + below.toPlainString() + ")");
      }
      below = lowest;
      belowGrade = g;
    }
  }

  /** A category is weighted inside another that is weighted on its own: no chains, no cycles. */
  private void checkWeightPools() {
    weightPools()
        .forEach(
            (c, pool) -> {
              Category further = weightPools().get(pool);
              if (!pool.equals(c) && further != null && !further.equals(pool)) {
                throw new IllegalArgumentException(
                    "weight pool of " + c + " is " + pool + ", which is itself pooled in " + further + ": pool " + c + " in " + further + " directly");
              }
            });
  }

  private static void requireShare(BigDecimal share, String name) {
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(name + " must be within 0..1, was " + share.toPlainString());
    }
  }

  /** A builder holding this profile's settings, to derive another. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** A new builder; start from {@link Profiles#get} rather than from nothing. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Profile}s; the id and grade bands are required. */
  public static class Builder extends ImmutableProfile.Builder {}
}

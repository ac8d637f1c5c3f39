package org.jixiao.rules.review;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.jixiao.core.indicator.Subcategory;

/**
 * The thresholds of target review: what a bureau requires of a declaration and how opinions turn
 * into a verdict. The defaults follow the common district practice described in {@code
 * docs/review.md}; every one is a setting, none is hidden in a check.
 */
@Value.Immutable
public abstract class ReviewProfile {
  ReviewProfile() {}

  /** The id, for example {@code default}. */
  @Value.Default
  public String id() {
    return "default";
  }

  /**
   * The 二级指标 every declaration must have (数量, 质量, 时效, 成本 and 社会效益 in the common
   * template); an indicator that does not apply is still listed, with 不适用.
   */
  @Value.Default
  public Set<Subcategory> requiredSubcategories() {
    return EnumSet.of(Subcategory.QUANTITY, Subcategory.QUALITY, Subcategory.TIMELINESS, Subcategory.COST, Subcategory.SOCIAL);
  }

  /** Fewest characters a 政策依据 or 测算依据 needs not to be a token sentence (15). */
  @Value.Default
  public int minBasisLength() {
    return 15;
  }

  /** Fewest characters a 年度目标 needs (10). */
  @Value.Default
  public int minGoalLength() {
    return 10;
  }

  /** A 三级指标 of this many characters or more reads as a sentence, not a name (15). */
  @Value.Default
  public int maxNameLength() {
    return 15;
  }

  /** The lowest satisfaction target (in percent) a review accepts (90). */
  @Value.Default
  public BigDecimal satisfactionFloor() {
    return new BigDecimal("90");
  }

  /**
   * The fewest filled indicators for the year's amount: amount in 万元 at least the key → at
   * least the value (0 → 3, 100 → 4, 1000 → 6).
   */
  @Value.Default
  public Map<BigDecimal, Integer> indicatorFloors() {
    Map<BigDecimal, Integer> floors = new TreeMap<>();
    floors.put(BigDecimal.ZERO, 3);
    floors.put(new BigDecimal("100"), 4);
    floors.put(new BigDecimal("1000"), 6);
    return floors;
  }

  /**
   * Words that make a target vague where a figure is called for (数量, 质量, 时效, 成本): 有效,
   * 提升, 惠民利民 …
   */
  @Value.Default
  public List<String> vagueWords() {
    return List.of("有效", "提升", "提高", "改善", "惠民利民", "进一步", "逐步", "加强", "促进", "推动", "不断", "显著", "明显", "较好", "良好");
  }

  /**
   * Words that name a goal rather than an indicator; a 三级指标 that starts with one reads as a
   * sentence (通过…, 确保…).
   */
  @Value.Default
  public List<String> goalVerbs() {
    return List.of("通过", "确保", "保障", "提高", "提升", "促进", "推动", "加强", "实现", "完成");
  }

  /**
   * Words that, as all a 三级指标 says after its goal verb, make it a measure of the verb's action,
   * not a sentence: 保障期限 is the period of 保障 and 完成时间 the time of 完成, as 通过率 is a
   * rate, while 保障村社区正常运转 or 提高工作效率 still state a goal. A unit in brackets after
   * the word (人数(人)) is no part of the name.
   */
  @Value.Default
  public List<String> actionMeasures() {
    return List.of(
        "期限", "时限", "时间", "周期", "天数", "进度", "人数", "人次", "户数", "次数", "数量", "数", "量", "率", "比例", "幅度", "面积",
        "金额", "范围", "标准", "情况");
  }

  /**
   * How many checks may raise a WARNING for the declaration still to pass after changes (5);
   * more return it. Checks, not opinions, are counted: seven badly named indicators are one
   * problem to fix, not seven.
   */
  @Value.Default
  public int maxFlaggedChecksToPass() {
    return 5;
  }

  /** Ids of built-in checks switched off. */
  public abstract Set<String> disabledChecks();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("a review profile needs an id");
    }
    if (minBasisLength() < 0 || minGoalLength() < 0 || maxNameLength() < 1 || maxFlaggedChecksToPass() < 0) {
      throw new IllegalArgumentException("lengths and counts must not be negative");
    }
    indicatorFloors()
        .forEach(
            (amount, count) -> {
              if (amount.signum() < 0 || count < 0) {
                throw new IllegalArgumentException("indicator floors must not be negative");
              }
            });
  }

  /** The built-in profile. */
  public static ReviewProfile defaults() {
    return builder().build();
  }

  /** A builder from these settings. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReviewProfile}s; every setting has a default. */
  public static class Builder extends ImmutableReviewProfile.Builder {}
}

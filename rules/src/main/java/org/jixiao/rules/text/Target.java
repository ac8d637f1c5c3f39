package org.jixiao.rules.text;

import java.util.Optional;

/**
 * What a target text (年度指标值 / 年度指标内容) asks for: a comparison, a quantity, what the
 * quantity is per, and a deadline, each when the text states one.
 *
 * <p>A target naming several figures ({@code 单台设备1年内出现故障不超过2次}) is reduced to its
 * main one: a figure after an explicit comparison word first (不超过2次), then one before a
 * suffix such as 以上 or 以内, then the first plain figure that is not a range, then the first
 * figure. The others qualify it.
 *
 * <p>When the text states no comparison, the direction comes from the indicator when it is
 * known ({@link IndicatorTexts#parseTarget(org.jixiao.core.indicator.Indicator)}): a bare figure
 * of a 成本 indicator is a ceiling, as is a figure of 0 (再犯罪率 0%), a time limit (3个工作日)
 * and a rate of something unwanted (投诉率, 事故发生率); otherwise at least.
 *
 * @param text the target text, normalised
 * @param comparison the comparison; {@link Comparison#AT_LEAST} when nothing says otherwise
 * @param explicit whether the text states the comparison (≥, 不少于, 以内 …) rather than
 *     leaving it to the default or to the kind of indicator
 * @param quantity the main figure, when the text has one
 * @param deadline the deadline, when the text has one
 */
public record Target(
    String text,
    Comparison comparison,
    boolean explicit,
    Optional<Quantity> quantity,
    Optional<Deadline> deadline) {

  /** Whether the target has a figure to compare an actual figure with. */
  public boolean isQuantitative() {
    return quantity.isPresent();
  }

  /**
   * What the main figure is per: {@code 人} in {@code 1000元/人}, {@code 月} in {@code 每月2次},
   * {@code 年} in {@code 不超过48万一年}.
   */
  public Optional<String> per() {
    return quantity.flatMap(Quantity::per);
  }

  /**
   * A canonical form used by the phrase table: {@code ≥ 1500 人次}, {@code ∈ 100..500 人},
   * {@code ≤ 0; deadline 年度内}, {@code deadline 12月前}, {@code ≤ 48 万元/年}, or {@code none}. A time
   * limit ({@code 48小时内}) shows as its figure, {@code ≤ 48 小时}.
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    quantity.ifPresent(q -> out.append(comparison.symbol()).append(' ').append(q.describe()));
    deadline
        .filter(d -> d.within().isEmpty()) // a time limit (48小时内) is the figure itself
        .ifPresent(
            d -> {
              if (out.length() > 0) {
                out.append("; ");
              }
              out.append("deadline ").append(d.text());
            });
    return out.length() == 0 ? "none" : out.toString();
  }
}

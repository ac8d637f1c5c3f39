package org.jixiao.rules.text;

import java.util.Optional;

/**
 * What a target text (年度指标值 / 年度指标内容) asks for: a comparison, a quantity and a
 * deadline, each when the text states one.
 *
 * <p>A target naming several figures ({@code 单台设备1年内出现故障不超过2次}) is reduced to its
 * main one: a figure after an explicit comparison word first (不超过2次), then one before a
 * suffix such as 以上 or 以内, then the first plain figure that is not a range, then the first
 * figure. The others qualify it.
 *
 * @param text the target text, normalised
 * @param comparison the comparison; {@link Comparison#AT_LEAST} when the text states none
 * @param explicit whether the text states the comparison (≥, 不少于, 以内 …) rather than
 *     leaving it to the default
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
   * A canonical form used by the phrase table: {@code ≥ 1500 人次}, {@code between 100..500 人},
   * {@code ≤ 0; deadline 年度内}, {@code deadline 12月前}, or {@code none}.
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    quantity.ifPresent(q -> out.append(comparison.symbol()).append(' ').append(q.describe()));
    deadline.ifPresent(
        d -> {
          if (out.length() > 0) {
            out.append("; ");
          }
          out.append("deadline ").append(d.text());
        });
    return out.length() == 0 ? "none" : out.toString();
  }
}

package org.jixiao.rules.text;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

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
 * <p>A value: two targets are equal when every part is. Its deadline may be given as a function
 * that finds it, called on the first read: finding one is a pass over the text, and most targets
 * are scored by their figure without it.
 */
public final class Target {
  private final String text;
  private final Comparison comparison;
  private final boolean explicit;
  private final Optional<Quantity> quantity;
  private final @Nullable Supplier<Optional<Deadline>> finder; // null when the deadline was given
  private @Nullable Optional<Deadline> deadline; // once found; an immutable value, so a race only finds it twice

  /**
   * A target that says all this.
   *
   * @param text the target text, normalised
   * @param comparison the comparison; {@link Comparison#AT_LEAST} when nothing says otherwise
   * @param explicit whether the text states the comparison (≥, 不少于, 以内 …) rather than
   *     leaving it to the default or to the kind of indicator
   * @param quantity the main figure, when the text has one
   * @param deadline the deadline, when the text has one
   */
  public Target(
      String text, Comparison comparison, boolean explicit, Optional<Quantity> quantity, Optional<Deadline> deadline) {
    this(null, text, comparison, explicit, quantity);
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  /**
   * A target whose deadline is found by {@code deadline} when first asked for ({@link
   * #deadline()}, and equality, hash code and {@code toString}, which read it). The function must
   * be pure and thread-safe: two threads reading at once may both call it. It must not return null.
   *
   * @param text the target text, normalised
   * @param comparison the comparison; {@link Comparison#AT_LEAST} when nothing says otherwise
   * @param explicit whether the text states the comparison
   * @param quantity the main figure, when the text has one
   * @param deadline finds the deadline, when the text has one
   */
  public Target(
      String text, Comparison comparison, boolean explicit, Optional<Quantity> quantity, Supplier<Optional<Deadline>> deadline) {
    this(Objects.requireNonNull(deadline, "deadline"), text, comparison, explicit, quantity);
  }

  private Target(
      @Nullable Supplier<Optional<Deadline>> finder,
      String text,
      Comparison comparison,
      boolean explicit,
      Optional<Quantity> quantity) {
    this.text = Objects.requireNonNull(text, "text");
    this.comparison = Objects.requireNonNull(comparison, "comparison");
    this.explicit = explicit;
    this.quantity = Objects.requireNonNull(quantity, "quantity");
    this.finder = finder;
  }

  /** The target text, normalised. */
  public String text() {
    return text;
  }

  /** The comparison; {@link Comparison#AT_LEAST} when nothing says otherwise. */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * Whether the text states the comparison (≥, 不少于, 以内 …) rather than leaving it to the default
   * or to the kind of indicator.
   */
  public boolean explicit() {
    return explicit;
  }

  /** The main figure, when the text has one. */
  public Optional<Quantity> quantity() {
    return quantity;
  }

  /** The deadline, when the text has one (found on the first call when given as a function). */
  public Optional<Deadline> deadline() {
    Optional<Deadline> d = deadline;
    if (d == null) {
      d = Objects.requireNonNull(Objects.requireNonNull(finder).get(), "deadline found as null");
      deadline = d;
    }
    return d;
  }

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
    deadline()
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Target t
        && text.equals(t.text)
        && comparison == t.comparison
        && explicit == t.explicit
        && quantity.equals(t.quantity)
        && deadline().equals(t.deadline());
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, comparison, explicit, quantity, deadline());
  }

  /** As a record prints itself: {@code Target[text=…, comparison=…, explicit=…, quantity=…, deadline=…]}. */
  @Override
  public String toString() {
    return "Target[text=" + text + ", comparison=" + comparison + ", explicit=" + explicit + ", quantity=" + quantity
        + ", deadline=" + deadline() + "]";
  }
}

package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;

/**
 * An actual that states only a bound on the wrong side of its target: 满意度低于90% or 培训不足200人
 * against ≥ 90 % or ≥ 200 人, 投诉率超过1% against ≤ 1 %. Read as its figure, it met the target in
 * full; it says the target was missed, by how much it does not say. It earns what a negated
 * completion does (未达到90% already did: the vocabulary's {@code negatedFraction}, 30 % by default),
 * or less when the bound itself allows less (少于50人 against ≥ 200 人: 25 % at most).
 *
 * <p>A bound on the right side, or beyond the target, says nothing against it and the figure is
 * read as before: 投诉率低于1% meets ≤ 1 %, 满意度低于95% against ≥ 90 % is compared as 95 %. A
 * negated comparison is the opposite bound (不低于90%, 不超过1%), and 近 or 接近 is a hedge, read as the
 * figure.
 */
final class StatedBounds {
  private StatedBounds() {}

  /** Words right before a figure saying the actual is below it, longest first. */
  private static final List<String> BELOW = List.of("达不到", "不足", "不到", "低于", "少于", "小于", "不满", "未满");

  /** Words right before a figure saying the actual is above it. */
  private static final List<String> ABOVE = List.of("超过", "超出", "高于", "多于", "大于");

  /**
   * The verdict of an actual whose figure {@code b} (at {@code start} in {@code actualText}, in the
   * target's unit) is a bound on the wrong side of the target {@code a}..{@code upper}; empty when it
   * is none.
   */
  static Optional<IndicatorVerdict> shortOfTarget(
      String scorer,
      Comparison comparison,
      BigDecimal a,
      BigDecimal upper,
      BigDecimal b,
      String actualText,
      int start,
      BigDecimal negatedFraction,
      Supplier<String> actual,
      Supplier<String> target) {
    boolean below;
    if (comparison.isReverse()) {
      below = false;
      if (b.compareTo(upper) < 0 || !wordBefore(actualText, start, ABOVE)) {
        return Optional.empty();
      }
    } else {
      below = true;
      if (b.compareTo(a) > 0 || !wordBefore(actualText, start, BELOW)) {
        return Optional.empty();
      }
    }
    BigDecimal fraction = negatedFraction;
    if (below && a.signum() > 0 && b.signum() >= 0) {
      fraction = fraction.min(Decimals.divide(b, a)); // 少于50人 against ≥ 200 人: a quarter at most
    }
    Trace trace =
        Reasons.trace(scorer, "stated-bound", "JX-T-0277")
            .putArgs("bound", below ? "低于" : "高于")
            .putArgs("boundEn", below ? "below" : "above")
            .putArgs("actual", actual)
            .putArgs("target", target)
            .putArgs("percent", fraction, Trace.Printed.PERCENT)
            .putFigures("target", a)
            .putFigures("actual", b)
            .putFigures("fraction", Decimals.fraction(fraction))
            .build();
    return Optional.of(IndicatorVerdict.scored(fraction, trace));
  }

  /**
   * Whether a word of {@code words} ends right before {@code start} (a space between allowed), and
   * no 不 or 未 negates it (不低于, 未超过).
   */
  private static boolean wordBefore(String text, int start, List<String> words) {
    int end = start;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    for (String word : words) {
      int from = end - word.length();
      if (from >= 0 && text.startsWith(word, from)) {
        boolean negated = from > 0 && (text.charAt(from - 1) == '不' || text.charAt(from - 1) == '未') && !word.startsWith("不") && !word.startsWith("未")
            && !word.equals("达不到");
        return !negated;
      }
    }
    return false;
  }
}

package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;

/**
 * An actual that states only a bound which does not settle the target (review 74c): 达300人以上 against ≥ 350 人 may be 340 or
 * 400, 低于2% against ≤ 1.5 % may be 1 % or 1.9 %, 均在7个工作日内完成 against ≤ 5 个工作日 may be all within 5 or not. Read as its
 * figure, the bound scored a part (86 %, 67 %, 60 %) that nothing in the text says; it is undetermined ({@code
 * bound-unsettled}, JX-T-0507). A bound on the far side of the target is {@link StatedBounds}' (低于90% against ≥ 90 %:
 * short), and one on the near side that reaches it settles it (300人以上 against ≥ 300 人: met), as before. A range that the
 * target falls inside (3—5小时 against ≤ 4 小时) is unsettled too. Not a bound governed by a negation, a comparison or a
 * group ({@link StatedBounds}' tests), and not a hedge (约, 近: read elsewhere). Part of {@link QuantitativeScorer}.
 */
final class UnsettledBounds {
  private UnsettledBounds() {}

  /** Words right before a figure saying the actual is at least it, longest first. */
  private static final List<String> AT_LEAST_BEFORE = List.of("均不低于", "均不少于", "不低于", "不少于", "不小于", "至少");

  /** Words right before a figure saying the actual is at most it, longest first. */
  private static final List<String> AT_MOST_BEFORE =
      List.of("均不超过", "均不高于", "不超过", "不高于", "不大于", "不多于", "至多", "低于", "少于", "小于", "不足", "不到");

  /** Words right after a figure (and its unit) saying the actual is at least it. */
  private static final List<String> AT_LEAST_AFTER = List.of("以上");

  /**
   * Words right after a figure (and its unit) saying the actual is at most it. Not 内 or 以内: 5个工作日内办结 states the
   * time taken as forms write it, and earlier reviews key it so (70c, 72c, 73e).
   */
  private static final List<String> AT_MOST_AFTER = List.of("以下");

  /**
   * The verdict of a bound or a range {@code figure} (read as {@code b}, in the target's unit) that leaves the target {@code
   * a}..{@code upper} ({@code targetText} as printed, {@code target} as the reason shows it) unsettled; empty when it is no
   * such bound.
   */
  static Optional<IndicatorVerdict> verdict(
      String scorer, Comparison comparison, BigDecimal a, BigDecimal upper, BigDecimal b, String actualText, Quantity figure, String targetText,
      Supplier<String> target) {
    if (comparison == Comparison.BETWEEN || figure.end() > actualText.length()) {
      return Optional.empty();
    }
    boolean floor = !comparison.isReverse();
    boolean eachAsked = targetText.contains("每") || targetText.contains("均") || targetText.contains("各");
    String kind;
    int from = figure.start();
    int to = figure.end();
    if (figure.isRange()) {
      BigDecimal low = figure.value();
      BigDecimal high = figure.upper().orElseThrow();
      BigDecimal bound = floor ? a : upper;
      // the range's own figures are converted with b: compare in the figure's unit through the ratio b / high
      BigDecimal read = floor ? low : high; // b is the range's low end converted against a floor, its high end against a ceiling
      BigDecimal scale = read.signum() == 0 ? BigDecimal.ONE : b.divide(read, java.math.MathContext.DECIMAL64);
      boolean inside = low.multiply(scale).compareTo(bound) < 0 && high.multiply(scale).compareTo(bound) > 0;
      if (!inside || eachAsked) {
        return Optional.empty(); // 各次到场用时3至5小时不等 against 每次均不超过4小时: some time passed it, read as before
      }
      kind = "range";
    } else {
      int least = StatedBounds.boundWordAt(actualText, figure.start(), AT_LEAST_BEFORE);
      int most = StatedBounds.boundWordAt(actualText, figure.start(), AT_MOST_BEFORE);
      if (least >= 0 && most >= 0) { // the longer word is the one written: 不低于 holds 低于
        least = least <= most ? least : -1;
        most = least >= 0 ? -1 : most;
      }
      boolean leastAfter = least < 0 && most < 0 && wordAfter(actualText, figure.end(), AT_LEAST_AFTER);
      boolean mostAfter = least < 0 && most < 0 && !leastAfter && wordAfter(actualText, figure.end(), AT_MOST_AFTER);
      boolean atLeast = least >= 0 || leastAfter;
      boolean atMost = most >= 0 || mostAfter;
      if (!atLeast && !atMost || StatedBounds.namesAGroup(actualText, figure.end())
          || (least >= 0 || most >= 0) && StatedBounds.governedBefore(actualText, Math.max(least, most))) {
        return Optional.empty();
      }
      // unsettled: at least b below a floor or a ceiling, at most b above a ceiling (at most b against a floor it reaches is
      // read as b, as StatedBounds has it: 满意度低于95% against ≥ 90 %)
      boolean unsettled = atLeast ? b.compareTo(floor ? a : upper) < 0 : !floor && b.compareTo(upper) > 0;
      if (!unsettled) {
        return Optional.empty();
      }
      kind = atLeast ? "least" : "most";
      from = Math.max(least, most) >= 0 ? Math.max(least, most) : from;
      to = leastAfter || mostAfter ? afterEnd(actualText, to, leastAfter ? AT_LEAST_AFTER : AT_MOST_AFTER) : to;
    }
    String quoted = actualText.substring(from, to).strip();
    return Optional.of(
        IndicatorVerdict.undetermined(
            Reasons.trace(scorer, "bound-unsettled", "JX-T-0507")
                .putArgs("actual", quoted)
                .putArgs("kind", kind.equals("range") ? "一个范围" : kind.equals("least") ? "下限" : "上限")
                .putArgs("kindEn", kind.equals("range") ? "a range" : kind.equals("least") ? "a least" : "a most")
                .putArgs("target", target)
                .build()));
  }

  /** Where the one of {@code words} that starts right after {@code end} ends. */
  private static int afterEnd(String text, int end, List<String> words) {
    for (String word : words) {
      if (text.startsWith(word, end)) {
        return end + word.length();
      }
    }
    return end;
  }

  /** Whether one of {@code words} starts right after {@code end}. */
  private static boolean wordAfter(String text, int end, List<String> words) {
    for (String word : words) {
      if (text.startsWith(word, end)) {
        return true;
      }
    }
    return false;
  }
}

package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;

/**
 * An actual that states only a bound on the wrong side of its target: 满意度低于90% or 培训不足200人
 * against ≥ 90 % or ≥ 200 人, 投诉率超过1% against ≤ 1 %. Read as its figure, it met the target in
 * full; it says the target was missed, by how much it does not say. It earns what a negated
 * completion does (未达到90% already did: the vocabulary's {@code negatedFraction}, 30 % by default),
 * or less when the bound itself allows less (少于50人 against ≥ 200 人: 25 % at most; 投诉超过10次
 * against ≤ 5次: none). Not a bound that names a group or a rule (满意度低于90%的单位0个, 超过100万元
 * 部分自筹), nor one a negation or a comparison with something else governs in its clause (没有超过1%,
 * 较上年低于10人).
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
      Quantity figure,
      QuantitativeRules.Result atTheBound,
      BigDecimal negatedFraction,
      Supplier<String> actual,
      Supplier<String> target) {
    int start = figure.start();
    boolean below = !comparison.isReverse();
    boolean wrongSide = below ? b.compareTo(a) <= 0 && wordBefore(actualText, start, BELOW) : b.compareTo(upper) >= 0 && wordBefore(actualText, start, ABOVE);
    if (!wrongSide || !atTheBound.decided() || namesAGroup(actualText, figure.end()) || governedBefore(actualText, start)) {
      return Optional.empty(); // 满意度低于90%的单位0个, 没有超过1%, 较上年低于10人: no bound of the actual
    }
    // the most the bound allows, on either side: 少于50人 against ≥ 200 人 a quarter, 投诉超过10次 against ≤ 5次 none
    BigDecimal fraction = negatedFraction.min(atTheBound.fraction());
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

  /** Words after a bound's figure that make it name a group or state a rule: 低于90%的单位, 超过100万元部分, 不足1年者. */
  private static final List<String> GROUP_WORDS = List.of("的", "部分", "者", "时", "将", "按", "以上的", "以下的");

  /**
   * Words before a bound in its clause that make it no bound of the actual: a negation (没有超过1%, 不会低于
   * 90%, 未发生投诉率大于1%的情况, 无…), or a comparison with something else (较上年低于10人, 比去年少于).
   */
  private static final List<String> GOVERNING_WORDS =
      List.of("没有", "没", "无", "未", "不会", "不得", "不能", "不曾", "不应", "不可", "并非", "从不",
          "较上", "较去", "较同", "较前", "同比", "环比", "比上", "比去", "比同", "相比");

  /** Whether a word of {@link #GROUP_WORDS} follows the figure ending at {@code end}. */
  private static boolean namesAGroup(String text, int end) {
    int k = end;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    for (String word : GROUP_WORDS) {
      if (text.startsWith(word, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@link #GOVERNING_WORDS} stands in the clause before {@code start} (未满 is a bound's own). */
  private static boolean governedBefore(String text, int start) {
    for (int k = Clauses.clauseStart(text, start); k < start; k++) {
      for (String word : GOVERNING_WORDS) {
        if (text.startsWith(word, k) && !(word.equals("未") && text.startsWith("未满", k))) {
          return true;
        }
      }
    }
    return false;
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

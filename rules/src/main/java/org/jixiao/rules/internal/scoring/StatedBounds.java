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
 * against ≤ 5次: none). Only a bound that closes its clause (or is compared by 的 with a reference:
 * 低于90%的目标要求): not one that names a group or states a rule (满意度低于90%的单位0个, 低于90%单位0个,
 * 超过100万元部分自筹), nor one that a negation, a prevention or a comparison with something else governs
 * in its clause (没有超过1%, 未发生…, 杜绝投诉率超过1%, 较上年低于10人).
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
    if (!wrongSide || !atTheBound.decided() || !closesItsClause(actualText, figure.end()) || governedBefore(actualText, wordStart(actualText, start))) {
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

  /** Words after 的 that make the bound the actual's, compared with them: 低于90%的目标要求, 超过1%的控制标准. */
  private static final List<String> REFERENCES = List.of("目标", "要求", "标准", "预算", "计划", "指标", "控制", "规定", "限额");

  /**
   * Words of a clause that govern a bound after them: a negation right before its word (没有超过1%,
   * 不会低于90%, 无低于90%; 未 and 不 the word's own check takes), a negated occurrence (未发生, 没有出现, 不存在), a rule or an aim of prevention
   * (杜绝, 严禁, 避免, 防止, 禁止, 不得).
   */
  private static final List<String> GOVERNING = List.of("没有", "没", "无", "不会", "不得", "不能", "不曾", "不应", "不可", "并非", "从不", "从未", "未曾");

  private static final List<String> OCCURRENCES = List.of("发生", "出现", "存在");

  private static final List<String> PREVENTIONS = List.of("杜绝", "严禁", "避免", "防止", "禁止", "不得");

  /** Adjectives and nouns that start with 较 or 比 and compare nothing: 较好, 比例, 比较. */
  private static final List<String> NOT_COMPARING = List.of("较好", "较高", "较低", "较大", "较多", "较少", "较为", "较差", "较快", "较慢",
      "较强", "较弱", "比例", "比率", "比重", "比较", "比对");

  /**
   * Whether the figure ending at {@code end} closes its clause (only spaces before a clause's end,
   * 、, a bracket or the text's end), or is followed by 的 and a reference it is compared with: else it
   * names a group or states a rule (低于90%的单位0个, 低于90%单位0个, 超过100万元部分自筹, 低于90%将整改).
   */
  private static boolean closesItsClause(String text, int end) {
    int k = end;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    if (k == text.length() || Clauses.isClauseEnd(text.charAt(k)) || "、()（）".indexOf(text.charAt(k)) >= 0) {
      return true;
    }
    if (text.charAt(k) == '的') {
      for (String reference : REFERENCES) {
        if (text.startsWith(reference, k + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the bound whose word starts at {@code word} is governed by what stands before it in its
   * part of the clause (from the last 、, space, 但, 仍 or 却): a negation right before the word, a
   * negated occurrence or a prevention anywhere before it, or a comparison with something else (较上年,
   * 较计划, 比目标, 同比, 环比, 相比; not 较好, 比例).
   */
  private static boolean governedBefore(String text, int word) {
    int from = Clauses.clauseStart(text, word);
    for (int k = word - 1; k > from; k--) {
      char c = text.charAt(k - 1);
      if (c == '、' || c == ' ' || c == '但' || c == '仍' || c == '却') {
        from = k;
        break;
      }
    }
    for (String negation : GOVERNING) {
      int at = word - negation.length();
      if (at >= from && text.startsWith(negation, at)) {
        return true; // 没有超过1%
      }
    }
    for (int k = from; k < word; k++) {
      char c = text.charAt(k);
      if ((c == '未' || c == '无' || c == '没' || c == '不') && occurrenceAfter(text, k + 1, word)) {
        return true; // 未发生, 没有出现, 不存在
      }
      for (String prevention : PREVENTIONS) {
        if (text.startsWith(prevention, k)) {
          return true;
        }
      }
      if ((c == '较' || c == '比') && !startsWithAny(text, k, NOT_COMPARING) && !(k > 0 && text.charAt(k - 1) == '占')) {
        return true; // 较上年, 比计划, 同比, 环比, 相比 (not 占比)
      }
    }
    return false;
  }

  /** Whether a word of occurrence starts at {@code k} or one character after it (没有出现), before {@code limit}. */
  private static boolean occurrenceAfter(String text, int k, int limit) {
    for (int at = k; at <= k + 1 && at < limit; at++) {
      if (startsWithAny(text, at, OCCURRENCES)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String text, int at, List<String> words) {
    for (String w : words) {
      if (text.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  /** Where the word of bound ending right before the figure at {@code start} starts (spaces between allowed). */
  private static int wordStart(String text, int start) {
    int end = start;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    for (List<String> words : List.of(BELOW, ABOVE)) {
      for (String word : words) {
        if (end >= word.length() && text.startsWith(word, end - word.length())) {
          return end - word.length();
        }
      }
    }
    return end;
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

package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.ChineseNumerals;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.RoundMagnitudes;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;

/**
 * An actual that states only a bound on the wrong side of its target: 满意度低于90% or 培训不足200人
 * against ≥ 90 % or ≥ 200 人, 投诉率超过1% against ≤ 1 %. Read as its figure, it met the target in
 * full; it says the target was missed, by how much it does not say. It earns what a negated
 * completion does (未达到90% already did: the vocabulary's {@code negatedFraction}, 30 % by default),
 * or less when the bound itself allows less (少于50人 against ≥ 200 人: 25 % at most; 投诉超过10次
 * against ≤ 5次: none). Not a bound that names a group or states a rule, which another figure or a
 * word of handling after it in its clause shows (满意度低于90%的单位0个, 低于90%乡镇为0, 低于90%的乡镇已
 * 整改, 超过100万元部分自筹), nor one that a negation, a prevention or a comparison with something else
 * governs in its part of the clause (没有超过1%, 未发生…, 杜绝投诉率超过1%, 较上年低于10人). Against a ceiling,
 * a figure said to be more than its number is such a bound too: 逾, or 余 and 多 after the number (5000余人,
 * 百余件 against ≤ 100 件), and 过, 超 or 上 before a round magnitude (过万人, 上千人).
 *
 * <p>A bound on the right side, or beyond the target, says nothing against it and the figure is
 * read as before: 投诉率低于1% meets ≤ 1 %, 满意度低于95% against ≥ 90 % is compared as 95 %. A
 * negated comparison is the opposite bound (不低于90%, 不超过1%), and 近 or 接近 is a hedge, read as the
 * figure, except against a floor of that very figure: 近5000人 against ≥ 5000 人 fell short of it, by how much is not
 * said ({@code nearly-short}, JX-T-0502, undetermined).
 */
final class StatedBounds {
  private StatedBounds() {}

  /** Words right before a figure saying the actual is below it, longest first. */
  private static final List<String> BELOW = List.of("达不到", "不足", "不到", "低于", "少于", "小于", "不满", "未满");

  /** Words right before a figure saying the actual is above it. */
  private static final List<String> ABOVE = List.of("超过", "超出", "高于", "多于", "大于", "逾");

  /**
   * The verdict of an actual whose {@code figure} ({@code b} in the target's unit) is a bound on the wrong side of the target {@code a}..{@code upper}; empty when it
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
    boolean below = !comparison.isReverse();
    boolean beyond = below ? b.compareTo(a) <= 0 : b.compareTo(upper) >= 0;
    int word = beyond ? boundWordAt(actualText, figure.start(), below ? BELOW : ABOVE) : -1;
    if (word < 0 && beyond && !below && (moreAfter(actualText, figure) || magnitudeAbove(actualText, figure))) {
      word = figure.start(); // 百余人, 5000余人, 逾百人, 上千人 against a ceiling they reach: more than it
    }
    int near = word < 0 && below && b.compareTo(a) == 0 ? nearlyAt(actualText, figure.start()) : -1;
    if (near >= 0 && !namesAGroup(actualText, figure.end())) {
      // 近5000人 against ≥ 5000 人: short of it, by how much not said (the figure alone read met)
      return Optional.of(
          IndicatorVerdict.undetermined(
              Reasons.trace(scorer, "nearly-short", "JX-T-0502")
                  .putArgs("actual", actualText.substring(near, figure.end()))
                  .putArgs("target", target)
                  .putFigures("target", a)
                  .putFigures("actual", b)
                  .build()));
    }
    if (word < 0 || !atTheBound.decided() || namesAGroup(actualText, figure.end()) || governedBefore(actualText, word)) {
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

  /**
   * Words after a bound's figure, in its clause, that make it name a group or state a rule: what was
   * done about the group (已…, 整改, 约谈, 通报 …), a part paid or counted otherwise (部分, 自筹, 按, 计).
   */
  private static final List<String> HANDLING =
      List.of("已", "整改", "约谈", "通报", "处理", "处置", "问责", "督办", "扣分", "扣减", "部分", "自筹", "按", "计");

  /**
   * Words right before a bound's word (up to three characters and spaces between) that negate it:
   * 没有超过1%, 不会再超过, 不可能低于, 无一低于; 未 and 不 right before it the word's own check takes.
   */
  private static final List<String> NEGATIONS = List.of("没有", "没", "无一", "无", "不会", "不得", "不能", "不可能", "不可", "不曾", "不应",
      "并非", "从不", "从未", "未曾", "未发现", "未见");

  /** Occurrences that a 未, 无, 没 or 不 before them negates: 未发生, 没有出现, 不存在, 未发现. */
  private static final List<String> OCCURRENCES = List.of("发生", "出现", "存在", "发现", "见");

  private static final List<String> PREVENTIONS = List.of("杜绝", "严禁", "避免", "防止", "禁止", "不得");

  /** Words of comparison on their own. */
  private static final List<String> COMPARISONS = List.of("同比", "环比", "相比", "相较");

  /** What 较 or 比 compares with, right after it: 较上年, 比计划, 较2023年, 较目标. */
  private static final List<String> REFERENCES =
      List.of("上年", "去年", "前年", "上一年", "往年", "同期", "上期", "上季", "上月", "年初", "计划", "目标", "预期", "预算", "标准", "以前", "之前", "前");

  /** Words that end the part of a clause a word before them governs. */
  private static final List<String> PART_ENDS = List.of("但", "仍", "却", "然而", "而", "可是", "不过", "依然", "还是");

  /**
   * Whether the figure ending at {@code end} names a group or states a rule: in the rest of its clause
   * another figure stands (低于90%的单位0个, 低于90%乡镇为0, 现象为零) or a word of handling
   * (低于90%的乡镇已整改, 超过100万元部分由单位自筹). Hedges, units, nouns and comments do not
   * (超过1%以上, 不足200名学员, 低于90%，需进一步提升).
   */
  static boolean namesAGroup(String text, int end) {
    int clauseEnd = end;
    while (clauseEnd < text.length() && !Clauses.isClauseEnd(text.charAt(clauseEnd)) && text.charAt(clauseEnd) != '、') {
      clauseEnd++;
    }
    for (int k = end; k < clauseEnd; k++) {
      char c = text.charAt(k);
      if ((c >= '0' && c <= '9') || c == '零' || (ChineseNumerals.isStart(c) && k + 1 < clauseEnd && "个家户人项次处起为".indexOf(text.charAt(k + 1)) >= 0)) {
        return true;
      }
      if (startsWithAny(text, k, HANDLING)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the bound whose word starts at {@code word} is governed in its part of the clause (from
   * the last 、 or word of {@link #PART_ENDS} before the word): a negation at most three
   * characters before the word, a negated occurrence or a prevention anywhere before it, or a
   * comparison with something else (较上年, 比计划, 同比, 环比, 相比; not 较满意, 比例, 比赛).
   */
  static boolean governedBefore(String text, int word) {
    int from = Clauses.clauseStart(text, word);
    for (int k = word; k > from; k--) {
      char c = text.charAt(k - 1);
      if (c == '、' || endsWithAny(text, k, PART_ENDS)) {
        from = k;
        break;
      }
    }
    int near = word;
    while (near > from && text.charAt(near - 1) == ' ') {
      near--;
    }
    for (int k = Math.max(from, near - 5); k < near; k++) {
      for (String negation : NEGATIONS) {
        if (text.startsWith(negation, k) && near - (k + negation.length()) <= 3) {
          return true; // 没有超过1%, 不会再超过, 无一低于
        }
      }
    }
    for (int k = from; k < word; k++) {
      char c = text.charAt(k);
      if ((c == '未' || c == '无' || c == '没' || c == '不') && occurrenceAfter(text, k + 1, word)) {
        return true; // 未发生, 没有出现, 不存在
      }
      if (startsWithAny(text, k, PREVENTIONS)) {
        return true;
      }
      if (startsWithAny(text, k, COMPARISONS)) {
        return true;
      }
      if ((c == '较' || c == '比') && comparesWith(text, k + 1)) {
        return true; // 较上年, 比计划, 较2023年
      }
    }
    return false;
  }

  /** Whether a reference of {@link #REFERENCES} or a year (2023年) starts at {@code k}. */
  private static boolean comparesWith(String text, int k) {
    if (startsWithAny(text, k, REFERENCES)) {
      return true;
    }
    int d = k;
    while (d < text.length() && d - k < 4 && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
      d++;
    }
    return d - k == 4 && d < text.length() && text.charAt(d) == '年';
  }

  /** Words right before a figure saying the actual comes near it from below: 近5000人, 接近100%, 将近2万人. */
  private static final List<String> NEARLY = List.of("接近", "将近", "逼近", "近乎", "近");

  /** Where a word of {@link #NEARLY} that ends at {@code start} starts, not 最近 or 附近 (of place or time); -1 when none. */
  private static int nearlyAt(String text, int start) {
    for (String w : NEARLY) {
      int from = start - w.length();
      if (from >= 0 && text.startsWith(w, from)) {
        return w.equals("近") && from > 0 && "最附邻临靠".indexOf(text.charAt(from - 1)) >= 0 ? -1 : from;
      }
    }
    return -1;
  }

  /** Whether a word of {@code words} ends at {@code end}. */
  private static boolean endsWithAny(String text, int end, List<String> words) {
    for (String w : words) {
      if (end >= w.length() && text.startsWith(w, end - w.length())) {
        return true;
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

  /**
   * Where the word of {@code words} ending right before the figure at {@code start} starts (spaces
   * between allowed), or -1 when there is none or 不 or 未 negates it (不低于, 未超过).
   */
  /** Whether 余 or 多 follows the figure's number, inside it (5000余人, 百余件, 300多人): it says more than the number. */
  private static boolean moreAfter(String text, Quantity figure) {
    for (int k = figure.start(); k < figure.end(); k++) {
      char c = text.charAt(k);
      if (c == '余' || c == '多') {
        return k > figure.start();
      }
    }
    return false;
  }

  /** Whether a word of more stands before a figure that opens with a magnitude (过万人, 上千人, 逾百人). */
  private static boolean magnitudeAbove(String text, Quantity figure) {
    int at = figure.start();
    return at > 0 && RoundMagnitudes.isMagnitude(text.charAt(at)) && "逾超过上".indexOf(text.charAt(at - 1)) >= 0;
  }

  static int boundWordAt(String text, int start, List<String> words) {
    int end = start;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    for (String word : words) {
      int from = end - word.length();
      if (from >= 0 && text.startsWith(word, from)) {
        boolean negated = from > 0 && (text.charAt(from - 1) == '不' || text.charAt(from - 1) == '未') && !word.startsWith("不") && !word.startsWith("未")
            && !word.equals("达不到");
        return negated ? -1 : from;
      }
    }
    return -1;
  }
}

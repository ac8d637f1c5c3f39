package org.jixiao.rules.internal.scoring;

import java.util.List;
import org.jixiao.rules.internal.text.Clauses;
import org.jixiao.rules.internal.text.NotYetDue;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Target;
import org.jspecify.annotations.Nullable;

/**
 * A zero answering a rate of the building done because the work is not yet due (0,因项目尚在建设工期内,
 * 未到竣工验收环节): nothing was measured yet, so the zero is no share of the work done. Read by
 * {@link QuantitativeScorer} before any figure is compared.
 */
final class ZeroNotYetDue {
  private ZeroNotYetDue() {}

  /** Words of a name that make it a rate of the building done: 项目竣工验收合格率, 计划完工率. */
  private static final List<String> BUILDING_DONE = List.of("完工", "竣工", "验收", "建成");

  /** Words of money in an indicator's name: a zero of money not spent is what was done (竣工项目预算执行率, 资金拨付率). */
  private static final List<String> MONEY = List.of("资金", "预算", "拨付", "支付", "执行", "结算", "投资", "费用", "经费", "补助", "补贴");

  /**
   * The words saying the work is not yet due when the actual is a zero and only those words (0,因项目尚在建设工期内,
   * 未到竣工验收环节: 东疆 2020, two real rows), against a rate above zero of the building done (项目竣工验收合格率, 计划完工率:
   * 100%): not a share of the work done, but none measured yet; else null. Every clause must be the zero, words of not
   * yet due ({@link NotYetDue}) or 未到 a step (未到竣工验收环节), the zero named as the actual (全年实际完成值为0) too: any other (已停工, 受征地影响进展缓慢, 首次竣工验收未通过) may
   * say why the zero is the answer, as four hostile reviews found in words no list closes. Not an amount (0万元 against
   * 500万元) nor money (预算执行率).
   */
  static @Nullable String words(List<Quantity> figures, Target target, String actualText, String indicatorName) {
    if (figures.isEmpty()) {
      return null;
    }
    for (Quantity q : figures) {
      if (q.value().signum() != 0) {
        return null; // nearly every actual with figures: the cheapest look first
      }
    }
    if (target.comparison().isReverse()
        || target.quantity().filter(q -> q.value().signum() > 0 && q.unit().symbol().equals("%")).isEmpty()
        || !Texts.containsAny(indicatorName, BUILDING_DONE) || Texts.containsAny(indicatorName, MONEY)) {
      return null;
    }
    @Nullable String words = null;
    for (int start = 0; start <= actualText.length(); ) {
      int end = Clauses.clauseEnd(actualText, start);
      String c = actualText.substring(start, end).strip();
      @Nullable String notYet = NotYetDue.words(c);
      if (notYet != null) {
        words = words == null ? notYet : words;
      } else if (!c.isEmpty() && !zeroOrItsLabel(c) && !notYetAtAStep(c)) {
        return null;
      }
      start = end + 1;
    }
    return words;
  }

  /** Whether a clause is a zero alone: 0, 0%, 0.0. */
  private static boolean isZero(String c) {
    if (c.charAt(0) != '0') {
      return false;
    }
    for (int k = 1; k < c.length(); k++) {
      if ("0.%".indexOf(c.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Words of a label that names the actual value before its figure: 全年实际完成值为, 实际值:. */
  private static final List<String> ACTUALS_LABEL = List.of("全年", "年度", "本年度", "本年", "当年", "实际", "完成值", "完成", "值", "为", "是", ":", " ");

  /**
   * Whether a clause is the zero, alone or named as the actual value (全年实际完成值为0, as 东疆 2020
   * prints it: review 78b h013), or the name alone where a colon parts it from its zero (实际完成值:0).
   */
  private static boolean zeroOrItsLabel(String c) {
    String rest = withoutActualsLabel(c);
    return rest.isEmpty() ? c.endsWith("值") : isZero(rest);
  }

  /** A clause without the words of {@link #ACTUALS_LABEL} it starts with; empty when it is only those. */
  private static String withoutActualsLabel(String c) {
    String rest = c;
    boolean stripped = true;
    while (stripped && !rest.isEmpty()) {
      stripped = false;
      for (String w : ACTUALS_LABEL) {
        if (rest.startsWith(w)) {
          rest = rest.substring(w.length());
          stripped = true;
          break;
        }
      }
    }
    return rest;
  }

  /** Words that may stand before 未到 a step: 因项目尚未到竣工验收环节. */
  private static final List<String> BEFORE_NOT_YET = List.of("由于", "因", "项目", "工程", "尚");

  /** Whether a clause says a step is not reached yet, and nothing else: 未到竣工验收环节, 因项目尚未到验收阶段. */
  private static boolean notYetAtAStep(String c) {
    String rest = c;
    for (String w : BEFORE_NOT_YET) {
      rest = rest.startsWith(w) ? rest.substring(w.length()) : rest;
    }
    return rest.startsWith("未到") && rest.length() <= 12 && (rest.endsWith("环节") || rest.endsWith("阶段"));
  }
}

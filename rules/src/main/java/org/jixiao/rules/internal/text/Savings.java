package org.jixiao.rules.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;

/**
 * A cost ceiling stated in words (不超过预算, 控制在预算内) answered with an amount saved (节约资金12.6万元, 结余资金3.2万元):
 * spending less than the budget keeps the budget, as 未超预算 does. A ceiling with a figure (≤ 50 万元) already takes
 * such an amount as its distance below ({@link Differences.Kind#BELOW_BUDGET}); a ceiling without one had nothing to
 * compare and was left undetermined. Only an amount of money the words before it make a saving against the budget
 * ({@link Differences}: not 较上年节约2万元, a change from another year), and not one expected or planned (预计节约5万元).
 */
public final class Savings {
  private Savings() {}

  /**
   * Words before a saving in its clause that make it no fact or no saving against the budget: an expectation or a
   * plan (有望节约), a beneficiary (为群众节约开支: their money, not the budget's), another reference (较市场价节约).
   */
  private static final List<String> NOT_YET = List.of("预计", "预期", "计划", "争取", "力争", "拟", "将", "可", "有望", "可望",
      "为群众", "为企业", "为学校", "为农户", "为居民", "为用户", "为单位", "为社会", "为服务对象", "为患者", "为家庭", "市场价", "较市场", "同类");

  /** The amounts of money {@code actual} (normalised) states as saved against the budget; empty when none. */
  public static List<Quantity> saved(String actual) {
    List<Quantity> out = new ArrayList<>();
    if (!Differences.mayHold(actual)) {
      return out;
    }
    for (Quantity q : IndicatorTexts.parseActual(actual)) {
      if (q.unit().isMoney() && q.value().signum() > 0 && Differences.of(actual, q).kind() == Differences.Kind.BELOW_BUDGET
          && !expected(actual, q.start())) {
        out.add(q);
      }
    }
    return out;
  }

  private static boolean expected(String s, int at) {
    for (int k = Clauses.clauseStart(s, at); k < at; k++) {
      if (Chars.firstAt(s, k, NOT_YET) != null) {
        return true;
      }
    }
    return false;
  }
}

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
   * Words before a saving in its clause that make it no fact or no saving against the budget: an expectation, a
   * plan or an aim (有望节约, 力求节约, 目标节约), a beneficiary (为群众节约开支: their money, not the budget's), another
   * reference (较市场价节约), a part (其中材料费节约2万元), or money left from an earlier year (使用上年结余资金3万元: a
   * carry-over spent, not a saving).
   */
  private static final List<String> NOT_YET = List.of("预计", "预期", "计划", "争取", "力争", "力求", "目标", "拟", "将", "可", "有望",
      "可望", "为群众", "为企业", "为学校", "为农户", "为居民", "为用户", "为单位", "为社会", "为服务对象", "为患者", "为家庭", "市场价",
      "较市场", "同类", "其中", "上年", "上一年", "以前年度", "往年", "历年");

  /** Words anywhere in the cell that the budget was raised beside the saving (另追加资金6万元): the saving decides nothing. */
  private static final List<String> RAISED = List.of("追加", "调增", "超支", "超预算", "超出预算");

  /** The amounts of money {@code actual} (normalised) states as saved against the budget; empty when none. */
  public static List<Quantity> saved(String actual) {
    List<Quantity> out = new ArrayList<>();
    if (!Differences.mayHold(actual) || Chars.firstIn(actual, RAISED) != null) {
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

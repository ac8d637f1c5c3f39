package org.jixiao.rules.internal.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Reasons;
import org.jixiao.rules.internal.text.FigureRoles;
import org.jixiao.rules.internal.text.RestatedTargets;
import org.jixiao.rules.internal.text.Signs;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.text.Comparison;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;

/**
 * Counts that no reading told apart but that each meet the target (开工12个，完工7个 against ≥ 6 个; 受理96件、办结72件
 * against ≥ 70 件): whichever the text means, the target is met, as a reader who cannot tell them apart still sees, so
 * the indicator scores in full and the reason names every figure. Only for a plain floor or ceiling of counts or
 * amounts, no share, no range, no period and no direction, each figure first in its clause (not 由150张减少到120张
 * under 新增床位: the change asked is neither), and only when no figure is a plan, a target restated, work
 * still to come or work beside the level (实际支出95万元，另有12万元待结算支付 against ≤ 100 万元: the sum may be what
 * is counted, and it is over). Under a ceiling their sum must be within it too, since the name may count them all (受伤4人，
 * 死亡2人 under 伤亡人数 ≤ 5 人), a part of a total (其中…) left out of it, being in the total already (项目总投资18.5万元，
 * 其中财政资金15万元 against ≤ 20 万元); a sum never harms a floor. A part of a total is no obstacle: a part meeting a floor
 * means its total does.
 */
final class EveryTieMeets {
  private EveryTieMeets() {}

  /** The verdict of 100 % when every one of {@code ties} meets the target; empty otherwise. */
  static Optional<IndicatorVerdict> verdict(
      String id, Comparison comparison, Quantity wanted, Unit unit, List<Quantity> ties, String actual, String target, String name,
      Profile.ReverseRule reverse) {
    if (comparison == Comparison.EQUAL || comparison == Comparison.BETWEEN || wanted.isRange() || wanted.per().isPresent()
        || unit.isShare() || Signs.minusBefore(target, wanted.start()) || Signs.before(target, wanted.start()) != Signs.Direction.NONE
        || Signs.nameStatesDecrease(name)) {
      return Optional.empty();
    }
    if (!Keywords.stagesNamedAreSaid(name, ties, actual) || Keywords.nameSplitAmong(ties, actual, name)) {
      return Optional.empty();
    }
    BigDecimal a = wanted.value();
    BigDecimal sum = BigDecimal.ZERO;
    for (Quantity q : ties) {
      if (Keywords.followsAnotherInItsClause(ties, actual, q) || q.isRange() || q.per().isPresent() || !q.unit().isCompatibleWith(unit) || Signs.minusBefore(actual, q.start())
          || Signs.before(actual, q.start()) != Signs.Direction.NONE || RestatedTargets.asideAt(actual, q.start()) >= 0) {
        return Optional.empty();
      }
      FigureRoles.Role role = FigureRoles.of(actual, q.start());
      if (role != null && role != FigureRoles.Role.PART) {
        return Optional.empty(); // 计划培训300人; 另有12万元待结算支付: no level, or part of a sum
      }
      BigDecimal b = q.unit().convert(q.value(), unit);
      sum = role == FigureRoles.Role.PART ? sum : sum.add(b); // 总投资18.5万元，其中财政资金15万元: the part is in the total
      if (!meets(comparison, a, b, reverse)) {
        return Optional.empty();
      }
    }
    if (comparison.isReverse() && !meets(comparison, a, sum, reverse)) {
      return Optional.empty(); // 受伤4人，死亡2人 against 伤亡人数 ≤ 5 人: the name may count the sum, which is over
    }
    String figures = ties.stream().map(Quantity::describe).collect(Collectors.joining(", "));
    return Optional.of(
        IndicatorVerdict.scored(
            BigDecimal.ONE,
            Reasons.trace(id, "every-figure-meets", "JX-T-0295")
                .putArgs("comparison", comparison.symbol())
                .putArgs("wanted", wanted::describe)
                .putArgs("figures", figures)
                .putFigures("target", a)
                .putFigures("fraction", Decimals.fraction(BigDecimal.ONE))
                .build()));
  }

  private static boolean meets(Comparison comparison, BigDecimal a, BigDecimal b, Profile.ReverseRule reverse) {
    QuantitativeRules.Result result = QuantitativeRules.score(comparison, a, a, b, reverse);
    return result.decided() && result.fraction().compareTo(BigDecimal.ONE) == 0;
  }
}

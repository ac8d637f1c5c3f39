package org.jixiao.rules.internal.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.review.ReviewAspect;
import org.jixiao.rules.review.ReviewCheckIds;
import org.jixiao.rules.spi.ReviewCheck;
import org.jixiao.rules.spi.ReviewContext;

/**
 * 相关性与资金匹配性: the year's amount is stated, in the unit its label names, within the plan's
 * total, and the declaration has enough indicators for it.
 *
 * <p>Declarations label amounts 万元 and are sometimes filled in 元: the cost targets of the same
 * declaration tell (a 成本 ceiling of 0.3万元 beside 本年度项目金额 3000). When the year's amount
 * read as 元 is within a factor of two of the cost ceilings' sum, the check says so and counts
 * the indicators against the amount in 元.
 */
final class FundMatchCheck implements ReviewCheck {
  private static final BigDecimal WAN = new BigDecimal("10000");

  @Override
  public String id() {
    return ReviewCheckIds.FUND_MATCH;
  }

  @Override
  public ReviewAspect aspect() {
    return ReviewAspect.RELEVANCE;
  }

  /** The cost ceilings of the declaration, summed, in 元; zero when it names none. */
  static BigDecimal costCeilings(Project p) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator i : p.indicators().indicators()) {
      if (ReviewTexts.isCost(i) && !ReviewTexts.markedNotApplicable(i)) {
        Optional<BigDecimal> money = ReviewTexts.filled(i.target()).isPresent() ? ReviewTexts.moneyInYuan(i) : Optional.empty();
        if (money.isPresent()) {
          sum = sum.add(money.get());
        }
      }
    }
    return sum;
  }

  /** Whether the year's amount, labelled in 万元, reads as 元 by the declaration's own cost ceilings. */
  static boolean statedInYuan(Project p) {
    Optional<BigDecimal> amount = p.budget().filter(b -> b.signum() > 0);
    BigDecimal ceilings = costCeilings(p);
    if (amount.isEmpty() || ceilings.signum() == 0 || p.moneyUnit() != MoneyUnit.WAN_YUAN) {
      return false;
    }
    BigDecimal ratio = amount.get().divide(ceilings, 4, RoundingMode.HALF_UP);
    return ratio.compareTo(new BigDecimal("0.5")) >= 0 && ratio.compareTo(new BigDecimal("2")) <= 0;
  }

  @Override
  public List<Finding> check(Project p, ReviewContext context) {
    List<Finding> out = new ArrayList<>();
    Optional<BigDecimal> amount = p.budget();
    if (amount.isEmpty() || amount.get().signum() == 0) {
      out.add(
          Msg.of("JX-V-0401").arg("amount", amount.map(BigDecimal::toPlainString).orElse("（空白）"))
              .finding(id(), Severity.WARNING, CompletenessChecks.at(p, "budget")));
      return out;
    }
    boolean inYuan = statedInYuan(p);
    if (inYuan) {
      out.add(
          Msg.of("JX-V-0403")
              .arg("amount", amount.get().stripTrailingZeros().toPlainString())
              .arg("ceilings", costCeilings(p).divide(WAN).stripTrailingZeros().toPlainString())
              .finding(id(), Severity.WARNING, CompletenessChecks.at(p, "budget", amount.get().toPlainString())));
    }
    p.totalAmount()
        .filter(t -> t.signum() > 0 && t.compareTo(amount.get()) < 0)
        .ifPresent(
            t ->
                out.add(
                    Msg.of("JX-V-0404").arg("total", t.stripTrailingZeros().toPlainString()).arg("amount", amount.get().stripTrailingZeros().toPlainString())
                        .finding(id(), Severity.WARNING, CompletenessChecks.at(p, "totalAmount"))));
    BigDecimal wan = inYuan ? amount.get().divide(WAN) : p.moneyUnit().convert(amount.get(), MoneyUnit.WAN_YUAN);
    int floor = 0;
    for (Map.Entry<BigDecimal, Integer> e : context.profile().indicatorFloors().entrySet()) {
      if (wan.compareTo(e.getKey()) >= 0) {
        floor = Math.max(floor, e.getValue());
      }
    }
    long filled = p.indicators().indicators().stream().filter(ReviewTexts::isFilled).count();
    if (filled > 0 && filled < floor) {
      out.add(
          Msg.of("JX-V-0402")
              .arg("count", filled)
              .arg("amount", wan.setScale(2, RoundingMode.HALF_UP).toPlainString())
              .arg("floor", floor)
              .finding(id(), Severity.WARNING, CompletenessChecks.at(p, "indicators")));
    }
    return out;
  }
}

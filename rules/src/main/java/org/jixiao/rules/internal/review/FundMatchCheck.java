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
import org.jixiao.rules.text.IndicatorTexts;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.review.ReviewCheckIds;
import org.jixiao.rules.spi.ReviewCheck;
import org.jixiao.rules.spi.ReviewContext;

/**
 * 相关性与资金匹配性: the year's amount is stated, in the unit its label names, within the plan's
 * total, and the declaration has enough indicators for it.
 *
 * <p>Declarations label amounts 万元 and are often filled in 元 (every non-zero amount of the two
 * real workbooks is). The declaration itself tells, in two ways:
 * <ul>
 *   <li>its cost targets: a 成本 ceiling of 0.3万元 beside 本年度项目金额 3000. The two readings of
 *       the amount differ by ten thousand times, so an amount within ten times of the ceilings'
 *       sum (either way) when read as 元 can only be in 元: as 万元 it would be a thousand times
 *       or more what its own ceilings allow;
 *   <li>its 测算依据: money figures that add up to the amount read as 元 (党群服务分中心4.494万元，
 *       … 整治队员宿舍6.72万元 beside 241000), or one that is it (按实际合同196.2576万元 beside
 *       1962576).
 * </ul>
 * Then the check says so and counts the indicators against the amount in 元, and the cost
 * ceilings are compared with the amount in 元 ({@code cost-ceiling}).
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

  /** Whether the year's amount, labelled in 万元, reads as 元 by the declaration's own figures. */
  static boolean statedInYuan(Project p) {
    return byCeilings(p) || byBasis(p);
  }

  /** The widest ratio, either way, of the amount read as 元 to the cost ceilings' sum. */
  private static final BigDecimal CEILING_RATIO = BigDecimal.TEN;

  /** Whether the amount read as 元 is within {@link #CEILING_RATIO} times of the cost ceilings' sum. */
  private static boolean byCeilings(Project p) {
    Optional<BigDecimal> amount = labelledWan(p);
    BigDecimal ceilings = costCeilings(p);
    if (amount.isEmpty() || ceilings.signum() == 0) {
      return false;
    }
    return amount.get().multiply(CEILING_RATIO).compareTo(ceilings) >= 0
        && amount.get().compareTo(ceilings.multiply(CEILING_RATIO)) <= 0;
  }

  /**
   * Whether the money figures of the 测算依据 (in 元, 千元, 万元 or 亿元; no range, not per unit)
   * add up to the amount read as 元, or one of them is it.
   */
  static boolean byBasis(Project p) {
    Optional<BigDecimal> amount = labelledWan(p);
    Optional<String> basis = p.calculationBasis().filter(b -> !b.isBlank());
    if (amount.isEmpty() || basis.isEmpty()) {
      return false;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Quantity q : IndicatorTexts.parseActual(basis.get())) {
      if (q.per().isPresent() || q.upper().isPresent()) {
        continue;
      }
      Optional<BigDecimal> yuan = ReviewTexts.yuan(q.value(), q.unit().symbol());
      if (yuan.isPresent()) {
        if (yuan.get().compareTo(amount.get()) == 0) {
          return true;
        }
        sum = sum.add(yuan.get());
      }
    }
    return sum.signum() > 0 && sum.compareTo(amount.get()) == 0;
  }

  /** The year's amount when it is above 0 and labelled 万元. */
  private static Optional<BigDecimal> labelledWan(Project p) {
    return p.moneyUnit() == MoneyUnit.WAN_YUAN ? p.budget().filter(b -> b.signum() > 0) : Optional.empty();
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
    boolean byCeilings = byCeilings(p);
    boolean inYuan = byCeilings || byBasis(p);
    if (byCeilings) {
      out.add(
          Msg.of("JX-V-0403")
              .arg("amount", amount.get().stripTrailingZeros().toPlainString())
              .arg("ceilings", costCeilings(p).divide(WAN).stripTrailingZeros().toPlainString())
              .finding(id(), Severity.WARNING, CompletenessChecks.at(p, "budget", amount.get().toPlainString())));
    } else if (inYuan) {
      out.add(
          Msg.of("JX-V-0405")
              .arg("amount", amount.get().stripTrailingZeros().toPlainString())
              .arg("basis", amount.get().divide(WAN).stripTrailingZeros().toPlainString())
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

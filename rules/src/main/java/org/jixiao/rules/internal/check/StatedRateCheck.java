package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;

/**
 * The published 预算支出执行率 against actual / budget × 100. The exact quotient is rounded to the
 * printed precision (86 for 86.2, 58.3 for 58.345), or cut off there (97.80 for 97.8086), so
 * display rounding is never an error; the
 * profile's {@link Profile#statedRateTolerance()} allows more (a bureau's "differs by more than
 * 0.1"). A rate printed as a fraction (0.958 for 95.8 %, as some single-project forms do) is
 * recognised and reported as such, not as a disagreement, also when it is shown at fewer decimals
 * than a percentage would be (0.1 for 14.46 %).
 */
final class StatedRateCheck implements ProjectCheck {
  @Override
  public String id() {
    return BuiltInIds.STATED_RATE;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    Optional<BigDecimal> stated = project.statedExecutionRate();
    Optional<BigDecimal> derived = evaluation.execution().rate();
    Optional<BigDecimal> budget = project.effectiveBudget().filter(b -> b.signum() > 0);
    Optional<BigDecimal> actual = project.actual();
    if (stated.isEmpty() || derived.isEmpty() || budget.isEmpty() || actual.isEmpty()) {
      return List.of();
    }
    if (roundsTo(derived.get(), stated.get())) {
      return List.of(); // the derived rate, rounded as stated, says it: no need of the exact quotient
    }
    BigDecimal exact = Decimals.divide(actual.get().multiply(Decimals.HUNDRED), budget.get());
    if (agrees(stated.get(), exact, derived.get(), profile.statedRateTolerance())) {
      return List.of();
    }
    BigDecimal asPercent = stated.get().movePointRight(2);
    boolean fraction = stated.get().signum() > 0 && stated.get().compareTo(BigDecimal.ONE) <= 0;
    if (fraction && agrees(asPercent, exact, derived.get(), profile.statedRateTolerance())) {
      return info(project, stated.get(), Msg.of("JX-R-0262").arg("stated", stated.get()).arg("percent", asPercent.stripTrailingZeros()));
    }
    if (fraction && fractionShown(stated.get(), exact)) {
      // as a percentage 0.1 is 10, which 14.46 is not: the message says what the fraction shows
      return info(project, stated.get(), Msg.of("JX-R-0263").arg("stated", stated.get()).arg("derived", derived.get()));
    }
    return List.of(
        Findings.at(
            id(),
            Severity.ERROR,
            Msg.of("JX-R-0261").arg("stated", stated.get()).arg("derived", derived.get()),
            project,
            "statedExecutionRate",
            stated.get().toPlainString()));
  }

  private List<Finding> info(Project project, BigDecimal stated, Msg message) {
    return List.of(Findings.at(id(), Severity.INFO, message, project, "statedExecutionRate", stated.toPlainString()));
  }

  private static boolean agrees(BigDecimal stated, BigDecimal exact, BigDecimal derived, BigDecimal tolerance) {
    return roundsTo(exact, stated)
        || roundsTo(derived, stated)
        || cutsTo(exact, stated)
        || stated.subtract(exact).abs().compareTo(tolerance) <= 0;
  }

  /**
   * Whether a fraction is B / A rounded to its own decimals: 施甸 2019 prints
   * 0.1 for 94 / 650 = 14.46 % (its 得分 2.9 is 20 × 0.1446), which as a percentage disagrees with
   * everything. Only a fraction with decimals: a bare 1 says 100 %, not "between 50 % and 150 %".
   */
  private static boolean fractionShown(BigDecimal stated, BigDecimal exact) {
    int scale = stated.scale();
    if (scale < 1 || scale > 4) {
      return false;
    }
    // rounded only: cutting off is a spreadsheet's way with percentages (97.80), and at one
    // decimal it would stretch 0.1 over 5 % to 20 %
    return exact.movePointLeft(2).setScale(scale, RoundingMode.HALF_UP).compareTo(stated) == 0;
  }

  /**
   * Whether {@code exact}, cut off at the decimals {@code stated} shows, is {@code stated}: forms
   * made in a spreadsheet print TRUNC's 97.80 for 97.8086 (临沧市临翔区 2023), a display choice as
   * rounding is, not a disagreement.
   */
  private static boolean cutsTo(BigDecimal exact, BigDecimal stated) {
    return shownAs(exact, stated, RoundingMode.DOWN);
  }

  /** Whether {@code rate}, rounded HALF_UP to the decimals {@code stated} shows (0 to 2), is {@code stated}. */
  private static boolean roundsTo(BigDecimal rate, BigDecimal stated) {
    return shownAs(rate, stated, RoundingMode.HALF_UP);
  }

  /** Whether {@code rate}, brought by {@code mode} to the decimals {@code stated} shows (0 to 2), is {@code stated}. */
  private static boolean shownAs(BigDecimal rate, BigDecimal stated, RoundingMode mode) {
    int scale = Math.max(0, Math.min(stated.scale(), 2));
    return rate.setScale(scale, mode).compareTo(stated) == 0;
  }
}

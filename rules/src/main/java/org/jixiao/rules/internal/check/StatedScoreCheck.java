package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.internal.scoring.QualitativeScorer;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.text.Band;

/**
 * Scores stated on a form (总分, the execution 得分, each indicator's 得分) against the computed
 * ones, within the profile's tolerance (0.1) or equal after display rounding (8.62 shown as 9).
 *
 * <p>An indicator's 得分 is out of the 分值 printed beside it, so it is compared with the fraction
 * earned of that 分值, not of the weight the evaluation gave the indicator: that weight is
 * rescaled whenever some indicators are not applicable, the 分值 do not add up, or the form is
 * cut short (12.5 of a 12.5-point indicator is right even when the indicator weighs 90 here).
 * A 得分 with no 分值 beside it is compared with the points of the profile's weight, which the
 * form may not have used: a difference there is said (INFO), not warned of.
 *
 * <p>A qualitative indicator earns a band of its weight, not one point of it (domain §3: 达成
 * 80–100 %): a 得分 anywhere in the band of the verdict is no mismatch, and a 总分 those 得分
 * account for is none either.
 */
final class StatedScoreCheck implements ProjectCheck {
  /**
   * The execution 得分's path. It alone may be cut off at its decimals: it is a formula (rate ×
   * 分值) that spreadsheets compute and show with INT, where an indicator's 得分 below the computed
   * one is mostly the evaluator's own deduction (永德 2022 gives 7 of 10 for a met 及时率 and 9
   * for 98 %; 零陵 2021 gives 5 of 6 for 94 % and 99 %), which cutting off would hide.
   */
  private static final String EXECUTION = "statedExecutionScore";

  @Override
  public String id() {
    return BuiltInIds.STATED_SCORE;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    BigDecimal tolerance = profile.statedScoreTolerance();
    List<Finding> perIndicator = new ArrayList<>();
    // how far the in-band 得分 of qualitative indicators move the total from the computed one
    BigDecimal bandShift = BigDecimal.ZERO;
    List<Indicator> indicators = project.indicators().indicators();
    for (IndicatorResult result : evaluation.indicators()) {
      Indicator indicator = indicators.get(result.index());
      if (indicator.statedScore().isEmpty()) {
        continue; // most rows state no score: word nothing for them
      }
      String path = "indicators[" + result.index() + "].statedScore";
      String what = "第" + (result.index() + 1) + "个指标的得分";
      String whatEn = "score (得分) of indicator " + (result.index() + 1);
      Optional<BigDecimal> computed = onPrintedWeight(indicator, result);
      Optional<Finding> above = aboveWeight(project, path, what, whatEn, indicator.statedScore(), indicator.weight(), computed);
      if (above.isPresent()) {
        perIndicator.add(above.get());
        continue;
      }
      Optional<Finding> inBand = inBand(project, path, what, whatEn, indicator, result, computed, tolerance);
      if (inBand.isPresent()) {
        perIndicator.add(inBand.get());
        // the form's total is the sum of its own 得分: it is lower (or higher) by what the form
        // gave the row within its band against what the row earns of its 分值 here
        bandShift = bandShift.add(indicator.statedScore().get().subtract(computed.orElseThrow()));
        continue;
      }
      compare(
          project, path, what, whatEn, indicator.statedScore(), computed, tolerance, indicator.weight().isPresent(), perIndicator);
    }
    List<Finding> out = new ArrayList<>();
    if (!total(project, evaluation, bandShift, tolerance, out)) {
      compare(project, "statedScore", "总分", "total score (总分)", project.statedScore(), evaluation.score(), tolerance, true, out);
    }
    Optional<Finding> executionAbove =
        aboveWeight(project, EXECUTION, "预算执行率得分", "execution score (得分)", project.statedExecutionScore(),
            project.statedExecutionWeight(), evaluation.execution().points());
    if (executionAbove.isPresent()) {
      out.add(executionAbove.get());
    } else {
      compare(
          project,
          EXECUTION,
          "预算执行率得分",
          "execution score (得分)",
          project.statedExecutionScore(),
          evaluation.execution().points(),
          tolerance,
          true,
          out);
    }
    out.addAll(perIndicator);
    return out;
  }

  /**
   * A 得分 above the 分值 printed beside it (施甸 2019: 31.9 of 20 for a target exceeded 1.6 times):
   * no reading of the row can give it, since a score never exceeds its weight (domain §3), so it is
   * said as such (WARNING JX-R-0286) instead of as a mere difference from the computed points,
   * which the message still gives. Strictly above: no display rounding takes a score past its 分值.
   */
  private Optional<Finding> aboveWeight(
      Project project, String path, String what, String whatEn, Optional<BigDecimal> stated,
      Optional<BigDecimal> weight, Optional<BigDecimal> computed) {
    if (stated.isEmpty() || weight.isEmpty() || weight.get().signum() <= 0 || stated.get().compareTo(weight.get()) <= 0) {
      return Optional.empty();
    }
    Msg message =
        Msg.of("JX-R-0286")
            .arg("what", what)
            .arg("whatEn", whatEn)
            .arg("stated", stated.get())
            .arg("weight", weight.get())
            .arg("computed", computed.map(BigDecimal::toPlainString).orElse("—"));
    return Optional.of(Findings.at(id(), Severity.WARNING, message, project, path, stated.get().toPlainString()));
  }

  /**
   * A qualitative indicator's 得分 that differs from the computed one but lies in the band of its
   * verdict (达成 80–100 % of the 分值, 部分达成 60–80 %, 未达成 0–60 %): where in its band a
   * verdict lands is the evaluator's judgement (13 of 15 for 改善学校的办学条件 met is as right as
   * our 15), so it is said (INFO), not warned of. Needs a printed 分值 and a verdict whose trace
   * names its band (figures {@code bandLower}, {@code bandUpper}).
   */
  private Optional<Finding> inBand(
      Project project,
      String path,
      String what,
      String whatEn,
      Indicator indicator,
      IndicatorResult result,
      Optional<BigDecimal> computed,
      BigDecimal tolerance) {
    Optional<BigDecimal> stated = indicator.statedScore();
    Optional<BigDecimal> printed = indicator.weight();
    Optional<Band> band = band(result);
    if (stated.isEmpty() || printed.isEmpty() || band.isEmpty() || computed.isEmpty()
        || Findings.agrees(stated.get(), computed.get(), tolerance)) {
      return Optional.empty();
    }
    BigDecimal low = Decimals.two(band.get().lower().multiply(printed.get()));
    BigDecimal high = Decimals.two(band.get().upper().multiply(printed.get()));
    if (!within(stated.get(), low, high, tolerance)) {
      return Optional.empty();
    }
    Msg message =
        Msg.of("JX-R-0284")
            .arg("what", what)
            .arg("whatEn", whatEn)
            .arg("stated", stated.get())
            .arg("computed", computed.get())
            .arg("band", band.get().label())
            .arg("bandEn", QualitativeScorer.english(band.get()))
            .arg("low", low)
            .arg("high", high);
    return Optional.of(Findings.at(id(), Severity.INFO, message, project, path, stated.get().toPlainString()));
  }

  /**
   * Whether {@code stated} is a score in {@code low..high}: within the tolerance of it, or what a
   * score in it shows once rounded for display (HALF_UP rounding keeps order, so the rounded ends
   * bound every rounded score between them).
   */
  static boolean within(BigDecimal stated, BigDecimal low, BigDecimal high, BigDecimal tolerance) {
    if (stated.compareTo(low.subtract(tolerance)) >= 0 && stated.compareTo(high.add(tolerance)) <= 0) {
      return true;
    }
    int scale = Math.max(0, stated.scale());
    return low.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) <= 0
        && high.setScale(scale, RoundingMode.HALF_UP).compareTo(stated) >= 0;
  }

  /** The band a result's trace names, when its figures are one of the three bands. */
  private static Optional<Band> band(IndicatorResult result) {
    BigDecimal lower = result.trace().figures().get("bandLower");
    BigDecimal upper = result.trace().figures().get("bandUpper");
    if (lower == null || upper == null) {
      return Optional.empty();
    }
    for (Band band : Band.values()) {
      if (band.lower().compareTo(lower) == 0 && band.upper().compareTo(upper) == 0) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  /**
   * The 总分 when qualitative 得分 in their bands explain its difference from the computed score:
   * said (INFO) with the total those 得分 give, and true; false when the usual comparison is due.
   */
  private boolean total(Project project, Evaluation evaluation, BigDecimal bandShift, BigDecimal tolerance, List<Finding> out) {
    Optional<BigDecimal> stated = project.statedScore();
    Optional<BigDecimal> computed = evaluation.score();
    if (bandShift.signum() == 0 || stated.isEmpty() || computed.isEmpty()
        || Findings.agrees(stated.get(), computed.get(), tolerance)) {
      return false;
    }
    BigDecimal adjusted = Decimals.two(computed.get().add(bandShift));
    if (!Findings.agrees(stated.get(), adjusted, tolerance)) {
      return false;
    }
    Msg message =
        Msg.of("JX-R-0285").arg("stated", stated.get()).arg("computed", computed.get()).arg("adjusted", adjusted);
    out.add(Findings.at(id(), Severity.INFO, message, project, "statedScore", stated.get().toPlainString()));
    return true;
  }

  /**
   * The points of a result on the indicator's printed 分值 (fraction × 分值, HALF_UP to cents, at
   * most the 分值) when it has one; the points of the evaluation otherwise.
   */
  private static Optional<BigDecimal> onPrintedWeight(Indicator indicator, IndicatorResult result) {
    Optional<BigDecimal> printed = indicator.weight();
    Optional<BigDecimal> fraction = result.fraction();
    if (printed.isEmpty() || fraction.isEmpty()) {
      return result.points();
    }
    return Optional.of(Decimals.min(Decimals.two(fraction.get().multiply(printed.get())), printed.get()));
  }

  private void compare(
      Project project,
      String path,
      String what,
      String whatEn,
      Optional<BigDecimal> stated,
      Optional<BigDecimal> computed,
      BigDecimal tolerance,
      boolean sameBasis,
      List<Finding> out) {
    if (stated.isEmpty()) {
      return;
    }
    if (computed.isEmpty()) {
      out.add(
          Findings.at(
              id(),
              Severity.INFO,
              Msg.of("JX-R-0281").arg("what", what).arg("whatEn", whatEn).arg("stated", stated.get()),
              project,
              path));
      return;
    }
    if (Findings.agrees(stated.get(), computed.get(), tolerance)
        || (path.equals(EXECUTION) && Findings.cutsTo(stated.get(), computed.get()))) {
      return;
    }
    // no 分值 beside the 得分 (sameBasis false): the computed points are of the weight allocated to
    // the row — the profile's, or a share of its category's printed points — which the form may
    // never have used (a 20/80 form scores its rows out of points it does not print), so the
    // difference is said, not warned of
    Msg message =
        Msg.of(sameBasis ? "JX-R-0282" : "JX-R-0283")
            .arg("what", what)
            .arg("whatEn", whatEn)
            .arg("stated", stated.get())
            .arg("computed", computed.get());
    if (sameBasis) {
      message = message.arg("tolerance", tolerance);
    }
    out.add(
        Findings.at(
            id(), sameBasis ? Severity.WARNING : Severity.INFO, message, project, path, stated.get().toPlainString()));
  }
}

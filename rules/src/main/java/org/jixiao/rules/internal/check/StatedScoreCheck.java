package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
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
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;

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
 */
final class StatedScoreCheck implements ProjectCheck {
  @Override
  public String id() {
    return BuiltInIds.STATED_SCORE;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    List<Finding> out = new ArrayList<>();
    BigDecimal tolerance = profile.statedScoreTolerance();
    compare(project, "statedScore", "总分", "total score (总分)", project.statedScore(), evaluation.score(), tolerance, true, out);
    compare(
        project,
        "statedExecutionScore",
        "预算执行率得分",
        "execution score (得分)",
        project.statedExecutionScore(),
        evaluation.execution().points(),
        tolerance,
        true,
        out);
    List<Indicator> indicators = project.indicators().indicators();
    for (IndicatorResult result : evaluation.indicators()) {
      Indicator indicator = indicators.get(result.index());
      if (indicator.statedScore().isEmpty()) {
        continue; // most rows state no score: word nothing for them
      }
      compare(
          project,
          "indicators[" + result.index() + "].statedScore",
          "第" + (result.index() + 1) + "个指标的得分",
          "score (得分) of indicator " + (result.index() + 1),
          indicator.statedScore(),
          onPrintedWeight(indicator, result),
          tolerance,
          indicator.weight().isPresent(),
          out);
    }
    return out;
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
    if (Findings.agrees(stated.get(), computed.get(), tolerance)) {
      return;
    }
    // no 分值 beside the 得分 (sameBasis false): the computed points are of the profile's weight,
    // which the form may never have used (a 20/80 form scores its rows out of points it does not
    // print), so the difference is said, not warned of
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

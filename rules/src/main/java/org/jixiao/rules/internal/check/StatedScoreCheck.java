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
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;

/**
 * Scores stated on a form (总分, the execution 得分, each indicator's 得分) against the computed
 * ones, within the profile's tolerance (0.1) or equal after display rounding (8.62 shown as 9).
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
    compare(project, "statedScore", "总分", "total score (总分)", project.statedScore(), evaluation.score(), tolerance, out);
    compare(
        project,
        "statedExecutionScore",
        "预算执行率得分",
        "execution score (得分)",
        project.statedExecutionScore(),
        evaluation.execution().points(),
        tolerance,
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
          result.points(),
          tolerance,
          out);
    }
    return out;
  }

  private void compare(
      Project project,
      String path,
      String what,
      String whatEn,
      Optional<BigDecimal> stated,
      Optional<BigDecimal> computed,
      BigDecimal tolerance,
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
    if (!Findings.agrees(stated.get(), computed.get(), tolerance)) {
      out.add(
          Findings.at(
              id(),
              Severity.WARNING,
              Msg.of("JX-R-0282")
                  .arg("what", what)
                  .arg("whatEn", whatEn)
                  .arg("stated", stated.get())
                  .arg("computed", computed.get())
                  .arg("tolerance", tolerance),
              project,
              path,
              stated.get().toPlainString()));
    }
  }
}

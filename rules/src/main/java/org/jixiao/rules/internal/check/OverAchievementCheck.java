package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;

/**
 * An actual at least the profile's ratio times a positive target: the target may have been set
 * too low (an official note, unconfirmed). Reads the figures the quantitative scorer put in its
 * trace; inert unless the profile sets a ratio.
 */
final class OverAchievementCheck implements ProjectCheck {
  @Override
  public String id() {
    return BuiltInIds.OVER_ACHIEVEMENT;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    Optional<BigDecimal> ratio = profile.overAchievementRatio();
    List<Finding> out = new ArrayList<>();
    if (ratio.isEmpty()) {
      return out;
    }
    for (IndicatorResult result : evaluation.indicators()) {
      List<IndicatorResult> candidates = result.parts().isEmpty() ? List.of(result) : result.parts();
      for (IndicatorResult r : candidates) {
        BigDecimal target = r.trace().figures().get("target");
        BigDecimal actual = r.trace().figures().get("actual");
        if (r.outcome() == Outcome.SCORED
            && r.trace().method().equals("positive-ratio")
            && target != null
            && actual != null
            && target.signum() > 0
            && actual.compareTo(target.multiply(ratio.get())) >= 0) {
          out.add(
              Findings.at(
                  id(),
                  Severity.INFO,
                  Msg.of("JX-R-0231")
                      .arg("actual", Decimals.plain(actual))
                      .arg("times", Decimals.plain(Decimals.two(Decimals.divide(actual, target))))
                      .arg("target", Decimals.plain(target)),
                  project,
                  "indicators[" + result.index() + "]"));
        }
      }
    }
    return out;
  }
}

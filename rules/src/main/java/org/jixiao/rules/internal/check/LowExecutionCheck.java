package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.text.IndicatorTexts;

/**
 * An execution rate below the profile's threshold needs an explanation (Sichuan: below 90 %):
 * a warning when no problem (项目执行中存在的问题) is stated, a note otherwise. Inert when the
 * profile sets no threshold.
 */
final class LowExecutionCheck implements ProjectCheck {
  @Override
  public String id() {
    return BuiltInIds.LOW_EXECUTION;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    Optional<BigDecimal> threshold = profile.explanationBelowRate();
    Optional<BigDecimal> rate = evaluation.execution().rate();
    if (threshold.isEmpty() || rate.isEmpty() || rate.get().compareTo(threshold.get()) >= 0) {
      return List.of();
    }
    boolean explained = project.problems().filter(p -> !IndicatorTexts.isPlaceholder(p)).isPresent();
    Msg message =
        Msg.of(explained ? "JX-R-0211" : "JX-R-0212")
            .arg("rate", rate.get())
            .arg("threshold", threshold.get())
            .arg("profile", profile.id());
    return List.of(
        Findings.at(id(), explained ? Severity.INFO : Severity.WARNING, message, project, "execution"));
  }
}

package org.jixiao.rules.custom;

import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.ProjectCheck;

/** A project not completed should state its problems (项目执行中存在的问题). */
public final class ProblemsStatedCheck implements ProjectCheck {
  @Override
  public String id() {
    return "problems-stated";
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    boolean stated = project.problems().filter(p -> !p.isBlank() && !p.strip().equals("无")).isPresent();
    if (evaluation.status() == Status.COMPLETED || stated) {
      return List.of();
    }
    return List.of(
        Finding.of(
            id(), Severity.INFO, "not completed, and no problem is stated", Location.ofSeq(project.seq().orElse(0))));
  }
}

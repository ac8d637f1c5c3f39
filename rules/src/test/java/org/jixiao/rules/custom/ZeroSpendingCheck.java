package org.jixiao.rules.custom;

import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Location;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.ProjectCheck;

/**
 * A bureau's check (the adopter's of report s33): a project with a budget that spent nothing must
 * say why. It words its finding from its own catalog, in Chinese, as the README shows.
 */
public final class ZeroSpendingCheck implements ProjectCheck {
  /** The code of its finding. */
  public static final String CODE = "BUREAU-0001";

  @Override
  public String id() {
    return "bureau-zero-spending";
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    boolean budgeted = project.effectiveBudget().filter(b -> b.signum() > 0).isPresent();
    boolean nothingSpent = project.actual().filter(a -> a.signum() == 0).isPresent();
    if (!budgeted || !nothingSpent) {
      return List.of();
    }
    return List.of(
        Finding.builder()
            .rule(id())
            .code(CODE)
            .severity(Severity.WARNING)
            .putArgs("project", project.name())
            .putArgs("budget", project.effectiveBudget().get().toPlainString())
            .message(BureauMessages.CATALOG, Locale.CHINESE)
            .location(Location.ofSeq(project.seq().orElse(0)))
            .build());
  }
}

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
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;

/**
 * The published 预算支出执行率 against actual / budget × 100. A rate printed with fewer
 * decimals (86 for 86.2) is compared at its own precision.
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
    if (stated.isEmpty() || derived.isEmpty()) {
      return List.of();
    }
    int scale = Math.max(0, Math.min(stated.get().scale(), 2));
    if (derived.get().setScale(scale, RoundingMode.HALF_UP).compareTo(stated.get()) == 0) {
      return List.of();
    }
    return List.of(
        Findings.at(
            id(),
            Severity.ERROR,
            "the stated execution rate "
                + stated.get().toPlainString()
                + "% disagrees with actual / budget × 100 = "
                + derived.get().toPlainString()
                + "%",
            project,
            "statedExecutionRate",
            stated.get().toPlainString()));
  }
}

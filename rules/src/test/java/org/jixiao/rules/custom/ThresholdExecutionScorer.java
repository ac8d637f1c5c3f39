package org.jixiao.rules.custom;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.ExecutionScorer;

/**
 * A department's own execution rule: full points from a 90 % execution rate on, nothing below.
 * Written as a user would, against the public API only.
 */
public final class ThresholdExecutionScorer implements ExecutionScorer {
  private static final BigDecimal THRESHOLD = new BigDecimal("90");

  @Override
  public String id() {
    return "threshold-execution";
  }

  @Override
  public ExecutionResult score(Project project, BigDecimal weight, Profile profile) {
    if (project.effectiveBudget().isEmpty()
        || project.actual().isEmpty()
        || project.effectiveBudget().get().signum() <= 0) {
      return ExecutionResult.builder().weight(weight).trace(Trace.of(id(), "no-budget", "no budget or actual")).build();
    }
    BigDecimal rate =
        project.actual().get().multiply(new BigDecimal("100")).divide(project.effectiveBudget().get(), 2, RoundingMode.HALF_UP);
    BigDecimal points = rate.compareTo(THRESHOLD) >= 0 ? weight : BigDecimal.ZERO.setScale(2);
    return ExecutionResult.builder()
        .rate(rate)
        .weight(weight)
        .points(points)
        .trace(
            Trace.builder()
                .rule(id())
                .method("threshold")
                .reason("rate " + rate + "% " + (points.signum() > 0 ? "≥" : "<") + " 90% → " + points)
                .putFigures("rate", rate)
                .build())
        .build();
  }
}

package org.jixiao.rules.spi;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;

/**
 * Derives the budget execution rate (预算执行率) of a project and its points. The built-in
 * part, {@value BuiltInIds#EXECUTION_RATE}, computes actual / effective budget × 100, HALF_UP to
 * two decimals, and points = rate × weight, capped at the weight by default.
 */
public interface ExecutionScorer extends Part {
  /**
   * Scores the execution of a project.
   *
   * @param weight the weight of the execution rate, as the weight allocator set it
   * @return the rate and points (points within 0..weight), or a result without rate and points
   *     whose trace says why; a project without a budget to divide by (neither 年度预算 nor
   *     调整后预算数 nor fund sources, or a budget of 0) gets the latter, as the testkit's
   *     {@code ExecutionScorerContract} checks
   */
  ExecutionResult score(Project project, BigDecimal weight, Profile profile);
}

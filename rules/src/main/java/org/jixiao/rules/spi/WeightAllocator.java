package org.jixiao.rules.spi;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;

/**
 * Sets the weights: the execution rate's before scoring, and the indicators' once their
 * outcomes are known — only scored indicators get weight, the weights of the others are
 * spread over them (domain §3: dropped and rescaled so the total stays out of 100).
 */
public interface WeightAllocator extends Part {
  /** The weight of the execution rate of a project. */
  BigDecimal executionWeight(Project project, Profile profile);

  /**
   * The weights of one evaluation.
   *
   * @param executionScored whether the execution rate could be scored; when not, its weight is
   *     spread over the indicators too
   * @param outcomes the outcome of each indicator, in indicator order
   * @return weights summing to the profile total when anything is scored, with notes that the
   *     engine quotes in finding JX-R-0102 as they are; the built-in allocator words them in
   *     Chinese when called here (the engine asks it for its own language), so an allocator that
   *     delegates to it under an English evaluator passes on Chinese notes
   */
  Allocation allocate(Project project, Profile profile, boolean executionScored, List<Outcome> outcomes);
}

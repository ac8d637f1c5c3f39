package org.jixiao.rules.spi;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;

/** Derives a project's completion status from its indicator results. */
public interface StatusDeriver extends Part {
  /**
   * The status of a project whose indicators gave {@code results}.
   *
   * @param undeterminedShare the share (0..1) of the indicators' weight that the undetermined
   *     indicators would carry had they been scored, counting as undetermined the points a form's
   *     printed 分值 show missing from what was read (a copy cut short); above the profile's
   *     {@link Profile#undeterminedShare()} the evaluator gives no score
   */
  StatusVerdict derive(
      Project project, List<IndicatorResult> results, BigDecimal undeterminedShare, Profile profile);
}

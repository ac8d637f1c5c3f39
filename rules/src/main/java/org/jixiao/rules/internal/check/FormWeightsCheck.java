package org.jixiao.rules.internal.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.internal.scoring.PrintedPoints;
import org.jixiao.rules.internal.scoring.WeightsAllocator;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;

/**
 * A form that prints its own 分值 for the execution rate and every indicator should make them add
 * up to the total (100). Real forms do not always (10 + 110, 20 + 90): a WARNING naming the sum,
 * since the evaluation then rescales the indicators' 分值 to what is left after the execution
 * weight (JX-R-0206). A form that prints 分值 for its indicators only, followed as printed, leaves
 * the profile's execution weight; when they add up to more or less than the rest, they are
 * rescaled to it (JX-R-0207). An execution 分值 of the whole total or more beside indicators is
 * no weight (they would have nothing): the profile's is used, and a WARNING says so (JX-R-0208).
 * 分值 that add up to less than the total are not this check's: they
 * show indicators missing from what was read ({@link PrintedPoints}, the evaluator's JX-R-0111).
 */
final class FormWeightsCheck implements ProjectCheck {
  @Override
  public String id() {
    return BuiltInIds.FORM_WEIGHTS;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    Optional<BigDecimal> stated = WeightsAllocator.usableExecutionWeight(project, profile);
    if (project.statedExecutionWeight().isPresent() && stated.isEmpty() && WeightsAllocator.takesFormExecutionWeight(profile)
        && !project.indicators().indicators().isEmpty()) {
      // an execution 分值 of the whole total (or more) beside indicators: not used, and said so;
      // the indicators' own sum is then no finding of its own (their rest is the profile's)
      BigDecimal printed = project.statedExecutionWeight().get();
      Msg message =
          Msg.of("JX-R-0208")
              .arg("stated", Decimals.plain(printed))
              .arg("total", Decimals.plain(profile.total()))
              .arg("execution", Decimals.plain(profile.executionWeight()))
              .arg("rest", Decimals.plain(profile.total().subtract(profile.executionWeight())));
      return List.of(Findings.at(id(), Severity.WARNING, message, project, "statedExecutionWeight", Decimals.plain(printed)));
    }
    // a form whose 分值 the profile does not follow as printed (categories first: mof-2020 when
    // no execution 分值 is printed) has nothing of its own rescaled: no finding would be true
    if (!WeightsAllocator.carriesIndicatorWeights(project)
        || WeightsAllocator.scheme(project, profile) != Profile.WeightScheme.FORM) {
      return List.of();
    }
    if (PrintedPoints.of(project, profile).incomplete()) {
      // 分值 that add up to less are indicators missing from what was read (a copy cut short),
      // not a form's own odd sum: the evaluator's JX-R-0111 says how many points were seen
      return List.of();
    }
    BigDecimal indicators = BigDecimal.ZERO;
    for (Indicator i : project.indicators().indicators()) {
      indicators = indicators.add(i.weight().orElse(BigDecimal.ZERO));
    }
    if (stated.isPresent()) {
      BigDecimal execution = stated.get();
      BigDecimal sum = indicators.add(execution);
      if (sum.compareTo(profile.total()) == 0) {
        return List.of();
      }
      Msg message =
          Msg.of("JX-R-0206")
              .arg("sum", Decimals.plain(sum))
              .arg("execution", Decimals.plain(execution))
              .arg("indicators", Decimals.plain(indicators))
              .arg("total", Decimals.plain(profile.total()));
      return List.of(Findings.at(id(), Severity.WARNING, message, project, "indicators", Decimals.plain(sum)));
    }
    // no execution 分值: the profile's execution weight comes first, the indicators share the rest
    BigDecimal rest = profile.total().subtract(profile.executionWeight());
    if (indicators.compareTo(rest) == 0) {
      return List.of(); // 60 + 20 + 10 leave the profile's 10: nothing is rescaled
    }
    Msg message =
        Msg.of("JX-R-0207")
            .arg("sum", Decimals.plain(indicators))
            .arg("execution", Decimals.plain(profile.executionWeight()))
            .arg("rest", Decimals.plain(rest))
            .arg("total", Decimals.plain(profile.total()));
    return List.of(Findings.at(id(), Severity.WARNING, message, project, "indicators", Decimals.plain(indicators)));
  }
}

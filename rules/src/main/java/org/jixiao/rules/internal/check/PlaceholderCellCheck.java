package org.jixiao.rules.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.text.IndicatorTexts;

/**
 * Cells holding a star placeholder ({@code *}, {@code **}): the publisher did not fill them.
 * Blank, "/" and "—" are ordinary "not applicable" and are not reported.
 */
final class PlaceholderCellCheck implements ProjectCheck {
  @Override
  public String id() {
    return BuiltInIds.PLACEHOLDER_CELL;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    List<Finding> out = new ArrayList<>();
    cell(project, "goal", "年初绩效目标", "the goal (年初绩效目标)", project.goal(), out);
    cell(project, "statedCompletion", "绩效目标整体完成情况", "the stated completion (绩效目标整体完成情况)", project.statedCompletion(), out);
    List<Indicator> indicators = project.indicators().indicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      // the labels are made only for a cell that is reported: most cells are not
      boolean target = starred(indicator.target());
      boolean actual = starred(indicator.actual());
      if (target || actual) {
        String what = indicator.subcategory().map(s -> s.label()).orElse(indicator.category().label());
        if (target) {
          cell(project, "indicators[" + i + "].target", what + " 年度指标内容", "the target of " + what, indicator.target(), out);
        }
        if (actual) {
          cell(project, "indicators[" + i + "].actual", what + " 完成情况", "the actual of " + what, indicator.actual(), out);
        }
      }
    }
    return out;
  }

  private static boolean starred(Optional<String> text) {
    return text.isPresent() && IndicatorTexts.isStarPlaceholder(text.get());
  }

  private void cell(Project project, String path, String what, String whatEn, Optional<String> text, List<Finding> out) {
    if (starred(text)) {
      out.add(
          Findings.at(
              id(),
              Severity.WARNING,
              Msg.of("JX-R-0251").arg("cell", what).arg("cellEn", whatEn).arg("text", text.get().strip()),
              project,
              path,
              text.get().strip()));
    }
  }
}

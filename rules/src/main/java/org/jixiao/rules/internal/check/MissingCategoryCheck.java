package org.jixiao.rules.internal.check;

import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.text.IndicatorTexts;

/** Each level-1 category the profile requires (产出, 效益, 满意度) is present and not all blank. */
final class MissingCategoryCheck implements ProjectCheck {
  @Override
  public String id() {
    return BuiltInIds.MISSING_CATEGORY;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    List<Finding> out = new ArrayList<>();
    for (Category category : Category.values()) {
      if (!profile.requiredCategories().contains(category)) {
        continue;
      }
      List<Indicator> of = project.indicators().of(category);
      if (of.isEmpty()) {
        out.add(
            Findings.at(
                id(), Severity.WARNING, Msg.of("JX-R-0221").arg("category", category.label()), project, "indicators"));
      } else if (allBlank(of)) {
        out.add(
            Findings.at(
                id(), Severity.WARNING, Msg.of("JX-R-0222").arg("category", category.label()), project, "indicators"));
      }
    }
    return out;
  }

  private static boolean blank(Indicator indicator) {
    return IndicatorTexts.isPlaceholder(indicator.target().orElse(""))
        && IndicatorTexts.isPlaceholder(indicator.actual().orElse(""));
  }

  private static boolean allBlank(List<Indicator> indicators) {
    for (Indicator i : indicators) {
      if (!blank(i)) {
        return false;
      }
    }
    return true;
  }
}

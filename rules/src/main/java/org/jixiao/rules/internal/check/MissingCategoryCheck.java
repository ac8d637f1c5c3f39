package org.jixiao.rules.internal.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.internal.Msg;
import org.jixiao.rules.internal.scoring.PrintedPoints;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.internal.text.NoneAsked;
import org.jixiao.rules.text.IndicatorTexts;

/**
 * Each level-1 category the profile requires (产出, 效益, 满意度) is present and not all blank, in a
 * project that has indicators. An indicator counts for the level its 二级 names, else for its 一级:
 * templates before 2020 print 服务对象满意度指标 under 效益指标, and such an indicator is a satisfaction
 * one, not a benefit. A project with none gets the evaluator's one finding (JX-R-0105,
 * no indicators read) and none from here: most such projects are copies cut above or at their
 * indicator block, whose categories nobody can know, and three findings saying each is missing
 * would blame the project for the copy. For the same reason a category is not said to be the
 * project's lack, nor its blank, where the printed 分值 show indicators missing from what was read
 * (JX-R-0223, JX-R-0224), nor a level the template prints after the row the copy ends in (the
 * reader marks it {@code cutOff}; JX-R-0225).
 */
final class MissingCategoryCheck implements ProjectCheck {
  @Override
  public String id() {
    return BuiltInIds.MISSING_CATEGORY;
  }

  @Override
  public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
    // one pass over the indicators, not the set's grouped view: that view is a map and a list per
    // category, built for every project only to be asked whether each group is there and blank
    if (project.indicators().indicators().isEmpty()) {
      return List.of();
    }
    int[] count = new int[CATEGORIES.length];
    boolean[] filled = new boolean[CATEGORIES.length];
    for (Indicator indicator : project.indicators().indicators()) {
      // 效益指标 | 服务对象满意度指标 (the templates before 2020): a satisfaction indicator, and no benefit
      Category category = levelOf(indicator);
      int c = category.ordinal();
      count[c]++;
      // a row the copy cut before its actual is not blank: what it holds is unknown (JX-T-0270)
      if (!filled[c] && profile.requiredCategories().contains(category) && (indicator.cutOff() || !blank(indicator))) {
        filled[c] = true;
      }
    }
    List<Finding> out = new ArrayList<>();
    PrintedPoints points = null; // asked only when a category is missing or blank
    Indicator last = last(project);
    for (Category category : CATEGORIES) {
      boolean missing = count[category.ordinal()] == 0;
      if (!profile.requiredCategories().contains(category) || !missing && filled[category.ordinal()]) {
        continue;
      }
      if (points == null) {
        points = PrintedPoints.of(project, profile);
      }
      // a blank category is the cut copy's only where the copy stops in its row: the last one read
      boolean copyCut = cut(project, points) && (missing || category == levelOf(last));
      if (copyCut) {
        out.add(notInWhatWasRead(project, category, points, missing ? "JX-R-0223" : "JX-R-0224"));
      } else if (missing && last.cutOff() && rank(category) > rank(levelOf(last))) {
        // the reader saw the copy end inside its last row: the levels the template prints after it
        // were cut off with the rest (遂宁 2021 stops in its first 效益 row, before any 满意度)
        Msg msg = Msg.of("JX-R-0225").arg("category", category.label()).arg("cut", levelOf(last).label());
        out.add(Findings.at(id(), Severity.INFO, msg, project, "indicators"));
      } else {
        Msg msg = Msg.of(missing ? "JX-R-0221" : "JX-R-0222").arg("category", category.label());
        out.add(Findings.at(id(), Severity.WARNING, msg, project, "indicators"));
      }
    }
    return out;
  }

  /**
   * Whether the copy looks cut: its printed 分值 show points not read, and it lacks its end (a 总分,
   * 存在问题 or 改进措施: cut below) or its amounts (cut above: 大英县图书馆 2022 begins at its indicator
   * header). A form with both is whole, and points its 分值 do not show are then a row read with its
   * 分值 left blank, not rows cut off (a total printed in the header, 银川 2021, keeps the WARNING too:
   * the check cannot tell it from a 总分 row).
   */
  private static boolean cut(Project project, PrintedPoints points) {
    boolean noAmounts = project.budget().isEmpty() && project.adjustedBudget().isEmpty() && project.actual().isEmpty();
    boolean noEnd = project.statedScore().isEmpty() && project.problems().isEmpty() && project.rectification().isEmpty();
    return points.incomplete() && (noEnd || noAmounts);
  }

  private static Indicator last(Project project) {
    List<Indicator> all = project.indicators().indicators();
    return all.get(all.size() - 1);
  }

  /** Where the templates print a level: 产出, 成本 (after it since 2021), 效益, 满意度. */
  private static int rank(Category category) {
    return switch (category) {
      case OUTPUT -> 0;
      case COST -> 1;
      case BENEFIT -> 2;
      case SATISFACTION -> 3;
    };
  }

  /** The level an indicator counts for: its 二级's, else its 一级. */
  private static Category levelOf(Indicator indicator) {
    Optional<Subcategory> sub = indicator.subcategory();
    return sub.isPresent() ? sub.get().category() : indicator.category();
  }

  /**
   * A category missing, or blank in every row read, where the printed 分值 show indicators missing
   * too (a copy cut short, a page lost: JX-R-0111 / JX-R-0113 say so; a copy often stops inside its
   * last row, 临翔 2023 at the name 受益农户满意度, so a blank category is told so only when the last
   * indicator read is its own): its rows may be among those not read, so the
   * project is not said to lack the category or leave it blank; an INFO says what was read
   * (JX-R-0223 missing, JX-R-0224 blank).
   */
  private Finding notInWhatWasRead(Project project, Category category, PrintedPoints points, String code) {
    Msg msg = Msg.of(code)
        .arg("category", category.label())
        .arg("missing", Decimals.plain(points.expected().subtract(points.visible())));
    return Findings.at(id(), Severity.INFO, msg, project, "indicators");
  }

  /** The categories in their order (values() copies its array at every call). */
  private static final Category[] CATEGORIES = Category.values();

  /** Both cells not filled; not 安全生产事故 | 无 | 无, whose 无 asks and reports none ({@link NoneAsked}). */
  private static boolean blank(Indicator indicator) {
    String target = indicator.target().orElse("");
    String actual = indicator.actual().orElse("");
    return IndicatorTexts.isPlaceholder(target) && IndicatorTexts.isPlaceholder(actual)
        && !(IndicatorTexts.normalize(actual).strip().equals("无") && NoneAsked.target(indicator.name().orElse(""), target) != null);
  }
}

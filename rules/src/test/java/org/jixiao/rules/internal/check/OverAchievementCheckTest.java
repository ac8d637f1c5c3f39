package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

class OverAchievementCheckTest {
  private final org.jixiao.core.project.Project project =
      Projects.consistent()
          .indicators(
              IndicatorSet.of(
                  Indicator.of(Subcategory.QUANTITY, "不少于5场", "60场"),
                  Indicator.of(Subcategory.SOCIAL, "提升", "已完成"),
                  Indicator.of(Subcategory.SERVED_SATISFACTION, "满意度≥90%", "95%")))
          .build();

  @Test
  void offByDefaultBecauseTheRuleIsUnconfirmed() {
    assertThat(Projects.findings(project, BuiltInIds.OVER_ACHIEVEMENT)).isEmpty();
  }

  @Test
  void whenTheProfileSetsARatioAFarExceededTargetIsNoted() {
    var profile = Profiles.defaultProfile().toBuilder().id("strict").overAchievementRatio(new BigDecimal("3")).build();

    // 60 场 against ≥ 5 场 is 12 times the target; 95 % against 90 % is not 3 times
    assertThat(Evaluator.of(profile).evaluate(project).findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.OVER_ACHIEVEMENT))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("12"));
  }
}

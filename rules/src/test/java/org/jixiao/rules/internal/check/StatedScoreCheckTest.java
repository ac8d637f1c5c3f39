package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

/**
 * The consistent project scores 9.50 (95 % × 10) + 50 + 30 + 10 = 99.50; execution 9.50.
 */
class StatedScoreCheckTest {
  @Test
  void theConsistentProjectScores99Point5() {
    assertThat(Evaluator.defaults().evaluate(Projects.consistent().build()).score()).contains(new BigDecimal("99.50"));
  }

  @Test
  void aStatedScoreWithinTheToleranceIsFine() {
    assertThat(findings(Projects.consistent().statedScore(new BigDecimal("99.42")).build())).isEmpty();
  }

  @Test
  void aStatedScoreRoundedForDisplayIsFine() {
    // execution 9.50 printed as 10, total 99.50 printed as 100 (HALF_UP)
    Project project =
        Projects.consistent().statedExecutionScore(new BigDecimal("10")).statedScore(new BigDecimal("100")).build();

    assertThat(findings(project)).isEmpty();
  }

  @Test
  void aStatedScoreBeyondToleranceAndRoundingIsAWarning() {
    assertThat(findings(Projects.consistent().statedScore(new BigDecimal("97.00")).build()))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("97.00").contains("99.50");
        });
  }

  /**
   * The indicator block of the 2016 Haidian form (海淀区学院路街道, a copy cut short): one indicator
   * of 分值 12.5 met, 得分 12.5, then a row cut before its figures. The evaluation rescales the
   * 12.5 to a larger weight; the printed 得分 is out of the printed 12.5 and agrees with it.
   */
  @Test
  void anIndicatorsStatedScoreIsComparedWithWhatItEarnsOfItsPrintedWeight() {
    Project cut =
        Projects.consistent()
            .statedExecutionWeight(BigDecimal.TEN)
            .indicators(
                IndicatorSet.of(
                    printed(Subcategory.QUANTITY, "12.5", "12.5", "12.5", "12.5"),
                    Indicator.builder().category(Category.OUTPUT).subcategory(Subcategory.QUALITY).name("是否达到国").build()))
            .build();

    assertThat(Evaluator.defaults().evaluate(cut).indicators().get(0).weight()).isGreaterThan(new BigDecimal("12.5"));
    assertThat(findings(cut)).isEmpty();
  }

  /**
   * 分值 10 met in full but 得分 9 printed: a real disagreement, reported with the 10.00 the
   * indicator earns of its 分值, not the points of its rescaled weight (the other indicators
   * printed / are not applicable and leave it more).
   */
  @Test
  void aStatedScoreBelowWhatThePrintedWeightEarnsIsStillAWarning() {
    Project p =
        Projects.consistent()
            .statedExecutionWeight(BigDecimal.TEN)
            .indicators(
                IndicatorSet.of(
                    printed(Subcategory.QUANTITY, "≥5场", "6场", "10", "9"),
                    Indicator.builder().from(printed(Subcategory.QUALITY, "/", "/", "40", "0")).statedScore(java.util.Optional.empty()).build(),
                    printed(Subcategory.SOCIAL, "提升服务水平", "已完成", "30", "30"),
                    printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "10", "10")))
            .build();

    assertThat(findings(p))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("JX-R-0282");
              assertThat(f.args()).containsEntry("stated", "9").containsEntry("computed", "10.00");
              assertThat(f.location()).hasValueSatisfying(l -> assertThat(l.path()).contains("indicators[0].statedScore"));
            });
  }

  /**
   * A 20/80 form prints each row's 得分 but no 分值 (四川安居 2021: 得分 5 where the profile's
   * weight gives 8.04): the form's own points for the row are unknown, so the difference is said,
   * not warned of.
   */
  @Test
  void aStatedScoreWithoutAPrintedWeightThatDiffersIsSaidNotWarnedOf() {
    Project p =
        Projects.consistent()
            .indicators(
                IndicatorSet.of(
                    Indicator.builder().from(Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场")).statedScore(new BigDecimal("5")).build(),
                    Indicator.of(Subcategory.SOCIAL, "提升服务水平", "已完成"),
                    Indicator.of(Subcategory.SERVED_SATISFACTION, "满意度≥90%", "95%")))
            .build();

    assertThat(findings(p))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("JX-R-0283");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.args()).containsEntry("stated", "5").containsEntry("computed", "50.00");
            });
  }

  private static Indicator printed(Subcategory sub, String target, String actual, String weight, String score) {
    return Indicator.builder()
        .category(sub.category())
        .subcategory(sub)
        .target(target)
        .actual(actual)
        .weight(new BigDecimal(weight))
        .statedScore(new BigDecimal(score))
        .build();
  }

  private static java.util.List<org.jixiao.core.evaluation.Finding> findings(Project project) {
    return Projects.findings(project, BuiltInIds.STATED_SCORE);
  }
}

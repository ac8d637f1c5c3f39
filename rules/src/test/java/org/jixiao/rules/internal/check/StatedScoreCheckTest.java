package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

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
   * A 得分 above the 分值 printed beside it (60 of 50: 6 场 for ≥ 5 场 is 1.2 × 50, uncapped)
   * is said as such, with the points computed, in place of a plain difference; so is an execution
   * 得分 above its 分值 (10.5 of 10 for 105 % spent). A 得分 equal to its 分值 is not above it.
   */
  @Test
  void aStatedScoreAboveItsPrintedWeightIsSaidAsSuch() {
    Project p =
        Projects.consistent()
            .budget(new BigDecimal("100.00"))
            .actual(new BigDecimal("105.00"))
            .statedExecutionRate(new BigDecimal("105.00"))
            .statedExecutionWeight(BigDecimal.TEN)
            .statedExecutionScore(new BigDecimal("10.5"))
            .indicators(
                IndicatorSet.of(
                    printed(Subcategory.QUANTITY, "≥5场", "6场", "50", "60"),
                    printed(Subcategory.SOCIAL, "提升服务水平", "已完成", "30", "30"),
                    printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "10", "10")))
            .build();

    assertThat(findings(p))
        .filteredOn(f -> f.code().equals("JX-R-0286"))
        .extracting(f -> f.location().orElseThrow().path().orElseThrow(), f -> f.args().get("stated"), f -> f.args().get("weight"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("statedExecutionScore", "10.5", "10"),
            org.assertj.core.groups.Tuple.tuple("indicators[0].statedScore", "60", "50"));
    assertThat(findings(p)).extracting(f -> f.code()).doesNotContain("JX-R-0282");
    assertThat(findings(p)).filteredOn(f -> f.code().equals("JX-R-0286")).first()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
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

  /**
   * The Yinchuan form (银川市第六中学 初中公用经费 2021, https://m.yzwku.com/doc/476505.html, rows 28
   * and 31): two qualitative indicators whose actual restates the target, 分值 15 and 10, 得分 13
   * and 8. Met is 80–100 % of the 分值 (12–15, 8–10): where in the band the evaluator put them is
   * theirs to say, so neither is a mismatch, and each is said to be within its band.
   */
  @Test
  void aQualitativeScoreWithinTheBandOfItsVerdictIsNoMismatch() {
    Project p =
        Projects.consistent()
            .indicators(
                IndicatorSet.of(
                    printed(Subcategory.QUANTITY, "2370人", "2370人", "40", "40"),
                    printed(Subcategory.SOCIAL, "改善学校的办学条件", "改善学校的办学条件", "15", "13"),
                    printed(Subcategory.SUSTAINABILITY, "社会认可的办学环境.", "社会认可的办学环境.", "10", "8"),
                    printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "25", "25")))
            .build();

    assertThat(findings(p))
        .hasSize(2)
        .allSatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("JX-R-0284");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message()).contains("达成年度指标");
            })
        .satisfiesExactly(
            f -> assertThat(f.args()).containsEntry("stated", "13").containsEntry("low", "12.00").containsEntry("high", "15.00"),
            f -> assertThat(f.args()).containsEntry("stated", "8").containsEntry("low", "8.00").containsEntry("high", "10.00"));
  }

  /** 11 of 15 for a met indicator is below 80 % of its 分值: outside its band, still a mismatch. */
  @Test
  void aQualitativeScoreOutsideTheBandOfItsVerdictIsStillAWarning() {
    Project p =
        Projects.consistent()
            .indicators(
                IndicatorSet.of(
                    printed(Subcategory.QUANTITY, "2370人", "2370人", "50", "50"),
                    printed(Subcategory.SOCIAL, "改善学校的办学条件", "改善学校的办学条件", "15", "11"),
                    printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "25", "25")))
            .build();

    assertThat(findings(p))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("JX-R-0282");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
            });
  }

  /**
   * The band is the verdict's, not always the top one: 部分完成 is 60–80 %, so 6.5 of 10 is within
   * it and 9 of 10 (a met indicator's score) is not.
   */
  @Test
  void theBandIsTheOneOfTheVerdict() {
    assertThat(findings(partly("6.5"))).extracting(f -> f.code()).containsExactly("JX-R-0284");
    assertThat(findings(partly("9"))).extracting(f -> f.code()).containsExactly("JX-R-0282");
  }

  /** A score shown rounded (7.5 of 9.5 shown as 8) that a score in the band rounds to is within it. */
  @Test
  void aScoreRoundedForDisplayFromTheBandIsWithinIt() {
    // 80 % of 9.5 is 7.60, printed 8 (HALF_UP); 7 is no rounding of a score in 7.60–9.50
    assertThat(StatedScoreCheck.within(new BigDecimal("8"), new BigDecimal("7.60"), new BigDecimal("9.50"), new BigDecimal("0.1"))).isTrue();
    assertThat(StatedScoreCheck.within(new BigDecimal("7"), new BigDecimal("7.60"), new BigDecimal("9.50"), new BigDecimal("0.1"))).isFalse();
    assertThat(StatedScoreCheck.within(new BigDecimal("10"), new BigDecimal("7.60"), new BigDecimal("9.50"), new BigDecimal("0.1"))).isTrue();
    assertThat(StatedScoreCheck.within(new BigDecimal("9.7"), new BigDecimal("7.60"), new BigDecimal("9.50"), new BigDecimal("0.1"))).isFalse();
  }

  /**
   * The 总分 of a form whose qualitative 得分 sit lower in their band than the computed ones
   * (13 of 15 and 8 of 10: 4 points less, 99.50 − 4 = 95.50) is no mismatch either: it is said
   * with the total those 得分 give. A total those 得分 do not explain is still warned of.
   */
  @Test
  void aTotalThatInBandScoresExplainIsNoMismatch() {
    Project.Builder p =
        Projects.consistent()
            .indicators(
                IndicatorSet.of(
                    printed(Subcategory.QUANTITY, "2370人", "2370人", "40", "40"),
                    printed(Subcategory.SOCIAL, "改善学校的办学条件", "改善学校的办学条件", "15", "13"),
                    printed(Subcategory.SUSTAINABILITY, "社会认可的办学环境.", "社会认可的办学环境.", "10", "8"),
                    printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "25", "25")));

    assertThat(findings(p.statedScore(new BigDecimal("95.5")).build()))
        .filteredOn(f -> f.location().flatMap(l -> l.path()).filter("statedScore"::equals).isPresent())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("JX-R-0285");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.args()).containsEntry("adjusted", "95.50").containsEntry("computed", "99.50");
            });
    assertThat(findings(p.statedScore(new BigDecimal("90")).build()))
        .filteredOn(f -> f.location().flatMap(l -> l.path()).filter("statedScore"::equals).isPresent())
        .extracting(f -> f.code())
        .containsExactly("JX-R-0282");
  }

  /** Any 得分 in the band of a met indicator is no warning; any beyond the tolerance below it is one. */
  @Test
  void everyScoreInTheBandPassesAndEveryScoreBelowItIsWarnedOf() {
    qt().withExamples(60)
        .forAll(integers().between(0, 1500))
        .checkAssert(
            cents -> {
              BigDecimal stated = BigDecimal.valueOf(cents, 2);
              Project p =
                  Projects.consistent()
                      .indicators(
                          IndicatorSet.of(
                              printed(Subcategory.QUANTITY, "2370人", "2370人", "50", "50"),
                              printed(Subcategory.SOCIAL, "改善学校的办学条件", "改善学校的办学条件", "15", stated.toPlainString()),
                              printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "25", "25")))
                      .build();
              boolean warned = findings(p).stream().anyMatch(f -> f.severity() == Severity.WARNING);
              // met: 12.00–15.00; the tolerance is 0.1
              assertThat(warned).as(stated.toPlainString()).isEqualTo(stated.compareTo(new BigDecimal("11.90")) < 0);
            });
  }

  private static Project partly(String score) {
    return Projects.consistent()
        .indicators(
            IndicatorSet.of(
                printed(Subcategory.QUANTITY, "≥5场", "6场", "50", "50"),
                printed(Subcategory.SOCIAL, "提升服务水平", "部分完成", "10", score),
                printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "30", "30")))
        .build();
  }

  /**
   * 临沧市临翔区 2023 (https://www.ynlx.gov.cn/info/2431/148733.htm): 全年预算数 32.4, 全年执行数
   * 31.69, 执行率 97.80 % and 得分 9, both cut off as a spreadsheet's TRUNC and INT do (the
   * execution earns 9.78). Cutting off explains the printed digits, not a score a point lower.
   */
  @Test
  void aScoreCutOffAtItsPrintedDecimalsIsFineAndAScoreBelowThatIsNot() {
    var linxiang = Projects.consistent().budget(new BigDecimal("32.4")).actual(new BigDecimal("31.69"))
        .statedExecutionRate(new BigDecimal("97.80"));
    assertThat(Evaluator.defaults().evaluate(linxiang.build()).execution().points()).contains(new BigDecimal("9.78"));
    assertThat(findings(linxiang.statedExecutionScore(new BigDecimal("9")).build())).isEmpty();
    assertThat(findings(linxiang.statedExecutionScore(new BigDecimal("9.7")).build())).isEmpty();
    assertThat(findings(linxiang.statedExecutionScore(new BigDecimal("8")).build()))
        .singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("JX-R-0282"));
    assertThat(findings(linxiang.statedExecutionScore(new BigDecimal("9.6")).build()))
        .singleElement().satisfies(f -> assertThat(f.code()).isEqualTo("JX-R-0282"));
  }

  /**
   * 永德 2022 (io fixture yongde-yingyang-2022): 政策知晓率 100 %, 98 % done, 分值 10, 得分 9. The
   * form gives 7 of 10 to a 及时率 met in full: its 得分 are the evaluator's own, and a 9 for 9.80
   * is a deduction to point out, not the execution's INT.
   */
  @Test
  void anIndicatorsScoreBelowTheComputedOneIsNotTakenForOneCutOff() {
    Project p =
        withExecutionWeight(
            printed(Subcategory.QUANTITY, "100%", "98%", "10", "9"),
            printed(Subcategory.SOCIAL, "提升服务水平", "已完成", "70", "70"),
            printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "10", "10"));
    assertThat(findings(p))
        .singleElement()
        .satisfies(f -> assertThat(f.args()).containsEntry("stated", "9").containsEntry("computed", "9.80"));
  }

  /**
   * Each 得分 shows its own decimals: forms typed by hand mix 9 and 10.0 in one column (稷山 2021
   * prints 3 and 1 beside 1.9 and 1.8). A row printed 9 that earns 8.62 is shown rounding whatever
   * another row prints.
   */
  @Test
  void anotherRowsDecimalsDoNotChangeHowAScoreIsShown() {
    for (String other : new String[] {"10", "10.0", "9.5"}) {
      Project p =
          withExecutionWeight(
              printed(Subcategory.QUANTITY, "100", "86.2", "10", "9"),
              printed(Subcategory.SOCIAL, "提升服务水平", "已完成", "70", "70"),
              printed(Subcategory.SERVED_SATISFACTION, "≥90%", "95%", "10", other));
      assertThat(findings(p)).as(other).noneSatisfy(f -> assertThat(f.location().flatMap(l -> l.path())).contains("indicators[0].statedScore"));
    }
  }


  /**
   * Whatever the amounts, the execution's points shown at 0 to 2 decimals, rounded HALF_UP or cut
   * off, agree with the computed points: a spreadsheet's display is no mismatch.
   */
  @Test
  void theExecutionPointsShownAtAnyPrecisionAreNeverAMismatch() {
    qt().withExamples(200)
        .forAll(integers().between(1, 10_000_000), integers().between(0, 1000), integers().between(0, 5))
        .checkAssert(
            (budgetCents, permille, shape) -> {
              // spending at most the budget: below 100 % the points have decimals to show or cut
              Project plain = Projects.consistent()
                  .budget(BigDecimal.valueOf(budgetCents, 2))
                  .actual(BigDecimal.valueOf(budgetCents * (long) permille / 1000, 2))
                  .statedExecutionRate(java.util.Optional.empty())
                  .build();
              BigDecimal points = Evaluator.defaults().evaluate(plain).execution().points().orElseThrow();
              BigDecimal shown = points.setScale(shape / 2, shape % 2 == 0 ? java.math.RoundingMode.HALF_UP : java.math.RoundingMode.DOWN);
              Project stated = Project.builder().from(plain).statedExecutionScore(shown).build();
              assertThat(findings(stated)).as("%s shown as %s", points, shown).isEmpty();
            });
  }

  /** The consistent project with an execution 分值 of 10 printed and these indicator rows. */
  private static Project withExecutionWeight(Indicator... rows) {
    return Projects.consistent().statedExecutionWeight(BigDecimal.TEN).indicators(IndicatorSet.of(rows)).build();
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

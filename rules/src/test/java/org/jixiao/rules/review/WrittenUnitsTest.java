package org.jixiao.rules.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

/**
 * What a 目标值 writes as its unit (可测性): under an indicator about money a bare 万 is 万元
 * (domain §4: over 60 cells of one district's declarations), and a suggested unit goes right after
 * the figure, never after what the figure is per or after a unit the text already has.
 */
class WrittenUnitsTest {
  private static final BudgetYear Y2020 = new BudgetYear(2020, BudgetYear.Source.GIVEN);

  /**
   * 抗疫特别国债项目绩效目标表(打捆项目) 2020, 疫情期间区域病媒防治环境卫生清洁等费用 (a district
   * 城市管理委员会, mirrored at
   * http://13560281748.com/xwzx/ztzl/yjjsgk/bmyjsgk/2020nysgk/202103/t20210304_5374860.html):
   * 成本指标 人工成本 ≤620万/月 was told it had no unit, with the suggestion ≤620万/月万元.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"≤620万/月", "≤620万", "不超过48万一年", "≤3万/人", "控制在500万以内", "≤1.5千/人"})
  void aFigureWithABareWanUnderACostIndicatorHasItsUnit(String target) {
    assertThat(unitFindings(Subcategory.COST, "人工成本", target)).isEmpty();
  }

  /** Not only 成本: a name that speaks of money (资金, 补贴) makes its 万 money too. */
  @Test
  void aBareWanUnderANameOfMoneyHasItsUnit() {
    assertThat(unitFindings(Subcategory.QUANTITY, "发放补贴资金", "≥200万")).isEmpty();
  }

  /** A 万 that multiplies a count is no unit: the count still wants one, put after the 万 and before the period. */
  @Test
  void aBareWanOfACountStillWantsItsUnitBeforeThePeriod() {
    assertThat(unitFindings(Subcategory.QUANTITY, "培训人次", "≥5万/年"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("JX-V-0205");
              assertThat(f.args()).containsEntry("suggested", "≥5万人次/年");
            });
  }

  @ParameterizedTest(name = "{1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUANTITY|宣传场次|≥10|≥10场次",
        "QUANTITY|宣传场次|≥10/月|≥10场次/月",
        "QUANTITY|宣传场次|不少于10（全年）|不少于10场次(全年)",
        "QUANTITY|培训人次|100-200/年|100-200人次/年"
      })
  void aSuggestedUnitGoesRightAfterTheFigure(String sub, String name, String target, String suggested) {
    assertThat(unitFindings(Subcategory.valueOf(sub), name, target))
        .singleElement()
        .satisfies(f -> assertThat(f.args()).containsEntry("suggested", suggested));
  }

  /** Whatever a cost's figure and period, a bare 万 is its unit: no opinion says it has none. */
  @Test
  void noCostWithABareWanIsToldItHasNoUnit() {
    qt().withExamples(60)
        .forAll(
            Generate.pick(List.of("≤", "≥", "不超过", "", "控制在")),
            integers().between(1, 99999),
            Generate.pick(List.of("", "/月", "/年", "/人", "一年", "每年")))
        .checkAssert(
            (comparison, figure, per) -> {
              String target = comparison + figure + "万" + per;
              assertThat(unitFindings(Subcategory.COST, "人工成本", target)).as(target).isEmpty();
            });
  }

  private static List<Finding> unitFindings(Subcategory sub, String name, String target) {
    Indicator row = Declarations.row(sub, name, target, "考核" + name);
    int index = sub == Subcategory.COST ? Declarations.COST : Declarations.QUANTITY;
    Project p = Declarations.withIndicator(index, row);
    return Reviewer.defaults().review(p, Y2020).findings().stream()
        .filter(f -> f.code().equals("JX-V-0201") || f.code().equals("JX-V-0205"))
        .toList();
  }
}

package org.jixiao.rules.internal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.review.BudgetYear;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How review reads years, time limits and money in declaration text (from the real 2023 declarations). */
class ReviewTextsTest {

  @ParameterizedTest(name = "{0} names {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023年12月前|2023",
        "2023-10-15|2023",
        "2023/10/15|2023",
        "2022.3.1-11.30|2022",
        "2023年3月1日至2023年11月30日|2023 2023",
        "≤1949.29万元|",
        "不超过2030.5万|",
        "服务2023人次|",
        "12023年|",
        "每月/次|"
      })
  void yearsAreDatesNeverAmounts(String text, String years) {
    List<Integer> expected = years == null ? List.of() : java.util.Arrays.stream(years.split(" ")).map(Integer::valueOf).toList();
    assertThat(ReviewTexts.years(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2023年12月前", "半小时内", "3个工作日", "1个月内", "及时", "每天早上六点半前达到", "2023年全年", "1天内", "按时完成"})
  void timeLimitsInEveryFormTheDeclarationsUse(String target) {
    assertThat(ReviewTexts.statesTimeLimit(target)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"快速响应", "准确", "100%", "≥95%"})
  void targetsWithoutATimeLimit(String target) {
    assertThat(ReviewTexts.statesTimeLimit(target)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"过程管理指标", "投入管理指标", "過程管理指標", "过程管理指标（20分）", "过程指标", "过程类指标", "投入", "决策指标 (20分)", "过程性指标"})
  void levelsOfTheProcessFrameworksAsTheDeclarationReaderKeepsThem(String level) {
    // 过程管理指标: the second block of the NDRC's 中央预算内投资计划绩效目标表 (舒城 2023)
    assertThat(ReviewTexts.isInputOrProcessLevel(level)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"投入目标 (万元)", "投入使用率", "过程管理规范", "决策程序规范性", "投资计划分解(转发)用时", "过程管理指标完成情况", "投入资金使用管理办法规定指标", "计划管理指标", "过程控制0指标", "投入产出指标", "过程质量指标", "决策支持指标"})
  void namesAndCaptionsThatBeginAlikeAreNoSuchLevel(String text) {
    assertThat(ReviewTexts.isInputOrProcessLevel(text)).isFalse();
  }

  @ParameterizedTest(name = "{0} = {1} 元")
  @CsvSource({"不超过30万一年, 300000", "总成本不超83.32万, 833200", "≤90万元, 900000", "不超过0.3万元, 3000", "≦5000元, 5000", "总成本不超过200万元, 2000000"})
  void moneyInCostTargetsIncludingABareWan(String target, String yuan) {
    Indicator cost = Indicator.builder().category(Subcategory.COST.category()).subcategory(Subcategory.COST).name("服务成本").target(target).build();
    assertThat(ReviewTexts.moneyInYuan(cost)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(yuan));
  }

  @Test
  void theBudgetYearComesFromTheDocumentThenTheCallerThenTheDatesMostUsed() {
    Project p =
        Project.builder()
            .name("x")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .goal("2023年完成")
            .indicators(
                IndicatorSet.of(
                    Indicator.builder().category(Subcategory.TIMELINESS.category()).subcategory(Subcategory.TIMELINESS).target("2023年12月前").build(),
                    Indicator.builder().category(Subcategory.TIMELINESS.category()).subcategory(Subcategory.TIMELINESS).target("2022年5月").build()))
            .build();
    assertThat(Years.budgetYear(List.of(p), OptionalInt.of(2024), OptionalInt.of(2025))).isEqualTo(new BudgetYear(2024, BudgetYear.Source.DOCUMENT));
    assertThat(Years.budgetYear(List.of(p), OptionalInt.empty(), OptionalInt.of(2025))).isEqualTo(new BudgetYear(2025, BudgetYear.Source.GIVEN));
    assertThat(Years.budgetYear(List.of(p), OptionalInt.empty(), OptionalInt.empty())).isEqualTo(new BudgetYear(2023, BudgetYear.Source.INFERRED));
    // nothing names a year: the clock's, said to be the clock's rather than the declarations'
    Project undated = Project.builder().name("无年份").moneyUnit(org.jixiao.core.money.MoneyUnit.WAN_YUAN).goal("完成走访").build();
    BudgetYear current = Years.budgetYear(List.of(undated), OptionalInt.empty(), OptionalInt.empty());
    assertThat(current.source()).isEqualTo(BudgetYear.Source.CURRENT);
    assertThat(current.year()).isEqualTo(java.time.Year.now().getValue());
  }
}

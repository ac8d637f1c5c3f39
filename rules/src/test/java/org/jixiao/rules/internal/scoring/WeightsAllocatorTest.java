package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.Allocation;
import org.junit.jupiter.api.Test;

class WeightsAllocatorTest {
  private static final Outcome S = Outcome.SCORED;
  private static final Outcome NA = Outcome.NOT_APPLICABLE;
  private static final Outcome U = Outcome.UNDETERMINED;

  private final WeightsAllocator allocator = new WeightsAllocator();
  private final Profile mof = Profiles.get("mof-2020");

  @Test
  void categoryWeightsAreSplitEquallyAndRoundedToAnExactTotal() {
    Allocation a = allocate(mof, true, of(Subcategory.QUANTITY, Subcategory.QUALITY, Subcategory.TIMELINESS, Subcategory.SOCIAL, Subcategory.SERVED_SATISFACTION), S, S, S, S, S);

    assertThat(weights(a)).containsExactly("16.67", "16.67", "16.66", "30.00", "10.00");
    assertThat(a.total()).isEqualByComparingTo("100");
  }

  @Test
  void notApplicableAndUndeterminedIndicatorsAreDroppedAndTheRestRescaled() {
    Allocation a =
        allocate(mof, true, of(Subcategory.QUANTITY, Subcategory.QUALITY, Subcategory.ECONOMIC, Subcategory.SOCIAL, Subcategory.SERVED_SATISFACTION), S, NA, U, S, S);

    // 产出 50 to 数量 alone; 效益 30 to 社会效益 alone; 满意度 10
    assertThat(weights(a)).containsExactly("50.00", "0.00", "0.00", "30.00", "10.00");
  }

  @Test
  void aCategoryWithNothingScoredPassesItsWeightOnInProportion() {
    Allocation a = allocate(mof, true, of(Subcategory.QUANTITY, Subcategory.SOCIAL, Subcategory.SERVED_SATISFACTION), S, S, U);

    // 90 over 产出 50 : 效益 30 → 56.25, 33.75
    assertThat(weights(a)).containsExactly("56.25", "33.75", "0.00");
    assertThat(a.notes()).singleElement().satisfies(n -> assertThat(n).contains("满意度指标"));
  }

  @Test
  void withoutAnExecutionRateTheIndicatorsShareTheWholeTotal() {
    Allocation a = allocate(mof, false, of(Subcategory.QUANTITY, Subcategory.SOCIAL, Subcategory.SERVED_SATISFACTION), S, S, S);

    // 100 over 50 : 30 : 10
    assertThat(a.executionWeight()).isZero();
    assertThat(weights(a)).containsExactly("55.56", "33.33", "11.11");
    assertThat(a.total()).isEqualByComparingTo("100");
  }

  @Test
  void costIndicatorsAreWeightedWithinTheOutputCategory() {
    Allocation a = allocate(mof, true, of(Subcategory.QUANTITY, Subcategory.ECONOMIC_COST, Subcategory.SOCIAL, Subcategory.SERVED_SATISFACTION), S, S, S, S);

    assertThat(weights(a)).containsExactly("25.00", "25.00", "30.00", "10.00");
  }

  @Test
  void theFormSchemeSpreadsTheRestInProportionToTheFormsWeights() {
    Profile sichuan = Profiles.get("sichuan-2023");
    List<Indicator> list = List.of(weighted(Subcategory.QUANTITY, "30"), weighted(Subcategory.QUALITY, "20"), weighted(Subcategory.SOCIAL, "40"));

    assertThat(weights(allocate(sichuan, true, list, S, S, S))).containsExactly("30.00", "20.00", "40.00");
    // 质量 dropped: 90 over 30 : 40
    assertThat(weights(allocate(sichuan, true, list, S, NA, S))).containsExactly("38.57", "0.00", "51.43");
  }

  @Test
  void theFormSchemeSpreadsEquallyWhenAWeightIsMissingAndSaysSo() {
    Allocation a = allocate(Profiles.get("sichuan-2023"), true, List.of(weighted(Subcategory.QUANTITY, "30"), indicator(Subcategory.QUALITY)), S, S);

    assertThat(weights(a)).containsExactly("45.00", "45.00");
    assertThat(a.notes()).singleElement().satisfies(n -> assertThat(n).contains("分值"));
  }

  @Test
  void theFormsOwnExecutionWeightIsAuthoritativeUnderTheFormScheme() {
    Project project = project(List.of(indicator(Subcategory.QUANTITY))).statedExecutionWeight(new BigDecimal("20")).build();

    assertThat(allocator.executionWeight(project, Profiles.get("sichuan-2023"))).isEqualByComparingTo("20");
    // issue 13: the form's own 分值 is used by default (the 20/80 template), unless switched off
    assertThat(allocator.executionWeight(project, mof)).isEqualByComparingTo("20");
    assertThat(allocator.executionWeight(project, mof.toBuilder().formWeights(false).build())).isEqualByComparingTo("10");
  }

  @Test
  void nothingScoredGivesNoIndicatorWeight() {
    Allocation a = allocate(mof, true, of(Subcategory.QUANTITY, Subcategory.SOCIAL), NA, U);

    assertThat(weights(a)).containsExactly("0.00", "0.00");
  }

  @Test
  void aCategoryWithoutWeightEarnsNothingAndTheOthersShareTheRest() {
    Profile noSatisfaction =
        mof.toBuilder()
            .categoryWeights(Map.of(Category.OUTPUT, new BigDecimal("50"), Category.BENEFIT, new BigDecimal("30"), Category.SATISFACTION, BigDecimal.ZERO))
            .build();
    Allocation a = allocate(noSatisfaction, true, of(Subcategory.QUANTITY, Subcategory.SOCIAL, Subcategory.SERVED_SATISFACTION), S, S, S);

    // 90 over 产出 50 : 效益 30; 满意度 has none
    assertThat(weights(a)).containsExactly("56.25", "33.75", "0.00");
    assertThat(a.notes()).singleElement().isEqualTo("本方案中满意度指标没有权重：其指标不得分");
  }

  @Test
  void withNoCategoryWeightThatAppliesTheRestIsSpreadEquallyAndSaysSo() {
    Profile outputOnly = mof.toBuilder().categoryWeights(Map.of(Category.OUTPUT, new BigDecimal("90"))).build();
    Allocation a = allocate(outputOnly, true, of(Subcategory.SOCIAL, Subcategory.SERVED_SATISFACTION, Subcategory.ECONOMIC), S, S, NA);

    // neither scored pool has a weight: 90 spread over the two
    assertThat(weights(a)).containsExactly("45.00", "45.00", "0.00");
    assertThat(a.notes()).singleElement().isEqualTo("本方案的类别权重均不适用：90平均分配");
  }

  /** The notes are quoted in finding JX-R-0102: Chinese by default, English for an English engine (they were English in both). */
  @Test
  void theNotesAreWordedInTheEvaluatorsLanguage() {
    org.jixiao.core.project.Project p =
        org.jixiao.core.project.Project.builder()
            .name("满意度无法判定")
            .moneyUnit(org.jixiao.core.money.MoneyUnit.WAN_YUAN)
            .indicators(
                org.jixiao.core.indicator.IndicatorSet.of(
                    Indicator.of(Subcategory.QUANTITY, "不少于100人", "120人"),
                    Indicator.of(Subcategory.SERVED_SATISFACTION, "满意度≥90%", "正在调查")))
            .build();
    org.jixiao.core.evaluation.Finding zh = note(org.jixiao.rules.Evaluator.defaults().evaluate(p));
    org.jixiao.core.evaluation.Finding en =
        note(org.jixiao.rules.Evaluator.builder().locale(java.util.Locale.ENGLISH).build().evaluate(p));
    assertThat(zh.message()).isEqualTo("权重分配：满意度指标均无法评分：其权重10按比例分给其他类别");
    assertThat(en.message()).isEqualTo("weights: no 满意度指标 could be scored; its 10 is spread over the other categories in proportion");
  }

  private static org.jixiao.core.evaluation.Finding note(org.jixiao.core.evaluation.Evaluation e) {
    return e.findings().stream().filter(f -> f.code().equals("JX-R-0102")).findFirst().orElseThrow();
  }

  /** 黄石 2022 市直 20/80 自评表: 预算执行情况 (20分); 产出指标(40分), 效益指标(30分), 满意度指标(10分), no 分值 column. */
  private static Project twentyEighty(List<Indicator> indicators, String output, String benefit, String satisfaction) {
    Project.Builder b = project(indicators).statedExecutionWeight(new BigDecimal("20"));
    b.putStatedCategoryWeights(Category.OUTPUT, new BigDecimal(output)).putStatedCategoryWeights(Category.BENEFIT, new BigDecimal(benefit));
    if (!satisfaction.isEmpty()) {
      b.putStatedCategoryWeights(Category.SATISFACTION, new BigDecimal(satisfaction));
    }
    return b.build();
  }

  @Test
  void thePointsAFormPrintsInItsCategoryLabelsAreTheCategoriesWeights() {
    List<Indicator> list = of(Subcategory.QUANTITY, Subcategory.QUALITY, Subcategory.COST, Subcategory.SOCIAL, Subcategory.ECOLOGICAL, Subcategory.SERVED_SATISFACTION);
    Allocation a = allocator.allocate(twentyEighty(list, "40", "30", "10"), mof, true, List.of(S, S, S, S, S, S));

    // 20 for the execution, then 40 : 30 : 10 as printed — not the profile's 50 : 30 : 10 scaled to 80,
    // and the cost row is the printed 产出 category's like any other of its rows
    assertThat(a.executionWeight()).isEqualByComparingTo("20");
    assertThat(weights(a)).containsExactly("13.34", "13.33", "13.33", "15.00", "15.00", "10.00");
    assertThat(a.notes()).singleElement().satisfies(n -> assertThat(n).contains("产出指标40、效益指标30、满意度指标10"));
    // points that leave more or less than the execution's rest are taken as proportions (60 : 40 of 80)
    Allocation over = allocator.allocate(twentyEighty(of(Subcategory.QUANTITY, Subcategory.SOCIAL), "60", "40", ""), mof, true, List.of(S, S));
    assertThat(weights(over)).containsExactly("48.00", "32.00");
  }

  @Test
  void printedPointsForSomeCategoriesOnlyOrAProfileThatImposesItsWeightsLeaveTheProfilesWeights() {
    List<Indicator> list = of(Subcategory.QUANTITY, Subcategory.SOCIAL, Subcategory.SERVED_SATISFACTION);
    Allocation some = allocator.allocate(twentyEighty(list, "40", "30", ""), mof, true, List.of(S, S, S));
    // 80 over the profile's 50 : 30 : 10
    assertThat(weights(some)).containsExactly("44.44", "26.67", "8.89");
    assertThat(some.notes()).singleElement().satisfies(n -> assertThat(n).contains("部分一级指标").contains("产出指标40"));

    Profile imposed = mof.toBuilder().id("imposed").formWeights(false).build();
    Allocation a = allocator.allocate(twentyEighty(list, "40", "30", "10"), imposed, true, List.of(S, S, S));
    assertThat(weights(a)).containsExactly("50.00", "30.00", "10.00");
    assertThat(a.notes()).isEmpty();
  }

  @Test
  void aPrintedCategoryWithNothingScoredPassesItsPointsOnInProportion() {
    List<Indicator> list = of(Subcategory.QUANTITY, Subcategory.SOCIAL, Subcategory.SERVED_SATISFACTION);
    Allocation a = allocator.allocate(twentyEighty(list, "40", "30", "10"), mof, true, List.of(S, S, U));
    // 80 over 40 : 30
    assertThat(weights(a)).containsExactly("45.71", "34.29", "0.00");
  }

  private Allocation allocate(Profile profile, boolean executionScored, List<Indicator> indicators, Outcome... outcomes) {
    return allocator.allocate(project(indicators).build(), profile, executionScored, Arrays.asList(outcomes));
  }

  private static List<String> weights(Allocation a) {
    return a.indicatorWeights().stream().map(BigDecimal::toPlainString).toList();
  }

  private static List<Indicator> of(Subcategory... subs) {
    return Arrays.stream(subs).map(WeightsAllocatorTest::indicator).toList();
  }

  private static Indicator indicator(Subcategory sub) {
    return Indicator.of(sub, "目标", "完成");
  }

  private static Indicator weighted(Subcategory sub, String weight) {
    return Indicator.builder().from(indicator(sub)).weight(new BigDecimal(weight)).build();
  }

  private static Project.Builder project(List<Indicator> indicators) {
    return Project.builder().name("p").moneyUnit(MoneyUnit.YUAN).indicators(IndicatorSet.of(indicators));
  }
}

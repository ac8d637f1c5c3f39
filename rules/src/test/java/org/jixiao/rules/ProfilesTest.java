package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.text.Band;
import org.jixiao.rules.text.Term;
import org.junit.jupiter.api.Test;

class ProfilesTest {
  @Test
  void bundledProfilesAreMof2020AndSichuan2023WithMofTheDefault() {
    assertThat(Profiles.ids()).containsExactly("mof-2020", "sichuan-2023");
    assertThat(Profiles.defaultProfile().id()).isEqualTo("mof-2020");
    assertThat(Evaluator.defaults().profile()).isEqualTo(Profiles.get("mof-2020"));
  }

  @Test
  void mof2020HoldsTheMinistryWeightsAndBands() {
    Profile mof = Profiles.get("mof-2020");

    assertThat(mof.total()).isEqualByComparingTo("100");
    assertThat(mof.executionWeight()).isEqualByComparingTo("10");
    assertThat(mof.categoryWeights().get(Category.OUTPUT)).isEqualByComparingTo("50");
    assertThat(mof.categoryWeights().get(Category.BENEFIT)).isEqualByComparingTo("30");
    assertThat(mof.categoryWeights().get(Category.SATISFACTION)).isEqualByComparingTo("10");
    assertThat(mof.gradeBands().get(Grade.EXCELLENT)).isEqualByComparingTo("90");
    assertThat(mof.gradeBands().get(Grade.GOOD)).isEqualByComparingTo("80");
    assertThat(mof.gradeBands().get(Grade.FAIR)).isEqualByComparingTo("60");
    assertThat(mof.reverseRule()).isEqualTo(Profile.ReverseRule.DEPLOYED);
    assertThat(mof.executionOverrun()).isEqualTo(Profile.ExecutionOverrun.CAP);
    assertThat(mof.combination()).isEqualTo(Profile.Combination.MEAN);
    assertThat(mof.statedScoreTolerance()).isEqualByComparingTo("0.1");
  }

  @Test
  void anUnknownProfileIdIsAClearError() {
    assertThatThrownBy(() -> Profiles.get("beijing")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("beijing").hasMessageContaining("mof-2020");
  }

  @Test
  void sichuanSpreadsNinetyOverTheFormsOwnWeights() {
    Project project = form("20", "60", "10");
    Evaluation mof = Evaluator.of(Profiles.get("mof-2020")).evaluate(project);
    Evaluation sichuan = Evaluator.of(Profiles.get("sichuan-2023")).evaluate(project);

    // mof-2020: 产出 50 over 数量 and 质量 in proportion 20 : 60 (12.5, 37.5), 满意度 10; then
    //           效益 has nothing, so 90 is spread 50 : 10 → 数量 18.75, 质量 56.25, 满意度 15
    assertThat(mof.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("18.75", "56.25", "15.00");
    // sichuan-2023: 90 in proportion 20 : 60 : 10 → 20, 60, 10
    assertThat(sichuan.indicators()).extracting(r -> r.weight().toPlainString()).containsExactly("20.00", "60.00", "10.00");
  }

  @Test
  void sichuanAsksForAnExplanationBelowNinetyPercent() {
    Evaluation sichuan = Evaluator.of(Profiles.get("sichuan-2023")).evaluate(Seed.row24());
    Evaluation mof = Evaluator.of(Profiles.get("mof-2020")).evaluate(Seed.row24());

    assertThat(sichuan.findings()).anyMatch(f -> f.rule().equals(BuiltInIds.LOW_EXECUTION));
    assertThat(mof.findings()).noneMatch(f -> f.rule().equals(BuiltInIds.LOW_EXECUTION));
  }

  @Test
  void theReverseRuleIsAProfileSetting() {
    Indicator limit = indicator("不超过2次", "出现故障3次");
    Profile ratio = Profiles.defaultProfile().toBuilder().id("ratio").reverseRule(Profile.ReverseRule.RATIO).build();

    // deployed: 1 − (3 − 2) / 2 = 0.5;  ratio: 2 / 3 = 0.6667
    assertThat(Evaluator.defaults().judge(limit).fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.5"));
    assertThat(Evaluator.of(ratio).judge(limit).fraction())
        .hasValueSatisfying(f -> assertThat(f.setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.6667"));
  }

  @Test
  void theCombinationOfSubTargetsIsAProfileSetting() {
    Indicator list = indicator("1.举办10场 2.培训100人", "1.举办10场 2.培训50人");
    Profile min = Profiles.defaultProfile().toBuilder().id("min").combination(Profile.Combination.MIN).build();

    // item 1: 10 / 10 = 1;  item 2: 50 / 100 = 0.5;  mean 0.75, min 0.5
    assertThat(Evaluator.defaults().judge(list).fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.75"));
    assertThat(Evaluator.of(min).judge(list).fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.5"));
  }

  @Test
  void theVocabularyIsOverridableByAProfile() {
    Profile strict =
        Profiles.defaultProfile().toBuilder()
            .id("strict")
            .vocabulary(Profiles.defaultProfile().vocabulary().with(Term.completion("基本完成", Band.PARTLY_ACHIEVED, new BigDecimal("0.65"))))
            .build();
    Indicator mostly = indicator("", "基本完成");

    assertThat(Evaluator.defaults().judge(mostly).fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.8"));
    assertThat(Evaluator.of(strict).judge(mostly).fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.65"));
  }

  @Test
  void aProfileCanDisableABuiltInCheckById() {
    Profile quiet = Profiles.defaultProfile().toBuilder().id("quiet").addDisabledParts(BuiltInIds.STATED_COMPLETION).build();

    assertThat(Evaluator.of(quiet).partIds()).doesNotContain(BuiltInIds.STATED_COMPLETION);
    assertThat(Evaluator.of(quiet).evaluate(Seed.row1()).findings()).isEmpty();
  }

  @Test
  void aProfileRejectsInconsistentSettings() {
    assertThatThrownBy(() -> Profiles.defaultProfile().toBuilder().executionWeight(new BigDecimal("120")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Profiles.defaultProfile().toBuilder().mostlyCompletedAt(new BigDecimal("1.5")).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Indicator indicator(String target, String actual) {
    return Indicator.builder().category(Category.OUTPUT).subcategory(Subcategory.QUANTITY).target(target).actual(actual).build();
  }

  private static Project form(String quantityWeight, String qualityWeight, String satisfactionWeight) {
    return Project.builder()
        .name("表单项目")
        .moneyUnit(MoneyUnit.YUAN)
        .budget(new BigDecimal("100"))
        .actual(new BigDecimal("100"))
        .indicators(
            IndicatorSet.of(
                Indicator.builder().from(indicator("不少于5场", "5场")).weight(new BigDecimal(quantityWeight)).build(),
                Indicator.builder()
                    .category(Category.OUTPUT)
                    .subcategory(Subcategory.QUALITY)
                    .target("合格率100%")
                    .actual("100%")
                    .weight(new BigDecimal(qualityWeight))
                    .build(),
                Indicator.builder()
                    .category(Category.SATISFACTION)
                    .subcategory(Subcategory.SERVED_SATISFACTION)
                    .target("满意度≥90%")
                    .actual("95%")
                    .weight(new BigDecimal(satisfactionWeight))
                    .build()))
        .build();
  }
}

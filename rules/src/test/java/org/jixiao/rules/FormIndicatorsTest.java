package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.indicator.TargetNature;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;

/**
 * Single-project forms from 2021 on state 指标性质 (≥ ＞ ＝ ＜ ≤ 定性), 度量单位 and 分值 in columns of
 * their own; those columns win over what the text would suggest.
 */
class FormIndicatorsTest {
  private final Evaluator evaluator = Evaluator.defaults();

  @Test
  void theNatureColumnGivesTheDirectionAndTheUnitColumnTheUnitOfABareFigure() {
    // ≤ 2 次, actual 3 次: 1 − (3 − 2) / 2 = 0.5
    IndicatorVerdict v = evaluator.judge(form("2", "3", TargetNature.AT_MOST, "次"));

    assertThat(v.outcome()).isEqualTo(Outcome.SCORED);
    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.5"));
    assertThat(v.trace().method()).isEqualTo("reverse-deployed");
  }

  @Test
  void theNatureColumnWinsOverAComparisonWordInTheText() {
    // the text says ≤ 5, the form says ≥: 6 against ≥ 5 is met
    IndicatorVerdict v = evaluator.judge(form("≤5", "6", TargetNature.AT_LEAST, "场"));

    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1"));
  }

  @Test
  void aQualitativeNatureIsJudgedByWordsEvenWhenTheTargetHasAFigure() {
    IndicatorVerdict v = evaluator.judge(form("95%", "基本达标", TargetNature.QUALITATIVE, "%"));

    assertThat(v.trace().rule()).isEqualTo(BuiltInIds.QUALITATIVE);
    assertThat(v.fraction()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.8"));
  }

  @Test
  void statedIndicatorScoresAreCheckedAgainstTheComputedPoints() {
    Indicator met = Indicator.builder().from(form("10", "12", TargetNature.AT_LEAST, "场")).weight(new BigDecimal("50")).statedScore(new BigDecimal("50")).build();
    Indicator half =
        Indicator.builder()
            .category(Category.SATISFACTION)
            .subcategory(Subcategory.SERVED_SATISFACTION)
            .target("≥90%")
            .actual("45%")
            .weight(new BigDecimal("40"))
            .statedScore(new BigDecimal("40"))
            .build();
    Project project =
        Project.builder()
            .name("项目支出绩效自评表")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .budget(new BigDecimal("100"))
            .actual(new BigDecimal("100"))
            .statedExecutionWeight(BigDecimal.TEN)
            .statedExecutionScore(BigDecimal.TEN)
            .indicators(IndicatorSet.of(met, half))
            .build();

    Evaluation e = Evaluator.of(Profiles.get("sichuan-2023")).evaluate(project);

    // sichuan: 10 + 90 over 分值 50 : 40 → 50, 40; 满意度 45 / 90 = 0.5 → 20 points, stated 40
    assertThat(e.indicators()).extracting(r -> r.points().orElseThrow().toPlainString()).containsExactly("50.00", "20.00");
    assertThat(e.findings())
        .filteredOn(f -> f.rule().equals(BuiltInIds.STATED_SCORE))
        .singleElement()
        .satisfies(f -> assertThat(f.location()).hasValueSatisfying(l -> assertThat(l.path()).contains("indicators[1].statedScore")));
  }

  @Test
  void anActualGlossedWithPinyinByAMirrorIsJudgedByItsWords() {
    // 蔡甸 2021 (森林防火专项经费), copied by a mirror that prints traditional characters, each with
    // its pinyin: the actual says 达成预期指标 under every target
    for (String target : java.util.List.of("不低于95%", "0起", "是", "小于0.9‰", "63")) {
      Indicator glossed = Indicator.builder()
          .category(Category.OUTPUT)
          .subcategory(Subcategory.QUALITY)
          .name("森林火災(zāi)火因查明率")
          .target(target)
          .actual("達(dá)成預(yù)期指標(biāo)")
          .build();
      IndicatorVerdict v = evaluator.judge(glossed);

      assertThat(v.outcome()).as(target).isEqualTo(Outcome.SCORED);
      assertThat(v.fraction()).as(target).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("1"));
      assertThat(v.trace().rule()).as(target).isEqualTo(BuiltInIds.QUALITATIVE);
      assertThat(v.trace().args().get("actual")).as("quoted as printed").isEqualTo("達(dá)成預(yù)期指標(biāo)");
    }
  }

  private static Indicator form(String target, String actual, TargetNature nature, String unit) {
    return Indicator.builder()
        .category(Category.OUTPUT)
        .subcategory(Subcategory.QUANTITY)
        .name("三级指标")
        .target(target)
        .actual(actual)
        .nature(nature)
        .measureUnit(unit)
        .build();
  }
}

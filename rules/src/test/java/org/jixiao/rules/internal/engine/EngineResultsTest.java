package org.jixiao.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jixiao.core.evaluation.CategorySubtotal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

/**
 * What the engine assembles around the parts: the weights of sub-targets, the category
 * subtotals, the finding for an undetermined indicator or sub-target, and the boundary of the
 * undetermined share at which a score is withheld.
 */
class EngineResultsTest {
  private static final String PARTLY_DECIDED_ACTUAL = "1.举办6场 2.培训10人 3.保障系统运行正常";

  private static Project project(Indicator... indicators) {
    return Project.builder()
        .seq(7)
        .name("测试项目")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal("100.00"))
        .actual(new BigDecimal("95.00"))
        .indicators(IndicatorSet.of(List.of(indicators)))
        .build();
  }

  private static Evaluation partlyDecided() {
    return Evaluator.defaults()
        .evaluate(
            project(
                Indicator.of(Subcategory.QUANTITY, "1.举办5场 2.培训10人 3.提升服务水平", PARTLY_DECIDED_ACTUAL),
                Indicator.of(Subcategory.SOCIAL, "提升服务水平", "已完成"),
                Indicator.of(Subcategory.SERVED_SATISFACTION, "满意度≥90%", "95%")));
  }

  @Test
  void theScoredSubTargetsShareTheIndicatorsWeightAndTheUndeterminedOneGetsNone() {
    IndicatorResult quantity = partlyDecided().indicators().get(0);

    assertThat(quantity.weight()).isEqualByComparingTo("50");
    assertThat(quantity.parts()).extracting(IndicatorResult::outcome)
        .containsExactly(Outcome.SCORED, Outcome.SCORED, Outcome.UNDETERMINED);
    assertThat(quantity.parts()).extracting(p -> p.weight().toPlainString()).containsExactly("25.00", "25.00", "0.00");
    assertThat(partlyDecided().indicators().get(1).parts()).isEmpty();
  }

  @Test
  void subtotalsSumTheScoredIndicatorsByCategoryInCategoryOrder() {
    List<CategorySubtotal> subtotals = partlyDecided().subtotals();

    assertThat(subtotals).extracting(CategorySubtotal::category)
        .containsExactly(Category.OUTPUT, Category.BENEFIT, Category.SATISFACTION);
    assertThat(subtotals).extracting(s -> s.weight().stripTrailingZeros().toPlainString()).containsExactly("50", "30", "10");
    assertThat(subtotals).extracting(s -> s.points().stripTrailingZeros().toPlainString()).containsExactly("50", "30", "10");
  }

  @Test
  void anUndecidedSubTargetIsReportedWithItsNumberAndTheCellText() {
    List<Finding> undetermined =
        partlyDecided().findings().stream().filter(f -> f.rule().equals(BuiltInIds.UNDETERMINED)).toList();

    assertThat(undetermined).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("JX-R-0104");
      assertThat(f.args()).containsEntry("indicator", "数量指标").containsEntry("n", "1");
      assertThat(f.args().get("reasons")).startsWith("(3) ").contains("保障系统运行正常");
      assertThat(f.message()).startsWith("数量指标（第1个指标）只按已判定的子目标计分：(3) ");
      assertThat(f.location().flatMap(l -> l.path())).contains("indicators[0]");
      assertThat(f.location().flatMap(l -> l.text())).contains(PARTLY_DECIDED_ACTUAL);
    });
  }

  @Test
  void theReasonsOfAnUndeterminedFindingQuoteTheUndecidedTracesInTheEvaluatorsLanguage() {
    // the reasons are made from the traces when the finding is read, in either language
    Project project =
        project(
            Indicator.of(Subcategory.QUANTITY, "1.举办5场 2.提升服务水平 3.提升满意度", "1.举办6场 2.保障系统运行正常 3.工作顺利"),
            Indicator.of(Subcategory.SOCIAL, "提升服务水平", "保障系统运行正常"));
    for (Evaluator evaluator : List.of(Evaluator.defaults(), Evaluator.builder().locale(Locale.ENGLISH).build())) {
      Evaluation e = evaluator.evaluate(project);
      List<Finding> undetermined = e.findings().stream().filter(f -> f.rule().equals(BuiltInIds.UNDETERMINED)).toList();
      List<IndicatorResult> parts = e.indicators().get(0).parts();
      assertThat(undetermined).hasSize(2);
      assertThat(undetermined.get(0).args().get("reasons"))
          .isEqualTo("(2) " + parts.get(1).trace().reason() + "；(3) " + parts.get(2).trace().reason());
      assertThat(undetermined.get(1).args().get("reasons")).isEqualTo(e.indicators().get(1).trace().reason());
      assertThat(undetermined.get(1).message()).contains(e.indicators().get(1).trace().reason());
    }
  }

  @Test
  void aWhollyUndeterminedIndicatorIsReportedAsLeftOut() {
    Evaluation e =
        Evaluator.defaults()
            .evaluate(
                project(
                    Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场"),
                    Indicator.of(Subcategory.SOCIAL, "提升服务水平", "保障系统运行正常")));

    assertThat(e.findings().stream().filter(f -> f.rule().equals(BuiltInIds.UNDETERMINED)))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.code()).isEqualTo("JX-R-0103");
          assertThat(f.args()).containsEntry("indicator", "社会效益指标").containsEntry("n", "2");
          assertThat(f.args().get("reasons")).startsWith("实际完成值“保障系统运行正常”没有完成情况的表述");
          assertThat(f.message()).startsWith("社会效益指标（第2个指标）无法判定，不计入评分：实际完成值“保障系统运行正常”没有");
        });
  }

  @Test
  void undeterminedIndicatorsCarryingExactlyTheAllowedShareStillLeaveAScore() {
    // two 数量 indicators share 产出's weight equally: the undetermined one carries 50 %, the limit
    Evaluation e =
        Evaluator.defaults()
            .evaluate(
                project(
                    Indicator.of(Subcategory.QUANTITY, "不少于5场", "6场"),
                    Indicator.of(Subcategory.QUANTITY, "提升服务水平", "保障系统运行正常")));

    assertThat(e.score()).isPresent();
    assertThat(e.provisional()).isTrue();
  }
}

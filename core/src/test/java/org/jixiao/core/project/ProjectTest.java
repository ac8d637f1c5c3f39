package org.jixiao.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.jixiao.core.ModelGens;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.indicator.Category;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ProjectTest {

  /** Seed row 10 (调解业务工作) as published. */
  private static Project row10() {
    return Project.builder()
        .seq(10)
        .unit("龙岗区人力资源局(本级)")
        .name("调解业务工作")
        .governmentInvestment(false)
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal("311.47"))
        .actual(new BigDecimal("181.85"))
        .addFunds(FundSource.executed(FundKind.GENERAL_PUBLIC_BUDGET, new BigDecimal("181.85")))
        .statedExecutionRate(new BigDecimal("58.38"))
        .statedCompletion("基本完成")
        .indicators(
            IndicatorSet.of(
                Indicator.of(Subcategory.QUANTITY, "1.累计完成调解员专业化培训1500人次", "已完成")))
        .build();
  }

  /**
   * Nothing the user supplied is changed: the model keeps text with its spaces, full-width
   * characters and line breaks, and figures with the decimals they were printed with (311.470 is
   * not 311.47), so that a writer gives back what was read.
   */
  @Test
  void keepsWhatWasPublishedExactlyWithItsSpacesAndPrintedDecimals() {
    Project p =
        Project.builder()
            .from(row10())
            .unit(" 龙岗区人力资源局（本级）\n")
            .name("调解业务　工作 ")
            .budget(new BigDecimal("311.470"))
            .actual(new BigDecimal("181.8500"))
            .statedExecutionRate(new BigDecimal("58.380"))
            .statedCompletion(" 基本完成。")
            .build();
    assertThat(p.unit()).hasValue(" 龙岗区人力资源局（本级）\n");
    assertThat(p.name()).isEqualTo("调解业务　工作 ");
    assertThat(p.statedCompletion()).hasValue(" 基本完成。");
    // Optional.equals compares BigDecimal by equals: the scale counts, not only the value
    assertThat(p.budget()).hasValue(new BigDecimal("311.470")).isNotEqualTo(Optional.of(new BigDecimal("311.47")));
    assertThat(p.actual()).hasValue(new BigDecimal("181.8500"));
    assertThat(p.statedExecutionRate()).hasValue(new BigDecimal("58.380"));
    assertThat(Project.builder().from(p).build()).isEqualTo(p);
  }

  @Test
  void aBlankNameCannotBeRepresented() {
    assertThatThrownBy(() -> Project.builder().name(" 　").moneyUnit(MoneyUnit.YUAN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("项目名称");
  }

  @Test
  void aMissingNameOrUnitIsReportedByName() {
    assertThatThrownBy(() -> Project.builder().moneyUnit(MoneyUnit.YUAN).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> Project.builder().name("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("moneyUnit");
  }

  @Test
  void spendingAboveBudgetAndAWrongStatedRateAreValidData() {
    Project p =
        Project.builder()
            .from(row10())
            .actual(new BigDecimal("400"))
            .statedExecutionRate(new BigDecimal("12.34"))
            .build();
    assertThat(p.actual()).contains(new BigDecimal("400"));
    assertThat(p.statedExecutionRate()).contains(new BigDecimal("12.34"));
  }

  @Test
  void aNegativeExecutionWeightIsRejected() {
    assertThatThrownBy(
            () -> Project.builder().from(row10()).statedExecutionWeight(new BigDecimal("-1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void negativeCategoryPointsAreRejectedAndThePrintedOnesKeptInCategoryOrder() {
    assertThatThrownBy(
            () -> Project.builder().from(row10()).putStatedCategoryWeights(Category.BENEFIT, new BigDecimal("-30")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("效益指标")
        .hasMessageContaining("-30");
    Project p = Project.builder().from(row10())
        .putStatedCategoryWeights(Category.SATISFACTION, new BigDecimal("10"))
        .putStatedCategoryWeights(Category.OUTPUT, new BigDecimal("40"))
        .build();
    assertThat(p.statedCategoryWeights().keySet()).containsExactly(Category.OUTPUT, Category.SATISFACTION);
  }

  @Test
  void effectiveBudgetPrefersTheAdjustedBudget() {
    assertThat(row10().effectiveBudget()).contains(new BigDecimal("311.47"));
    Project adjusted = Project.builder().from(row10()).adjustedBudget(new BigDecimal("200")).build();
    assertThat(adjusted.effectiveBudget()).contains(new BigDecimal("200"));
  }

  @Test
  void convertingToYuanScalesEveryAmountButNotTheRate() {
    Project yuan = row10().convertTo(MoneyUnit.YUAN);
    assertThat(yuan.moneyUnit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(yuan.budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("3114700"));
    assertThat(yuan.funds().get(0).executed())
        .hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo("1818500"));
    assertThat(yuan.statedExecutionRate()).contains(new BigDecimal("58.38"));
  }

  @Test
  void theSourceLineIsNotPartOfEquality() {
    Project a = Project.builder().from(row10()).sourceLine(27).build();
    Project b = Project.builder().from(row10()).sourceLine(OptionalLong.empty()).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void equalityAndHashCodeAgree() {
    // b is made from a: a copy, a copy with another source line (auxiliary: still equal), or a
    // copy with one field of the table changed (unequal), so that both branches are met
    qt().forAll(ModelGens.projects(MoneyUnit.WAN_YUAN), Generate.range(0, 4))
        .checkAssert(
            (a, how) -> {
              Project.Builder b = Project.builder().from(a);
              boolean equal = how <= 1;
              switch (how) {
                case 0 -> { }
                case 1 -> b.sourceLine(a.sourceLine().orElse(0) + 7);
                case 2 -> b.name(a.name() + "（二）");
                case 3 -> b.seq(a.seq().orElse(0) + 1);
                default -> b.indicators(IndicatorSet.empty());
              }
              if (how == 4 && a.indicators().indicators().isEmpty()) {
                equal = true; // no indicators to drop
              }
              Project other = b.build();
              assertThat(a.equals(other)).as("change %d", how).isEqualTo(equal);
              assertThat(other.equals(a)).isEqualTo(equal);
              if (equal) {
                assertThat(other.hashCode()).isEqualTo(a.hashCode());
              }
            });
  }

  @Test
  void aBuildersCopyEqualsTheOriginal() {
    qt().forAll(ModelGens.projects(MoneyUnit.YUAN))
        .checkAssert(p -> assertThat(Project.builder().from(p).build()).isEqualTo(p));
  }

  @Test
  void unitConversionConvertsEveryAmountAndRoundTripsExactly() {
    qt().forAll(ModelGens.projects(MoneyUnit.WAN_YUAN), Generate.enumValues(MoneyUnit.class))
        .checkAssert(
            (p, unit) -> {
              // there: every amount in the new unit (a field left as it was would come back too)
              Project there = p.convertTo(unit);
              assertConverted(there.totalAmount(), p.totalAmount(), unit);
              assertConverted(there.budget(), p.budget(), unit);
              assertConverted(there.adjustedBudget(), p.adjustedBudget(), unit);
              assertConverted(there.actual(), p.actual(), unit);
              for (int i = 0; i < p.funds().size(); i++) {
                assertConverted(there.funds().get(i).budget(), p.funds().get(i).budget(), unit);
                assertConverted(there.funds().get(i).adjustedBudget(), p.funds().get(i).adjustedBudget(), unit);
                assertConverted(there.funds().get(i).executed(), p.funds().get(i).executed(), unit);
              }
              // and back again, exactly
              Project back = there.convertTo(MoneyUnit.WAN_YUAN);
              assertSameAmount(back.totalAmount(), p.totalAmount());
              assertSameAmount(back.budget(), p.budget());
              assertSameAmount(back.adjustedBudget(), p.adjustedBudget());
              assertSameAmount(back.actual(), p.actual());
              assertThat(back.funds()).hasSameSizeAs(p.funds());
              for (int i = 0; i < p.funds().size(); i++) {
                assertSameAmount(back.funds().get(i).budget(), p.funds().get(i).budget());
                assertSameAmount(back.funds().get(i).adjustedBudget(), p.funds().get(i).adjustedBudget());
                assertSameAmount(back.funds().get(i).executed(), p.funds().get(i).executed());
              }
              assertThat(back.indicators()).isEqualTo(p.indicators());
            });
  }

  private static void assertConverted(Optional<BigDecimal> converted, Optional<BigDecimal> inWanYuan, MoneyUnit unit) {
    assertSameAmount(converted, inWanYuan.map(a -> MoneyUnit.WAN_YUAN.convert(a, unit)));
  }

  private static void assertSameAmount(Optional<BigDecimal> actual, Optional<BigDecimal> expected) {
    assertThat(actual.isPresent()).isEqualTo(expected.isPresent());
    expected.ifPresent(e -> assertThat(actual.orElseThrow()).isEqualByComparingTo(e));
  }
}

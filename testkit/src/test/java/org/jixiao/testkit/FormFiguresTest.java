package org.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;

/**
 * Generated projects state the figures of single-project forms — an adjusted budget, the 分值 of
 * the execution rate and of every indicator — as often and as real forms do, so that properties
 * reach the code that reads, writes and scores them.
 */
class FormFiguresTest {
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private static List<Project> projects(GeneratorSettings settings) {
    return new ModelGenerators(settings).projects(11, 2_000).toList();
  }

  private static boolean anyWeight(Project p) {
    return p.statedExecutionWeight().isPresent() || p.indicators().indicators().stream().anyMatch(i -> i.weight().isPresent());
  }

  private static boolean everyIndicatorWeighted(Project p) {
    return !p.indicators().isEmpty() && p.indicators().indicators().stream().allMatch(i -> i.weight().isPresent());
  }

  /** An edge 分值 (0, or three decimals) put in on purpose: such a form's sums are not the form's. */
  private static boolean edgeWeight(Project p) {
    return p.indicators().indicators().stream()
        .anyMatch(i -> i.weight().filter(w -> w.signum() == 0 || w.scale() > 1).isPresent());
  }

  private static BigDecimal indicatorSum(Project p) {
    return p.indicators().indicators().stream().map(i -> i.weight().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void theDefaultsStateWeightsOnSomeProjectsAsTheThreeShapesOfRealForms() {
    List<Project> projects = projects(GeneratorSettings.REALISTIC);
    long stated = projects.stream().filter(FormFiguresTest::anyWeight).count();
    assertThat(stated).isBetween(600L, 1_000L); // 40 % of 2 000
    int full = 0;
    int executionOnly = 0;
    int indicatorsOnly = 0;
    Set<BigDecimal> executionWeights = new HashSet<>();
    Set<BigDecimal> totals = new HashSet<>();
    for (Project p : projects) {
      p.statedExecutionWeight().ifPresent(executionWeights::add);
      boolean indicators = p.indicators().indicators().stream().anyMatch(i -> i.weight().isPresent());
      if (indicators) {
        // a form states every indicator's 分值 or none
        assertThat(everyIndicatorWeighted(p)).isTrue();
        assertThat(p.indicators().indicators()).allSatisfy(i -> assertThat(i.weight().orElseThrow()).isNotNegative());
      }
      if (!indicators || edgeWeight(p)) {
        if (p.statedExecutionWeight().isPresent() && !p.indicators().isEmpty() && !indicators) {
          executionOnly++;
          assertThat(p.statedExecutionWeight()).contains(BigDecimal.valueOf(20));
        }
        continue;
      }
      BigDecimal total = indicatorSum(p).add(p.statedExecutionWeight().orElse(BigDecimal.TEN));
      totals.add(total.stripTrailingZeros());
      if (p.statedExecutionWeight().isPresent()) {
        full++;
      } else {
        indicatorsOnly++;
      }
    }
    assertThat(executionWeights).containsExactlyInAnyOrder(BigDecimal.valueOf(9), BigDecimal.TEN, BigDecimal.valueOf(20));
    // with the execution 分值 (or the profile's 10 where none is stated), 100; now and then 110 or 120
    assertThat(totals).containsExactlyInAnyOrder(new BigDecimal("1E+2"), new BigDecimal("1.1E+2"), new BigDecimal("1.2E+2"));
    assertThat(full).isGreaterThan(executionOnly + indicatorsOnly);
    assertThat(executionOnly).isPositive();
    assertThat(indicatorsOnly).isPositive();
  }

  @Test
  void aFormWithTheStandardTenSplitsItsNinetyFiftyThirtyTenOverTheCategories() {
    Map<Category, BigDecimal> mof = Map.of(Category.OUTPUT, new BigDecimal("50"), Category.BENEFIT, new BigDecimal("30"), Category.SATISFACTION, BigDecimal.TEN);
    int split = 0;
    for (Project p : projects(GeneratorSettings.REALISTIC)) {
      if (!everyIndicatorWeighted(p) || edgeWeight(p) || !p.statedExecutionWeight().equals(java.util.Optional.of(BigDecimal.TEN))
          || indicatorSum(p).compareTo(new BigDecimal("90")) != 0 || !p.indicators().byCategory().keySet().containsAll(mof.keySet())) {
        continue;
      }
      split++;
      for (Map.Entry<Category, BigDecimal> share : mof.entrySet()) {
        BigDecimal sum = p.indicators().of(share.getKey()).stream().map(i -> i.weight().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(share.getValue());
      }
      assertThat(p.indicators().indicators()).allSatisfy(i -> assertThat(i.weight().orElseThrow()).isGreaterThanOrEqualTo(new BigDecimal("0.5")));
    }
    assertThat(split).isGreaterThan(100);
  }

  @Test
  void hostileFormsHaveEdgeWeights() {
    List<Project> projects = new ModelGenerators(GeneratorSettings.HOSTILE).projects(3, 2_000).toList();
    assertThat(projects.stream().filter(FormFiguresTest::edgeWeight).count()).isGreaterThan(20);
    assertThat(projects.stream().filter(FormFiguresTest::anyWeight).count()).isGreaterThan(500);
  }

  @Test
  void adjustedBudgetsAreNearTheBudgetSometimesEqualAndExecutionIsMeasuredAgainstThem() {
    GeneratorSettings settings = GeneratorSettings.REALISTIC.withMisstatedRates(0, BigDecimal.ONE);
    List<Project> projects = projects(settings);
    long adjusted = projects.stream().filter(p -> p.adjustedBudget().isPresent()).count();
    assertThat(adjusted).isBetween(450L, 750L); // 30 % of 2 000
    int equal = 0;
    int differ = 0;
    for (Project p : projects) {
      BigDecimal budget = p.budget().orElseThrow();
      BigDecimal measured = p.effectiveBudget().orElseThrow();
      if (p.adjustedBudget().isPresent() && budget.compareTo(BigDecimal.ONE) >= 0) {
        BigDecimal ratio = measured.divide(budget, 4, RoundingMode.HALF_UP);
        assertThat(ratio).isBetween(new BigDecimal("0.59"), new BigDecimal("1.41"));
        if (ratio.compareTo(BigDecimal.ONE) == 0) {
          equal++;
        } else {
          differ++;
        }
      }
      if (measured.signum() > 0) {
        // the published rate is the rules' rate: against the adjusted budget when there is one
        assertThat(p.statedExecutionRate())
            .contains(p.actual().orElseThrow().multiply(HUNDRED).divide(measured, 2, RoundingMode.HALF_UP));
      } else {
        assertThat(p.statedExecutionRate()).isEmpty();
      }
    }
    assertThat(equal).isGreaterThan(100);
    assertThat(differ).isGreaterThan(equal);
  }

  @Test
  void settingsTurnEachFigureOffAndOn() {
    List<Project> none = projects(GeneratorSettings.REALISTIC.withAdjustedBudgets(0).withStatedWeights(0, 0));
    assertThat(none).noneMatch(p -> p.adjustedBudget().isPresent() || anyWeight(p));
    List<Project> all = projects(GeneratorSettings.REALISTIC.withAdjustedBudgets(100).withStatedWeights(100, 0));
    // (a project without indicators has nothing to state on a form that states only theirs)
    assertThat(all).allMatch(p -> p.adjustedBudget().isPresent() && (anyWeight(p) || p.indicators().isEmpty()));
    assertThat(all).noneMatch(p -> everyIndicatorWeighted(p) && !edgeWeight(p)
        && indicatorSum(p).add(p.statedExecutionWeight().orElse(BigDecimal.TEN)).compareTo(HUNDRED) != 0);
    assertThatThrownBy(() -> GeneratorSettings.REALISTIC.withStatedWeights(101, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeneratorSettings.REALISTIC.withAdjustedBudgets(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void weightsAreWholeOrHalfPoints() {
    Set<Integer> scales = new HashSet<>();
    for (Project p : projects(GeneratorSettings.REALISTIC)) {
      if (edgeWeight(p)) {
        continue;
      }
      for (Indicator i : p.indicators()) {
        i.weight().ifPresent(w -> {
          scales.add(w.scale());
          assertThat(w.multiply(new BigDecimal("2")).stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        });
      }
    }
    assertThat(scales).containsExactlyInAnyOrder(0, 1);
  }
}

package org.jixiao.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.junit.jupiter.api.Test;

/** The knobs that probe a bureau's thresholds and tolerances (rates near 60 %, misstated by 0.1). */
class NearMissSettingsTest {

  /** The execution rate: against the adjusted budget when the project states one. */
  private static BigDecimal rate(Project p) {
    return p.actual().orElseThrow().multiply(new BigDecimal("100")).divide(p.effectiveBudget().orElseThrow(), 2, RoundingMode.HALF_UP);
  }

  private static List<Project> projects(GeneratorSettings settings, int count) {
    return new ModelGenerators(settings).projects(7, count).collect(Collectors.toList());
  }

  @Test
  void projectsNearAThresholdHaveExactlyItOrOneHundredthBelowOrAbove() {
    GeneratorSettings settings =
        GeneratorSettings.REALISTIC.withRatesNear(100, new BigDecimal("60"), new BigDecimal("90")).withMisstatedRates(0, BigDecimal.ONE);
    Set<BigDecimal> rates =
        projects(settings, 400).stream()
            .filter(p -> p.effectiveBudget().orElseThrow().signum() > 0)
            .map(NearMissSettingsTest::rate)
            .map(r -> r.setScale(2, RoundingMode.UNNECESSARY))
            .collect(Collectors.toSet());
    assertThat(rates)
        .containsExactlyInAnyOrder(
            new BigDecimal("59.99"), new BigDecimal("60.00"), new BigDecimal("60.01"),
            new BigDecimal("89.99"), new BigDecimal("90.00"), new BigDecimal("90.01"));
  }

  @Test
  void aMisstatedRateIsOffByExactlyTheGivenAmountAndTheOthersAreRight() {
    BigDecimal by = new BigDecimal("0.11");
    GeneratorSettings settings = GeneratorSettings.REALISTIC.withMisstatedRates(50, by);
    int off = 0;
    int right = 0;
    for (Project p : projects(settings, 400)) {
      if (p.statedExecutionRate().isEmpty()) {
        continue;
      }
      BigDecimal diff = p.statedExecutionRate().get().subtract(rate(p)).abs();
      if (diff.signum() == 0) {
        right++;
      } else {
        assertThat(diff).isEqualByComparingTo(by);
        off++;
      }
    }
    assertThat(off).isBetween(120, 280);
    assertThat(right).isBetween(120, 280);
  }

  @Test
  void spendingStaysWithinTheConfiguredShareOfTheBudget() {
    GeneratorSettings settings = GeneratorSettings.REALISTIC.withSpending(55, 65).withMisstatedRates(0, BigDecimal.ONE);
    for (Project p : projects(settings, 300)) {
      if (p.effectiveBudget().orElseThrow().compareTo(BigDecimal.ONE) >= 0) {
        // Rounding the amount to the budget's decimals moves the rate by at most half a point
        // once the budget is 1 or more (edge budgets such as 0.01 are left out here).
        assertThat(rate(p)).isBetween(new BigDecimal("54"), new BigDecimal("66"));
      }
    }
  }

  @Test
  void theDefaultsAreTheOldBehaviour() {
    GeneratorSettings s = GeneratorSettings.REALISTIC;
    assertThat(s.minSpendPercent()).isEqualTo(30);
    assertThat(s.maxSpendPercent()).isEqualTo(105);
    assertThat(s.misstatedRatePercent()).isEqualTo(5);
    assertThat(s.rateMisstatement()).isEqualByComparingTo("1");
    assertThat(s.nearRates()).isEmpty();
  }

  @Test
  void impossibleNearMissKnobsAreRejected() {
    assertThatThrownBy(() -> GeneratorSettings.REALISTIC.withSpending(50, 40)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeneratorSettings.REALISTIC.withMisstatedRates(101, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeneratorSettings.REALISTIC.withMisstatedRates(5, new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeneratorSettings.REALISTIC.withRatesNear(10, new BigDecimal("60.005"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GeneratorSettings.REALISTIC.withRatesNear(10, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}

package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jixiao.core.evaluation.CategorySubtotal;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.project.Project;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;

/** Properties every evaluation has, whatever the text and amounts. */
class EvaluationPropertiesTest {
  private static final List<Evaluator> EVALUATORS =
      List.of(
          Evaluator.of(Profiles.get("mof-2020")),
          Evaluator.of(Profiles.get("sichuan-2023")),
          Evaluator.of(Profiles.defaultProfile().toBuilder().id("ratio").reverseRule(Profile.ReverseRule.RATIO).build()));

  @Test
  void theTotalStaysWithinZeroAndOneHundredAndPointsWithinTheirWeights() {
    qt().withExamples(400).forAll(Gens.projects(), integers().between(0, EVALUATORS.size() - 1)).checkAssert((project, k) -> {
      Evaluation e = EVALUATORS.get(k).evaluate(project);
      e.score().ifPresent(s -> assertThat(s).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
      e.execution().points().ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, e.execution().weight()));
      for (IndicatorResult r : e.indicators()) {
        r.points().ifPresent(p -> assertThat(p).isBetween(BigDecimal.ZERO, r.weight()));
        r.fraction().ifPresent(f -> assertThat(f).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
      }
      for (CategorySubtotal s : e.subtotals()) {
        assertThat(s.points()).isBetween(BigDecimal.ZERO, s.weight());
      }
    });
  }

  @Test
  void rescaledWeightsSumToTheProfileTotal() {
    qt().withExamples(400).forAll(Gens.projects(), integers().between(0, EVALUATORS.size() - 1)).checkAssert((project, k) -> {
      Evaluator evaluator = EVALUATORS.get(k);
      Evaluation e = evaluator.evaluate(project);
      boolean anyScored = e.indicators().stream().anyMatch(r -> r.outcome() == Outcome.SCORED);
      if (anyScored) {
        BigDecimal sum = e.execution().weight();
        for (IndicatorResult r : e.indicators()) {
          sum = sum.add(r.weight());
        }
        assertThat(sum).isEqualByComparingTo(evaluator.profile().total());
      }
      for (IndicatorResult r : e.indicators()) {
        if (r.outcome() != Outcome.SCORED) {
          assertThat(r.weight()).as("a dropped indicator has no weight").isZero();
        }
      }
    });
  }

  @Test
  void aPositiveIndicatorsFractionNeverFallsWhenTheActualRises() {
    qt().forAll(integers().between(0, 100_000), integers().between(0, 200_000), integers().between(0, 200_000))
        .checkAssert((a, b1, b2) -> {
          int low = Math.min(b1, b2);
          int high = Math.max(b1, b2);
          for (Evaluator evaluator : EVALUATORS) {
            BigDecimal lower = fraction(evaluator, "不少于" + a + "人", low + "人");
            BigDecimal higher = fraction(evaluator, "不少于" + a + "人", high + "人");
            assertThat(lower).isLessThanOrEqualTo(higher);
          }
        });
  }

  @Test
  void aReverseIndicatorsFractionNeverRisesWhenTheActualRises() {
    qt().forAll(integers().between(0, 100_000), integers().between(0, 200_000), integers().between(0, 200_000))
        .checkAssert((a, b1, b2) -> {
          int low = Math.min(b1, b2);
          int high = Math.max(b1, b2);
          for (Evaluator evaluator : EVALUATORS) {
            BigDecimal lower = fraction(evaluator, "不超过" + a + "次", low + "次");
            BigDecimal higher = fraction(evaluator, "不超过" + a + "次", high + "次");
            assertThat(lower).isGreaterThanOrEqualTo(higher);
          }
        });
  }

  @Test
  void resultsAreDeterministicAndIndependentOfIndicatorOrder() {
    qt().withExamples(300).forAll(Gens.projects(), longs().all(), integers().between(0, EVALUATORS.size() - 1))
        .checkAssert((project, seed, k) -> {
          Evaluator evaluator = EVALUATORS.get(k);
          Evaluation first = evaluator.evaluate(project);
          assertThat(evaluator.evaluate(project)).isEqualTo(first);

          List<Indicator> shuffled = new ArrayList<>(project.indicators().indicators());
          Collections.shuffle(shuffled, new Random(seed));
          Evaluation other = evaluator.evaluate(Project.builder().from(project).indicators(IndicatorSet.of(shuffled)).build());
          assertThat(other.score()).isEqualTo(first.score());
          assertThat(other.grade()).isEqualTo(first.grade());
          assertThat(other.status()).isEqualTo(first.status());
          assertThat(other.provisional()).isEqualTo(first.provisional());
          assertThat(other.subtotals()).isEqualTo(first.subtotals());
          assertThat(summary(other)).containsExactlyInAnyOrderElementsOf(summary(first));
        });
  }

  /** What an indicator came to, without its position. */
  private static List<String> summary(Evaluation e) {
    List<String> out = new ArrayList<>();
    for (IndicatorResult r : e.indicators()) {
      out.add(r.category() + "/" + r.subcategory() + " " + r.outcome() + " " + r.weight() + " " + r.points() + " " + r.fraction());
    }
    return out;
  }

  private static BigDecimal fraction(Evaluator evaluator, String target, String actual) {
    IndicatorVerdict verdict =
        evaluator.judge(
            Indicator.builder()
                .category(Subcategory.QUANTITY.category())
                .subcategory(Subcategory.QUANTITY)
                .target(target)
                .actual(actual)
                .build());
    assertThat(verdict.outcome()).as("%s / %s: %s", target, actual, verdict).isEqualTo(Outcome.SCORED);
    return verdict.fraction().orElseThrow();
  }
}

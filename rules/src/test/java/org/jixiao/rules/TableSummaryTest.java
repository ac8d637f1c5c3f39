package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.Status;
import org.jixiao.core.evaluation.TableEvaluation;
import org.jixiao.core.evaluation.TableSummary;
import org.jixiao.core.evaluation.WithheldReason;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.junit.jupiter.api.Test;

/** The summary a dashboard shows, on the seed table and on generated projects. */
class TableSummaryTest {
  private static final Evaluator EVALUATOR = Evaluator.defaults();

  /** The seed table's amounts with the golden rows' indicators: six rows, one of them cancelled. */
  private static PerformanceTable goldenTable() {
    return PerformanceTable.builder()
        .from(Seed.table())
        .projects(List.of(Seed.row1(), Seed.row2(), Seed.row10(), Seed.row21(), Seed.row24(), Seed.row38()))
        .totals(Optional.empty())
        .build();
  }

  private static int sum(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Test
  void theSeedTablesSummaryCountsEveryProjectOnceAndTotalsItsAmounts() {
    TableEvaluation result = EVALUATOR.evaluate(goldenTable());
    TableSummary s = TableSummary.of(result);

    int n = result.evaluations().size();
    assertThat(s.projects()).isEqualTo(n);
    assertThat(sum(s.byGrade()) + s.ungraded()).isEqualTo(n);
    assertThat(sum(s.byStatus())).isEqualTo(n);
    assertThat(sum(s.byWithheldReason())).isEqualTo(s.withheld()).isEqualTo(s.ungraded());
    // Row 38 is cancelled: no grade by default, counted under CANCELLED.
    assertThat(s.byWithheldReason().get(WithheldReason.CANCELLED)).isEqualTo(1);
    assertThat(s.byStatus().get(Status.CANCELLED)).isEqualTo(1);

    // Totals are the plain sums of the evaluations' own amounts (every seed row states both).
    BigDecimal budget =
        result.evaluations().stream().map(e -> e.budget().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal actual =
        result.evaluations().stream().map(e -> e.actual().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(s.moneyUnit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(s.totalBudget()).isEqualByComparingTo(budget);
    assertThat(s.totalActual()).isEqualByComparingTo(actual);
    assertThat(s.withoutAmounts()).isZero();
    assertThat(s.executionRate())
        .contains(actual.multiply(new BigDecimal("100")).divide(budget, 2, RoundingMode.HALF_UP));

    // Findings are counted by severity and by code, and both counts agree.
    assertThat(sum(s.findingsBySeverity())).isEqualTo(sum(s.findingsByCode()));
  }

  @Test
  void theLowestProjectsAreTheLowestScoresWithTheirLargestLosses() {
    TableEvaluation result = EVALUATOR.evaluate(goldenTable());
    TableSummary s = TableSummary.of(result);

    List<BigDecimal> expected =
        result.evaluations().stream()
            .flatMap(e -> e.score().stream())
            .sorted()
            .limit(TableSummary.DEFAULT_LOWEST)
            .collect(Collectors.toList());
    assertThat(s.lowest()).extracting(TableSummary.LowProject::score).containsExactlyElementsOf(expected);
    for (TableSummary.LowProject low : s.lowest()) {
      // the project's own largest losses, as its evaluation lists them, and no more than three
      Evaluation own = result.evaluations().stream()
          .filter(e -> e.seq().equals(low.seq()) && e.project().equals(low.project()))
          .findFirst().orElseThrow();
      List<org.jixiao.core.evaluation.PointLoss> all = own.lostPoints();
      assertThat(low.losses())
          .containsExactlyElementsOf(all.subList(0, Math.min(TableSummary.LOSSES_PER_PROJECT, all.size())));
      assertThat(low.losses())
          .isSortedAccordingTo(Comparator.comparing(org.jixiao.core.evaluation.PointLoss::lost).reversed());
      assertThat(low.losses()).allSatisfy(l -> assertThat(l.lost()).isPositive());
    }
    // the lowest project of the golden table lost points (序号 2: 65.89), so the losses are no empty list
    assertThat(s.lowest().get(0).losses()).isNotEmpty();
    assertThat(s.meanScore()).isPresent();
  }

  @Test
  void anEmptySummaryHasZeroCountsAndNoRateOrMean() {
    TableSummary s = TableSummary.accumulator(3, MoneyUnit.YUAN).summary();
    assertThat(s.projects()).isZero();
    assertThat(s.byGrade()).containsOnlyKeys(Grade.values()).allSatisfy((g, c) -> assertThat(c).isZero());
    assertThat(s.executionRate()).isEmpty();
    assertThat(s.meanScore()).isEmpty();
    assertThat(s.lowest()).isEmpty();
    assertThatThrownBy(() -> TableSummary.accumulator(-1, MoneyUnit.YUAN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void amountsInOtherUnitsAreConvertedExactlyAndProjectsWithoutThemAreCountedApart() {
    Project yuan =
        Project.builder().name("元").moneyUnit(MoneyUnit.YUAN).budget(new BigDecimal("10000")).actual(new BigDecimal("5000")).build();
    Project wan =
        Project.builder().name("万元").moneyUnit(MoneyUnit.WAN_YUAN).budget(new BigDecimal("3")).actual(new BigDecimal("3")).build();
    Project none = Project.builder().name("无金额").moneyUnit(MoneyUnit.WAN_YUAN).build();
    TableSummary s =
        TableSummary.accumulator(0, MoneyUnit.WAN_YUAN)
            .add(EVALUATOR.evaluate(yuan))
            .add(EVALUATOR.evaluate(wan))
            .add(EVALUATOR.evaluate(none))
            .summary();
    assertThat(s.totalBudget()).isEqualByComparingTo("4");
    assertThat(s.totalActual()).isEqualByComparingTo("3.5");
    assertThat(s.executionRate()).contains(new BigDecimal("87.50"));
    assertThat(s.withoutAmounts()).isEqualTo(1);
    assertThat(s.byWithheldReason().get(WithheldReason.NO_INDICATORS)).isEqualTo(3);
  }

  /** Totals shown in 万元 are rounded to 0.01; the rate is of the exact sums (it read 79.63 here, and nothing for 40 / 30 元). */
  @Test
  void theExecutionRateIsOfTheExactSumsNotOfTheRoundedTotals() {
    Project yuan =
        Project.builder().name("元").moneyUnit(MoneyUnit.YUAN).budget(new BigDecimal("5432")).actual(new BigDecimal("4321")).build();
    TableSummary s = TableSummary.accumulator(0, MoneyUnit.WAN_YUAN).add(EVALUATOR.evaluate(yuan)).summary();
    assertThat(s.totalBudget()).isEqualByComparingTo("0.54");
    assertThat(s.totalActual()).isEqualByComparingTo("0.43");
    assertThat(s.executionRate()).contains(new BigDecimal("79.55")); // 4321 / 5432

    Project small =
        Project.builder().name("小额").moneyUnit(MoneyUnit.YUAN).budget(new BigDecimal("40")).actual(new BigDecimal("30")).build();
    TableSummary t = TableSummary.accumulator(0, MoneyUnit.WAN_YUAN).add(EVALUATOR.evaluate(small)).summary();
    assertThat(t.totalBudget()).isEqualByComparingTo("0");
    assertThat(t.executionRate()).contains(new BigDecimal("75.00"));
  }

  /** A grade scale may leave a score without a grade: it is ungraded but not withheld, and still ranked. */
  @Test
  void aScoreNoBandCoversIsUngradedButNotWithheld() {
    Profile noPoor =
        Profiles.get(Profiles.MOF_2020).toBuilder()
            .gradeBands(Map.of(Grade.EXCELLENT, new BigDecimal("90"), Grade.GOOD, new BigDecimal("80"), Grade.FAIR, new BigDecimal("60")))
            .build();
    Project poor =
        Project.builder()
            .name("低分")
            .moneyUnit(MoneyUnit.WAN_YUAN)
            .budget(new BigDecimal("100"))
            .actual(new BigDecimal("10"))
            .indicators(
                org.jixiao.core.indicator.IndicatorSet.of(
                    List.of(org.jixiao.core.indicator.Indicator.of(org.jixiao.core.indicator.Subcategory.QUANTITY, "不少于1500人", "100人"))))
            .build();
    Evaluation low = Evaluator.of(noPoor).evaluate(poor);
    assertThat(low.score()).hasValueSatisfying(v -> assertThat(v).isLessThan(new BigDecimal("60")));
    assertThat(low.grade()).isEmpty();
    TableSummary s = TableSummary.accumulator(3, MoneyUnit.WAN_YUAN).add(low).summary();
    assertThat(s.ungraded()).isEqualTo(1);
    assertThat(s.withheld()).isZero();
    assertThat(sum(s.byWithheldReason())).isZero();
    assertThat(s.lowest()).extracting(TableSummary.LowProject::score).containsExactly(low.score().orElseThrow());
  }

  @Test
  void countsAddUpAndAStreamedSummaryEqualsTheWholeTablesForAnyProjects() {
    AtomicInteger provisionalSeen = new AtomicInteger();
    qt().withExamples(60)
        .forAll(lists().of(Gens.projects()).ofSizeBetween(0, 25), integers().between(0, 6))
        .checkAssert(
            (projects, keep) -> {
              List<Evaluation> evaluations = projects.stream().map(EVALUATOR::evaluate).collect(Collectors.toList());
              TableSummary.Accumulator a = TableSummary.accumulator(keep, MoneyUnit.WAN_YUAN);
              EVALUATOR.evaluateEach(projects.stream()).forEach(x -> a.add(x.evaluation()));
              TableSummary s = a.summary();

              assertThat(s.projects()).isEqualTo(projects.size());
              assertThat(sum(s.byGrade()) + s.ungraded()).isEqualTo(projects.size());
              assertThat(sum(s.byStatus())).isEqualTo(projects.size());
              assertThat(sum(s.byWithheldReason())).isEqualTo(s.withheld());
              assertThat(s.withheld()).isEqualTo((int) evaluations.stream().filter(e -> e.score().isEmpty()).count());
              assertThat(s.ungraded()).isEqualTo((int) evaluations.stream().filter(e -> e.grade().isEmpty()).count());
              long scored = evaluations.stream().filter(e -> e.score().isPresent()).count();
              assertThat(s.lowest()).hasSize((int) Math.min(keep, scored));
              assertThat(s.lowest()).extracting(TableSummary.LowProject::score).isSorted();
              for (TableSummary.LowProject low : s.lowest()) { // its own largest losses, by its place in the input
                List<org.jixiao.core.evaluation.PointLoss> all = evaluations.get((int) low.order()).lostPoints();
                assertThat(low.losses())
                    .containsExactlyElementsOf(all.subList(0, Math.min(TableSummary.LOSSES_PER_PROJECT, all.size())));
              }
              Optional<BigDecimal> worstKept = s.lowest().stream().map(TableSummary.LowProject::score).max(Comparator.naturalOrder());
              worstKept.ifPresent(
                  w ->
                      assertThat(evaluations.stream().flatMap(e -> e.score().stream()).filter(x -> x.compareTo(w) < 0).count())
                          .isLessThan(keep));
              int findings = evaluations.stream().mapToInt(e -> e.findings().size()).sum();
              assertThat(sum(s.findingsBySeverity())).isEqualTo(findings);
              assertThat(s.byStatus().get(Status.COMPLETED)).isEqualTo((int) evaluations.stream().filter(e -> e.status() == Status.COMPLETED).count());
              // provisional scores: never more than the scores, nor per grade than the grade's count
              assertThat(s.provisional()).isBetween(0, (int) scored);
              int provisionalGraded = 0;
              for (Grade g : Grade.values()) {
                int n = s.provisionalByGrade().getOrDefault(g, -1);
                assertThat(n).as(g.name()).isBetween(0, s.byGrade().getOrDefault(g, 0));
                provisionalGraded += n;
              }
              assertThat(provisionalGraded).isLessThanOrEqualTo(s.provisional());
              assertThat(s.provisional()).isEqualTo((int) evaluations.stream().filter(e -> e.provisional() && e.score().isPresent()).count());
              provisionalSeen.addAndGet(s.provisional());
            });
    assertThat(provisionalSeen).as("generated projects gave provisional scores to count").hasPositiveValue();
  }

  /**
   * A project whose execution rate cannot be scored (a budget of 0, as in the tangxi 2022 table)
   * still gets 100 and 优 from its indicators, provisionally: the summary counts it among the
   * EXCELLENT and among the provisional ones (adopter report s33, §7).
   */
  @Test
  void aProvisionalGradeIsCountedApartFromTheFinalOnes() {
    Indicator done = Indicator.of(Subcategory.QUANTITY, "不少于1500人", "1500人");
    Project noBudget =
        Project.builder().seq(1).name("零预算").moneyUnit(MoneyUnit.WAN_YUAN).budget(BigDecimal.ZERO).actual(BigDecimal.ZERO)
            .indicators(IndicatorSet.of(List.of(done))).build();
    Project full =
        Project.builder().seq(2).name("完整").moneyUnit(MoneyUnit.WAN_YUAN).budget(new BigDecimal("100")).actual(new BigDecimal("100"))
            .indicators(IndicatorSet.of(List.of(done))).build();
    Evaluation provisional = EVALUATOR.evaluate(noBudget);
    Evaluation last = EVALUATOR.evaluate(full);
    assertThat(provisional.provisional()).isTrue();
    assertThat(provisional.grade()).contains(Grade.EXCELLENT);
    assertThat(last.provisional()).isFalse();
    assertThat(last.grade()).contains(Grade.EXCELLENT);

    TableSummary s = TableSummary.accumulator(0, MoneyUnit.WAN_YUAN).add(provisional).add(last).summary();

    assertThat(s.byGrade()).containsEntry(Grade.EXCELLENT, 2);
    assertThat(s.provisional()).isEqualTo(1);
    assertThat(s.provisionalByGrade()).containsEntry(Grade.EXCELLENT, 1).containsEntry(Grade.GOOD, 0);
  }
}

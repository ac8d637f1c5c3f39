package org.jixiao.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;
import org.jixiao.core.money.MoneyUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** A summary tells provisional scores and grades from final ones (adopter report s33, §7). */
class TableSummaryProvisionalTest {

  private static final ExecutionResult NO_RATE =
      ExecutionResult.builder().weight(BigDecimal.TEN).trace(Trace.of("execution-rate", "no-budget", "没有预算数")).build();

  /** An evaluation with a score and grade, or withheld (score null), provisional or not. */
  private static Evaluation evaluation(String name, @Nullable String score, @Nullable Grade grade, boolean provisional) {
    Evaluation.Builder b = Evaluation.builder().profile("mof-2020").project(name).status(Status.COMPLETED).execution(NO_RATE)
        .provisional(provisional);
    if (score == null) {
      return b.withheld(WithheldReason.UNDETERMINED_SHARE).build();
    }
    b.score(new BigDecimal(score));
    if (grade != null) {
      b.grade(grade);
    }
    return b.build();
  }

  private static TableSummary summary(List<Evaluation> evaluations) {
    TableSummary.Accumulator a = TableSummary.accumulator(3, MoneyUnit.WAN_YUAN);
    evaluations.forEach(a::add);
    return a.summary();
  }

  @Test
  void aProvisionalExcellentIsCountedAsExcellentAndAsProvisional() {
    TableSummary s =
        summary(
            List.of(
                evaluation("无预算数", "100.00", Grade.EXCELLENT, true), // the tangxi row: budget 0, 100 优, provisional
                evaluation("完整", "95.00", Grade.EXCELLENT, false),
                evaluation("部分无法判定", "82.00", Grade.GOOD, true)));

    assertThat(s.byGrade()).containsEntry(Grade.EXCELLENT, 2).containsEntry(Grade.GOOD, 1);
    assertThat(s.provisional()).isEqualTo(2);
    assertThat(s.provisionalByGrade())
        .containsExactlyEntriesOf(
            new EnumMap<>(Map.of(Grade.EXCELLENT, 1, Grade.GOOD, 1, Grade.FAIR, 0, Grade.POOR, 0)));
    assertThat(s.toString()).contains("provisional 2 {EXCELLENT=1, GOOD=1, FAIR=0, POOR=0}");
  }

  @Test
  void aWithheldScoreFlaggedProvisionalIsNotAProvisionalScore() {
    TableSummary s = summary(List.of(evaluation("过半无法判定", null, null, true)));

    assertThat(s.withheld()).isEqualTo(1);
    assertThat(s.provisional()).isZero();
    assertThat(s.provisionalByGrade().values()).containsOnly(0);
  }

  @Test
  void aProvisionalScoreNoBandCoversCountsAsProvisionalButUnderNoGrade() {
    TableSummary s = summary(List.of(evaluation("无等级", "40.00", null, true)));

    assertThat(s.provisional()).isEqualTo(1);
    assertThat(s.ungraded()).isEqualTo(1);
    assertThat(s.provisionalByGrade().values()).containsOnly(0);
  }

  @Test
  void anEmptySummaryHasNoProvisionalScoreAndEveryGradeAsAKey() {
    TableSummary s = summary(List.of());

    assertThat(s.provisional()).isZero();
    assertThat(s.provisionalByGrade()).containsOnlyKeys(Grade.values()).allSatisfy((g, c) -> assertThat(c).isZero());
  }

  /** Any mix of scored, graded, withheld and provisional evaluations. */
  private static Gen<Evaluation> evaluations() {
    Gen<Integer> kind = integers().between(0, 2); // 0 withheld, 1 scored without grade, 2 graded
    Gen<Integer> score = integers().between(0, 10000);
    Gen<Grade> grade = integers().between(0, Grade.values().length - 1).map(i -> Grade.values()[i]);
    return kind.zip(score, grade, booleans().all(), (k, points, g, provisional) ->
        evaluation(
            "项目",
            k == 0 ? null : BigDecimal.valueOf(points, 2).toPlainString(),
            k == 2 ? g : null,
            provisional));
  }

  @Test
  void provisionalCountsNeverExceedTheScoresAndGradesTheyQualify() {
    qt().withExamples(300)
        .forAll(lists().of(evaluations()).ofSizeBetween(0, 40))
        .checkAssert(
            list -> {
              TableSummary s = summary(list);
              assertThat(s.provisional()).isBetween(0, s.projects() - s.withheld());
              int byGrade = 0;
              for (Grade g : Grade.values()) {
                int provisional = s.provisionalByGrade().getOrDefault(g, -1); // every grade is a key
                assertThat(provisional).as(g.name()).isBetween(0, s.byGrade().getOrDefault(g, 0));
                byGrade += provisional;
              }
              assertThat(byGrade).isLessThanOrEqualTo(s.provisional());
              // exactly the provisional evaluations with a score, and with a grade
              assertThat(s.provisional()).isEqualTo((int) list.stream().filter(e -> e.provisional() && e.score().isPresent()).count());
              assertThat(byGrade).isEqualTo((int) list.stream().filter(e -> e.provisional() && e.grade().isPresent()).count());
            });
  }
}

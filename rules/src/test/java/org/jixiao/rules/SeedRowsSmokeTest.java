package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed row with its text cells taken naively in header order from column 11 — shifted as
 * the extraction left them. Whatever the shift, the evaluation holds together: a verdict for
 * every indicator, a reason for every undetermined one, and a score only when little is
 * undetermined.
 */
class SeedRowsSmokeTest {
  static Stream<Integer> seqs() {
    return Seed.seqs().stream();
  }

  @ParameterizedTest(name = "序号 {0}")
  @MethodSource("seqs")
  void everyRowEvaluatesToAConsistentResult(int seq) {
    Evaluation e = Evaluator.defaults().evaluate(Seed.regular(seq));

    assertThat(e.indicators()).hasSize(7);
    assertThat(e.execution().rate()).contains(Seed.amount(seq, 8));
    long undetermined = e.indicators().stream().filter(r -> r.outcome() == Outcome.UNDETERMINED).count();
    assertThat(e.findings().stream().filter(f -> f.code().equals("JX-R-0103")).count())
        .isEqualTo(undetermined);
    assertThat(e.provisional()).isEqualTo(e.indicators().stream().anyMatch(SeedRowsSmokeTest::hasUndetermined));
    e.score().ifPresent(s -> assertThat(s).isBetween(BigDecimal.ZERO, new BigDecimal("100")));
    assertThat(e.grade().isPresent()).isEqualTo(e.score().isPresent());
    assertThat(e.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  private static boolean hasUndetermined(IndicatorResult r) {
    return r.outcome() == Outcome.UNDETERMINED || r.parts().stream().anyMatch(SeedRowsSmokeTest::hasUndetermined);
  }
}

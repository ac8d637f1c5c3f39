package org.jixiao.rules.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.spi.BuiltInIds;
import org.junit.jupiter.api.Test;

/**
 * The consistent project scores 9.50 (95 % × 10) + 50 + 30 + 10 = 99.50; execution 9.50.
 */
class StatedScoreCheckTest {
  @Test
  void theConsistentProjectScores99Point5() {
    assertThat(Evaluator.defaults().evaluate(Projects.consistent().build()).score()).contains(new BigDecimal("99.50"));
  }

  @Test
  void aStatedScoreWithinTheToleranceIsFine() {
    assertThat(findings(Projects.consistent().statedScore(new BigDecimal("99.42")).build())).isEmpty();
  }

  @Test
  void aStatedScoreRoundedForDisplayIsFine() {
    // execution 9.50 printed as 10, total 99.50 printed as 100 (HALF_UP)
    Project project =
        Projects.consistent().statedExecutionScore(new BigDecimal("10")).statedScore(new BigDecimal("100")).build();

    assertThat(findings(project)).isEmpty();
  }

  @Test
  void aStatedScoreBeyondToleranceAndRoundingIsAWarning() {
    assertThat(findings(Projects.consistent().statedScore(new BigDecimal("97.00")).build()))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("97.00").contains("99.50");
        });
  }

  private static java.util.List<org.jixiao.core.evaluation.Finding> findings(Project project) {
    return Projects.findings(project, BuiltInIds.STATED_SCORE);
  }
}

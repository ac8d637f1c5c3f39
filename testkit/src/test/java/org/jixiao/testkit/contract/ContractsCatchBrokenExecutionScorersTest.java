package org.jixiao.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.ExecutionScorer;
import org.junit.jupiter.api.Test;

/**
 * The execution scorer contract holds a scorer to the two shapes of result the SPI allows: rate
 * and points, or neither (without a budget among others). Each scorer here is broken on purpose.
 */
class ContractsCatchBrokenExecutionScorersTest {

  /** What a broken scorer gives, budget or not. */
  private enum Gives {
    FULL_MARKS,
    POINTS_ONLY,
    RATE_ONLY
  }

  private static ExecutionScorer scorer(String id, Gives gives) {
    return new ExecutionScorer() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public ExecutionResult score(Project project, BigDecimal weight, Profile profile) {
        ExecutionResult.Builder r = ExecutionResult.builder().weight(weight).trace(Trace.of(id, "always", "the same whatever the project"));
        if (gives != Gives.POINTS_ONLY) {
          r.rate(new BigDecimal("100.00"));
        }
        if (gives != Gives.RATE_ONLY) {
          r.points(weight);
        }
        return r.build();
      }
    };
  }

  @Test
  void fullPointsWithoutABudgetFailTheContract() {
    ExecutionScorerContract c = () -> scorer("full-marks", Gives.FULL_MARKS);
    // points within the weight, rate and points together: only the missing budget gives it away
    assertThatCode(c::keepsPointsWithinTheWeight).doesNotThrowAnyException();
    assertThatCode(c::givesRateAndPointsTogether).doesNotThrowAnyException();
    assertThatThrownBy(c::givesNoRateOrPointsWithoutABudget)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("full-marks breaks 'no rate and no points without a budget' (seed")
        .hasMessageMatching("(?s).*budget (none|0) gave rate 100\\.00, points \\d+.*");
  }

  @Test
  void pointsWithoutARateFailTheContract() {
    ExecutionScorerContract c = () -> scorer("points-only", Gives.POINTS_ONLY);
    assertThatThrownBy(c::givesRateAndPointsTogether)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("points-only breaks 'rate and points together'")
        .hasMessageMatching("(?s).*: points \\d+ without a rate.*");
  }

  @Test
  void aRateWithoutPointsFailsTheContract() {
    ExecutionScorerContract c = () -> scorer("rate-only", Gives.RATE_ONLY);
    assertThatThrownBy(c::givesRateAndPointsTogether)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rate-only breaks 'rate and points together'")
        .hasMessageContaining("a rate of 100.00 without points");
  }
}

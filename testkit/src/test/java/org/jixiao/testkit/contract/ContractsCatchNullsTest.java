package org.jixiao.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Grade;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.Allocation;
import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.rules.spi.GradeScale;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.spi.ScoringContext;
import org.jixiao.rules.spi.TableCheck;
import org.jixiao.rules.spi.WeightAllocator;
import org.junit.jupiter.api.Test;

/**
 * A part that returns null, or throws, fails every property of its contract with a message naming
 * the part, what it broke, the seed and the input: never a bare NullPointerException, and never a
 * pass because eight threads' lists of nulls equal the single thread's. Every part here is broken
 * on purpose.
 */
class ContractsCatchNullsTest {

  /** Each property fails with a contract failure naming the part, {@code broke} and the seed. */
  private static void everyPropertyFails(Map<String, ThrowingCallable> properties, String part, String broke) {
    properties.forEach(
        (name, property) ->
            assertThatThrownBy(property)
                .as(name)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(part + " " + broke)
                .hasMessageContaining("(seed ")
                .hasMessageContaining("input: "));
  }

  private static final String NULL = "breaks 'returns";

  @SuppressWarnings("NullAway") // broken on purpose
  static final class NullScorer implements IndicatorScorer {
    @Override
    public String id() {
      return "null-scorer";
    }

    @Override
    public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
      return null;
    }
  }

  static IndicatorScorerContract indicatorContract(IndicatorScorer scorer) {
    return new IndicatorScorerContract() {
      @Override
      public IndicatorScorer scorer() {
        return scorer;
      }

      @Override
      public Optional<Direction> direction() {
        return Optional.of(Direction.LARGER_IS_BETTER);
      }
    };
  }

  @Test
  void anIndicatorScorerReturningNullFailsEveryProperty() {
    IndicatorScorerContract c = indicatorContract(new NullScorer());
    everyPropertyFails(
        Map.of(
            "well formed", c::givesWellFormedVerdictsOnAnyGeneratedText,
            "deterministic", c::isDeterministic,
            "monotone", c::isMonotoneInItsDeclaredDirection,
            "eight threads", c::givesTheSameVerdictsOnEightThreads),
        "null-scorer",
        NULL + " a verdict or empty, never null'");
    // in an evaluation the engine refuses the null and names the part
    assertThatThrownBy(c::keepsPointsWithinTheirWeightsInAnEvaluation).isInstanceOf(AssertionError.class).hasMessageContaining("null-scorer");
  }

  @SuppressWarnings("NullAway") // broken on purpose
  static final class NullExecution implements ExecutionScorer {
    @Override
    public String id() {
      return "null-execution";
    }

    @Override
    public ExecutionResult score(Project project, BigDecimal weight, Profile profile) {
      return null;
    }
  }

  @Test
  void anExecutionScorerReturningNullFailsEveryProperty() {
    ExecutionScorerContract c = () -> new NullExecution();
    everyPropertyFails(
        Map.of(
            "within the weight", c::keepsPointsWithinTheWeight,
            "deterministic", c::isDeterministic,
            "monotone", c::isMonotoneUpToTheBudget,
            "without a budget", c::givesNoRateOrPointsWithoutABudget,
            "together", c::givesRateAndPointsTogether,
            "eight threads", c::givesTheSameResultsOnEightThreads),
        "null-execution",
        NULL + " a result, never null'");
  }

  @SuppressWarnings("NullAway") // broken on purpose
  static final class NullCheck implements ProjectCheck, TableCheck {
    private final boolean nullElement;

    NullCheck(boolean nullElement) {
      this.nullElement = nullElement;
    }

    @Override
    public String id() {
      return nullElement ? "null-finding" : "null-list";
    }

    @Override
    public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
      return nullElement ? Arrays.asList((Finding) null) : null;
    }

    @Override
    public List<Finding> check(PerformanceTable table, List<Evaluation> evaluations, Profile profile) {
      return nullElement ? Arrays.asList((Finding) null) : null;
    }
  }

  @Test
  void aProjectCheckReturningNullOrANullFindingFailsEveryProperty() {
    for (boolean element : new boolean[] {false, true}) {
      ProjectCheckContract c = () -> new NullCheck(element);
      everyPropertyFails(
          Map.of("names the check", c::findingsNameTheCheck, "eight threads", c::isDeterministicAndThreadSafe),
          element ? "null-finding" : "null-list",
          element ? "breaks 'no null finding'" : NULL + " a list of findings, never null'");
    }
  }

  @Test
  void aTableCheckReturningNullOrANullFindingFailsEveryProperty() {
    for (boolean element : new boolean[] {false, true}) {
      TableCheckContract c = () -> new NullCheck(element);
      everyPropertyFails(
          Map.of("names the check", c::findingsNameTheCheck, "eight threads", c::isDeterministicAndThreadSafe),
          element ? "null-finding" : "null-list",
          element ? "breaks 'no null finding'" : NULL + " a list of findings, never null'");
    }
  }

  @SuppressWarnings("NullAway") // broken on purpose
  static final class NullScale implements GradeScale {
    @Override
    public String id() {
      return "null-scale";
    }

    @Override
    public Optional<Grade> grade(BigDecimal score, Profile profile) {
      return null;
    }
  }

  @Test
  void aGradeScaleReturningNullFailsEveryProperty() {
    GradeScaleContract c = () -> new NullScale();
    everyPropertyFails(
        Map.of(
            "monotone", c::aHigherScoreNeverGetsAWorseGrade,
            "every score", c::everyScoreGetsAGrade,
            "eight threads", c::isDeterministicAndThreadSafe),
        "null-scale",
        NULL + " a grade or empty, never null'");
  }

  @SuppressWarnings("NullAway") // broken on purpose
  static final class NullAllocator implements WeightAllocator {
    @Override
    public String id() {
      return "null-allocator";
    }

    @Override
    public BigDecimal executionWeight(Project project, Profile profile) {
      return BigDecimal.TEN;
    }

    @Override
    public Allocation allocate(Project project, Profile profile, boolean executionScored, List<Outcome> outcomes) {
      return null;
    }
  }

  @Test
  void anAllocatorReturningNullFailsEveryProperty() {
    WeightAllocatorContract c = () -> new NullAllocator();
    everyPropertyFails(
        Map.of("weights", c::weightsAreOnePerIndicatorNonNegativeAndWithinTheTotal, "eight threads", c::isDeterministicAndThreadSafe),
        "null-allocator",
        NULL + " an allocation, never null'");
  }

  /** Throws on every call: the eight-thread properties computed the single-thread results outside the wrapper. */
  static final class Throwing implements IndicatorScorer, ExecutionScorer, ProjectCheck, TableCheck, GradeScale {
    @Override
    public String id() {
      return "throwing";
    }

    @Override
    public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
      throw new IllegalStateException("broken");
    }

    @Override
    public ExecutionResult score(Project project, BigDecimal weight, Profile profile) {
      throw new IllegalStateException("broken");
    }

    @Override
    public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
      throw new IllegalStateException("broken");
    }

    @Override
    public List<Finding> check(PerformanceTable table, List<Evaluation> evaluations, Profile profile) {
      throw new IllegalStateException("broken");
    }

    @Override
    public Optional<Grade> grade(BigDecimal score, Profile profile) {
      throw new IllegalStateException("broken");
    }
  }

  @Test
  void aPartThatThrowsFailsTheEightThreadPropertyNamingItself() {
    Throwing part = new Throwing();
    IndicatorScorerContract indicator = indicatorContract(part);
    ExecutionScorerContract execution = () -> part;
    ProjectCheckContract check = () -> part;
    TableCheckContract table = () -> part;
    GradeScaleContract scale = () -> part;
    everyPropertyFails(
        Map.of(
            "indicator scorer", indicator::givesTheSameVerdictsOnEightThreads,
            "execution scorer", execution::givesTheSameResultsOnEightThreads,
            "project check", check::isDeterministicAndThreadSafe,
            "table check", table::isDeterministicAndThreadSafe,
            "grade scale", scale::isDeterministicAndThreadSafe),
        "throwing",
        "threw java.lang.IllegalStateException: broken");
  }
}

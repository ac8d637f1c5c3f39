package org.jixiao.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.spi.ScoringContext;
import org.opentest4j.TestAbortedException;
import org.junit.jupiter.api.Test;

/** The contracts are only worth having if they fail on broken parts; these parts are broken on purpose. */
class ContractsCatchBrokenPartsTest {

  /** Scores by how often it was called: not deterministic. */
  static final class Forgetful implements IndicatorScorer {
    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public String id() {
      return "forgetful";
    }

    @Override
    public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
      BigDecimal f = calls.incrementAndGet() % 2 == 0 ? BigDecimal.ONE : BigDecimal.ZERO;
      return Optional.of(IndicatorVerdict.scored(f, Trace.of(id(), "calls", "by call count")));
    }
  }

  /** Throws on text it does not expect. */
  static final class Fragile implements IndicatorScorer {
    @Override
    public String id() {
      return "fragile";
    }

    @Override
    public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
      if (input.actual().chars().anyMatch(Character::isISOControl)) {
        throw new IllegalStateException("unexpected control character");
      }
      return Optional.empty();
    }
  }

  /** Larger actuals earn less: the opposite of what a ≥ target means. */
  static final class Backwards implements IndicatorScorer {
    @Override
    public String id() {
      return "backwards";
    }

    @Override
    public Optional<IndicatorVerdict> score(IndicatorInput input, ScoringContext context) {
      String digits = input.actual().replaceAll("[^0-9]", "");
      if (digits.isEmpty() || digits.length() > 6) {
        return Optional.empty();
      }
      BigDecimal f = BigDecimal.ONE.divide(BigDecimal.ONE.add(new BigDecimal(digits)), 4, java.math.RoundingMode.HALF_UP);
      return Optional.of(IndicatorVerdict.scored(f, Trace.of(id(), "inverse", "1 / (1 + actual)")));
    }
  }

  /** Gives full points beyond the weight it was given. */
  static final class Generous implements ExecutionScorer {
    @Override
    public String id() {
      return "generous";
    }

    @Override
    public ExecutionResult score(Project project, BigDecimal weight, Profile profile) {
      return ExecutionResult.builder().weight(weight.add(BigDecimal.ONE)).points(weight.add(BigDecimal.ONE))
          .trace(Trace.of(id(), "always", "always full")).build();
    }
  }

  /** Names its findings after another rule. */
  static final class Impostor implements ProjectCheck {
    @Override
    public String id() {
      return "impostor";
    }

    @Override
    public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
      return List.of(Finding.of("stated-rate", Severity.INFO, "not mine"));
    }
  }

  @Test
  void aNonDeterministicScorerFailsTheContract() {
    IndicatorScorerContract contract = () -> new Forgetful();
    assertThatThrownBy(contract::isDeterministic).isInstanceOf(AssertionError.class).hasMessageContaining("deterministic").hasMessageContaining("seed");
  }

  @Test
  void aScorerThatThrowsOnHostileTextFailsTheContract() {
    IndicatorScorerContract contract = () -> new Fragile();
    assertThatThrownBy(contract::givesWellFormedVerdictsOnAnyGeneratedText)
        .isInstanceOf(AssertionError.class).hasMessageContaining("fragile threw");
  }

  @Test
  void aScorerGoingTheWrongWayFailsTheMonotonyProperty() {
    IndicatorScorerContract contract =
        new IndicatorScorerContract() {
          @Override
          public IndicatorScorer scorer() {
            return new Backwards();
          }

          @Override
          public Optional<Direction> direction() {
            return Optional.of(Direction.LARGER_IS_BETTER);
          }
        };
    assertThatThrownBy(contract::isMonotoneInItsDeclaredDirection).isInstanceOf(AssertionError.class).hasMessageContaining("monotone");
    // Without a declared direction there is nothing to check: skipped, not passed.
    IndicatorScorerContract undeclared = () -> new Backwards();
    assertThatThrownBy(undeclared::isMonotoneInItsDeclaredDirection).isInstanceOf(TestAbortedException.class);
  }

  @Test
  void anExecutionScorerChangingItsWeightFailsTheContract() {
    ExecutionScorerContract contract = () -> new Generous();
    assertThatThrownBy(contract::keepsPointsWithinTheWeight).isInstanceOf(AssertionError.class).hasMessageContaining("weight");
  }

  @Test
  void aCheckNamingAnotherRuleFailsTheContract() {
    ProjectCheckContract contract = () -> new Impostor();
    assertThatThrownBy(contract::findingsNameTheCheck).isInstanceOf(AssertionError.class).hasMessageContaining("impostor");
  }

  @Test
  void aGradeScaleThatGetsWorseAsTheScoreRisesFailsTheMonotonyProperty() {
    org.jixiao.rules.spi.GradeScale upsideDown =
        new org.jixiao.rules.spi.GradeScale() {
          @Override
          public String id() {
            return "upside-down";
          }

          @Override
          public java.util.Optional<org.jixiao.core.evaluation.Grade> grade(java.math.BigDecimal score, org.jixiao.rules.Profile profile) {
            return java.util.Optional.of(
                score.compareTo(new java.math.BigDecimal("60")) >= 0
                    ? org.jixiao.core.evaluation.Grade.POOR
                    : org.jixiao.core.evaluation.Grade.EXCELLENT);
          }
        };
    GradeScaleContract contract = () -> upsideDown;
    assertThatThrownBy(contract::aHigherScoreNeverGetsAWorseGrade).isInstanceOf(AssertionError.class).hasMessageContaining("monotone");
  }

  @Test
  void anAllocatorGivingMoreThanTheTotalFailsTheContract() {
    org.jixiao.rules.spi.WeightAllocator greedy =
        new org.jixiao.rules.spi.WeightAllocator() {
          @Override
          public String id() {
            return "greedy";
          }

          @Override
          public java.math.BigDecimal executionWeight(org.jixiao.core.project.Project project, org.jixiao.rules.Profile profile) {
            return java.math.BigDecimal.TEN;
          }

          @Override
          public org.jixiao.rules.spi.Allocation allocate(
              org.jixiao.core.project.Project project,
              org.jixiao.rules.Profile profile,
              boolean executionScored,
              java.util.List<org.jixiao.core.evaluation.Outcome> outcomes) {
            return new org.jixiao.rules.spi.Allocation(
                java.math.BigDecimal.TEN,
                java.util.Collections.nCopies(outcomes.size(), new java.math.BigDecimal("100")),
                java.util.List.of());
          }
        };
    WeightAllocatorContract contract = () -> greedy;
    assertThatThrownBy(contract::weightsAreOnePerIndicatorNonNegativeAndWithinTheTotal)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("within the total");
  }

  @Test
  void aTableCheckNamingAnotherRuleFailsTheContract() {
    org.jixiao.rules.spi.TableCheck impostor =
        new org.jixiao.rules.spi.TableCheck() {
          @Override
          public String id() {
            return "table-impostor";
          }

          @Override
          public java.util.List<org.jixiao.core.evaluation.Finding> check(
              org.jixiao.core.table.PerformanceTable table,
              java.util.List<org.jixiao.core.evaluation.Evaluation> evaluations,
              org.jixiao.rules.Profile profile) {
            return java.util.List.of(
                org.jixiao.core.evaluation.Finding.of("someone-else", org.jixiao.core.evaluation.Severity.INFO, "x"));
          }
        };
    TableCheckContract contract = () -> impostor;
    assertThatThrownBy(contract::findingsNameTheCheck).isInstanceOf(AssertionError.class).hasMessageContaining("table-impostor");
  }
}

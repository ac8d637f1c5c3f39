package org.jixiao.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.Allocation;
import org.jixiao.rules.spi.WeightAllocator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The allocator contract holds an allocator to what the SPI promises, beyond an upper bound: the
 * weights add up to the total, only what was scored weighs, and the execution weight is a weight.
 * Each allocator here breaks one promise of a correct one, {@link EqualShares}.
 */
class ContractsCatchBrokenAllocatorsTest {

  /**
   * A correct allocator: the profile's execution weight, the rest in equal cents over the scored
   * indicators (the odd cents to the first). Its subclasses each break it in one way.
   */
  static class EqualShares implements WeightAllocator {
    @Override
    public String id() {
      return "equal-shares";
    }

    @Override
    public BigDecimal executionWeight(Project project, Profile profile) {
      return profile.executionWeight();
    }

    /** The execution weight in the allocation. */
    BigDecimal allocatedExecution(Project project, Profile profile, boolean executionScored) {
      return executionScored ? executionWeight(project, profile) : BigDecimal.ZERO;
    }

    /** What the scored indicators share. */
    BigDecimal rest(Profile profile, BigDecimal execution) {
      return profile.total().subtract(execution);
    }

    /** The weight of an indicator not scored. */
    BigDecimal unscored() {
      return BigDecimal.ZERO;
    }

    @Override
    public Allocation allocate(Project project, Profile profile, boolean executionScored, List<Outcome> outcomes) {
      BigDecimal execution = allocatedExecution(project, profile, executionScored);
      long scored = outcomes.stream().filter(o -> o == Outcome.SCORED).count();
      List<BigDecimal> weights = new ArrayList<>();
      if (scored == 0) {
        outcomes.forEach(o -> weights.add(unscored()));
        return new Allocation(execution, weights, List.of());
      }
      BigDecimal rest = rest(profile, execution);
      BigDecimal each = rest.divide(BigDecimal.valueOf(scored), 2, RoundingMode.DOWN);
      BigDecimal odd = rest.subtract(each.multiply(BigDecimal.valueOf(scored)));
      for (Outcome o : outcomes) {
        if (o == Outcome.SCORED) {
          weights.add(each.add(odd));
          odd = BigDecimal.ZERO;
        } else {
          weights.add(unscored());
        }
      }
      return new Allocation(execution, weights, List.of());
    }
  }

  private static void passes(WeightAllocatorContract c) {
    assertThatCode(c::weightsAreOnePerIndicatorNonNegativeAndWithinTheTotal).doesNotThrowAnyException();
    assertThatCode(c::weightsAddUpToTheTotalOnceAnIndicatorIsScored).doesNotThrowAnyException();
    assertThatCode(c::onlyWhatWasScoredGetsWeight).doesNotThrowAnyException();
    assertThatCode(c::givesTheExecutionAWeightWithinTheTotalAndKeepsIt).doesNotThrowAnyException();
    assertThatCode(c::isDeterministicAndThreadSafe).doesNotThrowAnyException();
  }

  @Test
  void aCorrectAllocatorPassesEveryProperty() {
    passes(() -> new EqualShares());
  }

  @Test
  void anAllocatorKeepingBackPartOfTheTotalFailsTheSum() {
    WeightAllocator stingy =
        new EqualShares() {
          @Override
          public String id() {
            return "stingy";
          }

          @Override
          BigDecimal rest(Profile profile, BigDecimal execution) {
            return super.rest(profile, execution).subtract(new BigDecimal("0.02"));
          }
        };
    WeightAllocatorContract c = () -> stingy;
    // the old upper bound let it through
    assertThatCode(c::weightsAreOnePerIndicatorNonNegativeAndWithinTheTotal).doesNotThrowAnyException();
    assertThatThrownBy(c::weightsAddUpToTheTotalOnceAnIndicatorIsScored)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("stingy breaks 'adds up to the total once an indicator is scored'")
        .hasMessageContaining(", not the total 100 (±0.01)");
  }

  @Test
  void aCentOfRoundingIsAllowed() {
    WeightAllocator cent =
        new EqualShares() {
          @Override
          BigDecimal rest(Profile profile, BigDecimal execution) {
            return super.rest(profile, execution).subtract(new BigDecimal("0.01"));
          }
        };
    passes(() -> cent);
  }

  @Test
  void anAllocatorWeighingIndicatorsNotScoredFailsTheContract() {
    WeightAllocator leaky =
        new EqualShares() {
          @Override
          public String id() {
            return "leaky";
          }

          @Override
          BigDecimal unscored() {
            return BigDecimal.ONE;
          }
        };
    WeightAllocatorContract c = () -> leaky;
    assertThatThrownBy(c::onlyWhatWasScoredGetsWeight)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("leaky breaks 'no weight for an indicator not scored'")
        .hasMessageMatching("(?s).*indicator \\d+ is (NOT_APPLICABLE|UNDETERMINED) and weighs 1.*");
  }

  @Test
  void anAllocatorWeighingAnExecutionNotScoredFailsTheContract() {
    WeightAllocator stubborn =
        new EqualShares() {
          @Override
          public String id() {
            return "stubborn";
          }

          @Override
          BigDecimal allocatedExecution(Project project, Profile profile, boolean executionScored) {
            return profile.executionWeight(); // even when the execution could not be scored
          }

          @Override
          BigDecimal rest(Profile profile, BigDecimal execution) {
            return profile.total(); // ... while the indicators share the whole total
          }
        };
    WeightAllocatorContract c = () -> stubborn;
    assertThatThrownBy(c::onlyWhatWasScoredGetsWeight)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("stubborn breaks 'no weight for an execution not scored'")
        .hasMessageContaining("execution weight 10 when the execution could not be scored");
  }

  /** An allocator whose {@link WeightAllocator#executionWeight} gives {@code weight}, or throws when it is null and {@code thrown}. */
  private static WeightAllocatorContract executionWeight(@Nullable BigDecimal weight, boolean thrown) {
    WeightAllocator broken =
        new EqualShares() {
          @Override
          public String id() {
            return "odd-execution";
          }

          @Override
          @SuppressWarnings("NullAway") // broken on purpose
          public BigDecimal executionWeight(Project project, Profile profile) {
            if (thrown) {
              throw new IllegalStateException("no weight today");
            }
            return weight;
          }
        };
    return () -> broken;
  }

  @Test
  void anExecutionWeightThatIsNullNegativeAboveTheTotalOrThrownFailsTheContract() {
    assertThatThrownBy(executionWeight(null, false)::givesTheExecutionAWeightWithinTheTotalAndKeepsIt)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("odd-execution breaks 'an execution weight, never null'");
    assertThatThrownBy(executionWeight(new BigDecimal("-1"), false)::givesTheExecutionAWeightWithinTheTotalAndKeepsIt)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("odd-execution breaks 'an execution weight within 0..total' (seed")
        .hasMessageContaining("-1 outside 0..100");
    assertThatThrownBy(executionWeight(new BigDecimal("100.01"), false)::givesTheExecutionAWeightWithinTheTotalAndKeepsIt)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("100.01 outside 0..100");
    assertThatThrownBy(executionWeight(null, true)::givesTheExecutionAWeightWithinTheTotalAndKeepsIt)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("odd-execution threw java.lang.IllegalStateException: no weight today");
    // the whole total is a weight too
    assertThatCode(executionWeight(new BigDecimal("100"), false)::givesTheExecutionAWeightWithinTheTotalAndKeepsIt)
        .doesNotThrowAnyException();
  }

  @Test
  void anAllocationChangingTheWeightTheExecutionWasScoredWithFailsTheContract() {
    WeightAllocator shifty =
        new EqualShares() {
          @Override
          public String id() {
            return "shifty";
          }

          @Override
          BigDecimal allocatedExecution(Project project, Profile profile, boolean executionScored) {
            return executionScored ? new BigDecimal("20") : BigDecimal.ZERO; // scored with 10
          }
        };
    WeightAllocatorContract c = () -> shifty;
    // its allocations add up: only the weight the execution was scored with gives it away
    assertThatCode(c::weightsAddUpToTheTotalOnceAnIndicatorIsScored).doesNotThrowAnyException();
    assertThatThrownBy(c::givesTheExecutionAWeightWithinTheTotalAndKeepsIt)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("shifty breaks 'a scored execution keeps its weight'")
        .hasMessageContaining("scored with 10, allocated 20");
  }
}

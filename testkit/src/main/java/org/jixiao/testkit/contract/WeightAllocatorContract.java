package org.jixiao.testkit.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.Allocation;
import org.jixiao.rules.spi.WeightAllocator;
import org.jixiao.testkit.ModelGenerators;
import org.jixiao.testkit.internal.Examples;
import org.junit.jupiter.api.Test;

/**
 * The standard properties of a {@link WeightAllocator}: implement this interface in a test class
 * and return your allocator from {@link #allocator()}. Projects come from the hostile generators,
 * with every mix of scored, not applicable and undetermined outcomes.
 *
 * <p>The properties hold an allocator to what {@link WeightAllocator} and {@link Allocation}
 * promise: an execution weight within 0..total, the weight the execution is scored with; one
 * weight per indicator, 0 for an indicator not scored and for an execution not scored (its weight
 * is spread over the indicators); and, once an indicator is scored, weights adding up to the
 * profile's total. When no indicator is scored nothing has to add up: the built-in allocator then
 * gives the execution its own weight alone.
 */
public interface WeightAllocatorContract {

  /** The allocator under test. */
  WeightAllocator allocator();

  /** The profile it is run with. */
  default Profile profile() {
    return Profiles.defaultProfile();
  }

  /** How many generated projects each property is checked on. */
  default int examples() {
    return 300;
  }

  /**
   * The seed of the first example; every other example's seed is a well-mixed function of this
   * one and its index, so runs from nearby seeds check unrelated examples. A failure names the
   * failing example's own seed: return it here to check that example first.
   */
  default long seed() {
    return 20_191_231L;
  }

  /** A project with outcomes for its indicators, drawn together. */
  record Case(Project project, List<Outcome> outcomes, boolean executionScored) {}

  private List<Case> cases() {
    ModelGenerators gen = ModelGenerators.hostile();
    Outcome[] kinds = Outcome.values();
    return Examples.draw(
        c -> {
          Project p = gen.project(MoneyUnit.WAN_YUAN, 1).generate(c);
          List<Outcome> outcomes = new ArrayList<>();
          for (int i = 0; i < p.indicators().indicators().size(); i++) {
            outcomes.add(kinds[c.between(0, kinds.length - 1)]);
          }
          return new Case(p, outcomes, c.percent(80));
        },
        seed(),
        examples());
  }

  // Every call goes through here, the eight threads' too, so an allocator that throws or returns
  // null is named with its input and seed.
  private Allocation allocate(WeightAllocator allocator, Case k, long seed) {
    Allocation a;
    try {
      a = allocator.allocate(k.project(), profile(), k.executionScored(), k.outcomes());
    } catch (RuntimeException e) {
      throw ContractFailure.thrown(allocator.id(), k, seed, e);
    }
    if (a == null) {
      throw ContractFailure.of(allocator.id(), "returns an allocation, never null", k, seed, "null");
    }
    return a;
  }

  /**
   * One weight per indicator, none negative; the execution weight within 0..total; the weights
   * of scored indicators plus the execution weight never above the profile's total (a
   * hundredth of rounding allowed).
   */
  @Test
  default void weightsAreOnePerIndicatorNonNegativeAndWithinTheTotal() {
    WeightAllocator allocator = allocator();
    BigDecimal total = profile().total();
    List<Case> cases = cases();
    for (int i = 0; i < cases.size(); i++) {
      Case k = cases.get(i);
      Allocation a = allocate(allocator, k, Examples.seed(seed(), i));
      if (a.indicatorWeights().size() != k.outcomes().size()) {
        throw ContractFailure.of(allocator.id(), "one weight per indicator", k, Examples.seed(seed(), i), a.indicatorWeights().size() + " weights");
      }
      if (a.executionWeight().signum() < 0 || a.executionWeight().compareTo(total) > 0) {
        throw ContractFailure.of(allocator.id(), "execution weight within 0..total", k, Examples.seed(seed(), i), a.executionWeight().toPlainString());
      }
      BigDecimal sum = a.executionWeight();
      for (int j = 0; j < a.indicatorWeights().size(); j++) {
        BigDecimal w = a.indicatorWeights().get(j);
        if (w.signum() < 0) {
          throw ContractFailure.of(allocator.id(), "no negative weight", k, Examples.seed(seed(), i), w.toPlainString());
        }
        if (k.outcomes().get(j) == Outcome.SCORED) {
          sum = sum.add(w);
        }
      }
      if (sum.compareTo(total.add(new BigDecimal("0.01"))) > 0) {
        throw ContractFailure.of(allocator.id(), "within the total", k, Examples.seed(seed(), i), sum.toPlainString() + " > " + total.toPlainString());
      }
    }
  }

  /** A hundredth: what rounding to cents may leave between the weights and the total. */
  private static BigDecimal rounding() {
    return new BigDecimal("0.01");
  }

  /**
   * Once an indicator is scored, the execution weight (when the execution is scored) and the
   * scored indicators' weights add up to the profile's total, a hundredth of rounding allowed
   * ({@link WeightAllocator#allocate}: "weights summing to the profile total when anything is
   * scored"; the weights of the others are spread over them).
   */
  @Test
  default void weightsAddUpToTheTotalOnceAnIndicatorIsScored() {
    WeightAllocator allocator = allocator();
    BigDecimal total = profile().total();
    List<Case> cases = cases();
    for (int i = 0; i < cases.size(); i++) {
      Case k = cases.get(i);
      if (!k.outcomes().contains(Outcome.SCORED)) {
        continue; // nothing to spread the total over: no sum is promised
      }
      Allocation a = allocate(allocator, k, Examples.seed(seed(), i));
      BigDecimal execution = k.executionScored() ? a.executionWeight() : BigDecimal.ZERO;
      BigDecimal indicators = BigDecimal.ZERO;
      for (int j = 0; j < k.outcomes().size() && j < a.indicatorWeights().size(); j++) {
        if (k.outcomes().get(j) == Outcome.SCORED) {
          indicators = indicators.add(a.indicatorWeights().get(j));
        }
      }
      BigDecimal sum = execution.add(indicators);
      if (sum.subtract(total).abs().compareTo(rounding()) > 0) {
        throw ContractFailure.of(allocator.id(), "adds up to the total once an indicator is scored", k, Examples.seed(seed(), i),
            (k.executionScored() ? "execution " + execution.toPlainString() + " + " : "")
                + "scored indicators " + indicators.toPlainString() + " = " + sum.toPlainString()
                + ", not the total " + total.toPlainString() + " (±0.01)");
      }
    }
  }

  /**
   * Only what was scored gets weight: an indicator not scored gets 0 ({@link Allocation}), and so
   * does an execution that could not be scored, its weight going to the indicators ({@link
   * WeightAllocator#allocate}).
   */
  @Test
  default void onlyWhatWasScoredGetsWeight() {
    WeightAllocator allocator = allocator();
    List<Case> cases = cases();
    for (int i = 0; i < cases.size(); i++) {
      Case k = cases.get(i);
      Allocation a = allocate(allocator, k, Examples.seed(seed(), i));
      if (!k.executionScored() && a.executionWeight().signum() != 0) {
        throw ContractFailure.of(allocator.id(), "no weight for an execution not scored", k, Examples.seed(seed(), i),
            "execution weight " + a.executionWeight().toPlainString() + " when the execution could not be scored");
      }
      for (int j = 0; j < k.outcomes().size() && j < a.indicatorWeights().size(); j++) {
        BigDecimal w = a.indicatorWeights().get(j);
        if (k.outcomes().get(j) != Outcome.SCORED && w.signum() != 0) {
          throw ContractFailure.of(allocator.id(), "no weight for an indicator not scored", k, Examples.seed(seed(), i),
              "indicator " + (j + 1) + " is " + k.outcomes().get(j) + " and weighs " + w.toPlainString());
        }
      }
    }
  }

  /**
   * {@link WeightAllocator#executionWeight} gives a weight within 0..total, never null and never
   * throwing, and a scored execution keeps it in the allocation: the engine scores the execution
   * with it before the indicators' outcomes are known, and adds those points to the indicators'.
   */
  @Test
  default void givesTheExecutionAWeightWithinTheTotalAndKeepsIt() {
    WeightAllocator allocator = allocator();
    BigDecimal total = profile().total();
    List<Case> cases = cases();
    for (int i = 0; i < cases.size(); i++) {
      Case k = cases.get(i);
      BigDecimal weight;
      try {
        weight = allocator.executionWeight(k.project(), profile());
      } catch (RuntimeException e) {
        throw ContractFailure.thrown(allocator.id(), k.project(), Examples.seed(seed(), i), e);
      }
      if (weight == null) {
        throw ContractFailure.of(allocator.id(), "an execution weight, never null", k.project(), Examples.seed(seed(), i), "null");
      }
      if (weight.signum() < 0 || weight.compareTo(total) > 0) {
        throw ContractFailure.of(allocator.id(), "an execution weight within 0..total", k.project(), Examples.seed(seed(), i),
            weight.toPlainString() + " outside 0.." + total.toPlainString());
      }
      if (k.executionScored()) {
        Allocation a = allocate(allocator, k, Examples.seed(seed(), i));
        if (a.executionWeight().compareTo(weight) != 0) {
          throw ContractFailure.of(allocator.id(), "a scored execution keeps its weight", k, Examples.seed(seed(), i),
              "scored with " + weight.toPlainString() + ", allocated " + a.executionWeight().toPlainString());
        }
      }
    }
  }

  /** The same input gives the same allocation, on one thread and on eight. */
  @Test
  default void isDeterministicAndThreadSafe() {
    WeightAllocator allocator = allocator();
    List<Case> cases = cases();
    List<Allocation> expected = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      expected.add(allocate(allocator, cases.get(i), Examples.seed(seed(), i)));
    }
    for (List<Allocation> actual : Examples.onThreads(Examples.indexes(cases), i -> allocate(allocator, cases.get(i), Examples.seed(seed(), i)), 8)) {
      if (!actual.equals(expected)) {
        throw new AssertionError(allocator.id() + " gives other allocations on 8 threads, or on a second run (seed " + seed() + ")");
      }
    }
  }
}

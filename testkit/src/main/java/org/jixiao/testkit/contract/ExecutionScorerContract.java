package org.jixiao.testkit.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.testkit.Generator;
import org.jixiao.testkit.ModelGenerators;
import org.jixiao.testkit.internal.Examples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The standard properties of an {@link ExecutionScorer}, for free: implement this interface in
 * a test class and return your scorer from {@link #scorer()}. Projects come from the testkit's
 * hostile generators (budgets of 0 and 0.01, huge amounts, spending above budget).
 */
public interface ExecutionScorerContract {

  /** The scorer under test. */
  ExecutionScorer scorer();

  /** The profile the scorer is run with. */
  default Profile profile() {
    return Profiles.defaultProfile();
  }

  /** How many generated projects each property is checked on. */
  default int examples() {
    return 300;
  }

  /** The first seed; example i uses {@code Examples.seed(seed(), i)}. */
  default long seed() {
    return 20_191_231L;
  }

  /**
   * Whether points never fall as actual spending rises towards the budget (0 ≤ actual ≤
   * budget). True for the MOF rule and most local variants.
   */
  default boolean monotoneUpToBudget() {
    return true;
  }

  private List<Project> projects() {
    return Examples.draw(ModelGenerators.hostile().project(MoneyUnit.WAN_YUAN, 1), seed(), examples());
  }

  // One scorer instance per property: a part must be deterministic across calls, not just across instances.
  // Every call goes through here, the eight threads' too, so a scorer that throws or returns null
  // is named with its input and seed rather than left to a bare exception or an equal list of nulls.
  private ExecutionResult score(ExecutionScorer scorer, Object input, Project project, BigDecimal weight, long seed) {
    ExecutionResult result;
    try {
      result = scorer.score(project, weight, profile());
    } catch (RuntimeException e) {
      throw ContractFailure.thrown(scorer.id(), input, seed, e);
    }
    if (result == null) {
      throw ContractFailure.of(scorer.id(), "returns a result, never null", input, seed,
          "null (a project it cannot score gets a result without rate and points, its trace saying why)");
    }
    return result;
  }

  private ExecutionResult score(ExecutionScorer scorer, Project project, BigDecimal weight, long seed) {
    return score(scorer, project, project, weight, seed);
  }

  /** Points stay within 0..weight (for weights 0 to 100), the rate is never negative, and the weight is kept. */
  @Test
  default void keepsPointsWithinTheWeight() {
    ExecutionScorer scorer = scorer();
    List<Project> projects = projects();
    for (int i = 0; i < projects.size(); i++) {
      BigDecimal weight = BigDecimal.valueOf(i % 101);
      ExecutionResult r = score(scorer, projects.get(i), weight, Examples.seed(seed(), i));
      if (r.weight().compareTo(weight) != 0) {
        throw ContractFailure.of(scorer.id(), "keeps the weight it was given", projects.get(i), Examples.seed(seed(), i), r.weight() + " ≠ " + weight);
      }
      // ExecutionResult itself refuses points outside 0..weight; a negative rate is the scorer's own.
      if (r.rate().isPresent() && r.rate().get().signum() < 0) {
        throw ContractFailure.of(scorer.id(), "a non-negative rate", projects.get(i), Examples.seed(seed(), i), r.rate().get().toPlainString());
      }
    }
  }

  /**
   * A project without a budget, or with a budget of 0, gets a result without rate and points
   * ({@link ExecutionScorer#score}: "a project without a budget to divide by … gets" a result
   * without rate and points whose trace says why). Each generated project is tried with neither budget nor adjusted
   * budget, and with a budget of 0 and no adjusted budget; its fund sources are left out, so
   * that no budget can be read from them either.
   */
  @Test
  default void givesNoRateOrPointsWithoutABudget() {
    ExecutionScorer scorer = scorer();
    List<Project> projects = projects();
    for (int i = 0; i < projects.size(); i++) {
      BigDecimal weight = BigDecimal.valueOf(i % 101);
      Project.Builder none = Project.builder().from(projects.get(i)).budget(Optional.empty()).adjustedBudget(Optional.empty()).funds(List.of());
      for (Project p : List.of(none.build(), none.budget(BigDecimal.ZERO).build())) {
        ExecutionResult r = score(scorer, p, weight, Examples.seed(seed(), i));
        if (r.rate().isPresent() || r.points().isPresent()) {
          throw ContractFailure.of(scorer.id(), "no rate and no points without a budget", p, Examples.seed(seed(), i),
              "budget " + p.budget().map(BigDecimal::toPlainString).orElse("none") + " gave rate "
                  + r.rate().map(BigDecimal::toPlainString).orElse("none") + ", points "
                  + r.points().map(BigDecimal::toPlainString).orElse("none"));
        }
      }
    }
  }

  /**
   * Rate and points come together: a result has both or neither ({@link ExecutionScorer#score}:
   * "the rate and points …, or a result without rate and points"). Points without a rate cannot
   * be checked against it; a rate without points makes the engine treat the execution as not
   * scored while the evaluation shows its rate.
   */
  @Test
  default void givesRateAndPointsTogether() {
    ExecutionScorer scorer = scorer();
    List<Project> projects = projects();
    for (int i = 0; i < projects.size(); i++) {
      ExecutionResult r = score(scorer, projects.get(i), BigDecimal.valueOf(i % 101), Examples.seed(seed(), i));
      if (r.points().isPresent() && r.rate().isEmpty()) {
        throw ContractFailure.of(scorer.id(), "rate and points together", projects.get(i), Examples.seed(seed(), i),
            "points " + r.points().get().toPlainString() + " without a rate");
      }
      if (r.rate().isPresent() && r.points().isEmpty()) {
        throw ContractFailure.of(scorer.id(), "rate and points together", projects.get(i), Examples.seed(seed(), i),
            "a rate of " + r.rate().get().toPlainString() + " without points");
      }
    }
  }

  /** The same project gives the same result. */
  @Test
  default void isDeterministic() {
    ExecutionScorer scorer = scorer();
    List<Project> projects = projects();
    for (int i = 0; i < projects.size(); i++) {
      Project copy = Project.builder().from(projects.get(i)).build();
      ExecutionResult a = score(scorer, projects.get(i), BigDecimal.TEN, Examples.seed(seed(), i));
      ExecutionResult b = score(scorer, copy, BigDecimal.TEN, Examples.seed(seed(), i));
      if (!a.equals(b)) {
        throw ContractFailure.of(scorer.id(), "deterministic", projects.get(i), Examples.seed(seed(), i), a + " then " + b);
      }
    }
  }

  /** More spending, up to the budget, never earns fewer points (when {@link #monotoneUpToBudget()}). */
  @Test
  default void isMonotoneUpToTheBudget() {
    // skipped, not passed, for a scorer that opts out: a report must not count it
    Assumptions.assumeTrue(monotoneUpToBudget(), "the scorer opts out (monotoneUpToBudget() is false)");
    Generator<long[]> cases =
        c -> {
          long budget = c.between(1L, 10_000_000L);
          long a = c.between(0L, budget);
          long b = c.between(0L, budget);
          return new long[] {budget, Math.min(a, b), Math.max(a, b)};
        };
    ExecutionScorer scorer = scorer();
    List<long[]> drawn = Examples.draw(cases, seed(), examples());
    for (int i = 0; i < drawn.size(); i++) {
      long[] t = drawn.get(i);
      String input = "budget " + BigDecimal.valueOf(t[0], 2) + ", actual " + BigDecimal.valueOf(t[1], 2) + " → " + BigDecimal.valueOf(t[2], 2);
      Optional<BigDecimal> low = score(scorer, input, project(t[0], t[1]), BigDecimal.TEN, Examples.seed(seed(), i)).points();
      Optional<BigDecimal> high = score(scorer, input, project(t[0], t[2]), BigDecimal.TEN, Examples.seed(seed(), i)).points();
      if (low.isPresent() && high.isPresent() && high.get().compareTo(low.get()) < 0) {
        throw ContractFailure.of(scorer.id(), "monotone up to the budget", input, Examples.seed(seed(), i), low.get() + " then " + high.get());
      }
    }
  }

  private static Project project(long budgetFen, long actualFen) {
    return Project.builder()
        .name("契约测试项目")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(BigDecimal.valueOf(budgetFen, 2))
        .actual(BigDecimal.valueOf(actualFen, 2))
        .build();
  }

  /** Eight threads sharing the scorer get the single-thread results. */
  @Test
  default void givesTheSameResultsOnEightThreads() {
    List<Project> projects = projects();
    ExecutionScorer scorer = scorer();
    List<Integer> indexes = Examples.indexes(projects);
    List<ExecutionResult> expected = indexes.stream().map(i -> score(scorer, projects.get(i), BigDecimal.TEN, Examples.seed(seed(), i))).toList();
    for (List<ExecutionResult> actual : Examples.onThreads(indexes, i -> score(scorer, projects.get(i), BigDecimal.TEN, Examples.seed(seed(), i)), 8)) {
      if (!actual.equals(expected)) {
        throw new AssertionError(scorer.id() + " gives other results on 8 threads than on one (seed " + seed() + ")");
      }
    }
  }
}

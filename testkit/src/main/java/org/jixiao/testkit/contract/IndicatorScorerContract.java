package org.jixiao.testkit.contract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.IndicatorInput;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.jixiao.testkit.Generator;
import org.jixiao.testkit.ModelGenerators;
import org.jixiao.testkit.internal.Examples;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The standard properties of an {@link IndicatorScorer}, for free: implement this interface in a
 * test class and return your scorer from {@link #scorer()}.
 *
 * <pre>{@code
 * class MyScorerTest implements IndicatorScorerContract {
 *   public IndicatorScorer scorer() { return new MyScorer(); }
 *   public Optional<Direction> direction() { return Optional.of(Direction.LARGER_IS_BETTER); }
 * }
 * }</pre>
 *
 * <p>Every property runs on {@link #examples()} generated inputs, realistic and hostile,
 * reproducible from {@link #seed()}; a failure names the seed and the input.
 */
public interface IndicatorScorerContract {

  /** The scorer under test. */
  IndicatorScorer scorer();

  /** The profile the scorer is run with. */
  default Profile profile() {
    return Profiles.defaultProfile();
  }

  /** How many generated inputs each property is checked on. */
  default int examples() {
    return 300;
  }

  /** The first seed; example i uses {@code Examples.seed(seed(), i)}. */
  default long seed() {
    return 20_191_231L;
  }

  /** The direction in which the scorer declares itself monotone, if any. */
  default Optional<Direction> direction() {
    return Optional.empty();
  }

  /**
   * An input with a target figure and an actual figure that the scorer should judge by its
   * direction; override it when your scorer reads other phrases. The default is a 数量指标
   * "不少于{target}人" / "{actual}人" (or "不超过" for {@link Direction#SMALLER_IS_BETTER}).
   */
  default IndicatorInput monotoneInput(Direction direction, long target, long actual) {
    String comparator = direction == Direction.LARGER_IS_BETTER ? "不少于" : "不超过";
    return IndicatorInput.of(Indicator.of(Subcategory.QUANTITY, comparator + target + "人", actual + "人"), 0);
  }

  /** An evaluator running the scorer among the built-in parts (tried before them). */
  default Evaluator evaluatorWithScorer() {
    return Evaluator.builder().profile(profile()).add(scorer()).build();
  }

  /** Inputs drawn from realistic and hostile generators alike. */
  private List<IndicatorInput> inputs() {
    ModelGenerators realistic = ModelGenerators.realistic();
    ModelGenerators hostile = ModelGenerators.hostile();
    Generator<IndicatorInput> gen =
        c -> {
          Subcategory sub = c.pick(List.of(Subcategory.values()));
          Indicator indicator = (c.percent(50) ? realistic : hostile).indicator(sub).generate(c);
          return IndicatorInput.of(indicator, 0);
        };
    return Examples.draw(gen, seed(), examples());
  }

  private Project project() {
    return ModelGenerators.realistic().project(MoneyUnit.WAN_YUAN, 1).generate(org.jixiao.testkit.Choices.seeded(seed()));
  }

  // One scorer instance per property: a part must be deterministic across calls, not just across instances.
  // Every call goes through here, the eight threads' too, so a scorer that throws or returns null
  // is named with its input and seed rather than left to a bare exception or an equal list of nulls.
  private Optional<IndicatorVerdict> score(IndicatorScorer scorer, IndicatorInput input, Project project, int i) {
    Optional<IndicatorVerdict> verdict;
    try {
      verdict = scorer.score(input, new EndOfChain(project, profile()));
    } catch (RuntimeException e) {
      throw ContractFailure.thrown(scorer.id(), input, Examples.seed(seed(), i), e);
    }
    if (verdict == null) {
      throw ContractFailure.of(scorer.id(), "returns a verdict or empty, never null", input, Examples.seed(seed(), i),
          "null (return Optional.empty() to let the next scorer try)");
    }
    return verdict;
  }

  /** Never throws on generated text, hostile text included; a verdict is well formed. */
  @Test
  default void givesWellFormedVerdictsOnAnyGeneratedText() {
    IndicatorScorer scorer = scorer();
    Project project = project();
    List<IndicatorInput> inputs = inputs();
    for (int i = 0; i < inputs.size(); i++) {
      Optional<IndicatorVerdict> verdict = score(scorer, inputs.get(i), project, i);
      if (verdict.isPresent()) {
        checkWellFormed(verdict.get(), inputs.get(i), Examples.seed(seed(), i));
      }
    }
  }

  private void checkWellFormed(IndicatorVerdict verdict, IndicatorInput input, long seed) {
    boolean scored = verdict.outcome() == Outcome.SCORED;
    String id = scorer().id();
    if (scored != verdict.fraction().isPresent()) {
      throw ContractFailure.of(id, "a fraction exactly when scored", input, seed, verdict.toString());
    }
    verdict.fraction().ifPresent(f -> {
      if (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
        throw ContractFailure.of(id, "fraction within 0..1", input, seed, f.toPlainString());
      }
    });
    if (verdict.trace().rule().isBlank() || verdict.trace().reason().isBlank()) {
      throw ContractFailure.of(id, "a trace with rule and reason", input, seed, verdict.trace().toString());
    }
    for (IndicatorVerdict part : verdict.parts()) {
      checkWellFormed(part, input, seed);
    }
  }

  /** The same input gives the same verdict, every time. */
  @Test
  default void isDeterministic() {
    IndicatorScorer scorer = scorer();
    Project project = project();
    List<IndicatorInput> inputs = inputs();
    for (int i = 0; i < inputs.size(); i++) {
      IndicatorInput input = inputs.get(i);
      IndicatorInput copy = new IndicatorInput(input.indicator(), input.index(), input.target(), input.actual(), input.item());
      Optional<IndicatorVerdict> first = score(scorer, input, project, i);
      Optional<IndicatorVerdict> second = score(scorer, copy, project, i);
      if (!first.equals(second)) {
        throw ContractFailure.of(scorer().id(), "deterministic", input, Examples.seed(seed(), i), first + " then " + second);
      }
    }
  }

  /**
   * Among the built-in parts, points stay within each weight and the total within the profile's.
   * An {@link IndicatorResult} refuses points beyond its weight when it is made, so a verdict that
   * would give them fails here as a thrown exception naming the project.
   */
  @Test
  default void keepsPointsWithinTheirWeightsInAnEvaluation() {
    Evaluator evaluator = evaluatorWithScorer();
    List<Project> projects = Examples.draw(ModelGenerators.hostile().project(MoneyUnit.WAN_YUAN, 1), seed(), examples() / 3 + 1);
    for (int i = 0; i < projects.size(); i++) {
      Evaluation e;
      try {
        e = evaluator.evaluate(projects.get(i));
      } catch (RuntimeException ex) {
        throw ContractFailure.thrown(scorer().id(), projects.get(i), Examples.seed(seed(), i), ex);
      }
      if (e.score().isPresent() && e.score().get().compareTo(profile().total()) > 0) {
        throw ContractFailure.of(scorer().id(), "total within the profile's total", projects.get(i), Examples.seed(seed(), i), e.score().get().toPlainString());
      }
    }
  }

  /**
   * When the scorer declares a direction, a better actual never earns a smaller fraction. A
   * scorer that scores none of the pairs from {@link #monotoneInput} fails too: a direction
   * declared and never checked would pass for any scorer.
   */
  @Test
  default void isMonotoneInItsDeclaredDirection() {
    Optional<Direction> declared = direction();
    // skipped, not passed, when there is no direction to check: a report must not count it
    Assumptions.assumeTrue(declared.isPresent(), "the scorer declares no direction (direction() is empty)");
    Direction d = declared.get();
    IndicatorScorer scorer = scorer();
    Project project = project();
    Generator<long[]> triples =
        c -> {
          long target = c.between(1L, 10_000L);
          long a = c.between(0L, 3 * target);
          long b = c.between(0L, 3 * target);
          return new long[] {target, Math.min(a, b), Math.max(a, b)};
        };
    List<long[]> cases = Examples.draw(triples, seed(), examples());
    int compared = 0;
    for (int i = 0; i < cases.size(); i++) {
      long[] t = cases.get(i);
      long worse = d == Direction.LARGER_IS_BETTER ? t[1] : t[2];
      long better = d == Direction.LARGER_IS_BETTER ? t[2] : t[1];
      Optional<BigDecimal> low = score(scorer, monotoneInput(d, t[0], worse), project, i).flatMap(IndicatorVerdict::fraction);
      Optional<BigDecimal> high = score(scorer, monotoneInput(d, t[0], better), project, i).flatMap(IndicatorVerdict::fraction);
      if (low.isPresent() && high.isPresent()) {
        compared++;
        if (high.get().compareTo(low.get()) < 0) {
          throw ContractFailure.of(scorer().id(), "monotone, " + d, "target " + t[0] + ", actuals " + worse + " → " + better,
              Examples.seed(seed(), i), low.get() + " then " + high.get());
        }
      }
    }
    if (compared == 0 && !cases.isEmpty()) {
      long[] first = cases.get(0);
      throw ContractFailure.of(scorer().id(), "monotone, " + d, monotoneInput(d, first[0], first[1]), seed(),
          "no pair was scored: the scorer declined, or left unscored, every one of the " + 2 * cases.size()
              + " inputs of monotoneInput(" + d + ", target, actual); override monotoneInput to give it the phrases it scores,"
              + " or declare no direction");
    }
  }

  /** Eight threads sharing the scorer get the single-thread verdicts. */
  @Test
  default void givesTheSameVerdictsOnEightThreads() {
    IndicatorScorer scorer = scorer();
    Project project = project();
    List<IndicatorInput> inputs = inputs();
    List<Optional<IndicatorVerdict>> expected = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      expected.add(score(scorer, inputs.get(i), project, i));
    }
    for (List<Optional<IndicatorVerdict>> actual : Examples.onThreads(Examples.indexes(inputs), i -> score(scorer, inputs.get(i), project, i), 8)) {
      if (!actual.equals(expected)) {
        throw new AssertionError(scorer.id() + " gives other verdicts on 8 threads than on one (seed " + seed() + ")");
      }
    }
  }
}

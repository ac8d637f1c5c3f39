package org.jixiao.testkit.contract;

import java.util.Optional;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.Part;
import org.jixiao.rules.spi.ProjectCheck;
import org.junit.jupiter.api.Nested;

/**
 * The built-in parts pass the same contracts an integrator's parts must pass, every contract
 * under both bundled profiles (mof-2020, the default, and sichuan-2023). (The tests live here
 * rather than in rules, because testkit depends on rules.)
 */
class BuiltInPartsContractTest {

  private static <T extends Part> T builtIn(Profile profile, String id, Class<T> kind) {
    return kind.cast(Evaluator.of(profile).part(id).orElseThrow(() -> new AssertionError("no built-in part " + id)));
  }

  private static <T extends Part> T builtIn(String id, Class<T> kind) {
    return builtIn(Profiles.defaultProfile(), id, kind);
  }

  @Nested
  class ExecutionRate implements ExecutionScorerContract {
    @Override
    public ExecutionScorer scorer() {
      return builtIn(BuiltInIds.EXECUTION_RATE, ExecutionScorer.class);
    }
  }

  @Nested
  class ExecutionRateSichuan implements ExecutionScorerContract {
    @Override
    public Profile profile() {
      return Profiles.get(Profiles.SICHUAN_2023);
    }

    @Override
    public ExecutionScorer scorer() {
      return builtIn(profile(), BuiltInIds.EXECUTION_RATE, ExecutionScorer.class);
    }
  }

  @Nested
  class Quantitative implements IndicatorScorerContract {
    @Override
    public IndicatorScorer scorer() {
      return builtIn(BuiltInIds.QUANTITATIVE, IndicatorScorer.class);
    }

    @Override
    public Evaluator evaluatorWithScorer() {
      return Evaluator.defaults();
    }

    @Override
    public Optional<Direction> direction() {
      return Optional.of(Direction.LARGER_IS_BETTER);
    }
  }

  @Nested
  class QuantitativeReverse implements IndicatorScorerContract {
    @Override
    public IndicatorScorer scorer() {
      return builtIn(BuiltInIds.QUANTITATIVE, IndicatorScorer.class);
    }

    @Override
    public Evaluator evaluatorWithScorer() {
      return Evaluator.defaults();
    }

    @Override
    public Optional<Direction> direction() {
      return Optional.of(Direction.SMALLER_IS_BETTER);
    }
  }

  @Nested
  class QuantitativeSichuan implements IndicatorScorerContract {
    @Override
    public Profile profile() {
      return Profiles.get(Profiles.SICHUAN_2023);
    }

    @Override
    public IndicatorScorer scorer() {
      return builtIn(profile(), BuiltInIds.QUANTITATIVE, IndicatorScorer.class);
    }

    @Override
    public Evaluator evaluatorWithScorer() {
      return Evaluator.of(profile());
    }

    @Override
    public Optional<Direction> direction() {
      return Optional.of(Direction.SMALLER_IS_BETTER);
    }
  }

  @Nested
  class Qualitative implements IndicatorScorerContract {
    @Override
    public IndicatorScorer scorer() {
      return builtIn(BuiltInIds.QUALITATIVE, IndicatorScorer.class);
    }

    @Override
    public Evaluator evaluatorWithScorer() {
      return Evaluator.defaults();
    }
  }

  @Nested
  class NotApplicable implements IndicatorScorerContract {
    @Override
    public IndicatorScorer scorer() {
      return builtIn(BuiltInIds.NOT_APPLICABLE, IndicatorScorer.class);
    }

    @Override
    public Evaluator evaluatorWithScorer() {
      return Evaluator.defaults();
    }
  }

  @Nested
  class SubTargets implements IndicatorScorerContract {
    @Override
    public IndicatorScorer scorer() {
      return builtIn(BuiltInIds.SUB_TARGETS, IndicatorScorer.class);
    }

    @Override
    public Evaluator evaluatorWithScorer() {
      return Evaluator.defaults();
    }
  }

  @Nested
  class StatedRate implements ProjectCheckContract {
    @Override
    public ProjectCheck check() {
      return builtIn(BuiltInIds.STATED_RATE, ProjectCheck.class);
    }
  }

  @Nested
  class StatedCompletion implements ProjectCheckContract {
    @Override
    public ProjectCheck check() {
      return builtIn(BuiltInIds.STATED_COMPLETION, ProjectCheck.class);
    }
  }

  @Nested
  class MissingCategory implements ProjectCheckContract {
    @Override
    public ProjectCheck check() {
      return builtIn(BuiltInIds.MISSING_CATEGORY, ProjectCheck.class);
    }
  }

  @Nested
  class FundBreakdown implements ProjectCheckContract {
    @Override
    public ProjectCheck check() {
      return builtIn(BuiltInIds.FUND_BREAKDOWN, ProjectCheck.class);
    }
  }

  /** Deadlines have no single direction (a date, a span, a word): its monotony check is skipped. */
  @Nested
  class Deadline implements IndicatorScorerContract {
    @Override
    public IndicatorScorer scorer() {
      return builtIn(BuiltInIds.DEADLINE, IndicatorScorer.class);
    }

    @Override
    public Evaluator evaluatorWithScorer() {
      return Evaluator.defaults();
    }
  }

  @Nested
  class OverBudget implements ProjectCheckContract {
    @Override
    public ProjectCheck check() {
      return builtIn(BuiltInIds.OVER_BUDGET, ProjectCheck.class);
    }
  }

  @Nested
  class StatedScore implements ProjectCheckContract {
    @Override
    public ProjectCheck check() {
      return builtIn(BuiltInIds.STATED_SCORE, ProjectCheck.class);
    }
  }

  @Nested
  class PlaceholderCell implements ProjectCheckContract {
    @Override
    public ProjectCheck check() {
      return builtIn(BuiltInIds.PLACEHOLDER_CELL, ProjectCheck.class);
    }
  }

  @Nested
  class OverAchievement implements ProjectCheckContract {
    @Override
    public ProjectCheck check() {
      return builtIn(BuiltInIds.OVER_ACHIEVEMENT, ProjectCheck.class);
    }
  }

  @Nested
  class FormWeights implements ProjectCheckContract {
    @Override
    public ProjectCheck check() {
      return builtIn(BuiltInIds.FORM_WEIGHTS, ProjectCheck.class);
    }
  }

  /** The check sichuan-2023 turns on: a rate below 90 % calls for an explanation. */
  @Nested
  class LowExecutionSichuan implements ProjectCheckContract {
    @Override
    public Profile profile() {
      return Profiles.get(Profiles.SICHUAN_2023);
    }

    @Override
    public ProjectCheck check() {
      return builtIn(profile(), BuiltInIds.LOW_EXECUTION, ProjectCheck.class);
    }
  }

  @Nested
  class GradeSichuan implements GradeScaleContract {
    @Override
    public Profile profile() {
      return Profiles.get(Profiles.SICHUAN_2023);
    }

    @Override
    public org.jixiao.rules.spi.GradeScale scale() {
      return builtIn(profile(), BuiltInIds.GRADE, org.jixiao.rules.spi.GradeScale.class);
    }
  }

  @Nested
  class Grade implements GradeScaleContract {
    @Override
    public org.jixiao.rules.spi.GradeScale scale() {
      return builtIn(BuiltInIds.GRADE, org.jixiao.rules.spi.GradeScale.class);
    }
  }

  @Nested
  class Weights implements WeightAllocatorContract {
    @Override
    public org.jixiao.rules.spi.WeightAllocator allocator() {
      return builtIn(BuiltInIds.WEIGHTS, org.jixiao.rules.spi.WeightAllocator.class);
    }
  }

  @Nested
  class WeightsSichuan implements WeightAllocatorContract {
    @Override
    public Profile profile() {
      return Profiles.get(Profiles.SICHUAN_2023);
    }

    @Override
    public org.jixiao.rules.spi.WeightAllocator allocator() {
      return builtIn(profile(), BuiltInIds.WEIGHTS, org.jixiao.rules.spi.WeightAllocator.class);
    }
  }

  @Nested
  class Totals implements TableCheckContract {
    @Override
    public org.jixiao.rules.spi.TableCheck check() {
      return builtIn(BuiltInIds.TOTALS, org.jixiao.rules.spi.TableCheck.class);
    }
  }

  @Nested
  class TotalsSichuan implements TableCheckContract {
    @Override
    public Profile profile() {
      return Profiles.get(Profiles.SICHUAN_2023);
    }

    @Override
    public org.jixiao.rules.spi.TableCheck check() {
      return builtIn(profile(), BuiltInIds.TOTALS, org.jixiao.rules.spi.TableCheck.class);
    }
  }

  @Nested
  class Sequence implements TableCheckContract {
    @Override
    public org.jixiao.rules.spi.TableCheck check() {
      return builtIn(BuiltInIds.SEQUENCE, org.jixiao.rules.spi.TableCheck.class);
    }
  }

  @Nested
  class FundTotals implements TableCheckContract {
    @Override
    public org.jixiao.rules.spi.TableCheck check() {
      return builtIn(BuiltInIds.FUND_TOTALS, org.jixiao.rules.spi.TableCheck.class);
    }
  }
}

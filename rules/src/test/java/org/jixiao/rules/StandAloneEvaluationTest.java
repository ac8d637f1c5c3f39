package org.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.ExecutionResult;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.evaluation.WithheldReason;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.indicator.IndicatorSet;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ExecutionScorer;
import org.jixiao.rules.spi.IndicatorScorer;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.rules.spi.WeightAllocator;
import org.junit.jupiter.api.Test;

/**
 * What the engine puts on an evaluation so that it stands alone (amounts, the reason a score is
 * withheld, a scorer's own findings), and how it reports a failing part.
 */
class StandAloneEvaluationTest {

  private static Project.Builder project() {
    return Project.builder()
        .seq(7)
        .name("就业见习补贴")
        .moneyUnit(MoneyUnit.WAN_YUAN)
        .budget(new BigDecimal("311.47"))
        .adjustedBudget(new BigDecimal("300"))
        .actual(new BigDecimal("181.85"))
        .statedExecutionRate(new BigDecimal("58.38"));
  }

  private static Indicator indicator(String target, String actual) {
    return Indicator.builder().category(Category.OUTPUT).subcategory(Subcategory.QUANTITY).target(target).actual(actual).build();
  }

  @Test
  void anEvaluationCarriesItsProjectsAmountsAsPublished() {
    Evaluation e = Evaluator.defaults().evaluate(project().indicators(IndicatorSet.of(indicator("≥100人", "120人"))).build());
    assertThat(e.budget()).contains(new BigDecimal("311.47"));
    assertThat(e.adjustedBudget()).contains(new BigDecimal("300"));
    assertThat(e.actual()).contains(new BigDecimal("181.85"));
    assertThat(e.statedRate()).contains(new BigDecimal("58.38"));
    assertThat(e.moneyUnit()).contains(MoneyUnit.WAN_YUAN);
    assertThat(e.withheld()).isEmpty();
    assertThat(e.score()).isPresent();
  }

  @Test
  void aProjectWithoutAmountsHasNoMoneyUnitOnItsEvaluation() {
    Evaluation e = Evaluator.defaults().evaluate(Project.builder().name("无金额").moneyUnit(MoneyUnit.YUAN).build());
    assertThat(e.moneyUnit()).isEmpty();
    assertThat(e.budget()).isEmpty();
  }

  @Test
  void aWithheldScoreSaysWhy() {
    Evaluator evaluator = Evaluator.defaults();
    assertThat(evaluator.evaluate(project().build()).withheld()).contains(WithheldReason.NO_INDICATORS);
    assertThat(evaluator.evaluate(project().indicators(IndicatorSet.of(indicator("/", "/"))).build()).withheld())
        .contains(WithheldReason.NONE_SCORED);
    // A scorer that leaves every 社会效益 indicator undetermined: two of three equal weights.
    IndicatorScorer unsure =
        new IndicatorScorer() {
          @Override
          public String id() {
            return "unsure-of-social";
          }

          @Override
          public Optional<org.jixiao.rules.spi.IndicatorVerdict> score(
              org.jixiao.rules.spi.IndicatorInput input, org.jixiao.rules.spi.ScoringContext context) {
            return input.indicator().subcategory().filter(s -> s == Subcategory.SOCIAL).isPresent()
                ? Optional.of(org.jixiao.rules.spi.IndicatorVerdict.undetermined(Trace.of(id(), "unsure", "无法判定")))
                : Optional.empty();
          }
        };
    Indicator social =
        Indicator.builder().category(Category.BENEFIT).subcategory(Subcategory.SOCIAL).target("≥100人").actual("120人").build();
    Project mostlyUndetermined =
        project().indicators(IndicatorSet.of(indicator("≥100人", "120人"), social, social)).build();
    Profile sichuan = Profiles.get("sichuan-2023"); // 90 points spread evenly over the indicators
    Evaluation e = Evaluator.builder().profile(sichuan).add(unsure).build().evaluate(mostlyUndetermined);
    assertThat(e.score()).isEmpty();
    assertThat(e.withheld()).contains(WithheldReason.UNDETERMINED_SHARE);
  }

  @Test
  void aScorersOwnFindingsReachTheEvaluation() {
    ExecutionScorer explaining =
        new ExecutionScorer() {
          @Override
          public String id() {
            return "explaining";
          }

          @Override
          public Optional<String> replaces() {
            return Optional.of(BuiltInIds.EXECUTION_RATE);
          }

          @Override
          public ExecutionResult score(Project p, BigDecimal weight, Profile profile) {
            return ExecutionResult.builder()
                .weight(weight)
                .points(BigDecimal.ZERO)
                .trace(Trace.of("explaining", "zero", "本地政策：0 分"))
                .addFindings(Finding.of("explaining", Severity.WARNING, "执行率低于本地门槛，预算执行率不得分"))
                .build();
          }
        };
    Evaluation e = Evaluator.builder().add(explaining).build().evaluate(project().build());
    assertThat(e.findings()).anyMatch(f -> f.rule().equals("explaining") && f.message().contains("不得分"));
  }

  @Test
  void aPartThatThrowsIsNamedWithTheProject() {
    ProjectCheck broken =
        new ProjectCheck() {
          @Override
          public String id() {
            return "bureau-broken";
          }

          @Override
          public List<Finding> check(Project p, Evaluation evaluation, Profile profile) {
            throw new IllegalStateException("boom");
          }
        };
    Evaluator evaluator = Evaluator.builder().add(broken).build();
    assertThatThrownBy(() -> evaluator.evaluate(project().build()))
        .isInstanceOf(PartFailureException.class)
        .hasMessageContaining("bureau-broken")
        .hasMessageContaining("序号 7")
        .hasMessageContaining("就业见习补贴")
        .hasMessageContaining("boom")
        .hasCauseInstanceOf(IllegalStateException.class)
        .satisfies(
            t -> {
              PartFailureException f = (PartFailureException) t;
              assertThat(f.partId()).isEqualTo("bureau-broken");
              assertThat(f.seq()).hasValue(7);
              assertThat(f.project()).isEqualTo("就业见习补贴");
            });
  }

  /**
   * A part breaking its contract less plainly is named with the project too: a check whose list
   * holds a null, an allocator giving a weight too few (both were a bare exception without the
   * project, which a parallel stream cannot place).
   */
  @Test
  void aPartBreakingItsContractInsideItsResultIsNamedWithTheProject() {
    ProjectCheck nullInside =
        new ProjectCheck() {
          @Override
          public String id() {
            return "bureau-null-finding";
          }

          @SuppressWarnings("NullAway") // the point of the test: a part breaking its contract
          @Override
          public List<Finding> check(Project p, Evaluation evaluation, Profile profile) {
            return java.util.Arrays.asList((Finding) null);
          }
        };
    assertThatThrownBy(() -> Evaluator.builder().add(nullInside).build().evaluate(project().build()))
        .isInstanceOf(PartFailureException.class)
        .hasMessageContaining("bureau-null-finding")
        .hasMessageContaining("序号 7")
        .hasMessageContaining("returned null as finding 1 of its list");

    org.jixiao.rules.spi.WeightAllocator builtIn = Evaluator.defaults().part(BuiltInIds.WEIGHTS, org.jixiao.rules.spi.WeightAllocator.class).orElseThrow();
    org.jixiao.rules.spi.WeightAllocator short1 =
        new org.jixiao.rules.spi.WeightAllocator() {
          @Override
          public String id() {
            return "bureau-weights";
          }

          @Override
          public Optional<String> replaces() {
            return Optional.of(BuiltInIds.WEIGHTS);
          }

          @Override
          public BigDecimal executionWeight(Project p, Profile profile) {
            return builtIn.executionWeight(p, profile);
          }

          @Override
          public org.jixiao.rules.spi.Allocation allocate(
              Project p, Profile profile, boolean executionScored, List<org.jixiao.core.evaluation.Outcome> outcomes) {
            org.jixiao.rules.spi.Allocation a = builtIn.allocate(p, profile, executionScored, outcomes);
            return new org.jixiao.rules.spi.Allocation(a.executionWeight(), a.indicatorWeights().subList(1, a.indicatorWeights().size()), a.notes());
          }
        };
    assertThatThrownBy(
            () -> Evaluator.builder().add(short1).build().evaluate(project().indicators(IndicatorSet.of(indicator("≥1人", "1人"))).build()))
        .isInstanceOf(PartFailureException.class)
        .hasMessageContaining("bureau-weights")
        .hasMessageContaining("序号 7")
        .hasMessageContaining("gave 0 weights for 1 indicators");
  }

  @Test
  void aPartThatReturnsNullGetsAClearError() {
    ExecutionScorer nulls =
        new ExecutionScorer() {
          @Override
          public String id() {
            return "returns-null";
          }

          @Override
          public Optional<String> replaces() {
            return Optional.of(BuiltInIds.EXECUTION_RATE);
          }

          @SuppressWarnings("NullAway") // the point of the test: a part breaking its contract
          @Override
          public ExecutionResult score(Project p, BigDecimal weight, Profile profile) {
            return null;
          }
        };
    assertThatThrownBy(() -> Evaluator.builder().add(nulls).build().evaluate(project().build()))
        .isInstanceOf(PartFailureException.class)
        .hasMessageContaining("returns-null")
        .hasMessageContaining("returned null");

    IndicatorScorer nullScorer =
        new IndicatorScorer() {
          @Override
          public String id() {
            return "null-scorer";
          }

          @SuppressWarnings("NullAway")
          @Override
          public Optional<org.jixiao.rules.spi.IndicatorVerdict> score(
              org.jixiao.rules.spi.IndicatorInput input, org.jixiao.rules.spi.ScoringContext context) {
            return null;
          }
        };
    assertThatThrownBy(
            () ->
                Evaluator.builder()
                    .add(nullScorer)
                    .build()
                    .evaluate(project().indicators(IndicatorSet.of(indicator("≥1人", "1人"))).build()))
        .isInstanceOf(PartFailureException.class)
        .hasMessageContaining("null-scorer");
  }

  @Test
  void aBuiltInPartIsReachedTyped() {
    ExecutionScorer builtIn =
        Evaluator.defaults().part(BuiltInIds.EXECUTION_RATE, ExecutionScorer.class).orElseThrow();
    assertThat(builtIn.id()).isEqualTo(BuiltInIds.EXECUTION_RATE);
    assertThat(Evaluator.defaults().part("no-such-part", ExecutionScorer.class)).isEmpty();
    assertThatThrownBy(() -> Evaluator.defaults().part(BuiltInIds.EXECUTION_RATE, WeightAllocator.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(BuiltInIds.EXECUTION_RATE)
        .hasMessageContaining("WeightAllocator");
  }

  @Test
  void evaluateEachKeepsEveryProjectWithItsEvaluationInOrder() {
    List<Project> projects = List.of(project().seq(1).build(), project().seq(2).build(), project().seq(3).build());
    List<Evaluated> out = Evaluator.defaults().evaluateEach(projects.stream()).toList();
    assertThat(out).extracting(Evaluated::project).containsExactlyElementsOf(projects);
    assertThat(out).extracting(x -> x.evaluation().seq().getAsInt()).containsExactly(1, 2, 3);
  }
}

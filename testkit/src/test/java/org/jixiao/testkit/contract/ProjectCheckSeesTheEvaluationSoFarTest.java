package org.jixiao.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.BuiltInIds;
import org.jixiao.rules.spi.ProjectCheck;
import org.junit.jupiter.api.Test;

/**
 * A check under contract is given what the engine gives it (ProjectCheck: "the evaluation so
 * far, without the findings of checks"), not the finished evaluation with the checks' findings.
 */
class ProjectCheckSeesTheEvaluationSoFarTest {

  /** Throws when it sees a finding of a check among {@code checks}: the engine never shows it one. */
  static final class SeesNoCheck implements ProjectCheck {
    private final Set<String> checks;
    final AtomicInteger seen = new AtomicInteger();

    SeesNoCheck(Set<String> checks) {
      this.checks = checks;
    }

    @Override
    public String id() {
      return "sees-no-check";
    }

    @Override
    public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
      seen.incrementAndGet();
      for (Finding f : evaluation.findings()) {
        if (checks.contains(f.rule())) {
          throw new IllegalStateException("saw the finding of check " + f.rule() + ": " + f.message());
        }
      }
      return List.of();
    }
  }

  @Test
  void aCheckNeverSeesTheBuiltInChecksFindings() {
    for (String profile : List.of(Profiles.MOF_2020, Profiles.SICHUAN_2023)) {
      SeesNoCheck check = new SeesNoCheck(Set.copyOf(BuiltInIds.PROJECT_CHECKS));
      ProjectCheckContract c =
          new ProjectCheckContract() {
            @Override
            public ProjectCheck check() {
              return check;
            }

            @Override
            public Profile profile() {
              return Profiles.get(profile);
            }
          };
      assertThatCode(c::findingsNameTheCheck).as(profile).doesNotThrowAnyException();
      assertThatCode(c::isDeterministicAndThreadSafe).as(profile).doesNotThrowAnyException();
      assertThat(check.seen).as(profile).hasPositiveValue();
    }
  }

  /** The generated projects make the built-in checks speak, or the test above would prove nothing. */
  @Test
  void theBuiltInChecksFindSomethingInTheGeneratedProjects() {
    Evaluator evaluator = Evaluator.defaults();
    ProjectCheckContract c = () -> new SeesNoCheck(Set.of());
    long withCheckFindings =
        org.jixiao.testkit.internal.Examples.draw(
                org.jixiao.testkit.ModelGenerators.hostile().project(org.jixiao.core.money.MoneyUnit.WAN_YUAN, 1), c.seed(), c.examples())
            .stream()
            .filter(p -> evaluator.evaluate(p).findings().stream().anyMatch(f -> BuiltInIds.PROJECT_CHECKS.contains(f.rule())))
            .count();
    assertThat(withCheckFindings).isGreaterThan(10);
  }

  /** A noisy check added to the evaluator, as an integrator's own checks are. */
  static final class Noisy implements ProjectCheck {
    @Override
    public String id() {
      return "noisy";
    }

    @Override
    public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
      return List.of(Finding.of(id(), Severity.INFO, "always something"));
    }
  }

  @Test
  void theFindingsOfAnOverriddenEvaluatorsOwnChecksAreTakenOutToo() {
    SeesNoCheck check = new SeesNoCheck(Set.of("noisy"));
    ProjectCheckContract c =
        new ProjectCheckContract() {
          @Override
          public ProjectCheck check() {
            return check;
          }

          @Override
          public Evaluator evaluator() {
            return Evaluator.builder().add(new Noisy()).build();
          }
        };
    assertThatCode(c::findingsNameTheCheck).doesNotThrowAnyException();
  }

  /** Sees exactly what an evaluator without project checks makes of the project. */
  static final class ComparesWithTheEngine implements ProjectCheck {
    private final Evaluator withoutChecks;

    ComparesWithTheEngine(Profile profile) {
      Evaluator all = Evaluator.of(profile);
      Evaluator.Builder b = Evaluator.builder().profile(profile);
      for (String id : all.partIds()) {
        if (all.part(id).filter(ProjectCheck.class::isInstance).isPresent()) {
          b.disable(id);
        }
      }
      withoutChecks = b.build();
    }

    @Override
    public String id() {
      return "compares-with-the-engine";
    }

    @Override
    public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
      Evaluation expected = withoutChecks.evaluate(project);
      if (!evaluation.equals(expected)) {
        throw new IllegalStateException("given " + evaluation.findings() + ", the engine gives " + expected.findings());
      }
      return List.of();
    }
  }

  @Test
  void aCheckIsGivenWhatAnEvaluatorWithoutProjectChecksMakes() {
    for (String profile : List.of(Profiles.MOF_2020, Profiles.SICHUAN_2023)) {
      ProjectCheck check = new ComparesWithTheEngine(Profiles.get(profile));
      ProjectCheckContract c =
          new ProjectCheckContract() {
            @Override
            public ProjectCheck check() {
              return check;
            }

            @Override
            public Profile profile() {
              return Profiles.get(profile);
            }
          };
      assertThatCode(c::findingsNameTheCheck).as(profile).doesNotThrowAnyException();
    }
  }
}

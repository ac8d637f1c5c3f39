package org.jixiao.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Profile;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.testkit.Choices;
import org.jixiao.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;

/**
 * A contract run with seeds 1..N must check N sets of unrelated examples. Example i was drawn
 * from seed() + i, so the run with seed s + 1 checked the examples of seed s shifted by one.
 */
class NeighbouringContractSeedsTest {

  /** Finds nothing; remembers every project it is shown, and throws on those {@code fails} picks. */
  static final class Recorder implements ProjectCheck {
    final Set<Project> seen = ConcurrentHashMap.newKeySet();
    final boolean fails;

    Recorder(boolean fails) {
      this.fails = fails;
    }

    static boolean picked(Project p) {
      return p.indicators().size() == 3;
    }

    @Override
    public String id() {
      return "recorder";
    }

    @Override
    public List<Finding> check(Project project, Evaluation evaluation, Profile profile) {
      seen.add(project);
      if (fails && picked(project)) {
        throw new IllegalStateException("three indicators");
      }
      return List.of();
    }
  }

  private static ProjectCheckContract contract(Recorder recorder, long seed) {
    return new ProjectCheckContract() {
      @Override
      public ProjectCheck check() {
        return recorder;
      }

      @Override
      public long seed() {
        return seed;
      }

      @Override
      public int examples() {
        return 50;
      }
    };
  }

  @Test
  void contractsOfConsecutiveSeedsCheckDifferentProjects() {
    for (long seed = 1; seed <= 5; seed++) {
      Recorder before = new Recorder(false);
      Recorder after = new Recorder(false);
      contract(before, seed).findingsNameTheCheck();
      contract(after, seed + 1).findingsNameTheCheck();
      assertThat(before.seen.size()).isGreaterThan(45);
      long shared = after.seen.stream().filter(before.seen::contains).count();
      // with example i drawn from seed + i, 49 of the 50 were the same
      assertThat(shared).as("projects checked with seed %d and %d", seed, seed + 1).isZero();
    }
  }

  /**
   * A failure names its example's own seed: that seed gives the failing input, and a contract
   * started from it fails on it first.
   */
  @Test
  void theSeedAFailureNamesGivesItsInputAndFailsFirstWhenStartedFrom() {
    Pattern named = Pattern.compile("\\(seed (-?\\d+)\\)");
    int checked = 0;
    for (long seed = 1; checked < 3; seed++) {
      Throwable failure = catchThrowable(contract(new Recorder(true), seed)::findingsNameTheCheck);
      assertThat(failure).isInstanceOf(AssertionError.class);
      Matcher m = named.matcher(String.valueOf(failure.getMessage()));
      assertThat(m.find()).isTrue();
      long failing = Long.parseLong(m.group(1));
      if (failing == seed) {
        continue; // the first example failed: nothing to tell apart
      }
      checked++;
      Project input = ModelGenerators.hostile().project(MoneyUnit.WAN_YUAN, 1).generate(Choices.seeded(failing));
      assertThat(Recorder.picked(input)).isTrue();
      Recorder again = new Recorder(true);
      assertThat(catchThrowable(contract(again, failing)::findingsNameTheCheck)).hasMessageContaining("(seed " + failing + ")");
      assertThat(again.seen.size()).isOne();
      assertThat(again.seen.contains(input)).isTrue();
    }
  }
}

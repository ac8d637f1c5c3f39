package org.jixiao.testkit.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.ProjectCheck;
import org.jixiao.testkit.ModelGenerators;
import org.jixiao.testkit.internal.Examples;
import org.junit.jupiter.api.Test;

/**
 * The standard properties of a {@link ProjectCheck}, for free: implement this interface in a test
 * class and return your check from {@link #check()}. The check sees hostile generated projects
 * and their evaluations by the built-in parts of {@link #profile()}, as the engine gives them to
 * a check: the evaluation so far, without the findings of checks.
 */
public interface ProjectCheckContract {

  /** The check under test. */
  ProjectCheck check();

  /** The profile the check is run with. */
  default Profile profile() {
    return Profiles.defaultProfile();
  }

  /** How many generated projects each property is checked on. */
  default int examples() {
    return 200;
  }

  /** The first seed; example i uses {@code Examples.seed(seed(), i)}. */
  default long seed() {
    return 20_191_231L;
  }

  /**
   * The evaluator whose evaluations the check is given: the built-in parts under {@link
   * #profile()} unless overridden, for example with the custom scorer the check reads the output
   * of. The findings of its project checks are taken out of each evaluation before the check sees
   * it, since the engine runs every check on the evaluation before any check added to it (an
   * English evaluator's built-in findings stay in English here, where the engine would hand
   * checks the Chinese ones it makes first).
   */
  default Evaluator evaluator() {
    return Evaluator.of(profile());
  }

  /** The ids of the evaluator's project checks (an evaluator's part ids are unique). */
  private static Set<String> projectChecks(Evaluator evaluator) {
    Set<String> ids = new HashSet<>();
    for (String id : evaluator.partIds()) {
      if (evaluator.part(id).filter(ProjectCheck.class::isInstance).isPresent()) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * What the engine gives a check: the evaluation so far, without the findings of checks ({@link
   * ProjectCheck#check}). The evaluator runs its own project checks and adds their findings to
   * what it returns; they are taken out again here. Handing the check the finished evaluation
   * instead passed a check that only worked by reading another check's findings.
   */
  private static Evaluation soFar(Evaluator evaluator, Set<String> checks, Project project) {
    Evaluation finished = evaluator.evaluate(project);
    List<Finding> kept = new ArrayList<>(finished.findings().size());
    for (Finding f : finished.findings()) {
      if (!checks.contains(f.rule())) {
        kept.add(f);
      }
    }
    return kept.size() == finished.findings().size() ? finished : Evaluation.builder().from(finished).findings(kept).build();
  }

  private List<Project> projects() {
    return Examples.draw(ModelGenerators.hostile().project(MoneyUnit.WAN_YUAN, 1), seed(), examples());
  }

  // Every call goes through here, the eight threads' too, so a check that throws or returns null
  // is named with its project and seed.
  private List<Finding> run(ProjectCheck check, Project project, Evaluation evaluation, long seed) {
    List<Finding> found;
    try {
      found = check.check(project, evaluation, profile());
    } catch (RuntimeException e) {
      throw ContractFailure.thrown(check.id(), project, seed, e);
    }
    return FindingLists.checked(check.id(), found, project, seed);
  }

  /** Never throws, and every finding it makes names the check by its id. */
  @Test
  default void findingsNameTheCheck() {
    ProjectCheck check = check();
    Evaluator evaluator = evaluator();
    Set<String> checks = projectChecks(evaluator);
    List<Project> projects = projects();
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      for (Finding f : run(check, p, soFar(evaluator, checks, p), Examples.seed(seed(), i))) {
        if (!f.rule().equals(check.id())) {
          throw ContractFailure.of(check.id(), "findings name the check", p, Examples.seed(seed(), i), f.toString());
        }
      }
    }
  }

  /** The same project and evaluation give the same findings; eight threads agree with one. */
  @Test
  default void isDeterministicAndThreadSafe() {
    Evaluator evaluator = evaluator();
    Set<String> checks = projectChecks(evaluator);
    List<Project> projects = projects();
    List<Evaluation> evaluations = projects.stream().map(p -> soFar(evaluator, checks, p)).toList();
    List<Integer> indexes = Examples.indexes(projects);
    ProjectCheck check = check();
    List<List<Finding>> expected = indexes.stream().map(i -> run(check, projects.get(i), evaluations.get(i), Examples.seed(seed(), i))).toList();
    for (List<List<Finding>> actual :
        Examples.onThreads(indexes, i -> run(check, projects.get(i), evaluations.get(i), Examples.seed(seed(), i)), 8)) {
      if (!actual.equals(expected)) {
        throw new AssertionError(check.id() + " gives other findings on 8 threads, or on a second run (seed " + seed() + ")");
      }
    }
  }
}

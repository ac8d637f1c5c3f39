package org.jixiao.testkit.contract;

import java.util.List;
import org.jixiao.core.evaluation.Evaluation;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.rules.Evaluator;
import org.jixiao.rules.Profile;
import org.jixiao.rules.Profiles;
import org.jixiao.rules.spi.TableCheck;
import org.jixiao.testkit.ModelGenerators;
import org.jixiao.testkit.internal.Examples;
import org.junit.jupiter.api.Test;

/**
 * The standard properties of a {@link TableCheck}: implement this interface in a test class and
 * return your check from {@link #check()}. Tables come from the hostile generators (empty
 * tables, edge amounts, hostile text) and are evaluated by {@link #evaluator()}.
 */
public interface TableCheckContract {

  /** The check under test. */
  TableCheck check();

  /** The profile the check is run with. */
  default Profile profile() {
    return Profiles.defaultProfile();
  }

  /** The evaluator whose evaluations the check is given; override to include your own parts. */
  default Evaluator evaluator() {
    return Evaluator.of(profile());
  }

  /** How many generated tables each property is checked on. */
  default int examples() {
    return 60;
  }

  /**
   * The seed of the first example; every other example's seed is a well-mixed function of this
   * one and its index, so runs from nearby seeds check unrelated examples. A failure names the
   * failing example's own seed: return it here to check that example first.
   */
  default long seed() {
    return 20_191_231L;
  }

  private List<PerformanceTable> tables() {
    return Examples.draw(ModelGenerators.hostile().table(), seed(), examples());
  }

  // Every call goes through here, the eight threads' too, so a check that throws or returns null
  // is named with its table and seed.
  private List<Finding> run(TableCheck check, PerformanceTable table, List<Evaluation> evaluations, long seed) {
    List<Finding> found;
    try {
      found = check.check(table, evaluations, profile());
    } catch (RuntimeException e) {
      throw ContractFailure.thrown(check.id(), table.projects().size() + " projects", seed, e);
    }
    return FindingLists.checked(check.id(), found, table.projects().size() + " projects", seed);
  }

  /** Every finding names the check as its rule. */
  @Test
  default void findingsNameTheCheck() {
    TableCheck check = check();
    Evaluator evaluator = evaluator();
    List<PerformanceTable> tables = tables();
    for (int i = 0; i < tables.size(); i++) {
      PerformanceTable t = tables.get(i);
      for (Finding f : run(check, t, evaluator.evaluate(t).evaluations(), Examples.seed(seed(), i))) {
        if (!f.rule().equals(check.id())) {
          throw ContractFailure.of(check.id(), "findings name the check", t.projects().size() + " projects", Examples.seed(seed(), i), f.toString());
        }
      }
    }
  }

  /** The same table gives the same findings, on one thread and on eight. */
  @Test
  default void isDeterministicAndThreadSafe() {
    TableCheck check = check();
    Evaluator evaluator = evaluator();
    List<PerformanceTable> tables = tables();
    List<List<Evaluation>> evaluations = tables.stream().map(t -> evaluator.evaluate(t).evaluations()).toList();
    List<Integer> indexes = Examples.indexes(tables);
    List<List<Finding>> expected = indexes.stream().map(i -> run(check, tables.get(i), evaluations.get(i), Examples.seed(seed(), i))).toList();
    for (List<List<Finding>> actual :
        Examples.onThreads(indexes, i -> run(check, tables.get(i), evaluations.get(i), Examples.seed(seed(), i)), 8)) {
      if (!actual.equals(expected)) {
        throw new AssertionError(check.id() + " gives other findings on 8 threads, or on a second run (seed " + seed() + ")");
      }
    }
  }
}

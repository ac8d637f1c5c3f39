package org.jixiao.testkit.contract;

import java.util.List;
import org.jixiao.core.evaluation.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Holds what a check returned to a list of findings: never null, and no null finding in it. The
 * engine refuses both, naming the check; a contract must say so too, with the input and the
 * seed, rather than throw a bare NullPointerException or find two lists of nulls equal.
 */
final class FindingLists {
  private FindingLists() {}

  static List<Finding> checked(String check, @Nullable List<Finding> found, Object input, long seed) {
    if (found == null) {
      throw ContractFailure.of(check, "returns a list of findings, never null", input, seed,
          "null (return List.of() when there is nothing to say)");
    }
    for (int i = 0; i < found.size(); i++) { // by index: a list may refuse contains(null)
      if (found.get(i) == null) {
        throw ContractFailure.of(check, "no null finding", input, seed,
            "finding " + (i + 1) + " of " + found.size() + " is null");
      }
    }
    return found;
  }
}

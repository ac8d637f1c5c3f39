package org.jixiao.testkit.contract;

/** Builds the messages of contract failures: what was broken, for which input, from which seed. */
final class ContractFailure {
  private ContractFailure() {}

  static AssertionError of(String part, String property, Object input, long seed, String detail) {
    return new AssertionError(
        part + " breaks '" + property + "' (seed " + seed + "): " + detail + "\n  input: " + input);
  }

  static AssertionError thrown(String part, Object input, long seed, Throwable e) {
    AssertionError error =
        new AssertionError(part + " threw " + e + " (seed " + seed + ")\n  input: " + input);
    error.initCause(e);
    return error;
  }
}

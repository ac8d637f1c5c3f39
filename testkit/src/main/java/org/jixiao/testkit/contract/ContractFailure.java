package org.jixiao.testkit.contract;

/**
 * Builds the messages of contract failures: what was broken, for which input, from which seed.
 * The input and the detail are described in at most {@value #DESCRIPTION_LENGTH} characters
 * each, as the QuickTheories adapter describes a falsified value: a hostile project's {@code
 * toString} runs to tens of thousands of characters (10,000-character cells) and buried the one
 * line that says what broke. The seed reproduces the whole input.
 */
final class ContractFailure {
  /** The longest description of an input, a detail or what a part threw. */
  static final int DESCRIPTION_LENGTH = 2_000;

  private ContractFailure() {}

  static AssertionError of(String part, String property, Object input, long seed, String detail) {
    return new AssertionError(
        part + " breaks '" + property + "' (seed " + seed + "): " + shorten(detail) + "\n  input: " + describe(input));
  }

  static AssertionError thrown(String part, Object input, long seed, Throwable e) {
    AssertionError error =
        new AssertionError(part + " threw " + shorten(String.valueOf(e)) + " (seed " + seed + ")\n  input: " + describe(input));
    error.initCause(e); // the cause keeps the whole message
    return error;
  }

  /** The input's {@code toString}, shortened. */
  static String describe(Object input) {
    return shorten(String.valueOf(input));
  }

  private static String shorten(String text) {
    return shorten(text, DESCRIPTION_LENGTH);
  }

  /**
   * The text, or its start and end with the number of characters between them left out, in at
   * most {@code length} characters (at least 40). The same cut as {@code
   * QuickTheoriesGens.shorten}, which lives in another artifact that this one cannot depend on.
   */
  static String shorten(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    // the gap's length depends on the count it names: count again until it no longer changes
    int omitted = text.length() - length;
    String gap;
    while (true) {
      gap = "…(" + omitted + " characters left out)…";
      int counted = text.length() - Math.max(0, length - gap.length());
      if (counted == omitted) {
        break;
      }
      omitted = counted;
    }
    int keep = text.length() - omitted;
    int head = (keep + 1) / 2;
    int tail = keep - head;
    return text.substring(0, head) + gap + text.substring(text.length() - tail);
  }
}

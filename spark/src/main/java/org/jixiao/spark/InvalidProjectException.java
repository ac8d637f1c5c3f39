package org.jixiao.spark;

/**
 * An input that is not a project, in a strict {@link SparkEvaluator}: it fails the task, and so
 * the job, whose {@code SparkException} has this as its cause. Lenient evaluation writes the
 * same code and message into an error row instead.
 */
public final class InvalidProjectException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String input;

  /**
   * An invalid input.
   *
   * @param code the stable code ({@code JX-S-…}, see {@link EvaluationColumns#ERROR_CODE})
   * @param message what is wrong, with the field and offending text, in the evaluator's language
   * @param input the input as given: the JSON line, or the table row as JSON
   */
  public InvalidProjectException(String code, String message, String input) {
    super(code + " " + message);
    this.code = code;
    this.input = input;
  }

  /** The stable code of the problem. */
  public String code() {
    return code;
  }

  /** The input as given. */
  public String input() {
    return input;
  }
}

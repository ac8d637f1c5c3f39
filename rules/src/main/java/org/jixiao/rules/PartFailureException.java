package org.jixiao.rules;

import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A part of the engine, typically a custom one, threw an exception or broke its contract (it
 * returned {@code null}) while evaluating a project. The message names the part's id and the
 * project (序号 and name), so that the row of a large table that triggered it can be found; the
 * part's own exception, if any, is the cause.
 *
 * <p>Data problems never raise this: they are findings. This is a programming error in a part.
 */
public final class PartFailureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String partId;
  private final @Nullable Integer seq;
  private final String project;

  /**
   * A failure of part {@code partId} on a project.
   *
   * @param partId the id of the part that failed
   * @param seq the project's 序号, when it has one
   * @param project the project's name
   * @param what what went wrong, in a phrase (for example "threw IllegalStateException: …")
   * @param cause the part's exception, or {@code null} when it broke its contract without one
   */
  public PartFailureException(
      String partId, OptionalInt seq, String project, String what, @Nullable Throwable cause) {
    super(
        "part '"
            + partId
            + "' failed on project "
            + (seq.isPresent() ? "序号 " + seq.getAsInt() + " " : "")
            + "'"
            + project
            + "': "
            + what,
        cause);
    this.partId = partId;
    this.seq = seq.isPresent() ? seq.getAsInt() : null;
    this.project = project;
  }

  /** The id of the part that failed. */
  public String partId() {
    return partId;
  }

  /** 序号 of the project it failed on, when the project has one. */
  public OptionalInt seq() {
    return seq == null ? OptionalInt.empty() : OptionalInt.of(seq);
  }

  /** The name of the project it failed on. */
  public String project() {
    return project;
  }
}

package org.jixiao.rules.internal.engine;

import java.util.OptionalInt;
import org.jixiao.core.project.Project;
import org.jixiao.rules.PartFailureException;
import org.jixiao.rules.spi.Part;
import org.jspecify.annotations.Nullable;

/**
 * What the engine does when a part fails: it names the part and the project, so that a custom
 * part's bug in row 734 of a table says so (adopter finding F8). Kept apart from the calls
 * themselves: a try/catch around each call costs nothing on the hot path.
 */
final class PartCalls {
  private PartCalls() {}

  /** The failure of {@code part} on {@code project}, wrapping what it threw. */
  static PartFailureException threw(Part part, Project project, RuntimeException e) {
    if (e instanceof PartFailureException already) {
      return already; // a wrapping part already named the failing one
    }
    return new PartFailureException(
        part.id(), project.seq(), project.name(), "threw " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
  }

  /** The failure of a table check, which has no single project. */
  static PartFailureException threw(Part part, RuntimeException e) {
    if (e instanceof PartFailureException already) {
      return already;
    }
    return new PartFailureException(
        part.id(), OptionalInt.empty(), "(the table as a whole)", "threw " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
  }

  /** {@code value}, or a failure saying that the part returned null for {@code what}. */
  static <T> T nonNull(@Nullable T value, Part part, Project project, String what) {
    if (value == null) {
      throw new PartFailureException(
          part.id(), project.seq(), project.name(), "returned null " + what + " (a part must return a value)", null);
    }
    return value;
  }
}

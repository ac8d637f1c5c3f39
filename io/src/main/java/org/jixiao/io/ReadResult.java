package org.jixiao.io;

import java.util.List;
import java.util.Optional;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.evaluation.Severity;

/**
 * What a lenient reader returns: the value it could read and the diagnostics about what it had
 * to do to read it (rows that did not fit the header, cells that were not numbers …).
 *
 * <p>Diagnostics are core {@link Finding}s with rule ids from {@link ReadDiagnostics}, so that
 * they can be reported next to the findings of an evaluation. Their {@link
 * org.jixiao.core.evaluation.Location} carries the line, column, 序号 and offending text.
 *
 * @param <T> the type of value read
 */
public final class ReadResult<T> {
  private final T value;
  private final List<Finding> diagnostics;

  private ReadResult(T value, List<Finding> diagnostics) {
    this.value = value;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * A result.
   *
   * @param value the value read
   * @param diagnostics the diagnostics, in the order they arose
   * @param <T> the type of value
   * @return the result
   */
  public static <T> ReadResult<T> of(T value, List<Finding> diagnostics) {
    return new ReadResult<>(value, diagnostics);
  }

  /** The value read. */
  public T value() {
    return value;
  }

  /** The diagnostics, in the order they arose; empty when the input was regular. */
  public List<Finding> diagnostics() {
    return diagnostics;
  }

  /** The most serious severity among the diagnostics, if there are any. */
  public Optional<Severity> worstSeverity() {
    return diagnostics.stream().map(Finding::severity).max(Enum::compareTo);
  }

  /** Whether any diagnostic is an {@link Severity#ERROR}. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  @Override
  public String toString() {
    return "ReadResult{value=" + value + ", diagnostics=" + diagnostics + "}";
  }
}

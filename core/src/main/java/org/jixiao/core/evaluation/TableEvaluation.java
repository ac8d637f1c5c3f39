package org.jixiao.core.evaluation;

import java.util.List;
import org.immutables.value.Value;
import org.jixiao.core.internal.Checks;

/** The evaluations of every project of a table, plus the findings about the table as a whole. */
@Value.Immutable
public abstract class TableEvaluation {
  TableEvaluation() {}

  /** The id of the profile used. */
  public abstract String profile();

  /** One evaluation per project, in table order. */
  public abstract List<Evaluation> evaluations();

  /** Findings about the table as a whole (the totals row, sequence numbers …). */
  public abstract List<Finding> findings();

  /**
   * What the reader reported while reading the table (shifted cells it realigned, rows it could
   * not place …), kept apart from {@link #findings()} so that a consumer can tell a reader
   * problem from a data problem. Empty when the table did not come from a reader, or when the
   * caller did not pass them on.
   */
  public abstract List<Finding> readDiagnostics();

  @Value.Check
  void check() {
    Checks.requireNonBlank(profile(), "profile id");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TableEvaluation}s; the profile is required. */
  public static class Builder extends ImmutableTableEvaluation.Builder {}
}

package org.jixiao.core.project;

import java.util.Optional;
import org.immutables.value.Value;
import org.jixiao.core.internal.Checks;

/**
 * A cell that a reader saw but could not place in a field: text shifted by PDF extraction, an
 * extra column, a value in the wrong place. It is kept with its position and the header text
 * above it so that nothing published is ever lost.
 */
@Value.Immutable
public abstract class StrayCell {
  StrayCell() {}

  /** Zero-based position of the cell in its source row. */
  public abstract int column();

  /** The header text above the cell, when the header had any at that position. */
  public abstract Optional<String> header();

  /** The cell's text, exactly as read. */
  public abstract String text();

  /** A stray cell. */
  public static StrayCell of(int column, Optional<String> header, String text) {
    return builder().column(column).header(header).text(text).build();
  }

  @Value.Check
  void check() {
    if (column() < 0) {
      throw new IllegalArgumentException("column must not be negative, was " + column());
    }
    Checks.requireNonBlank(text(), "stray cell text");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StrayCell}s; {@link #column}, {@link #text} are required. */
  public static class Builder extends ImmutableStrayCell.Builder {}
}

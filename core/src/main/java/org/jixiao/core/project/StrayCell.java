package org.jixiao.core.project;

import java.util.Optional;
import java.util.OptionalLong;
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

  /**
   * One-based line of the source where the cell is printed (a text table's line, a sheet's row),
   * numbered as a diagnostic's {@link org.jixiao.core.evaluation.Location#line()} is, when the
   * reader knows it. Cells of one line were printed side by side, so a reader of the kept cells
   * can tell a row that lost its labels from cells scattered over several rows. Not part of
   * equality, as {@link Project#sourceLine()} is not: the same cell read from two copies of a
   * document (one with a blank line more) is the same cell.
   */
  @Value.Auxiliary
  public abstract OptionalLong line();

  /** The header text above the cell, when the header had any at that position. */
  public abstract Optional<String> header();

  /** The cell's text, exactly as read. */
  public abstract String text();

  /** A stray cell. */
  public static StrayCell of(int column, Optional<String> header, String text) {
    return builder().column(column).header(header).text(text).build();
  }

  /** A stray cell printed on this one-based line of its source. */
  public static StrayCell of(long line, int column, Optional<String> header, String text) {
    return builder().line(line).column(column).header(header).text(text).build();
  }

  @Value.Check
  void check() {
    if (column() < 0) {
      throw new IllegalArgumentException("column must not be negative, was " + column());
    }
    if (line().isPresent() && line().getAsLong() < 1) {
      throw new IllegalArgumentException("line must be one or more, was " + line().getAsLong());
    }
    Checks.requireNonBlank(text(), "stray cell text");
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StrayCell}s; {@link #column}, {@link #text} are required; {@link #line} is set when the reader knows it. */
  public static class Builder extends ImmutableStrayCell.Builder {}
}

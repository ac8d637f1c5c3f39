package org.jixiao.rules.internal.text;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.rules.text.Quantity;
import org.jixiao.rules.text.Unit;

/**
 * What the scanner found where a figure stands: a quantity, a date (kept apart so that
 * {@code 2019年} or {@code 12月4-5日} never passes for a count), or a figure it cannot read
 * ({@code M.8万元}, OCR of 14.8万元: kept apart so that it never passes for 8 万元).
 *
 * @param kind what was found
 * @param quantity the figure; for a date or an unreadable figure only its position matters
 */
public record Found(Kind kind, Quantity quantity) {
  /** What the scanner found. */
  public enum Kind {
    /** A figure it read. */
    FIGURE,
    /** A date or month. */
    DATE,
    /** Text in a figure's place that cannot be read as the figure it stands for. */
    UNREADABLE
  }

  /** A figure read. */
  static Found figure(Quantity quantity) {
    return new Found(Kind.FIGURE, quantity);
  }

  /** A date at {@code start..end}. */
  static Found date(int start, int end) {
    return new Found(Kind.DATE, blank(start, end));
  }

  /** An unreadable figure at {@code start..end}. */
  static Found unreadable(int start, int end) {
    return new Found(Kind.UNREADABLE, blank(start, end));
  }

  private static Quantity blank(int start, int end) {
    return new Quantity(BigDecimal.ZERO, Optional.empty(), Unit.NONE, false, start, end);
  }

  /** Whether this is a date. */
  public boolean date() {
    return kind == Kind.DATE;
  }

  /** Whether this is a figure read (neither a date nor unreadable). */
  public boolean figure() {
    return kind == Kind.FIGURE;
  }
}

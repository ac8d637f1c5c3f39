package org.jixiao.core.internal;

import java.math.BigDecimal;
import java.util.Optional;

/** Argument checks shared by the model's {@code @Value.Check} methods. */
public final class Checks {
  private Checks() {}

  /** Rejects a blank required text, naming the field. */
  public static void requireNonBlank(String value, String field) {
    if (!value.isEmpty() && !Character.isWhitespace(value.charAt(0))) {
      // blank means whitespace throughout (isBlank), so a first character that is none settles it
      // without reading the rest (a surrogate is never whitespace, nor the code point it starts)
      return;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
  }

  /** Rejects a negative optional number, naming the field and the value. */
  public static void requireNonNegative(Optional<BigDecimal> value, String field) {
    // Not ifPresent: a capturing lambda per model object shows in the readers' allocation profile.
    if (value.isPresent()) {
      requireNonNegative(value.get(), field);
    }
  }

  /** Rejects a negative number, naming the field and the value. */
  public static void requireNonNegative(BigDecimal value, String field) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          field + " must not be negative, was " + text(value));
    }
  }

  /** Rejects a number outside {@code [low, high]}, naming the field and the value. */
  public static void requireWithin(BigDecimal value, BigDecimal low, BigDecimal high, String field) {
    if (value.compareTo(low) < 0 || value.compareTo(high) > 0) {
      throw new IllegalArgumentException(
          field
              + " must be within "
              + text(low)
              + ".."
              + text(high)
              + ", was "
              + text(value));
    }
  }

  /**
   * A number as text for a message: plain ({@code 58.38}) when that is short, else in scientific
   * notation. {@code toPlainString} of a value such as {@code 1E+999999999} or {@code
   * 0E-999999999} would build a string of a billion characters; a message must never cost more
   * than the value's own digits.
   */
  public static String text(BigDecimal value) {
    return value.scale() < 0 || value.scale() > 100 ? value.toString() : value.toPlainString();
  }
}

package org.jixiao.rules.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jixiao.core.evaluation.Trace;

/** Decimal arithmetic of the rules: BigDecimal only, HALF_UP to two decimals for results. */
public final class Decimals {
  private Decimals() {}

  /** Precision of intermediate quotients (34 digits), far beyond any published figure. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  /** One hundred. */
  public static final BigDecimal HUNDRED = new BigDecimal("100");

  /** Precision of the first, cheap attempt of {@link #divide}. */
  private static final MathContext SHORT = MathContext.DECIMAL64;

  /**
   * Largest scale, either sign, of operands that may take the cheap attempt. Far beyond any
   * figure of a table, and far from the {@code int} limits where 16 and 34 digits would overflow
   * or underflow differently.
   */
  private static final int SHORT_SCALE_LIMIT = 1000;

  /**
   * {@code a / b} to {@link #PRECISION}: the same value and scale as {@code a.divide(b,
   * PRECISION)}, or the same exception.
   *
   * <p>Most quotients here are exact and short (a weight of 50 shared by 5). JDK 17 computes
   * those to 34 digits and then strips the zeros one division by ten at a time, which was 16 %
   * of an evaluation's time. Operands of at most 18 digits are divided in {@code long}s when
   * their quotient ends ({@link ShortDecimals#quotient}); when it never ends, no shorter
   * division could give it, so the 34-digit one runs at once. Longer operands first try a
   * 16-digit division: when its quotient multiplies back to {@code a} it is exact, and when it
   * also left a digit spare its scale was not pushed by the precision, so it is what 34 digits
   * give. Otherwise (an inexact quotient such as 1/3, or an operand of extreme scale) the
   * 34-digit division runs.
   */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    if (b.signum() != 0 && ShortDecimals.takes(a) && ShortDecimals.takes(b)) {
      BigDecimal exact = ShortDecimals.quotient(a, b);
      return exact != null ? exact : a.divide(b, PRECISION); // it never ends (or is past a long)
    }
    if (moderate(a.scale()) && moderate(b.scale())) {
      BigDecimal quick = a.divide(b, SHORT);
      if (quick.precision() < SHORT.getPrecision() && quick.multiply(b).compareTo(a) == 0) {
        return quick;
      }
    }
    return a.divide(b, PRECISION);
  }

  /** Within the limit. (Not {@code Math.abs}: the absolute value of {@code Integer.MIN_VALUE} is negative.) */
  private static boolean moderate(int scale) {
    return scale >= -SHORT_SCALE_LIMIT && scale <= SHORT_SCALE_LIMIT;
  }

  /** Rounded HALF_UP to two decimals: how scores, weights and rates are published. */
  public static BigDecimal two(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** A fraction 0..1 as results show it: HALF_UP to four decimals, trailing zeros dropped. */
  public static BigDecimal fraction(BigDecimal value) {
    if (ShortDecimals.takes(value)) {
      BigDecimal f = ShortDecimals.fraction(value);
      return f == null ? BigDecimal.ZERO : f;
    }
    BigDecimal rounded = value.setScale(4, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
  }

  /**
   * A plain string without exponent or needless zeros, for reasons: {@link Trace.Printed#PLAIN},
   * the one definition of how a reason prints a number.
   */
  public static String plain(BigDecimal value) {
    return Trace.Printed.PLAIN.print(value);
  }

  /**
   * A fraction as a percentage for reasons, 0.8 gives {@code 80%}: {@link Trace.Printed#PERCENT},
   * printed from a {@code long} when the fraction has at most 18 digits.
   */
  public static String percent(BigDecimal fraction) {
    if (ShortDecimals.takes(fraction)) {
      return ShortDecimals.percent(fraction);
    }
    return Trace.Printed.PERCENT.print(fraction);
  }

  /** The smaller of two. */
  public static BigDecimal min(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** The larger of two. */
  public static BigDecimal max(BigDecimal a, BigDecimal b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}

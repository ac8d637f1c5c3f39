package org.jixiao.rules.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Decimal arithmetic of the rules: BigDecimal only, HALF_UP to two decimals for results. */
public final class Decimals {
  private Decimals() {}

  /** Precision of intermediate quotients (34 digits), far beyond any published figure. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  /** One hundred. */
  public static final BigDecimal HUNDRED = new BigDecimal("100");

  /** {@code a / b} to {@link #PRECISION}. */
  public static BigDecimal divide(BigDecimal a, BigDecimal b) {
    return a.divide(b, PRECISION);
  }

  /** Rounded HALF_UP to two decimals: how scores, weights and rates are published. */
  public static BigDecimal two(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** A fraction 0..1 as results show it: HALF_UP to four decimals, trailing zeros dropped. */
  public static BigDecimal fraction(BigDecimal value) {
    BigDecimal rounded = value.setScale(4, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
  }

  /** A plain string without exponent or needless zeros, for reasons. */
  public static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** A fraction as a percentage for reasons: 0.8 gives {@code 80%}. */
  public static String percent(BigDecimal fraction) {
    return plain(fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP)) + "%";
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

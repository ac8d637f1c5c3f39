package org.jixiao.rules.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The rounding and printing of {@link Decimals} done in {@code long}s, for decimals of at most 18
 * digits (nearly every figure, weight and fraction of a table): the same values, scales and
 * strings as the {@code BigDecimal} methods they stand for, without their general paths (and
 * most of their allocations). Callers ask {@link #takes} first and use {@code BigDecimal} for the
 * rest; {@link #quotient} may still decline (a quotient that never ends).
 */
final class ShortDecimals {
  private ShortDecimals() {}

  /** Digits that every {@code long} of that many digits holds (10^18 < 2^63). */
  static final int LONG_DIGITS = 18;

  /** Largest scale, either sign, taken: far beyond any figure of a table. */
  private static final int SCALE_LIMIT = 1000;

  private static final long[] POWERS = powers();

  private static long[] powers() {
    long[] p = new long[LONG_DIGITS + 1];
    p[0] = 1;
    for (int i = 1; i < p.length; i++) {
      p[i] = p[i - 1] * 10;
    }
    return p;
  }

  /** Whether {@code value} is taken: at most 18 digits, at a scale within the limit. */
  static boolean takes(BigDecimal value) {
    int scale = value.scale();
    return value.precision() <= LONG_DIGITS && scale >= -SCALE_LIMIT && scale <= SCALE_LIMIT;
  }

  /** The unscaled value of a decimal {@link #takes} takes. */
  static long unscaled(BigDecimal value) {
    // the same digits at scale 0, whose longValue is the compact value: unscaledValue() would
    // make a BigInteger (and its int[]) for every operand
    return value.scaleByPowerOfTen(value.scale()).longValue();
  }

  /**
   * {@code unscaled × 10^-scale} rounded HALF_UP to {@code target} decimals ({@code scale >
   * target}), as the unscaled value at scale {@code target}: what {@code setScale(target,
   * HALF_UP)} gives. {@code |unscaled| < 10^18}, so nothing overflows.
   */
  static long roundHalfUp(long unscaled, int scale, int target) {
    int drop = scale - target;
    if (drop > LONG_DIGITS) {
      return 0; // |value| < 10^18 / 10^19: below half a unit of the target scale
    }
    long divisor = POWERS[drop];
    long q = unscaled / divisor;
    long r = Math.abs(unscaled % divisor);
    if (2 * r >= divisor) {
      q += unscaled < 0 ? -1 : 1; // half or more of the dropped digits: away from zero
    }
    return q;
  }

  /**
   * {@code unscaled × 10^-scale} without trailing zeros, as {@code stripTrailingZeros} gives it;
   * {@code unscaled} must not be 0.
   */
  static BigDecimal stripped(long unscaled, int scale) {
    long u = unscaled;
    int s = scale;
    while (u % 10 == 0) {
      u /= 10;
      s--;
    }
    return BigDecimal.valueOf(u, s);
  }

  /**
   * {@code unscaled × 10^-scale} as {@code stripTrailingZeros().toPlainString()} prints it (no
   * exponent, no trailing zeros after the point), then {@code suffix}; {@code unscaled} must not
   * be 0.
   */
  static String plain(long unscaled, int scale, String suffix) {
    long u = unscaled;
    int s = scale;
    while (u % 10 == 0) {
      u /= 10;
      s--;
    }
    if (s == 0) {
      return suffix.isEmpty() ? Long.toString(u) : Long.toString(u) + suffix;
    }
    long abs = Math.abs(u); // |u| < 10^18: never Long.MIN_VALUE
    int digits = digits(abs);
    int sign = u < 0 ? 1 : 0;
    int integer = s < 0 ? digits - s : Math.max(1, digits - s); // characters before the point
    int length = sign + integer + (s > 0 ? 1 + s : 0) + suffix.length();
    byte[] out = new byte[length]; // ASCII: a Latin-1 string of these bytes
    int at = sign + integer + (s > 0 ? 1 + s : 0);
    for (int k = 0; k < suffix.length(); k++) {
      out[at + k] = (byte) suffix.charAt(k);
    }
    // digits from the last: the decimals, the point, the integer part (padded with zeros)
    int pos = at - 1;
    long rest = abs;
    for (int k = 0; k < s; k++) {
      out[pos--] = (byte) ('0' + rest % 10);
      rest /= 10;
    }
    if (s > 0) {
      out[pos--] = '.';
    }
    for (int k = 0; k < -s; k++) {
      out[pos--] = '0';
    }
    do {
      out[pos--] = (byte) ('0' + rest % 10);
      rest /= 10;
    } while (pos >= sign);
    if (sign == 1) {
      out[0] = '-';
    }
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** The number of decimal digits of {@code v}, 0 &lt; v &lt; 10^18. */
  private static int digits(long v) {
    int d = 1;
    while (d < LONG_DIGITS && v >= POWERS[d]) {
      d++;
    }
    return d;
  }

  /**
   * {@code a / b} for decimals {@link #takes} takes ({@code b} not zero) when the quotient ends:
   * the exact value at the scale nearest the preferred scale {@code a.scale() - b.scale()}, which
   * is what any precision of 19 digits or more gives; {@code null} when it never ends (1/3), or
   * needs more than 18 more decimals or more than a {@code long}. In lowest terms {@code n / d}, a
   * quotient ends when {@code d} is {@code 2^i·5^j}: it is then {@code n·10^k/d} at {@code k =
   * max(i, j)} more decimals, and no fewer do (n shares no factor with d).
   */
  static @Nullable BigDecimal quotient(BigDecimal a, BigDecimal b) {
    long x = unscaled(a);
    long y = unscaled(b);
    long g = gcd(Math.abs(x), Math.abs(y)); // |x|, |y| < 10^18: no overflow of abs
    long n = y < 0 ? -x / g : x / g;
    long d = Math.abs(y) / g;
    int twos = Long.numberOfTrailingZeros(d);
    long odd = d >>> twos;
    int fives = 0;
    while (odd % 5 == 0) {
      odd /= 5;
      fives++;
    }
    int k = Math.max(twos, fives);
    if (odd != 1 || k > LONG_DIGITS) {
      return null;
    }
    long m = POWERS[k] / d; // 2^(k-i)·5^(k-j)
    if (Math.abs(n) > Long.MAX_VALUE / m) {
      return null;
    }
    return BigDecimal.valueOf(n * m, a.scale() - b.scale() + k);
  }

  /** The greatest common divisor of two non-negative numbers, not both 0 (binary: no division). */
  private static long gcd(long a, long b) {
    if (a == 0 || b == 0) {
      return a | b;
    }
    int shift = Long.numberOfTrailingZeros(a | b);
    long u = a >>> Long.numberOfTrailingZeros(a);
    long v = b;
    do {
      v >>>= Long.numberOfTrailingZeros(v);
      if (u > v) {
        long t = v;
        v = u;
        u = t;
      }
      v -= u;
    } while (v != 0);
    return u << shift;
  }

  /** {@link Decimals#fraction} of a decimal {@link #takes} takes, or {@code null} for zero. */
  static @Nullable BigDecimal fraction(BigDecimal value) {
    long u = unscaled(value);
    int s = value.scale();
    if (s > 4) {
      u = roundHalfUp(u, s, 4);
      s = 4;
    }
    return u == 0 ? null : stripped(u, s);
  }

  /** {@link Decimals#percent} of a decimal {@link #takes} takes. */
  static String percent(BigDecimal fraction) {
    // × 100 is the scale less by two; the value rounded to two decimals prints as Decimals.plain
    long u = unscaled(fraction);
    int s = fraction.scale() - 2;
    if (s > 2) {
      u = roundHalfUp(u, s, 2);
      s = 2;
    }
    return u == 0 ? "0%" : plain(u, s, "%");
  }
}

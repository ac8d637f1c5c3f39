package org.jixiao.rules.internal.scoring;

import static org.jixiao.rules.internal.Decimals.divide;

import java.math.BigDecimal;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.text.Comparison;

/**
 * The quantitative scoring rules of domain §3, as fractions of the weight (A = target,
 * B = actual; a fraction never exceeds 1):
 *
 * <ul>
 *   <li>positive (≥ ＞): B ≥ A → 1, else B / A, a negative B counting as 0. When A ≤ 0 (≥0,
 *       ≥-5%) and B falls below it, which only a signed actual can, domain §3 gives no fraction:
 *       {@link #SIGNED_SHORTFALL}, undetermined.
 *   <li>equal (＝): as positive; when A = 0, B ≤ 0 → 1, else 0.
 *   <li>reverse (≤ ＜): B ≤ A → 1 (a fall of −5 % meets ≤0); above, deployed: 1 − (B − A)/A for
 *       A &lt; B &lt; 2A and 0 from 2A; ratio: A / B. When A = 0 and B &gt; 0: 0. When A &lt; 0
 *       (≤-5%) and B is above it: {@link #SIGNED_SHORTFALL}. The boundary (B = A) counts as met for
 *       ＜ too.
 *   <li>range [lo, hi]: inside → 1; below → the positive rule against lo; above → the reverse
 *       rule against hi.
 * </ul>
 */
public final class QuantitativeRules {
  private QuantitativeRules() {}

  /**
   * The method of a result the rules do not decide: a signed actual short of a floor of 0 or
   * below, or above a ceiling below 0. Its fraction is 0 and means nothing: the indicator is
   * undetermined.
   */
  public static final String SIGNED_SHORTFALL = "signed-shortfall";

  /** A fraction and the method that gave it. */
  public record Result(BigDecimal fraction, String method, String relation) {
    /** Whether the rules decided ({@link #SIGNED_SHORTFALL} is no decision). */
    public boolean decided() {
      return !method.equals(SIGNED_SHORTFALL);
    }
  }

  /** Scores actual {@code b} against target {@code a} (and {@code upper} for a range); either may be negative. */
  public static Result score(
      Comparison comparison, BigDecimal a, BigDecimal upper, BigDecimal b, Profile.ReverseRule reverse) {
    return switch (comparison) {
      case EQUAL -> {
        if (a.signum() == 0) {
          yield b.signum() <= 0
              ? new Result(BigDecimal.ONE, "equal-zero", "=")
              : new Result(BigDecimal.ZERO, "equal-zero", "≠");
        }
        yield positive(a, b);
      }
      case AT_MOST, LESS_THAN -> reverse(a, b, reverse);
      case BETWEEN -> {
        if (b.compareTo(a) < 0) {
          yield positive(a, b);
        }
        if (b.compareTo(upper) > 0) {
          yield reverse(upper, b, reverse);
        }
        yield new Result(BigDecimal.ONE, "range", "within");
      }
      case AT_LEAST, MORE_THAN -> positive(a, b);
    };
  }

  private static Result positive(BigDecimal a, BigDecimal b) {
    if (b.compareTo(a) >= 0) {
      return new Result(BigDecimal.ONE, "positive-ratio", "≥");
    }
    if (a.signum() <= 0) {
      return new Result(BigDecimal.ZERO, SIGNED_SHORTFALL, "<"); // B < A ≤ 0: B / A says nothing
    }
    return new Result(divide(Decimals.max(b, BigDecimal.ZERO), a), "positive-ratio", "<");
  }

  private static Result reverse(BigDecimal a, BigDecimal b, Profile.ReverseRule rule) {
    String method = rule == Profile.ReverseRule.DEPLOYED ? "reverse-deployed" : "reverse-ratio";
    if (b.compareTo(a) <= 0) {
      return new Result(BigDecimal.ONE, method, "≤");
    }
    if (a.signum() < 0) {
      return new Result(BigDecimal.ZERO, SIGNED_SHORTFALL, ">"); // above a ceiling below 0: no rule says how far
    }
    if (a.signum() == 0) {
      return new Result(BigDecimal.ZERO, method, ">");
    }
    if (rule == Profile.ReverseRule.RATIO) {
      return new Result(divide(a, b), method, ">");
    }
    BigDecimal twice = a.add(a);
    if (b.compareTo(twice) >= 0) {
      return new Result(BigDecimal.ZERO, method, ">");
    }
    return new Result(divide(twice.subtract(b), a), method, ">"); // 1 − (B − A)/A = (2A − B)/A
  }
}

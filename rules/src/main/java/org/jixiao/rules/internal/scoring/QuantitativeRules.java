package org.jixiao.rules.internal.scoring;

import static org.jixiao.rules.internal.Decimals.divide;

import java.math.BigDecimal;
import org.jixiao.rules.Profile;
import org.jixiao.rules.internal.Decimals;
import org.jixiao.rules.text.Comparison;

/**
 * The quantitative scoring rules of domain §3, as fractions of the weight (A = target,
 * B = actual; a negative B counts as 0; a fraction never exceeds 1):
 *
 * <ul>
 *   <li>positive (≥ ＞): B ≥ A → 1, else B / A; A ≤ 0 → 1.
 *   <li>equal (＝): as positive; when A = 0, B ≤ 0 → 1, else 0.
 *   <li>reverse (≤ ＜): B ≤ A → 1; above, deployed: 1 − (B − A)/A for A &lt; B &lt; 2A and 0 from
 *       2A; ratio: A / B. When A = 0 and B &gt; 0: 0. The boundary (B = A) counts as met for ＜ too.
 *   <li>range [lo, hi]: inside → 1; below → the positive rule against lo; above → the reverse
 *       rule against hi.
 * </ul>
 */
public final class QuantitativeRules {
  private QuantitativeRules() {}

  /** A fraction and the method that gave it. */
  public record Result(BigDecimal fraction, String method, String relation) {}

  /** Scores actual {@code b} against target {@code a} (and {@code upper} for a range). */
  public static Result score(
      Comparison comparison, BigDecimal a, BigDecimal upper, BigDecimal b, Profile.ReverseRule reverse) {
    BigDecimal actual = Decimals.max(b, BigDecimal.ZERO);
    return switch (comparison) {
      case EQUAL -> {
        if (a.signum() == 0) {
          yield actual.signum() <= 0
              ? new Result(BigDecimal.ONE, "equal-zero", "=")
              : new Result(BigDecimal.ZERO, "equal-zero", "≠");
        }
        yield positive(a, actual);
      }
      case AT_MOST, LESS_THAN -> reverse(a, actual, reverse);
      case BETWEEN -> {
        if (actual.compareTo(a) < 0) {
          yield positive(a, actual);
        }
        if (actual.compareTo(upper) > 0) {
          yield reverse(upper, actual, reverse);
        }
        yield new Result(BigDecimal.ONE, "range", "within");
      }
      case AT_LEAST, MORE_THAN -> positive(a, actual);
    };
  }

  private static Result positive(BigDecimal a, BigDecimal b) {
    if (a.signum() <= 0 || b.compareTo(a) >= 0) {
      return new Result(BigDecimal.ONE, "positive-ratio", "≥");
    }
    return new Result(divide(b, a), "positive-ratio", "<");
  }

  private static Result reverse(BigDecimal a, BigDecimal b, Profile.ReverseRule rule) {
    String method = rule == Profile.ReverseRule.DEPLOYED ? "reverse-deployed" : "reverse-ratio";
    if (b.compareTo(a) <= 0) {
      return new Result(BigDecimal.ONE, method, "≤");
    }
    if (a.signum() <= 0) {
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

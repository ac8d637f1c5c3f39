package org.jixiao.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jixiao.core.evaluation.Trace;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DecimalsTest {
  /** A decimal of up to 18 digits (sometimes 36, past a long) at a scale of -3..20. */
  private static Gen<BigDecimal> decimals() {
    Gen<BigInteger> unscaled =
        longs().between(-999_999_999_999_999_999L, 999_999_999_999_999_999L)
            .zip(integers().between(0, 3), (v, kind) -> kind == 0 ? wide(v) : BigInteger.valueOf(v));
    return unscaled.zip(integers().between(-3, 20), BigDecimal::new);
  }

  private static BigInteger wide(long v) {
    return BigInteger.valueOf(v).multiply(BigInteger.TEN.pow(18)).add(BigInteger.valueOf(v));
  }

  @Test
  void divideGivesTheSameValueAndScaleAsA34DigitDivision() {
    qt().forAll(decimals(), decimals())
        .assuming((a, b) -> b.signum() != 0)
        .checkAssert((a, b) -> assertThat(Decimals.divide(a, b)).isEqualTo(a.divide(b, MathContext.DECIMAL128)));
  }

  @Test
  void exactQuotientsKeepTheirScaleAsA34DigitDivisionDoes() {
    // a = b × c is always an exact quotient: the case the short path takes.
    qt().forAll(decimals(), decimals())
        .assuming((b, c) -> b.signum() != 0)
        .checkAssert(
            (b, c) -> {
              BigDecimal a = b.multiply(c);
              assertThat(Decimals.divide(a, b)).isEqualTo(a.divide(b, MathContext.DECIMAL128));
            });
  }

  @Test
  void quotientsOfShortFiguresGiveWhatA34DigitDivisionGives() {
    // the figures of a table: short operands, divisors such as 8 or 40 whose exact quotients need
    // more decimals than either operand (1/8 = 0.125), and inexact ones (1/3); some dividends
    // near the 18 digits where the long path stops multiplying by ten
    Gen<BigDecimal> dividends =
        longs().between(-999_999, 999_999)
            .zip(integers().between(0, 12), (v, widen) -> widen == 12 ? v * 999_999_999_999L : v)
            .zip(integers().between(-2, 6), BigDecimal::valueOf);
    Gen<BigDecimal> divisors =
        integers().between(0, 6).zip(integers().between(0, 6), (twos, fives) -> (1L << twos) * BigInteger.valueOf(5).pow(fives).longValueExact())
            .zip(integers().between(1, 40), (pow, other) -> other % 4 == 0 ? pow : other % 4 == 1 ? pow * 3 : other)
            .zip(integers().between(-1, 1), (v, sign) -> sign < 0 ? -v : v)
            .zip(integers().between(-2, 4), BigDecimal::valueOf);
    qt().forAll(dividends, divisors)
        .checkAssert((a, b) -> assertThat(Decimals.divide(a, b)).isEqualTo(a.divide(b, MathContext.DECIMAL128)));
  }

  @Test
  void divideKeepsTheScaleOfTheShares() {
    // equals, not compareTo: the scale is part of what a trace shows
    assertThat(Decimals.divide(new BigDecimal("50.00"), BigDecimal.valueOf(5))).isEqualTo(new BigDecimal("10.00"));
    assertThat(Decimals.divide(new BigDecimal("100"), new BigDecimal("8"))).isEqualTo(new BigDecimal("12.5"));
    assertThat(Decimals.divide(new BigDecimal("0.00"), BigDecimal.valueOf(3))).isEqualTo(new BigDecimal("0.00"));
    assertThat(Decimals.divide(BigDecimal.ONE, BigDecimal.valueOf(3)))
        .isEqualTo(new BigDecimal("0.3333333333333333333333333333333333"));
  }

  @Test
  void aLongExactQuotientKeepsItsScaleWhereSixteenDigitsWouldHaveShiftedIt() {
    // 17 digits: a 16-digit division gives the same value as 1.000336708786382E+16, scale -1
    BigDecimal a = new BigDecimal("10003367087863820");
    assertThat(Decimals.divide(a, BigDecimal.ONE)).isEqualTo(a);
    assertThat(Decimals.divide(a, BigDecimal.ONE).scale()).isZero();
  }

  @Test
  void extremeScalesGiveWhatA34DigitDivisionGivesOrFailTheSameWay() {
    // Near the int limits of the scale, 16 and 34 digits overflow or underflow differently;
    // such operands skip the short division (found in review, each case once differed).
    BigDecimal tiny = BigDecimal.valueOf(1, Integer.MAX_VALUE - 20);
    BigDecimal huge = new BigDecimal(new BigInteger("12345678901234567890"), Integer.MIN_VALUE);
    BigDecimal small = new BigDecimal(BigInteger.valueOf(125), Integer.MAX_VALUE - 2);
    assertSameOutcome(tiny, BigDecimal.ONE);
    assertSameOutcome(huge, BigDecimal.ONE);
    assertSameOutcome(small, new BigDecimal(BigInteger.valueOf(8), 30));
    qt().forAll(decimals(), decimals(), integers().between(-20, 20), integers().between(0, 1))
        .assuming((a, b, shift, side) -> b.signum() != 0)
        .checkAssert(
            (a, b, shift, side) -> {
              int edge = side == 0 ? Integer.MAX_VALUE - 20 : Integer.MIN_VALUE + 20;
              assertSameOutcome(new BigDecimal(a.unscaledValue(), edge + shift), b);
              assertSameOutcome(a, new BigDecimal(b.unscaledValue(), edge + shift));
            });
  }

  /** Decimals.divide gives the same value and scale as DECIMAL128, or throws the same message. */
  private static void assertSameOutcome(BigDecimal a, BigDecimal b) {
    String expected;
    try {
      expected = "= " + a.divide(b, MathContext.DECIMAL128);
    } catch (ArithmeticException e) {
      expected = "! " + e.getMessage();
    }
    String actual;
    try {
      actual = "= " + Decimals.divide(a, b);
    } catch (ArithmeticException e) {
      actual = "! " + e.getMessage();
    }
    assertThat(actual).as("%s / %s", a, b).isEqualTo(expected);
  }

  /** A decimal of up to 18 digits (sometimes 36) at any scale the long paths take and a little past it. */
  private static Gen<BigDecimal> decimalsAtAnyScale() {
    return decimals().zip(integers().between(-1005, 1005), (d, scale) -> new BigDecimal(d.unscaledValue(), scale));
  }

  /** Decimals that end in a 5 past the fourth decimal, or exactly there: where HALF_UP decides. */
  private static Gen<BigDecimal> halves() {
    return longs().between(-99_999_999L, 99_999_999L)
        .zip(integers().between(3, 9), (v, scale) -> BigDecimal.valueOf(v * 10 + (v < 0 ? -5 : 5), scale));
  }

  @Test
  void aTraceArgumentPrintedWhenReadReadsAsTheRulesPrintedItBefore() {
    // the scorers give their percentages to Trace unprinted: what a reader sees must be what
    // Decimals prints at once, from a long for most values (plain is Trace.Printed.PLAIN itself)
    qt().forAll(decimals().mix(decimalsAtAnyScale()).mix(halves()))
        .checkAssert(v -> assertThat(Trace.Printed.PERCENT.print(v)).isEqualTo(Decimals.percent(v)));
  }

  @Test
  void plainPrintsWhatTheValueWithoutTrailingZerosPrints() {
    qt().forAll(decimals().mix(decimalsAtAnyScale()).mix(halves()))
        .checkAssert(v -> assertThat(Decimals.plain(v)).isEqualTo(v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString()));
    assertThat(Decimals.plain(new BigDecimal("1.2E+3"))).isEqualTo("1200");
    assertThat(Decimals.plain(new BigDecimal("0.050"))).isEqualTo("0.05");
    assertThat(Decimals.plain(new BigDecimal("-12.3400"))).isEqualTo("-12.34");
    assertThat(Decimals.plain(new BigDecimal("0.000"))).isEqualTo("0");
  }

  @Test
  void fractionIsTheValueRoundedHalfUpToFourDecimalsWithoutTrailingZeros() {
    qt().forAll(decimals().mix(decimalsAtAnyScale()).mix(halves()))
        .checkAssert(
            v -> {
              BigDecimal rounded = v.setScale(4, RoundingMode.HALF_UP);
              // equals, not compareTo: the scale is what a result shows
              assertThat(Decimals.fraction(v)).isEqualTo(rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros());
            });
    assertThat(Decimals.fraction(new BigDecimal("0.33335"))).isEqualTo(new BigDecimal("0.3334"));
    assertThat(Decimals.fraction(new BigDecimal("-0.33335"))).isEqualTo(new BigDecimal("-0.3334"));
    assertThat(Decimals.fraction(new BigDecimal("0.00004"))).isEqualTo(BigDecimal.ZERO);
    assertThat(Decimals.fraction(new BigDecimal("1.0000"))).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void percentIsTheHundredfoldValueRoundedHalfUpToTwoDecimals() {
    qt().forAll(decimals().mix(decimalsAtAnyScale()).mix(halves()))
        .checkAssert(
            v -> {
              BigDecimal hundredfold = v.multiply(Decimals.HUNDRED).setScale(2, RoundingMode.HALF_UP);
              String plain = hundredfold.signum() == 0 ? "0" : hundredfold.stripTrailingZeros().toPlainString();
              assertThat(Decimals.percent(v)).isEqualTo(plain + "%");
            });
    assertThat(Decimals.percent(new BigDecimal("0.8"))).isEqualTo("80%");
    assertThat(Decimals.percent(new BigDecimal("0.123456"))).isEqualTo("12.35%");
    assertThat(Decimals.percent(new BigDecimal("-0.000049"))).isEqualTo("0%");
    assertThat(Decimals.percent(new BigDecimal("1.2E+2"))).isEqualTo("12000%");
  }

  @Test
  void divisionByZeroFailsAsBigDecimalDoes() {
    assertThatThrownBy(() -> Decimals.divide(BigDecimal.ONE, BigDecimal.ZERO)).isInstanceOf(ArithmeticException.class);
  }
}

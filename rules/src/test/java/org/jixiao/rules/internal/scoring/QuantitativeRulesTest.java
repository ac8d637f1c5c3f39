package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.rules.Profile;
import org.jixiao.rules.text.Comparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/** The rules of domain §3 as fractions: A target, B actual. */
class QuantitativeRulesTest {
  @ParameterizedTest(name = "{0} A={1} B={3} {4} → {5}")
  @CsvSource({
    // positive: B ≥ A → 1, else B / A; negative B counts as 0; A = 0 → 1
    "AT_LEAST,  1500, 1500, 1642, DEPLOYED, 1",
    "AT_LEAST,  1500, 1500, 1500, DEPLOYED, 1",
    "AT_LEAST,  150,  150,  92,   DEPLOYED, 0.6133",
    "AT_LEAST,  100,  100,  -5,   DEPLOYED, 0",
    "AT_LEAST,  0,    0,    0,    DEPLOYED, 1",
    "MORE_THAN, 100,  100,  50,   DEPLOYED, 0.5",
    // equal: as positive; A = 0: B ≤ 0 → 1, else 0
    "EQUAL,     10,   10,   8,    DEPLOYED, 0.8",
    "EQUAL,     0,    0,    0,    DEPLOYED, 1",
    "EQUAL,     0,    0,    1,    DEPLOYED, 0",
    // reverse, deployed: B ≤ A → 1; A < B < 2A → 1 − (B − A)/A; from 2A → 0
    "AT_MOST,   2,    2,    2,    DEPLOYED, 1",
    "AT_MOST,   2,    2,    3,    DEPLOYED, 0.5",
    "AT_MOST,   2,    2,    4,    DEPLOYED, 0",
    "AT_MOST,   2,    2,    9,    DEPLOYED, 0",
    "LESS_THAN, 0.4,  0.4,  0.5,  DEPLOYED, 0.75",
    "AT_MOST,   0,    0,    0,    DEPLOYED, 1",
    "AT_MOST,   0,    0,    2,    DEPLOYED, 0",
    // reverse, the older ratio: A / B
    "AT_MOST,   2,    2,    3,    RATIO,    0.6667",
    "AT_MOST,   2,    2,    9,    RATIO,    0.2222",
    // a range: inside → 1; below → positive against the low end; above → reverse against the high end
    "BETWEEN,   18,   54,   35,   DEPLOYED, 1",
    "BETWEEN,   100,  500,  50,   DEPLOYED, 0.5",
    "BETWEEN,   100,  500,  600,  DEPLOYED, 0.8",
  })
  void fractionFollowsTheDomainRules(
      Comparison comparison, String a, String upper, String b, Profile.ReverseRule rule, String expected) {
    BigDecimal fraction =
        QuantitativeRules.score(comparison, new BigDecimal(a), new BigDecimal(upper), new BigDecimal(b), rule).fraction();

    assertThat(fraction.setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo(expected);
    assertThat(fraction).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
  }
  /** Signed figures (a fall of −5 %, a floor of −5 %): where domain §3 decides, and where it does not. */
  @ParameterizedTest(name = "{0} A={1} B={2} → {3} {4}")
  @CsvSource({
    // a fall meets a ceiling of 0 or above, and any ceiling it stays under
    "AT_MOST,   0,  -5,   1, reverse-deployed",
    "AT_MOST,   0,  -0.5, 1, reverse-deployed",
    "AT_MOST,   2,  -3,   1, reverse-deployed",
    "AT_MOST,   -5, -6,   1, reverse-deployed",
    "LESS_THAN, 0,  -1,   1, reverse-deployed",
    "EQUAL,     0,  -5,   1, equal-zero",
    // a floor of 0 or below is met from it upwards
    "AT_LEAST,  -5, -3,   1, positive-ratio",
    "AT_LEAST,  -5, 2,    1, positive-ratio",
    "AT_LEAST,  0,  0,    1, positive-ratio",
    // a fall against a floor above 0 counts as 0
    "AT_LEAST,  5,  -2,   0, positive-ratio",
    // short of a floor of 0 or below, above a ceiling below 0: no rule gives a fraction
    "AT_LEAST,  -5, -6,   0, signed-shortfall",
    "AT_LEAST,  0,  -3,   0, signed-shortfall",
    "AT_MOST,   -5, -3,   0, signed-shortfall",
  })
  void signedFiguresAreComparedWithTheirSigns(Comparison comparison, String a, String b, String expected, String method) {
    QuantitativeRules.Result r =
        QuantitativeRules.score(comparison, new BigDecimal(a), new BigDecimal(a), new BigDecimal(b), Profile.ReverseRule.DEPLOYED);
    assertThat(r.fraction()).isEqualByComparingTo(expected);
    assertThat(r.method()).isEqualTo(method);
    assertThat(r.decided()).isEqualTo(!method.equals(QuantitativeRules.SIGNED_SHORTFALL));
  }

  /** A fall never loses against a ceiling of 0 or above, under either reverse rule. */
  @Test
  void aFallAlwaysMeetsACeilingOfZeroOrAbove() {
    qt().forAll(integers().between(-1_000_000, 0), integers().between(0, 1_000_000), Generate.enumValues(Profile.ReverseRule.class))
        .checkAssert(
            (b, a, rule) -> {
              QuantitativeRules.Result r =
                  QuantitativeRules.score(Comparison.AT_MOST, BigDecimal.valueOf(a), BigDecimal.valueOf(a), BigDecimal.valueOf(b, 2), rule);
              assertThat(r.fraction()).isEqualByComparingTo("1");
              assertThat(r.decided()).isTrue();
            });
  }
}

package org.jixiao.rules.internal.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.rules.Profile;
import org.jixiao.rules.text.Comparison;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}

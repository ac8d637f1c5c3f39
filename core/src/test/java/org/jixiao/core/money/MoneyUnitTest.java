package org.jixiao.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.jixiao.core.ModelGens;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class MoneyUnitTest {

  @Test
  void wanYuanToYuanMovesTheDecimalPointFourPlaces() {
    assertThat(MoneyUnit.WAN_YUAN.convert(new BigDecimal("318.14"), MoneyUnit.YUAN))
        .isEqualByComparingTo("3181400");
    assertThat(MoneyUnit.YUAN.convert(new BigDecimal("1"), MoneyUnit.YI_YUAN))
        .isEqualByComparingTo("0.00000001");
    assertThat(MoneyUnit.YI_YUAN.convert(new BigDecimal("4.448972"), MoneyUnit.WAN_YUAN))
        .isEqualByComparingTo("44489.72");
  }

  @Test
  void conversionToTheSameUnitKeepsTheAmount() {
    BigDecimal amount = new BigDecimal("0.01");
    assertThat(MoneyUnit.WAN_YUAN.convert(amount, MoneyUnit.WAN_YUAN)).isEqualTo(amount);
  }

  @Test
  void conversionRoundTripsExactly() {
    qt().forAll(
            ModelGens.amounts(),
            Generate.enumValues(MoneyUnit.class),
            Generate.enumValues(MoneyUnit.class))
        .checkAssert(
            (amount, from, to) ->
                assertThat(to.convert(from.convert(amount, to), from)).isEqualByComparingTo(amount));
  }
}

package org.jixiao.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import org.jixiao.core.evaluation.IndicatorResult;
import org.jixiao.core.evaluation.Outcome;
import org.jixiao.core.evaluation.Trace;
import org.jixiao.core.indicator.Category;
import org.jixiao.core.indicator.Indicator;
import org.jixiao.core.project.Project;
import org.jixiao.core.money.MoneyUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Validation messages name the offending value. A value of extreme scale must be named in
 * scientific notation: its plain text would be a billion characters (before the fix, building
 * these messages ran out of memory).
 */
class ChecksTest {
  @Test
  void numbersOfOrdinaryScaleArePlainAndExtremeOnesScientific() {
    assertThat(Checks.text(new BigDecimal("58.38"))).isEqualTo("58.38");
    assertThat(Checks.text(new BigDecimal("0.5"))).isEqualTo("0.5");
    assertThat(Checks.text(new BigDecimal("1E+3"))).isEqualTo("1E+3");
    assertThat(Checks.text(new BigDecimal("1E-100"))).isEqualTo("0." + "0".repeat(99) + "1");
    assertThat(Checks.text(new BigDecimal("1E-101"))).isEqualTo("1E-101");
    assertThat(Checks.text(new BigDecimal("-1e999999999"))).isEqualTo("-1E+999999999");
    assertThat(Checks.text(new BigDecimal("0E-999999999"))).isEqualTo("0E-999999999");
  }

  @Test
  void aNegativeNumberOfExtremeScaleIsRejectedWithAShortMessage() {
    assertThatThrownBy(
            () ->
                Project.builder()
                    .name("x")
                    .moneyUnit(MoneyUnit.YUAN)
                    .statedExecutionWeight(new BigDecimal("-1e999999999"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("was -1E+999999999");
    assertThatThrownBy(
            () ->
                Indicator.builder()
                    .category(Category.OUTPUT)
                    .weight(new BigDecimal("-1e-999999999"))
                    .build())
        .hasMessageEndingWith("was -1E-999999999");
  }

  @Test
  void aFractionOfExtremeScaleIsRejectedWithAShortMessage() {
    assertThatThrownBy(
            () ->
                IndicatorResult.builder()
                    .index(0)
                    .category(Category.OUTPUT)
                    .outcome(Outcome.SCORED)
                    .weight(BigDecimal.TEN)
                    .fraction(new BigDecimal("1e999999999"))
                    .points(BigDecimal.ONE)
                    .trace(Trace.of("r", "m", "why"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fraction must be within 0..1, was 1E+999999999");
  }

  /**
   * Characters that make a string blank or not: every kind of Unicode whitespace, spaces that are
   * not whitespace to {@link String#isBlank} (no-break spaces), ideographs, ASCII, a surrogate
   * pair and a lone surrogate.
   */
  private static final List<String> PIECES =
      List.of(" ", "\t", "\n", "\u000b", "\u001c", "\u2003", "\u3000", "\u2028", "\u00a0", "\u202f", "\u200b", "x", "指", "！", "\ud840\udc00", "\ud840", "\udc00", "\u0085");

  @Test
  void aValueIsRefusedAsBlankExactlyWhenStringIsBlankSaysSo() {
    qt().forAll(lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 6).map(l -> String.join("", l)))
        .checkAssert(
            value -> {
              if (value.isBlank()) {
                assertThatThrownBy(() -> Checks.requireNonBlank(value, "field"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("field must not be blank");
              } else {
                assertThatCode(() -> Checks.requireNonBlank(value, "field")).doesNotThrowAnyException();
              }
            });
  }
}

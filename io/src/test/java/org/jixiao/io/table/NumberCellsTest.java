package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.jixiao.io.internal.table.NumberCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberCellsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "318.14|318.14",
        "1,234.56|1234.56",
        "12,345,678|12345678",
        "１２３．４５|123.45",
        "１，２３４．５|1234.5",
        "-3.50|-3.50",
        "－3.50|-3.50",
        "+7|7",
        "  44489.72  |44489.72",
        "\u300038.76\u3000|38.76",
        "1E+3|1E+3",
        "2.5e-7|2.5E-7",
        "0.00|0.00",
      })
  void parsesNumbersAsTablesPrintThem(String cell, String expected) {
    BigDecimal parsed = NumberCells.parseDecimal(cell, false);
    assertThat(parsed).isEqualTo(new BigDecimal(expected)); // equal value and scale
  }

  @Test
  void aTrailingPercentIsAcceptedWhereARateIsExpected() {
    assertThat(NumberCells.parseDecimal("99.49%", true)).isEqualTo(new BigDecimal("99.49"));
    assertThat(NumberCells.parseDecimal("100 ％", true)).isEqualTo(new BigDecimal("100"));
    assertThat(NumberCells.parseDecimal("99.49%", false)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "—", "——", "-", "－", "/", "／", "--", "*", "**"})
  void placeholdersMeanAbsent(String cell) {
    assertThat(NumberCells.parseDecimal(cell, true)).isSameAs(NumberCells.ABSENT);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "1,23", "1,2345", ",123", "1.2.3", "1.234,5", "12万", "无", "1e", "%", "--5",
        "1E99999"})
  void whatIsNotANumberIsSaid(String cell) {
    assertThat(NumberCells.parseDecimal(cell, true)).isNull();
  }

  @Test
  void aHostileDigitStringIsRejectedWithoutWork() {
    assertThat(NumberCells.parseDecimal("9".repeat(100_000), false)).isNull();
  }

  @Test
  void aSequenceNumberIsReadInEitherWidthAndAYesNoFlagOnlyFromItsWords() {
    assertThat(NumberCells.parseSeq("17")).isEqualTo(17);
    assertThat(NumberCells.parseSeq("１７")).isEqualTo(17);
    assertThat(NumberCells.parseSeq("")).isEqualTo(-1);
    assertThat(NumberCells.parseSeq("一")).isEqualTo(-2);
    assertThat(NumberCells.parseSeq("1234567890")).isEqualTo(-2);
    assertThat(NumberCells.parseFlag("是")).isEqualTo(NumberCells.Flag.YES);
    assertThat(NumberCells.parseFlag("否")).isEqualTo(NumberCells.Flag.NO);
    assertThat(NumberCells.parseFlag("/")).isNull();
    assertThat(NumberCells.parseFlag("也许")).isEqualTo(NumberCells.Flag.INVALID);
  }

  @Test
  void formattedNumbersParseBackToAnEqualBigDecimal() {
    for (String text : new String[] {"1E+3", "58.38", "1E-130", "-0.000001", "123456789.5E-110"}) {
      BigDecimal value = new BigDecimal(text);
      assertThat(NumberCells.parseDecimal(NumberCells.format(value), false)).isEqualTo(value);
    }
  }
}

package org.jixiao.io.internal.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A label and its figure printed in one cell (零陵林业 2021: {@code 其中:基本支出:1768.16万元}) is a
 * breakdown's pair only when the label names a breakdown or a kind of fund and a figure follows
 * its last colon; any other text with a colon is not.
 */
class BreakdownsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "其中: 一般公共预算:1873.66万元|其中: 一般公共预算",
    "其他资金:2880万元|其他资金",
    "其中:基本支出:1768.16万元|其中:基本支出",
    "项目支出：156.2|项目支出",
    "其中：当年财政拨款：100|其中：当年财政拨款"})
  void aBreakdownOrFundLabelWithAFigureAfterItsColonIsAFusedPair(String cell, String label) {
    assertThat(Breakdowns.fusedLabel(cell)).isEqualTo(label);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "其中：当年财政拨款：", // the label alone
    "项目支出:详见附件", // no figure after the colon
    "备注：100", // a figure under a label that names no fund
    "完成时间:2021", // the same
    "1873.66"})
  void otherCellsAreNoFusedPair(String cell) {
    assertThat(Breakdowns.fusedLabel(cell)).isNull();
  }
}

package org.jixiao.rules.internal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A 时效 target printed as a spreadsheet's date serial is told from a count. */
class SpreadsheetDateTest {

  @Test
  void aFiveDigitDayCountOfTheseYearsIsADate() {
    // 内蒙古's system export: 项目财政资金到位时间 | 正向 | = | 44,561
    assertThat(FeasibilityChecks.spreadsheetDate("=44,561")).contains(LocalDate.of(2021, 12, 31));
    assertThat(FeasibilityChecks.spreadsheetDate("44561")).contains(LocalDate.of(2021, 12, 31));
    assertThat(FeasibilityChecks.spreadsheetDate("≤45291")).contains(LocalDate.of(2023, 12, 31));
    assertThat(FeasibilityChecks.spreadsheetDate("＝４４５６１")).contains(LocalDate.of(2021, 12, 31));
  }

  @Test
  void countsWithUnitsDecimalsOrOtherSizesAreNotDates() {
    assertThat(FeasibilityChecks.spreadsheetDate("44561人次")).isEmpty();
    assertThat(FeasibilityChecks.spreadsheetDate("44561.5")).isEmpty();
    assertThat(FeasibilityChecks.spreadsheetDate("15")).isEmpty();
    assertThat(FeasibilityChecks.spreadsheetDate("120000")).isEmpty();
    assertThat(FeasibilityChecks.spreadsheetDate("20000")).isEmpty(); // 1954: a count, not a date of this century's forms
    assertThat(FeasibilityChecks.spreadsheetDate("12月底前")).isEmpty();
    assertThat(FeasibilityChecks.spreadsheetDate(",44561")).isEmpty();
  }
}

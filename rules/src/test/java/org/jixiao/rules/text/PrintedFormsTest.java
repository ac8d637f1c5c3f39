package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.scoredAt;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two ways cells are printed that the reader took for other text. Years and counts written digit by
 * digit, as formal documents write them (二〇二三年, GB/T 15835's form of a year; 二零二四年,
 * ≥二〇〇人): a deadline of 二〇二三年十二月底前 lost its year, so a completion in 二〇二四年三月 read as on
 * time, and ≥二〇〇人 read as ≥ 0. Cells justified to both edges (分散对齐), which come out of a PDF
 * one character at a time (≥ 9 5 %, 合 格 率 1 0 0 %): the figure read was the last digit. Years of
 * two digits (23年底前, 24年3月): read as counts of years, 24年1月 against 23年12月底前 was 95.65 %.
 */
class PrintedFormsTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "二〇二三年十二月底前完成 | 二〇二四年三月完成",
        "二零二三年十二月三十一日前完成 | 二〇二四年一月五日完成",
        "一九九九年底前完成 | 二〇〇〇年二月完成",
        "2023年12月底前完成 | 二〇二四年二月完成",
        // years of two digits
        "23年底前完成 | 24年3月完成",
        "23年12月底前 | 24年1月完成",
        "2023年12月底前 | 24年1月完成",
        // spread, and spaced as word processors export them
        "二 〇 二 三 年 十 二 月 底 前 完 成 | 二 〇 二 四 年 三 月 完 成",
        "2023年底前 | 2024 年 1 月",
        "2023 年 6 月 底 前 | 于 2024 年 3 月 验收",
        "二〇二三年底前 | 完成日期二〇二四年一月",
        // a day in Chinese numerals, after any month, in a deadline without 前; 号前; 元月
        "十二月二十日前完成 | 十二月二十五日完成",
        "二〇二三年十二月二十日 | 二〇二三年十二月二十五日完成",
        "十一月五号前 | 十一月六号完成",
        "2024年元月底前 | 2024年2月完成",
        // a short year after a list number
        "2023年底前 | 1.24年3月完成 2.已验收",
      })
  void aCompletionAfterADeadlineWrittenDigitByDigitOrInTwoDigitsIsLate(String target, String actual) {
    scoredAt(judge(Subcategory.TIMELINESS, "完成时限", target, actual), new BigDecimal("0.70"));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "二〇二三年底前完成 | 二〇二三年十一月完成",
        "二〇二三年十二月底前 | 2023年11月完成",
        "23年底前完成 | 23年11月完成",
        "2024年1月10日前 | 二〇二四年元月五日完成",
        "2024年1月10日前 | 2024年1月五日完成",
      })
  void aCompletionBeforeSuchADeadlineIsOnTime(String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.TIMELINESS, "完成时限", target, actual);
    met(v);
    assertThat(v.trace().reason()).containsPattern("202[34]-(12|01)");
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥二〇〇人 | 二百一十人 | 1",
        "≥二〇〇人 | 一九〇人 | 0.95",
        "≥三〇〇人次 | 三百人次 | 1",
      })
  void countsWrittenDigitByDigitAreTheirFigure(String target, String actual, BigDecimal fraction) {
    scoredAt(judge(Subcategory.QUANTITY, "培训人数", target, actual), fraction);
  }

  @Test
  void anAmountWrittenDigitByDigitIsWithinItsLimit() {
    met(judge(Subcategory.COST, "项目资金", "≤二〇〇万元", "一九〇万元"));
  }

  @ParameterizedTest(name = "{1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "QUANTITY | ≥95% | ≥ 9 5 % | 1",
        "QUALITY | 100% | 合 格 率 1 0 0 % | 1",
        "QUALITY | 100% | 合 格 率 9 0 % | 0.9",
        "SERVED_SATISFACTION | ≥90% | 满 意 度 9 6 % | 1",
        "COST | ≥100万元 | 拨 付 1 2 0 万 元 | 1",
        "TIMELINESS | 按时完成 | 未 完 成 | 0.30",
        "TIMELINESS | 按时完成 | 逾 期 3 天 | 0.30",
      })
  void aCellSpreadOneCharacterAtATimeReadsAsWritten(
      Subcategory sub, String target, String actual, BigDecimal fraction) {
    scoredAt(judge(sub, "", target, actual), fraction);
  }

  @Test
  void aDocumentsNumberIsNoCount() {
    // 〔2023〕12号 read as 2023 things
    for (String number : List.of("〔2023〕12号", "〔二〇二三〕十五号", "〔2023〕第15号", "〔2023〕 号", "〔2023〕15-1号", "深人社规〔2023〕")) {
      Judged.undetermined(judge(Subcategory.QUANTITY, "制度建设", "≥10个", "印发" + number + "文件"));
    }
    met(judge(Subcategory.QUANTITY, "制度建设", "≥2项", "根据深人社发[2023]15号文件出台制度3项"));
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {"2023年至2025年完成 | 2024年6月完成 | 1", "2023年至2025年完成 | 2026年3月完成 | 0.70", "二〇二三年至二〇二五年 | 二〇二四年六月完成 | 1"})
  void aDeadlineOfYearsIsTheEndOfTheLast(String target, String actual, BigDecimal fraction) {
    // the first year's end was the deadline: 2024年6月 was late for 2023年至2025年
    scoredAt(judge(Subcategory.TIMELINESS, "完成时限", target, actual), fraction);
  }

  @Test
  void aSpaceBesideAWordOrFigureOfSeveralCharactersStays() {
    // 2 10人 may be 210 or "2, 10": read as before, the figure next to the unit
    scoredAt(judge(Subcategory.QUANTITY, "培训人数", "≥200人", "2 10人"), new BigDecimal("0.05"));
  }
}

package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A duration after a word of overrun is how late, not how long: 超期3天 against 15天内 was met (3 ≤ 15).
 * It is late now, as 延期 and 推迟 are (70 %), and 超期 and 超时 are such words. A rate named after
 * one (逾期率3%, 超期率0) is a rate: 逾期率3% against 逾期率≤5% was voided as a clause of shortfall and
 * read as 逾期 (30 %), now 3 % ≤ 5 %, met.
 */
class OverrunsTest {

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "15天内 | 超期3天 | 0.70",
        "15个工作日内 | 超期3天 | 0.70",
        "15天内 | 平均超时2天 | 0.70",
        "15天内 | 延迟了5天 | 0.70",
        "≤30分钟 | 超时5分钟 | 0.70",
        "15天内 | 10天 | 1",
        // rates of lateness are rates
        "逾期率≤5% | 逾期率3% | 1",
        "≤1% | 逾期率0 | 1",
        "≤1% | 超期率0 | 1",
      })
  void anOverrunIsLateAndARateOfLatenessIsARate(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.TIMELINESS, "办结时限", target, actual);
    scoredAt(v, fraction);
  }
}

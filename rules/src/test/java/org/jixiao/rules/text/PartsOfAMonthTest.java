package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredAt;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines and completions stated by a third of a month (上旬, 中旬, 下旬) or its beginning (月初), and
 * deadlines of a range of years. The reader took 6月上旬前 for June, so 6月25日 was on time; 6月中旬之前
 * had no date at all; 2023-2025年 was no deadline, so 2026年3月完成 read met through 完成; and
 * 2023年1月至2025年 ended in January 2023, so 2025年10月 was late.
 */
class PartsOfAMonthTest {
  private static final BigDecimal LATE = new BigDecimal("0.70");

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023年6月上旬前完成 | 2023年6月25日完成 | 0.70",
        "2023年6月上旬前完成 | 2023年6月5日完成 | 1",
        "2023年6月上旬前完成 | 2023年6月10日完成 | 1",
        "2023年6月中旬之前完成 | 2023年6月21日完成 | 0.70",
        "6月中旬以前完成 | 6月18日完成 | 1",
        "六月上旬前 | 六月中旬完成 | 0.70",
        "2023年6月下旬完成 | 2023年6月30日完成 | 1",
        "2023年6月下旬完成 | 2023年7月1日完成 | 0.70",
        "2023年12月底前完成 | 2023年12月中下旬完成 | 1",
        "2023年6月中旬前完成 | 2023年6月中下旬完成 | 0.70",
        "2023年3月初完成 | 2023年3月5日完成 | 1",
        "2023年3月初完成 | 2023年3月25日完成 | 0.70",
        "2023年6月份上旬前 | 2023年6月20日完成 | 0.70",
        // an actual by a third against a day: it may end after the day, read as the month is (6月 against 6月15日前)
        "2023年6月15日前 | 2023年6月上旬完成 | 1",
        "2023年6月15日前 | 2023年6月中旬完成 | 0.70",
      })
  void aThirdOfAMonthEndsOnItsLastDay(String target, String actual, BigDecimal fraction) {
    scoredAt(judge(Subcategory.TIMELINESS, "完成时限", target, actual), fraction);
  }

  @Test
  void aCompletionInAThirdIsOnTimeExactlyWhenTheThirdEndsNoLaterThanTheDeadlines() {
    String[] parts = {"上旬", "中旬", "下旬"};
    qt().forAll(integers().between(1, 12), integers().between(0, 2), integers().between(0, 2))
        .checkAssert(
            (month, deadline, done) ->
                scoredAt(
                    judge(Subcategory.TIMELINESS, "完成时限", "2023年" + month + "月" + parts[deadline] + "前完成",
                        "2023年" + month + "月" + parts[done] + "完成"),
                    done <= deadline ? BigDecimal.ONE : LATE));
  }

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2023-2025年 | 2024年6月完成 | 1",
        "2023-2025年完成 | 2026年3月完成 | 0.70",
        "2023—2025年 | 2025年12月完成 | 1",
        "2023年1月至2025年 | 2025年10月完成 | 1",
        "2023年1月至2025年 | 2026年1月完成 | 0.70",
        "2023年1月-2025年底 | 2025年11月完成 | 1",
        "2023年1月至2025年12月 | 2026年3月完成 | 0.70",
      })
  void aDeadlineOfARangeOfYearsEndsWithItsLastYear(String target, String actual, BigDecimal fraction) {
    scoredAt(judge(Subcategory.TIMELINESS, "完成时限", target, actual), fraction);
  }
}

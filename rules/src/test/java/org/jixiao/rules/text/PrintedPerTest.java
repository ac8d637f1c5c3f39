package org.jixiao.rules.text;

import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Under a target per a period or whom, a figure printed per the same answers before figures per nothing (review 78b h109:
 * 2520元 … 农村低保标准为4320元/年 under 元/年 不低于4000 took the 2520, 63 %). Figures per nothing were tied with it, or
 * taken first.
 */
class PrintedPerTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "提高农村低保标准 | 元/年 不低于4000 | 2520元 108.0% 2020年1至7月农村低保标准为4320元/年,人均救助水平251.29元/月 | 1",
        "人均补助标准 | ≥300元/人 | 发放补助12万元，每人320元 | 1",
        "低保标准 | ≥4000元/年 | 月标准350元，年标准4200元/年 | 1",
        "低保标准 | ≥4500元/年 | 月标准350元，年标准4200元/年 | 0.9333", // 4200 / 4500
      })
  void aFigurePrintedPerWhatTheTargetIsPerAnswers(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.QUANTITY, name, target, actual), fraction);
  }
}

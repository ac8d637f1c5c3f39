package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of accidents or incidents of a lower grade (一般 &lt; 较大 &lt; 重大 &lt; 特别重大) than the name or target asks is
 * none of it (reviews 70–75: 发生一般事故2起，未发生较大及以上事故 under 重大安全事故 0起 read as 2 起, 0 %).
 */
class SeverityGradesTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "重大安全事故发生次数 | 0起 | 发生一般事故2起，未发生较大及以上事故 | 1",
        "重大安全责任事故 | 0 | 全年发生一般事故3起，无重大事故 | 1",
        "较大及以上突发事件 | 0起 | 发生一般突发事件4起，未发生较大及以上突发事件 | 1",
        // the grade asked or above still counts
        "一般以上安全事故 | 0起 | 发生一般事故2起 | 0",
        "重大安全事故 | 0起 | 发生特别重大事故1起 | 0",
        "较大以上安全事故 | ≤1起 | 发生较大事故1起 | 1",
        // no grade asked: every accident counts
        "安全事故发生次数 | 0起 | 发生一般事故2起 | 0",
      })
  void aCountOfALowerGradeIsNoneOfTheGradeAsked(String name, String target, String actual, BigDecimal fraction) {
    scoredNear(judge(Subcategory.SOCIAL, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a lower grade counted and nothing said of the grade asked: no answer
        "较大以上安全事故 | 0起 | 发生一般安全事故1起",
        "重大安全事故 | 0起 | 发生较大事故1起",
      })
  void aLowerGradeAloneLeavesTheGradeAskedUnsaid(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, name, target, actual);
    assertThat(v.fraction()).as(v.trace().reason()).isEmpty();
  }
}

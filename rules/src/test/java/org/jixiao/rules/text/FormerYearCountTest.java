package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * A count said of a former year beside an absence said of this one is the year compared with, not this year's (reviews
 * 70a P066, 70b B128: 去年发生较大事故1起，今年未发生较大以上事故 under 0起 read as 1 起, 0 %): the absence answers. The mirror of
 * {@link FormerYearDenialTest}. A change from the former year, this year named before the count, and a former year's count
 * with no absence beside it read as before.
 */
class FormerYearCountTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "较大以上安全事故 | 0起 | 上年发生较大事故2起，今年未发生较大以上事故",
        "政务数据安全事件 | 0起 | 去年发生的1起事件已于今年处置完毕，今年未发生新的安全事件",
        "有效投诉件数 | ≤2件 | 上年度收到有效投诉5件，本年度未收到有效投诉",
        "安全生产事故起数 | 0起 | 本年度未发生安全生产事故（上年发生1起）",
      })
  void aFormerYearsCountBesideThisYearsAbsenceAnswersNothing(String name, String target, String actual) {
    met(judge(Subcategory.SOCIAL, name, target, actual));
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // this year's count, and no absence of this year: the count still answers
        "安全生产事故起数 | 0起 | 今年发生一般事故1起，去年未发生事故",
        "安全生产事故起数 | 0起 | 去年、今年均发生1起安全事故，未发生较大事故",
        "有效投诉件数 | ≤2件 | 较去年减少2件，全年收到有效投诉6件，未发生群体性事件",
      })
  void thisYearsCountStillAnswers(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, name, target, actual);
    assertThat(v.fraction()).as(v.trace().reason()).hasValueSatisfying(f -> assertThat(f).isLessThan(BigDecimal.ONE));
  }

  @Test
  void noFormerYearsCountMissesATargetOfNoneThisYearAnswers() {
    qt().forAll(Generate.pick(List.of("去年", "上年", "上年度", "前年")), Generate.range(1, 9), Generate.pick(List.of("今年", "本年度", "本年")))
        .checkAssert(
            (year, count, now) -> {
              IndicatorVerdict v = judge(Subcategory.SOCIAL, "安全生产事故起数", "0起", year + "发生安全事故" + count + "起，" + now + "未发生安全事故");
              assertThat(v.fraction()).as(v.trace().reason()).contains(BigDecimal.ONE);
            });
  }
}

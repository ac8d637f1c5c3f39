package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.met;
import static org.jixiao.rules.text.Judged.undetermined;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * A denial said only of a former year is no absence this year (reviews 70, left then: 去年未发生安全事故 read met under a
 * target of none): undetermined ({@code former-year-denial}, JX-T-0299). A clause that names this year or a span holding
 * it, and a year by its number, read as before.
 */
class FormerYearDenialTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "安全事故发生次数 | 0次 | 去年未发生安全事故",
        "安全生产事故 | 无 | 上年度未发生安全事故",
        "投诉次数 | ≤3次 | 上年无投诉",
        // this year's count beside it is not the thing's by name; the former year's denial no longer answers for it
        "安全生产事故 | 无 | 上年度未发生安全事故，今年发生1起",
      })
  void aFormerYearsDenialIsNoAbsenceThisYear(String name, String target, String actual) {
    undetermined(judge(Subcategory.SOCIAL, name, target, actual), "JX-T-0299");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "安全生产事故 | 无 | 去年、今年均未发生安全事故",
        "安全生产事故 | 无 | 连续三年未发生安全事故",
        "安全生产事故 | 无 | 2022年未发生安全事故", // the year reported on, perhaps
        "安全生产事故 | 无 | 今年未发生安全事故，去年发生1起",
      })
  void thisYearsDenialStillAnswers(String name, String target, String actual) {
    met(judge(Subcategory.SOCIAL, name, target, actual));
  }

  @Test
  void noDenialOfAFormerYearAloneMeetsATargetOfNone() {
    qt().forAll(Generate.pick(List.of("去年", "上年", "上年度", "前年")), Generate.pick(List.of("未发生安全事故", "无安全事故", "没有发生安全生产事故", "未发生一起安全事故")))
        .checkAssert(
            (year, denial) -> {
              IndicatorVerdict v = judge(Subcategory.SOCIAL, "安全生产事故", "无", year + denial);
              assertThat(v.trace().method()).as(v.trace().reason()).isEqualTo("former-year-denial");
            });
  }
}

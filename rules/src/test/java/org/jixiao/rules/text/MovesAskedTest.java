package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;

import java.math.BigDecimal;
import java.util.Optional;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A change asked without a figure (提高…标准, 降低…能耗) is answered by a move of figures of what it changes (review 78b h144:
 * 由家庭年人均收入2650元提高到3000元以上 under 提高农村居民最低生活保障标准 was undetermined): met the way asked, a change the other
 * way otherwise.
 */
class MovesAskedTest {

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "提高低保标准 | 提高农村居民最低生活保障标准。 | 截至6月底,全省各县(市、区)已将农村低保省定最低标准由家庭年人均收入2650元提高到3000元以上。",
        "提高补助标准 | 提高补助标准 | 补助标准由每人每月300元提高到350元",
        "降低能耗 | 降低单位能耗 | 单位能耗由1.2吨降至1.05吨",
        "提高覆盖率 | 提高覆盖率 | 覆盖率从上年的85%提升至92%",
      })
  void aMoveTheWayAskedMeetsTheTarget(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, name, target, actual);
    assertThat(v.fraction()).as(v.trace().reason()).contains(BigDecimal.ONE);
    assertThat(v.trace().code()).isEqualTo(Optional.of("JX-T-0511"));
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "提高补助标准 | 提高补助标准 | 补助标准由每人每月350元调整为300元", // the other way
        "降低能耗 | 降低单位能耗 | 单位能耗由1.05吨上升至1.2吨",
      })
  void aMoveTheOtherWayIsAChangeTheOtherWay(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, name, target, actual);
    assertThat(v.fraction()).as(v.trace().reason()).isEmpty();
    assertThat(v.trace().code()).isEqualTo(Optional.of("JX-T-0273"));
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "提高覆盖率 | 提高覆盖率 | 入户率由85%提高到92%", // a move of another thing
        "增加农民收入 | 增加农民收入 | 由县财政局拨付85万元至各乡镇", // a source and a destination
      })
  void aMoveOfAnotherThingOrNoMoveAnswersNothing(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.SOCIAL, name, target, actual);
    assertThat(v.trace().code()).isNotEqualTo(Optional.of("JX-T-0511"));
  }
}

package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A target that pairs names with figures by 分别 (城市、农村低保标准分别达到600元/月、450元/月) is a
 * target per name, each answered by the actual's figure of that name. Read whole, the first figure
 * was the target and the actual figure most like it compared: 农村's 460 against 城市's 600
 * (76.67 %, both met), or 城市's 620 against 600 (met, 农村 short).
 */
class RespectivelyPairedTest {

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // review 78b h104 (低保 补差, a 民生 progress table): the actual names 城市 and 农村 alone
        "城市低保、农村低保补差水平月均分别达到300元/人、140元/人 | 100% 城市低保:300.1元/月,农村低保:154.33元/月 | 1",
        "城市、农村低保标准分别达到600元/月、450元/月 | 城市低保标准620元/月、农村低保标准460元/月 | 1",
        "城市、农村低保标准分别达到600元/月、450元/月 | 城市620元/月，农村430元/月 | 0.9778",
        "城市和农村低保标准分别不低于600元/月、450元/月 | 城市低保标准615元/月，农村低保标准452元/月 | 1",
        "城市、农村低保标准分别达到600、450元/月 | 城市、农村低保标准分别为620、430元/月 | 0.9778",
        "一、二季度分别开展培训2次、3次 | 一季度开展培训2次，二季度开展培训1次 | 0.6667",
        "市级、县级资金分别到位100万元、50万元 | 市级资金到位100万元，县级资金到位30万元 | 0.8",
        "城区、农村覆盖率分别达到≥95%、≥90% | 城区覆盖率97%，农村覆盖率88% | 0.9889",
        "参训、结业人数分别为100人、95人 | 参训人数102人、结业人数90人 | 0.9737",
        "参训、结业人数分别为100人、95人 | 参训102人，结业96人 | 1",
        "男性、女性学员分别不少于30人、20人 | 男性学员35人，女性学员18人 | 0.95",
      })
  void eachNameIsAnsweredByItsOwnFigure(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "", target, actual);
    assertThat(v.trace().rule()).as(v.trace().reason()).isEqualTo("sub-targets");
    assertThat(v.fraction().orElseThrow().setScale(4, RoundingMode.HALF_UP)).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // words that answer the whole: no name is asked apart
        "参训、结业人数分别为100人、95人 | 全部完成 | 1",
        // the actual names neither: read whole, as before
        "城市、农村低保标准分别达到600元/月、450元/月 | 已按标准足额发放 | 1",
      })
  void anActualThatNamesNoneIsReadWhole(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, "", target, actual);
    assertThat(v.trace().rule()).as(v.trace().reason()).isNotEqualTo("sub-targets");
    assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(fraction);
  }

  @Test
  void theScoreIsTheMeanOfWhatEachNameEarns() {
    qt().forAll(integers().between(1, 500), integers().between(0, 600), integers().between(1, 500), integers().between(0, 600))
        .checkAssert(
            (urban, urbanDone, rural, ruralDone) -> {
              IndicatorVerdict v =
                  judge(Subcategory.QUANTITY, "", "城市、农村改造户数分别达到" + urban + "户、" + rural + "户",
                      "城市改造" + urbanDone + "户，农村改造" + ruralDone + "户");
              BigDecimal u = BigDecimal.valueOf(Math.min(1.0, urbanDone / (double) urban));
              BigDecimal r = BigDecimal.valueOf(Math.min(1.0, ruralDone / (double) rural));
              BigDecimal mean = u.add(r).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
              assertThat(v.trace().rule()).as(v.trace().reason()).isEqualTo("sub-targets");
              assertThat(v.fraction().orElseThrow().setScale(4, RoundingMode.HALF_UP).subtract(mean).abs())
                  .as(v.trace().reason())
                  .isLessThanOrEqualTo(new BigDecimal("0.0001"));
            });
  }
}

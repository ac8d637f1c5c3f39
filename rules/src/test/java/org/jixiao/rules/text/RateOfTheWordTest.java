package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A target of one word that asks all of what it is said of (合格, 达标, 完好, 及时) answered by that word's rate
 * (工程质量合格率100%, 水质达标率92%): the rate is the share met. Both were undetermined: no figure in the target, and a
 * figure in the actual stopped the reading of its words.
 */
class RateOfTheWordTest {

  @ParameterizedTest(name = "{0} / {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "合格 | 工程质量合格率100% | 1",
        "合格 | 验收合格率为100% | 1",
        "达标 | 水质达标率92% | 0.92",
        "完好 | 设备完好率达到98.5% | 0.985",
        "验收合格 | 验收合格率100%，优良率80% | 1",
        "定性 及时 | 拨付及时率：90% | 0.9",
      })
  void theWordsRateIsTheShareMet(String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, "", target, actual);
    assertThat(v.fraction().orElseThrow()).as(v.trace().reason()).isEqualByComparingTo(fraction);
    assertThat(v.trace().code()).hasValue("JX-T-0512");
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "满意 | 满意率95%", // no form asks a satisfaction of 100 %
        "合格 | 不合格率2%", // the rate of the rest
        "合格 | 初检合格率90%，复检合格率100%", // two rates of the word: which answers?
        "质量合格 | 合格率100%", // the word's rate is 质量合格率
        "提升 | 提升率10%", // a change, not all of something
        "合格 | 合格100%", // no rate named
      })
  void anythingElseIsNotReadSo(String target, String actual) {
    assertThat(judge(Subcategory.QUALITY, "", target, actual).trace().code()).isNotEqualTo(java.util.Optional.of("JX-T-0512"));
  }

  @Test
  void theShareMetIsTheRateAndNeverAboveAll() {
    qt().forAll(integers().between(0, 1000))
        .checkAssert(
            tenths -> {
              BigDecimal rate = BigDecimal.valueOf(tenths, 1);
              IndicatorVerdict v = judge(Subcategory.QUALITY, "", "达标", "水质达标率" + rate.toPlainString() + "%");
              assertThat(v.fraction().orElseThrow()).isEqualByComparingTo(rate.min(new BigDecimal("100")).movePointLeft(2));
            });
  }
}

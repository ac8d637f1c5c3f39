package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNearByDivision;
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
 * A rate given by a whole and the count of its rest in the rate's opposite words (reviews 75c, 75d): 损坏 or 故障 of 完好,
 * 超期 of 及时, 超标 of 达标, the rate's own word denied (不满意, 不合格). They were undetermined, or read by their words alone
 * (超期: 70 %; 其余均达标: met).
 */
class RatesFromFaultsCountedTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "路灯完好率 | ≥98% | 巡检路灯500盏，其中故障15盏 | 0.9898", // 97 % / 98 %
        "档案借阅及时率 | 100% | 全年受理借阅申请400件，超期答复8件 | 0.98",
        "出水水质达标率 | ≥99% | 检测水样200份，除4份总磷超标外其余均达标 | 0.9899", // 98 %
        "服务对象满意率 | ≥90% | 发放问卷300份，不满意27份 | 1", // 91 %
        "抽检合格率 | ≥98% | 抽检合格288批次，不合格12批次 | 0.9796", // 288 / 300 = 96 %: the whole is not written
        "竣工验收合格率 | 100% | 验收项目24个，不合格3个 | 0.875",
      })
  void aRateIsTheWholeLessItsRestInTheOppositeWords(String name, String target, String actual, BigDecimal fraction) {
    scoredNearByDivision(judge(Subcategory.QUALITY, name, target, actual), fraction);
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "设备完好率 | ≥95% | 采购设备200台，安装调试180台", // no rest in the rate's opposite words
        "满意率 | ≥90% | 走访群众300户，收集意见建议27条", // counts of other things
        "水质达标率 | 100% | 检测水样96份，其中超标2份、复检合格1份", // three figures: which rest is not said
      })
  void noRateIsMadeWithoutARestInTheOppositeWordsOrWithAThirdFigure(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, name, target, actual);
    assertThat(v.trace().reason()).doesNotContain("（1 − ");
  }

  @Test
  void theRateIsTheWholeLessTheRest() {
    qt().forAll(integers().between(1, 5000), integers().between(0, 100)).checkAssert((whole, percentBad) -> {
          int bad = Math.max(1, whole * percentBad / 100);
          if (bad > whole) {
            return;
          }
          IndicatorVerdict v = judge(Subcategory.QUALITY, "设备完好率", "100%", "检查设备" + whole + "台，其中" + bad + "台损坏");
          BigDecimal expected = BigDecimal.valueOf(whole - bad).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
          assertThat(v.fraction().orElseThrow().subtract(expected).abs()).as(v.trace().reason()).isLessThanOrEqualTo(new BigDecimal("0.0001"));
        });
  }
}

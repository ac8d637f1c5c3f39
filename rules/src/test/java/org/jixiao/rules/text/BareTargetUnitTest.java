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
 * A target figure printed without its unit (the form's unit column lost: 假肢安装及基本康复服务21) takes the
 * unit of the actual's figure its label names (假肢安装及基本康复服务21人). Read bare, only a bare figure of
 * the actual could answer it: there the 0 and 6 of “0-6”残疾儿童, which left it undetermined.
 */
class BareTargetUnitTest {
  /** Review 79b b002–b005 (中方县 残疾人 rehabilitation, 2021): one actual answers four rows. */
  private static final String REHABILITATION =
      "实际完成:资助精神病患者服药230人,“0-6”残疾儿童康复救助52人,辅具适配230人,假肢安装及基本康复服务21人。";

  @ParameterizedTest(name = "{1} / {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "假肢安装及基本康复服务 | 假肢安装及基本康复服务21 | " + REHABILITATION + " | 1 | 21",
        "辅具适配 | 辅具适配200 | " + REHABILITATION + " | 1 | 200",
        "假肢安装及基本康复服务 | 假肢安装及基本康复服务30 | " + REHABILITATION + " | 0.7 | 30",
        // no label in the target: the name is the label
        "村级卫生室建设 | 12 | 村级卫生室建设10个,乡镇卫生院2个 | 0.8333 | 12",
      })
  void theUnitOfTheFigureTheLabelNamesIsTheTargets(String name, String target, String actual, BigDecimal fraction, String printed) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    assertThat(v.fraction().orElseThrow().setScale(4, RoundingMode.HALF_UP)).as(v.trace().reason()).isEqualByComparingTo(fraction);
    assertThat(v.trace().reason()).contains("（“" + printed + "”）"); // the figure as printed
  }

  @ParameterizedTest(name = "{1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the label named before a figure and before words
        "宣传活动 | 宣传活动12 | 宣传活动12次,宣传活动覆盖群众500人",
        // named before figures of two units
        "宣传活动 | 宣传活动12 | 宣传活动12次,宣传活动500人",
        // a label of two ideographs names nothing surely
        "人数 | 人数30 | 人数28人",
        // the name gives the unit: nothing to take
        "辅具适配人数 | 250 | 辅具适配人数230人",
      })
  void aLabelThatNamesNoOneUnitLeavesTheFigureBare(String name, String target, String actual) {
    IndicatorVerdict v = judge(Subcategory.QUANTITY, name, target, actual);
    assertThat(v.trace().reason()).doesNotContain("（“");
  }

  @Test
  void theFigureNamedIsComparedWhateverTheOthers() {
    qt().forAll(integers().between(1, 999), integers().between(0, 999), integers().between(0, 999))
        .checkAssert(
            (asked, done, other) -> {
              IndicatorVerdict v =
                  judge(Subcategory.QUANTITY, "", "辅具适配服务" + asked, "资助服药" + other + "人,辅具适配服务" + done + "人");
              BigDecimal expected = BigDecimal.valueOf(Math.min(1.0, done / (double) asked)).setScale(4, RoundingMode.HALF_UP);
              assertThat(v.fraction().orElseThrow().setScale(4, RoundingMode.HALF_UP)).as(v.trace().reason()).isEqualByComparingTo(expected);
            });
  }
}

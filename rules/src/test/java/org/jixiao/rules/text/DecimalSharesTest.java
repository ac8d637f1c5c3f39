package org.jixiao.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.rules.text.Judged.judge;
import static org.jixiao.rules.text.Judged.scoredNear;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.jixiao.core.indicator.Subcategory;
import org.jixiao.rules.spi.IndicatorVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A cell that is only a decimal from 0 to 1 under a floor of a share of half or more is that share of the whole (review
 * 70c: 0.93 under 产品合格率 ≥ 95 % read as 0.93 %, 0.98 % of the target): a spreadsheet's 93% that lost its format. The
 * reason quotes the cell. Not under a ceiling (0.01 under ≤ 0.5 % may be meant as it stands), not a figure with a unit or
 * a word, not an integer.
 */
class DecimalSharesTest {

  @ParameterizedTest(name = "{0} | {1} | {2} → {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "产品合格率 | ≥95% | 0.93 | 0.9789",
        "产品合格率 | ≥95% | 0.97 | 1",
        "产品合格率 | ≥95% | 1.00 | 1",
        "群众满意度 | ≥90% | 0.9 | 1",
      })
  void aDecimalOfOneIsAShareOfTheWhole(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, name, target, actual);
    scoredNear(v, fraction);
    assertThat(v.trace().reason()).contains("（“" + actual + "”）");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "差错率 | ≤0.5% | 0.01 | 1", // as it stands: 0.01 % within 0.5 %
        "差错率 | ≤2% | 0.8 | 1",
        "产品合格率 | ≥95% | 93 | 0.9789", // an integer takes the unit as before
        "补助资金 | ≥50万元 | 0.93 | 0.0186",
      })
  void otherBareFiguresReadAsBefore(String name, String target, String actual, BigDecimal fraction) {
    IndicatorVerdict v = judge(Subcategory.QUALITY, name, target, actual);
    scoredNear(v, fraction);
    assertThat(v.trace().reason()).doesNotContain("（“" + actual + "”）");
  }

  @ParameterizedTest(name = "{0} | {1} | {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "档案数字化完成率 | 100% | 馆藏档案3.2万卷", // review 72d: read as 32000 %, met
        "图书借阅率 | ≥80% | 借阅图书1.5千册次",
      })
  void aBareFigureWithAMultiplierIsNoShare(String name, String target, String actual) {
    Judged.undetermined(judge(Subcategory.QUALITY, name, target, actual));
  }

  @Test
  void aDecimalOfOneReadsAsTheShareWrittenInPercent() {
    // 0.xy and xy% give the same verdict under any floor from 50 % to 100 %
    qt().forAll(integers().between(0, 99), integers().between(50, 100)).checkAssert((share, floor) -> {
      String decimal = "0." + (share < 10 ? "0" : "") + share;
      IndicatorVerdict asDecimal = judge(Subcategory.QUALITY, "合格率", "≥" + floor + "%", decimal);
      IndicatorVerdict asPercent = judge(Subcategory.QUALITY, "合格率", "≥" + floor + "%", share + "%");
      assertThat(asDecimal.outcome()).as(asDecimal.trace().reason()).isEqualTo(asPercent.outcome());
      assertThat(asDecimal.fraction()).as(asDecimal.trace().reason()).isEqualTo(asPercent.fraction());
    });
  }

  @org.junit.jupiter.api.Test
  void aMeasureWordAfterAMultiplierIsTheFiguresUnit() {
    // held above as no share; review 73e's run found 卷 after 万 read as no unit: the counts give the rate
    IndicatorVerdict v = judge(Subcategory.QUALITY, "档案数字化完成率", "100%", "馆藏档案3.2万卷，已扫描2.56万卷，余下0.64万卷正在扫描");
    scoredNear(v, new BigDecimal("0.8"));
    assertThat(v.trace().reason()).contains("25600 卷 / 32000 卷");
  }
}

package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

/**
 * Round magnitudes said without a numeral (review 70c: 逾百人 was no figure): the least they say, with the unit after
 * them, approximately; and the words that look alike but say no least, or are no figure at all.
 */
class RoundMagnitudesTest {
  private static String scan(String text) {
    List<String> out = new ArrayList<>();
    for (Found f : QuantityScanner.scan(text)) {
      if (f.figure()) {
        out.add(f.quantity().describe() + "@" + f.quantity().start() + "-" + f.quantity().end());
      }
    }
    return String.join("; ", out);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "培训百余人|~100 人@2-5",
        "受益群众达千余人|~1000 人@5-8",
        "服务群众千余人次|~1000 人次@4-8",
        "惠及群众超万人|~10000 人@5-7",
        "惠及群众上千人|~1000 人@5-7",
        "培训逾百人|~100 人@3-5",
        "发放补贴上万元|~10000 元@5-7",
        "覆盖人口逾百万人|~1000000 人@5-8",
        "受理投诉超过千件|~1000 件@6-8",
        "演出观众不足千人次|~1000 人次@6-9", // a bound below, for the bound's reading
      })
  void aRoundMagnitudeWithAWordOfMoreIsItsLeast(String text, String expected) {
    assertThat(scan(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "成千上万群众受益", // no least
        "受益群众数百人",
        "惠及百姓", // a word
        "千方百计做好服务",
        "超百分之九十的群众满意", // a share
        "以上千人为基数", // 以上 is no 上
        "通过线上千人直播课开展培训", // nor 线上
        "百人", // no word of more
        "千亩良田",
      })
  void wordsThatSayNoLeastAreNoFigure(String text) {
    assertThat(scan(text)).isEmpty();
  }

  @Test
  void aMagnitudeInWordsReadsAsTheSameMagnitudeInDigitsDoes() {
    qt().forAll(Generate.pick(List.of("百", "千", "万")), Generate.pick(List.of("人", "户", "件", "人次")), integers().between(0, 1))
        .checkAssert(
            (magnitude, unit, form) -> {
              String digits = magnitude.equals("百") ? "100" : magnitude.equals("千") ? "1000" : "10000";
              String inWords = form == 0 ? "培训" + magnitude + "余" + unit : "培训逾" + magnitude + unit;
              String inDigits = form == 0 ? "培训" + digits + "余" + unit : "培训逾" + digits + unit;
              List<Found> words = QuantityScanner.scan(inWords);
              List<Found> figures = QuantityScanner.scan(inDigits);
              assertThat(words).hasSize(1);
              assertThat(figures).hasSize(1);
              assertThat(words.get(0).quantity().value()).isEqualByComparingTo(figures.get(0).quantity().value());
              assertThat(words.get(0).quantity().unit()).isEqualTo(figures.get(0).quantity().unit());
            });
  }
}

package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionalNumeralsTest {
  private static final String DIGITS = "〇一二三四五六七八九";

  private static String rewritten(String text) {
    char[] chars = text.toCharArray();
    PositionalNumerals.toDigits(chars);
    return new String(chars);
  }

  /** {@code n} as formal documents write a year: 二〇二三. */
  private static String byPlace(int n, boolean circle) {
    StringBuilder out = new StringBuilder();
    for (char c : Integer.toString(n).toCharArray()) {
      out.append(c == '0' && !circle ? '零' : DIGITS.charAt(c - '0'));
    }
    return out.toString();
  }

  /** {@code n} (1 ≤ n < 10^8) as a count is written: 二千零二十三, 十五, 三万零五百. */
  private static String asACount(int n) {
    String[] units = {"", "十", "百", "千"};
    StringBuilder out = new StringBuilder();
    int wan = n / 10_000;
    int below = n % 10_000;
    if (wan > 0) {
      out.append(section(wan, units, true)).append('万');
      if (below > 0 && below < 1000) {
        out.append('零');
      }
    }
    if (below > 0) {
      out.append(section(below, units, wan == 0));
    }
    return out.toString();
  }

  private static String section(int n, String[] units, boolean leading) {
    StringBuilder out = new StringBuilder();
    boolean zero = false;
    for (int place = 3; place >= 0; place--) {
      int d = (n / (int) Math.pow(10, place)) % 10;
      if (d == 0) {
        zero = out.length() > 0;
        continue;
      }
      if (zero) {
        out.append('零');
        zero = false;
      }
      if (!(leading && out.length() == 0 && place == 1 && d == 1)) {
        out.append(DIGITS.charAt(d));
      }
      out.append(units[place]);
    }
    return out.toString();
  }

  @Test
  void yearsWrittenPlaceByPlaceAreDigits() {
    qt().forAll(integers().between(1900, 2099))
        .checkAssert(
            year -> {
              assertThat(rewritten(byPlace(year, true) + "年")).isEqualTo(year + "年");
              assertThat(rewritten("于" + byPlace(year, false) + "年底前")).isEqualTo("于" + year + "年底前");
            });
  }

  @Test
  void countsAreLeftToTheReaderOfCounts() {
    // every count as tables write it is untouched, and reads as itself
    qt().forAll(integers().between(1, 99_999_999))
        .checkAssert(n -> assertThat(rewritten("培训" + asACount(n) + "人")).isEqualTo("培训" + asACount(n) + "人"));
    // and the oracle writes counts as that reader reads them (it takes twelve characters at most)
    qt().forAll(integers().between(1, 999_999))
        .checkAssert(n -> assertThat(ChineseNumerals.parse(asACount(n))).contains(BigDecimal.valueOf(n)));
  }

  @Test
  void theLengthNeverChanges() {
    qt().forAll(org.quicktheories.generators.SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 12))
        .checkAssert(text -> assertThat(rewritten(text)).hasSameSizeAs(text));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥二〇〇人 | ≥200人",
        "一九〇万元 | 190万元",
        "二〇年代 | 20年代",
        "二零二四年三月 | 2024年三月",
        "一九九九年 | 1999年",
        "完成日期二〇二四年一月 | 完成日期2024年一月",
        "工期二〇二三年底 | 工期2023年底",
        // without a zero, a run of digits is a word or a list
        "一九八万元 | 一九八万元",
        "七七八八 | 七七八八",
        "获一二三等奖 | 获一二三等奖",
        "一二三年级 | 一二三年级",
        "逢一三五开放 | 逢一三五开放",
        "三四天 | 三四天",
        "五零后 | 五零后",
        "零零星星 | 零零星星",
        "一百零五人 | 一百零五人",
        "三千零二十人 | 三千零二十人",
        "每周一三五开放 | 每周一三五开放",
        "星期二四六 | 星期二四六",
        "两千零二十三 | 两千零二十三",
        "零延误 | 零延误",
      })
  void runsOfDigitsArePlacedOnlyWhereNoCountOrWordCouldBe(String text, String expected) {
    assertThat(rewritten(text)).isEqualTo(expected);
  }
}

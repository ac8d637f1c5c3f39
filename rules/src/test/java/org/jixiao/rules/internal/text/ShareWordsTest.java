package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShareWordsTest {
  private static final String DIGITS = "零一二三四五六七八九";

  private static String figures(String text) {
    return new String(ShareWords.toFigures(text.toCharArray()));
  }

  /** {@code n} (0..100) as a count is written: 零, 九, 十五, 九十五, 一百. */
  private static String numeral(int n) {
    if (n == 100) {
      return "一百";
    }
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    return (n >= 20 ? String.valueOf(DIGITS.charAt(n / 10)) : "") + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
  }

  @Test
  void everyPercentInWordsIsItsFigure() {
    qt().forAll(integers().between(0, 100), integers().between(0, 9))
        .checkAssert(
            (n, tenth) -> {
              assertThat(figures("满意度达到百分之" + numeral(n) + "以上")).isEqualTo("满意度达到" + n + "%以上");
              assertThat(figures("百分之" + numeral(n) + "点" + DIGITS.charAt(tenth))).isEqualTo(n + "." + tenth + "%");
              assertThat(figures("千分之" + numeral(n))).isEqualTo(n + "‰");
            });
  }

  @Test
  void aFractionIsAPercentOfTwoDecimals() {
    qt().forAll(integers().between(2, 99), integers().between(0, 99))
        .checkAssert(
            (parts, any) -> {
              int whole = any % (parts + 1); // a share of the whole at most
              BigDecimal percent =
                  BigDecimal.valueOf(whole * 100L).divide(BigDecimal.valueOf(parts), 2, RoundingMode.HALF_UP).stripTrailingZeros();
              assertThat(figures("完成" + numeral(parts) + "分之" + numeral(whole))).isEqualTo("完成" + percent.toPlainString() + "%");
              assertThat(figures(parts + "分之" + whole)).isEqualTo(percent.toPlainString() + "%");
            });
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "百分之百 | 100%",
        "百分之95.5 | 95.5%",
        // the 百 of the next share is not a number of this one
        "百分之百分之二 | 百分之2%",
        // a share's number holds no 万, nor the next share's 百; no decimal denominator; a figure already read
        "百分之九十五百分之九十六 | 95%96%",
        "百分之九十五万元 | 95%万元",
        "5.5分之1 | 5.5分之1",
        "三分之3‰ | 三分之3‰",
        "完成年度任务的三分之二 | 完成年度任务的66.67%",
        // no share: a number before the denominator, no number after 之, 十分 as "very", a score
        "三百分之一 | 三百分之一",
        // a rate per 万, 十万 or 百万: the unit a figure prints it with (8/10万), not a percent
        "十万分之八 | 8/10万",
        "万分之五 | 5/万",
        "百万分之三 | 3/100万",
        "十万分之8.5 | 8.5/10万",
        "三十万分之一 | 三十万分之一",
        "群众十分之满意 | 群众十分之满意",
        "得分95分之后复核 | 得分95分之后复核",
        "满分之内 | 满分之内",
        "一分之差 | 一分之差",
      })
  void sharesAreFiguresAndOtherWordsWithTheSameCharactersStay(String text, String expected) {
    assertThat(figures(text)).isEqualTo(expected);
  }
}

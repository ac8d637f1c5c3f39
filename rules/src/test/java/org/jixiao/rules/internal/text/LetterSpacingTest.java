package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.Generate;

class LetterSpacingTest {
  private static String joined(String text) {
    return new String(LetterSpacing.join(text.toCharArray()));
  }

  @Test
  void aCellSpreadCharacterByCharacterReadsAsWritten() {
    List<String> characters = List.of("完", "成", "率", "9", "5", "%", "≥", "万", "元", "a", "。", "(");
    qt().forAll(lists().of(Generate.pick(characters)).ofSizeBetween(3, 12))
        .checkAssert(
            parts -> {
              String text = String.join("", parts);
              assertThat(joined(String.join(" ", parts))).isEqualTo(text);
              assertThat(joined("完成情况： " + String.join(" ", parts))).isEqualTo("完成情况： " + text);
            });
  }

  @Test
  void joiningTwiceJoinsNoMoreAndTextWithoutLoneCharactersStays() {
    List<String> pieces = List.of("完", "成", "9", "%", "完成", "100%", " ", "  ", "\t", "人次");
    qt().forAll(lists().of(Generate.pick(pieces)).ofSizeBetween(0, 14))
        .checkAssert(
            parts -> {
              String text = String.join("", parts);
              String once = joined(text);
              assertThat(joined(once)).isEqualTo(once);
              assertThat(once.replace(" ", "")).isEqualTo(text.replace(" ", ""));
              String words = parts.stream().filter(p -> p.length() > 1).collect(Collectors.joining(" "));
              assertThat(joined(words)).isEqualTo(words);
            });
  }

  @ParameterizedTest(name = "[{0}] → [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "逾 期 率 3 % | 逾期率3%",
        "≥ 9 5 % | ≥95%",
        "完 成 率 100% | 完成率 100%",
        "完 成 | 完成",
        "\" 合 格 \" | \" 合格 \"",
        "完成 9 8 % | 完成 98%",
        // a figure and the spread run of its unit after it
        "2024 年 1 月 | 2024年1月",
        "于 2024 年 3 月 验收 | 于 2024年3月 验收",
        "二 〇 二 三 年 | 二〇二三年",
        // a word or a figure of two characters beside a space: no spread cell
        "完成 100% | 完成 100%",
        "2 10人 | 2 10人",
        "完 成 210 人 | 完 成 210 人",
        "满意度 9 5 | 满意度 9 5",
        // two spaces, or a mark that joins the character before it
        "完  成  率 | 完  成  率",
        "a b \u0301 | a b \u0301",
      })
  void onlyCharactersSpreadOneByOneAreJoined(String text, String expected) {
    assertThat(joined(text)).isEqualTo(expected);
  }
}

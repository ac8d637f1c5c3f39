package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.jixiao.rules.text.IndicatorTexts;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The pinyin glosses of mirror copies (蔡甸 2021 and 丽江 2020 in the form fixtures, 岳阳县 2022's
 * 自评报告 on cnzheou.com): read as the words without them, and nothing else taken away.
 */
class PinyinGlossesTest {
  @Test
  void aMirrorsGlossesAreRemovedAndItsNeutralTonesWithThem() {
    assertThat(PinyinGlosses.strip("達(dá)成預(yù)期指標(biāo)")).isEqualTo("達成預期指標");
    assertThat(PinyinGlosses.strip("5個(gè)")).isEqualTo("5個");
    assertThat(PinyinGlosses.strip("森林火災(zāi)6小時(shí)內(nèi)撲滅率")).isEqualTo("森林火災6小時內撲滅率");
    // 的 carries no tone mark: it goes because its text is glossed
    assertThat(PinyinGlosses.strip("有效的(de)管理(lǐ)")).isEqualTo("有效的管理");
    assertThat(PinyinGlosses.strip("壯(zhuàng)大")).isEqualTo("壯大");
  }

  @Test
  void bracketsThatAreNoGlossStay() {
    // no tone mark anywhere: an author's own brackets, whatever letters they hold
    assertThat(PinyinGlosses.strip("监测(pm)达标")).isEqualTo("监测(pm)达标");
    assertThat(PinyinGlosses.strip("完成(ok)")).isEqualTo("完成(ok)");
    // a toned word not after an ideograph, or longer than a syllable, or not closed
    assertThat(PinyinGlosses.strip("café(dá)")).isEqualTo("café(dá)");
    assertThat(PinyinGlosses.strip("完成(dáchéng)")).isEqualTo("完成(dáchéng)");
    assertThat(PinyinGlosses.strip("完成(dá")).isEqualTo("完成(dá");
    // figures, units and upper-case letters in brackets are never pinyin
    assertThat(PinyinGlosses.strip("達(dá)成100(萬元)PM2.5(ug/m3)滿意度(A)"))
        .isEqualTo("達成100(萬元)PM2.5(ug/m3)滿意度(A)");
  }

  @Test
  void aUnitInLowerCaseInAGlossedTextIsNoSyllableAndStays() {
    // a gloss spells one syllable of pinyin, an initial and a final: km, t and ppm spell none
    assertThat(PinyinGlosses.strip("道路長(zhǎng)度(km)")).isEqualTo("道路長度(km)");
    assertThat(PinyinGlosses.strip("項(xiàng)目數(shù)量(t)")).isEqualTo("項目數量(t)");
    assertThat(PinyinGlosses.strip("濃(nóng)度(ppm)超標(biāo)")).isEqualTo("濃度(ppm)超標");
    assertThat(PinyinGlosses.strip("綠(lǜ)化(huà)")).isEqualTo("綠化"); // ü as v
  }

  @Test
  void textWithoutAGlossIsReturnedItself() {
    String plain = new String("达成预期指标(95%)");
    assertThat(PinyinGlosses.strip(plain)).isSameAs(plain);
  }

  @Test
  void normalisingReadsAGlossedCellAsTheSimplifiedWords() {
    assertThat(IndicatorTexts.normalize("達（dá）成預（yù）期指標（biāo）")).isEqualTo("达成预期指标");
    assertThat(IndicatorTexts.normalize("小于0.9‰")).isEqualTo("小于0.9‰");
  }

  @Test
  void strippingTakesOnlyGlossesAndIsDoneInOnePass() {
    List<String> pieces = List.of("達", "成", "人", "(", ")", "dá", "de", "xiàng", "zhuàng", "ok", "A", "9", "%", "é", " ");
    qt().forAll(lists().of(Generate.pick(pieces)).ofSizeBetween(0, 14))
        .checkAssert(
            parts -> {
              String text = String.join("", parts);
              String stripped = PinyinGlosses.strip(text);
              assertThat(PinyinGlosses.strip(stripped)).isEqualTo(stripped);
              // every character kept is in order, and every ideograph and figure of the text is kept
              assertThat(isSubsequence(stripped, text)).isTrue();
              assertThat(only(stripped, "達成人9%A")).isEqualTo(only(text, "達成人9%A"));
            });
  }

  private static boolean isSubsequence(String part, String whole) {
    int j = 0;
    for (int i = 0; i < whole.length() && j < part.length(); i++) {
      if (whole.charAt(i) == part.charAt(j)) {
        j++;
      }
    }
    return j == part.length();
  }

  private static String only(String text, String kept) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (kept.indexOf(c) >= 0) {
        out.append(c);
      }
    }
    return out.toString();
  }
}

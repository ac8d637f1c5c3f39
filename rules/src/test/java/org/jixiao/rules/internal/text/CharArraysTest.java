package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.jixiao.rules.text.IndicatorTexts;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The array the scanners read for a text holds exactly that text's characters: the one normalising
 * leaves behind as much as one made afresh, whatever path the normaliser took.
 */
class CharArraysTest {
  /** Printed cells: full-width forms, traditional characters, the ideographic space, combining marks. */
  private static Gen<String> printedCells() {
    return ListSplitterTest.joined(
        List.of("1.", "１．", "（2）", "一、", "；", "\u3000", " ", "。", "完成", "達成", "萬元", "５", "2.5",
            "e\u0301", "\u2039\u0338", "\u2550", "\u203a", "≥", "95%", "ａ"),
        12);
  }

  @Test
  void theArrayOfANormalisedTextHoldsItsCharacters() {
    qt().forAll(printedCells())
        .checkAssert(cell -> {
          String fresh = new String(cell.toCharArray()); // never seen by the memo
          String normalised = IndicatorTexts.normalize(fresh);
          assertThat(new String(CharArrays.of(normalised))).as(cell).isEqualTo(normalised);
          assertThat(new String(CharArrays.of(fresh))).as(cell).isEqualTo(cell);
        });
  }

  @Test
  void aTextIsReadIntoOneArrayThatItsScannersShare() {
    String text = new String("培训100人次".toCharArray());

    char[] first = CharArrays.of(text);

    assertThat(first).containsExactly('培', '训', '1', '0', '0', '人', '次');
    assertThat(CharArrays.of(text)).isSameAs(first);
  }

  @Test
  void theSharedArrayOfANormalisedTextHoldsTheNormalisedCharacters() {
    String printed = new String("達成１０萬元".toCharArray());

    String normalised = IndicatorTexts.normalize(printed);

    assertThat(normalised).isEqualTo("达成10万元");
    char[] shared = CharArrays.of(normalised);
    assertThat(new String(shared)).isEqualTo("达成10万元");
    assertThat(CharArrays.of(normalised)).isSameAs(shared);
  }
}

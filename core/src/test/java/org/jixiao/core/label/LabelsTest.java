package org.jixiao.core.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Normalizer;
import java.util.List;
import org.jixiao.core.project.FundKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class LabelsTest {

  @Test
  void normalizeFoldsFullWidthFormsAndRemovesAllSpaces() {
    assertThat(Labels.normalize("（一般　公共 ）ＡＢ１２")).isEqualTo("(一般公共)AB12");
  }

  /**
   * Characters on both sides of the short cut for text NFKC leaves alone: the edges of printable
   * ASCII and of the CJK unified ideographs, spaces of every kind, full-width forms, a
   * compatibility ideograph (U+F900), a combining mark after a letter, a surrogate pair, circled
   * and Roman numerals, and the ideographic comma.
   */
  private static final List<String> PIECES =
      List.of("!", "~", "a", " ", "\t", "\u007f", "\u4e00", "\u9fff", "\u4dff", "\ua000", "专项", "（", "Ａ", "１", "\u3000", "\u00a0", "\uf900", "e\u0301", "\u0301", "\ud840\udc00", "①", "Ⅻ", "、");

  @Test
  void normalizeIsNfkcWithEverySpaceRemoved() {
    qt().forAll(lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 6).map(l -> String.join("", l)))
        .checkAssert(
            text -> {
              StringBuilder expected = new StringBuilder();
              Normalizer.normalize(text, Normalizer.Form.NFKC)
                  .codePoints()
                  .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                  .forEach(expected::appendCodePoint);
              assertThat(Labels.normalize(text)).as(text).isEqualTo(expected.toString());
            });
  }

  @Test
  void parseOrThrowNamesTheTypeAndTheText() {
    Labels<FundKind> labels = Labels.of(FundKind.class);
    assertThatThrownBy(() -> labels.parseOrThrow("自筹"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FundKind")
        .hasMessageContaining("自筹");
  }

  /** An enum whose two constants claim one label. */
  enum Clashing implements Labelled {
    A("甲"),
    B("甲");

    private final String label;

    Clashing(String label) {
      this.label = label;
    }

    @Override
    public Label labels() {
      return Label.of(label);
    }
  }

  @Test
  void aLabelClaimedByTwoConstantsIsRejected() {
    assertThatThrownBy(() -> Labels.of(Clashing.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("甲")
        .hasMessageContaining("A")
        .hasMessageContaining("B");
  }

  @Test
  void aLabelIsNeverBlankAndNeverItsOwnVariant() {
    assertThatThrownBy(() -> Label.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Label.of("元", "元")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("元");
    assertThat(Label.of("万元", "万").variants()).containsExactly("万");
  }
}

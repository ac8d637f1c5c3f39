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

  @Test
  void traditionalCharactersOfTheLabelsAreFoldedOneForOne() {
    assertThat(Labels.foldTraditional("項目名稱")).isEqualTo("项目名称");
    assertThat(Labels.foldTraditional("績效目標申報表")).isEqualTo("绩效目标申报表");
    assertThat(Labels.foldTraditional("指標解釋 績效標準 準備 准備 單位職能概述 實施期 預算資金 主管部門 總體目標"))
        .isEqualTo("指标解释 绩效标准 准备 准备 单位职能概述 实施期 预算资金 主管部门 总体目标");
    // every traditional form of a character (產 and 産, 復 and 複), and nothing else: the length stays
    assertThat(Labels.foldTraditional("產産復複")).isEqualTo("产产复复");
    String mixed = "（產出指標）ＡＢ 12 ≥90%";
    assertThat(Labels.foldTraditional(mixed)).hasSameSizeAs(mixed).isEqualTo("（产出指标）ＡＢ 12 ≥90%");
    // simplified text is returned as it is; 著 (显著) is a simplified character of its own and stays
    String simplified = "项目名称";
    assertThat(Labels.foldTraditional(simplified)).isSameAs(simplified);
    assertThat(Labels.foldTraditional("顯著")).endsWith("著");
    assertThat(TraditionalFold.size()).isGreaterThan(140);
  }

  @Test
  void constantsParseTheirLabelsPrintedInTraditionalScript() {
    assertThat(org.jixiao.core.indicator.Category.fromLabel("產出指標")).contains(org.jixiao.core.indicator.Category.OUTPUT);
    assertThat(org.jixiao.core.indicator.Category.fromLabel("滿意度指標(10分)")).contains(org.jixiao.core.indicator.Category.SATISFACTION);
    assertThat(org.jixiao.core.indicator.Subcategory.fromLabel("數量指標")).contains(org.jixiao.core.indicator.Subcategory.QUANTITY);
    assertThat(org.jixiao.core.indicator.Subcategory.fromLabel("社會公眾或服務對象滿意度指標"))
        .contains(org.jixiao.core.indicator.Subcategory.SERVED_SATISFACTION);
    assertThat(org.jixiao.core.indicator.Subcategory.fromLabel("可持續影響指標")).contains(org.jixiao.core.indicator.Subcategory.SUSTAINABILITY);
    assertThat(org.jixiao.core.indicator.Subcategory.fromLabel("產出數量指標")).contains(org.jixiao.core.indicator.Subcategory.QUANTITY);
    assertThat(org.jixiao.core.indicator.Subcategory.named("社會、經濟效益指標"))
        .containsExactlyInAnyOrder(org.jixiao.core.indicator.Subcategory.SOCIAL, org.jixiao.core.indicator.Subcategory.ECONOMIC);
    assertThat(FundKind.fromLabel("其中:當年財政撥款")).contains(FundKind.FISCAL_APPROPRIATION);
    assertThat(FundKind.fromLabel("其他資金")).contains(FundKind.NON_FISCAL);
  }
}

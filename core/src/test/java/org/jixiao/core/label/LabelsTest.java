package org.jixiao.core.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jixiao.core.project.FundKind;
import org.junit.jupiter.api.Test;

class LabelsTest {

  @Test
  void normalizeFoldsFullWidthFormsAndRemovesAllSpaces() {
    assertThat(Labels.normalize("（一般　公共 ）ＡＢ１２")).isEqualTo("(一般公共)AB12");
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

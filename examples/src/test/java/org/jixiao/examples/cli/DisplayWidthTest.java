package org.jixiao.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

  @Test
  void chineseAndFullWidthCharactersTakeTwoColumns() {
    assertThat(DisplayWidth.of("调解业务工作")).isEqualTo(12);
    assertThat(DisplayWidth.of("ＡＢ（）")).isEqualTo(8);
    assertThat(DisplayWidth.of("龙岗区(本级)")).isEqualTo(6 + 6);
    assertThat(DisplayWidth.of("58.38")).isEqualTo(5);
    assertThat(DisplayWidth.of("😀")).isEqualTo(2);
  }

  @Test
  void zeroWidthCharactersTakeNoColumn() {
    assertThat(DisplayWidth.of("a\u200bb\u0301")).isEqualTo(2);
  }

  @Test
  void paddingAlignsMixedText() {
    assertThat(DisplayWidth.of(DisplayWidth.padRight("人才引进", 12))).isEqualTo(12);
    assertThat(DisplayWidth.padLeft("5.84", 7)).isEqualTo("   5.84");
  }

  @Test
  void truncationNeverExceedsTheWidthAndMarksTheCut() {
    String cut = DisplayWidth.truncate("培训学校智能制造高技能人才实训、认证区域建设中心", 20);
    assertThat(DisplayWidth.of(cut)).isLessThanOrEqualTo(20);
    assertThat(cut).endsWith("…").startsWith("培训学校");
    assertThat(DisplayWidth.truncate("短", 20)).isEqualTo("短");
  }
}

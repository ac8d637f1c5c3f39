package org.jixiao.rules.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** A character's position in the table is its position in the characters given; any other character has none. */
class CharTableTest {
  @Test
  void everyCharacterIsFoundAtItsPositionAndNoOtherIsFound() {
    // up to 300 characters among 1 024 ideographs and ASCII: slots collide and are probed past
    qt().forAll(strings().betweenCodePoints(0x4e00, 0x4e00 + 1023).ofLengthBetween(0, 300), strings().ascii().ofLengthBetween(0, 20))
        .checkAssert((ideographs, ascii) -> {
          String distinct = (ideographs + ascii).chars().distinct()
              .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
          CharTable table = CharTable.of(distinct.toCharArray());
          for (char c = 0; c < 0x80; c++) {
            assertThat(table.indexOf(c)).isEqualTo(distinct.indexOf(c));
          }
          for (char c = 0x4e00 - 64; c < 0x4e00 + 1024 + 64; c++) {
            assertThat(table.indexOf(c)).as("%s", c).isEqualTo(distinct.indexOf(c));
          }
        });
  }

  @Test
  void anEmptyTableFindsNothing() {
    CharTable empty = CharTable.of(new char[0]);
    assertThat(empty.indexOf('未')).isEqualTo(-1);
    assertThat(empty.indexOf('\0')).isEqualTo(-1);
    assertThat(empty.indexOf('\uffff')).isEqualTo(-1);
  }

  @Test
  void theExtremeCharactersAreKeysLikeAnyOther() {
    CharTable table = CharTable.of(new char[] {'\0', '\uffff', '未'});
    assertThat(table.indexOf('\0')).isZero();
    assertThat(table.indexOf('\uffff')).isEqualTo(1);
    assertThat(table.indexOf('未')).isEqualTo(2);
    assertThat(table.indexOf('\ufffe')).isEqualTo(-1);
  }

  @Test
  void aRepeatedCharacterIsRefused() {
    assertThatThrownBy(() -> CharTable.of(new char[] {'未', '完', '未'})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("未");
  }
}

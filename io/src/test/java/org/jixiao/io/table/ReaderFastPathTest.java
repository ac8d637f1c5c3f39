package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.jixiao.core.label.Labels;
import org.jixiao.io.internal.table.Cells;
import org.jixiao.io.internal.table.NumberCells;
import org.junit.jupiter.api.Test;

/**
 * The table reader's fast paths (found by the benchmarks in bench/) give exactly what the
 * general paths give: a plain ASCII number cell is parsed as the same BigDecimal (value and
 * scale) as the same text behind white space, which takes the general path; a printable-ASCII
 * label is normalised as {@link Labels#normalize} would.
 */
class ReaderFastPathTest {
  private static final String NUMBER_CHARS = "0123456789.-+,eE% ";
  private static final String LABEL_CHARS = "0123456789abcXYZ.-_()（）合计序号 \t\u3000１Ａ!~";

  @Test
  void aPlainNumberCellParsesAsTheGeneralPathParsesIt() {
    SplittableRandom random = new SplittableRandom(6);
    for (int i = 0; i < 200_000; i++) {
      String cell = randomText(random, NUMBER_CHARS, 12);
      for (boolean percent : new boolean[] {false, true}) {
        BigDecimal fast = NumberCells.parseDecimal(cell, percent);
        BigDecimal general = NumberCells.parseDecimal(" " + cell, percent);
        if (general == NumberCells.ABSENT) {
          assertThat(fast).as("'%s'", cell).isSameAs(NumberCells.ABSENT);
        } else {
          assertThat(fast).as("'%s'", cell).isEqualTo(general);
        }
      }
    }
  }

  @Test
  void plainNumbersOfEveryShape() {
    for (String cell : new String[] {"0", "-0", "0.00", "-0.00", ".5", "5.", "-.5", "007", "999999999999999999", "-99999999999999999.9", "-9999999999999999999", "0.000000000000000001", "123456789012345678901234567890.123"}) {
      assertThat(NumberCells.parseDecimal(cell, false)).as(cell).isEqualTo(NumberCells.parseDecimal(" " + cell, false));
    }
    assertThat(NumberCells.parseDecimal("9".repeat(400), false))
        .isNotSameAs(NumberCells.ABSENT)
        .isEqualByComparingTo(new java.math.BigDecimal("9".repeat(400)));
    assertThat(NumberCells.parseDecimal("9".repeat(401), false)).isNull();
    assertThat(NumberCells.parseDecimal("-", false)).isSameAs(NumberCells.ABSENT);
    assertThat(NumberCells.parseDecimal(".", false)).isNull();
  }

  @Test
  void aLabelIsNormalisedAsLabelsNormalizeDoes() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 100_000; i++) {
      String cell = randomText(random, LABEL_CHARS, 8);
      assertThat(Cells.normalizeLabel(cell)).as("'%s'", cell).isEqualTo(Labels.normalize(cell));
    }
    for (char ch = 0; ch < 0x100; ch++) {
      String cell = "1" + ch + "2";
      assertThat(Cells.normalizeLabel(cell)).as("U+%04X", (int) ch).isEqualTo(Labels.normalize(cell));
    }
  }

  private static String randomText(SplittableRandom random, String alphabet, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}

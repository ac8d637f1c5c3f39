package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.internal.table.Cells;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class NeutralisationTest {
  @Test
  void undoingNeutralisationGivesBackAnyText() {
    qt().forAll(
            Generate.pick(List.of("", "'", "''", "=", "+", "-", "@", "\t", "\r", "x"))
                .zip(strings().allPossible().ofLengthBetween(0, 6), (a, b) -> a + b))
        .checkAssert(text -> assertThat(Cells.unneutralise(Cells.neutralise(text))).isEqualTo(text));
  }

  @Test
  void formulaLikeTextGetsAnApostropheAndOtherTextDoesNot() {
    assertThat(Cells.neutralise("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
    assertThat(Cells.neutralise("+86")).isEqualTo("'+86");
    assertThat(Cells.neutralise("-x")).isEqualTo("'-x");
    assertThat(Cells.neutralise("@cmd")).isEqualTo("'@cmd");
    assertThat(Cells.neutralise("'=x")).isEqualTo("''=x");
    assertThat(Cells.neutralise("完成")).isEqualTo("完成");
    assertThat(Cells.neutralise("'ok")).isEqualTo("'ok");
  }

  @Test
  void theWriterNeutralisesTextButNotNumbersAndTheReaderUndoesIt() {
    PerformanceTable table =
        PerformanceTable.builder()
            .moneyUnit(MoneyUnit.YUAN)
            .addProjects(
                Project.builder()
                    .seq(1)
                    .name("=HYPERLINK(\"http://x\")")
                    .moneyUnit(MoneyUnit.YUAN)
                    .budget(new BigDecimal("-3.50"))
                    .goal("-3.50")
                    .problems("@SUM(1)")
                    .build())
            .build();
    for (TableFormat format : TableFormat.values()) {
      String written = TableWriter.builder().format(format).build().writeToString(table);
      assertThat(written).contains("'=HYPERLINK").contains("'-3.50").contains("'@SUM(1)");
      assertThat(written.lines().filter(l -> l.startsWith("1")).findFirst().orElseThrow())
          .contains(format.separator() + "-3.50" + format.separator());
      assertThat(TableReader.builder().format(format).build().read(written).value())
          .isEqualTo(table);
      String raw =
          TableWriter.builder().format(format).neutraliseFormulas(false).build().writeToString(table);
      assertThat(raw).doesNotContain("'=HYPERLINK");
      assertThat(TableReader.builder().format(format).build().read(raw).value()).isEqualTo(table);
    }
  }
}

package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A project without 序号 written right under a numbered one with nothing else between them: a
 * reader joins such a line of a PDF's table to the row above as its wrapped text (JX-I-0401), so
 * the two projects read back as one (found by {@code TableRoundTripPropertyTest} in about one run
 * in five hundred). The writer marks the row's 序号 with — there; elsewhere it stays blank.
 */
class UnnumberedRowTest {
  private static Project numbered(int seq, String name) {
    return Project.builder().seq(seq).name(name).moneyUnit(MoneyUnit.YUAN).build();
  }

  private static Project unnumbered(String name) {
    return Project.builder().name(name).moneyUnit(MoneyUnit.YUAN).build();
  }

  private static PerformanceTable table(Project... projects) {
    return PerformanceTable.builder().moneyUnit(MoneyUnit.YUAN).projects(List.of(projects)).build();
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void aProjectWithoutSeqUnderANumberedOneReadsBackAsARowOfItsOwn(TableFormat format) {
    PerformanceTable table = table(numbered(1, "甲"), unnumbered("乙"), unnumbered("丙"));
    String written = TableWriter.builder().format(format).build().writeToString(table);
    ReadResult<PerformanceTable> read = TableReader.builder().format(format).strict(true).build().read(written);
    assertThat(read.value()).as(written).isEqualTo(table);
    assertThat(read.diagnostics()).isEmpty();
    String sep = String.valueOf(format.separator());
    assertThat(written.lines()).as(written).anyMatch(l -> l.startsWith("—" + sep) && l.contains("乙"))
        .noneMatch(l -> l.startsWith("—" + sep) && l.contains("丙")); // under an unnumbered row: blank
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void projectsThatAreAllUnnumberedKeepABlankSeq(TableFormat format) {
    PerformanceTable table = table(unnumbered("甲"), unnumbered("乙"));
    String written = TableWriter.builder().format(format).build().writeToString(table);
    assertThat(written).doesNotContain("—");
    assertThat(TableReader.builder().format(format).strict(true).build().read(written).value()).isEqualTo(table);
  }
}

package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.CellGrid;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;

/** A table read from a grid of cells is the table read from the same text. */
class GridReadTest {
  private static final TableReader READER = TableReader.builder().build();

  @Test
  void readingTheSampleThroughAGridGivesTheSameTableAndDiagnostics() throws Exception {
    ReadResult<PerformanceTable> direct = READER.read(Seed.text());
    CellGrid grid = READER.readGrid(new StringReader(Seed.text()), "longgang-hr-2019.tsv");
    ReadResult<PerformanceTable> viaGrid = READER.read(grid);
    assertThat(viaGrid.value()).isEqualTo(direct.value());
    assertThat(viaGrid.diagnostics()).isEqualTo(direct.diagnostics());
  }

  @Test
  void aGridCellCitesItsFileLineColumnAndText() throws Exception {
    CellGrid grid = READER.readGrid(new StringReader("\n\na\tb\n\nc\td\te\n"), "t.tsv");
    assertThat(grid.height()).isEqualTo(2);
    assertThat(grid.width(1)).isEqualTo(3);
    assertThat(grid.text(1, 2)).isEqualTo("e");
    assertThat(grid.text(1, 9)).isEmpty();
    assertThat(grid.row(0)).containsExactly("a", "b");
    assertThat(grid.location(1, 1).path()).hasValue("t.tsv");
    assertThat(grid.location(1, 1).line()).hasValue(5);
    assertThat(grid.location(1, 1).column()).hasValue(2);
    assertThat(grid.location(1, 1).text()).hasValue("d");
  }
}

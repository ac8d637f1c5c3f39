package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jixiao.core.evaluation.Finding;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.project.StrayCell;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadResult;
import org.jixiao.io.json.JixiaoJson;
import org.jixiao.io.testing.StrayLines;
import org.junit.jupiter.api.Test;

/**
 * A stray cell keeps the one-based line of the source it was printed on, numbered as the
 * diagnostics number lines, and the writers keep it: cells of one line were printed side by side.
 */
class StrayCellLinesTest {
  private static final TableReader LENIENT = TableReader.builder().build();

  private static String rows(String... rows) {
    return String.join("\n", rows) + "\n";
  }

  @Test
  void aCellOfAColumnTheReaderDoesNotKnowKeepsTheLineOfItsRow() {
    ReadResult<PerformanceTable> read =
        LENIENT.read(rows("单位：万元", "", "序号\t项目名称\t备注说明", "1\t甲\t见附件", "2\t乙\t另附"));

    assertThat(read.value().projects()).extracting(p -> StrayLines.of(p))
        .containsExactly(List.of(OptionalLong.of(4)), List.of(OptionalLong.of(5)));
  }

  @Test
  void aContinuationRowsCellKeepsItsOwnLineNotTheProjectRows() {
    ReadResult<PerformanceTable> read =
        LENIENT.read(rows("序号\t项目名称\t年初绩效目标", "1\t甲\t", "\t\t（续）目标二"));

    Project p = read.value().projects().get(0);
    assertThat(p.sourceLine()).hasValue(2);
    assertThat(p.strayCells()).singleElement().satisfies(c -> assertThat(c.line()).hasValue(3));
  }

  private static PerformanceTable withStrays(StrayCell... cells) {
    Project p = Project.builder().name("甲").moneyUnit(MoneyUnit.WAN_YUAN).addStrayCells(cells).build();
    return PerformanceTable.builder().moneyUnit(MoneyUnit.WAN_YUAN).addProjects(p).build();
  }

  @Test
  void theCanonicalLayoutWritesTheLineAfterTheTextAndReadsItBack() {
    PerformanceTable table = withStrays(StrayCell.of(7, 2, Optional.of("备注说明"), "见附件"), StrayCell.of(3, Optional.empty(), "另附"));

    String written = TableWriter.builder().build().writeToString(table);

    assertThat(written).contains("【未归位单元格】\t2\t备注说明\t见附件\t7\n").contains("【未归位单元格】\t3\t\t另附\n");
    PerformanceTable back = TableReader.builder().strict(true).build().read(written).value();
    assertThat(StrayLines.of(back)).containsExactly(OptionalLong.of(7), OptionalLong.empty());
  }

  @Test
  void aMarkerRowWhoseLineIsNoNumberIsKeptAsANoteAndSaid() {
    PerformanceTable table = withStrays(StrayCell.of(7, 2, Optional.of("备注说明"), "见附件"));
    String written = TableWriter.builder().build().writeToString(table).replace("见附件\t7", "见附件\t第七行");

    ReadResult<PerformanceTable> read = LENIENT.read(written);

    assertThat(read.value().projects().get(0).strayCells()).isEmpty();
    assertThat(read.value().notes()).anySatisfy(n -> assertThat(n).contains("见附件").contains("第七行"));
    assertThat(read.diagnostics()).extracting(Finding::code).contains("JX-I-0134");
  }

  @Test
  void jsonWritesTheLineWhenKnownAndReadsCellsWithoutOne() {
    JixiaoJson json = JixiaoJson.defaults();
    PerformanceTable table = withStrays(StrayCell.of(7, 2, Optional.of("备注说明"), "见附件"), StrayCell.of(3, Optional.empty(), "另附"));

    String text = json.tableToJson(table);

    assertThat(text).contains("{\"line\":7,\"column\":2,").contains("{\"column\":3,");
    assertThat(StrayLines.of(json.readTable(text))).containsExactly(OptionalLong.of(7), OptionalLong.empty());
  }

  @Test
  void jsonRefusesALineBelowOneAtItsPath() {
    JixiaoJson json = JixiaoJson.defaults();
    String text = json.tableToJson(withStrays(StrayCell.of(7, 2, Optional.empty(), "见附件"))).replace("\"line\":7", "\"line\":0");

    assertThatThrownBy(() -> json.readTable(text))
        .isInstanceOf(JixiaoReadException.class)
        .satisfies(e -> assertThat(((JixiaoReadException) e).path()).hasValueSatisfying(p -> assertThat(p).contains("strayCells[0]")));
  }
}

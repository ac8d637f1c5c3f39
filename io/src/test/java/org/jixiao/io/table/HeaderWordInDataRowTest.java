package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;

/**
 * A project row whose identity cells hold header words (a unit printed as 序号, a name that is a
 * column label) is still a project row when the rest of it is data: it must not start a header
 * block, nor be taken for a row of the header block above it.
 */
class HeaderWordInDataRowTest {
  private static final TableReader READER = TableReader.builder().build();

  /** The seed with the row of 序号 {@code seq} given other 序号, 单位名称 and 项目名称 cells. */
  private static String seedWithIdentity(String seq, String newSeq, String unit, String name) {
    StringBuilder out = new StringBuilder();
    int changed = 0;
    for (String line : Seed.text().split("\n", -1)) {
      String[] cells = line.split("\t", -1);
      if (cells.length > 3 && cells[0].equals(seq)) {
        cells[0] = newSeq;
        cells[1] = unit;
        cells[2] = name;
        line = String.join("\t", cells);
        changed++;
      }
      out.append(line).append('\n');
    }
    assertThat(changed).isEqualTo(1);
    return out.substring(0, out.length() - 1);
  }

  private static Project seq(PerformanceTable t, int seq) {
    return t.projects().stream().filter(p -> p.seq().orElse(-1) == seq).findFirst().orElseThrow();
  }

  @Test
  void aPublishedRowWithoutASeqWhoseUnitAndNameAreHeaderWordsIsAProjectUnderItsHeader() {
    // 龙岗区人力资源局 2019 (the seed, as published); its first row, right under the header block,
    // and a row further down, each without 序号, with 序号 as unit and 项目名称 as name.
    PerformanceTable published = READER.read(Seed.text()).value();
    for (String row : List.of("1", "20")) {
      ReadResult<PerformanceTable> read = READER.read(seedWithIdentity(row, "", "序号", "项目名称"));
      PerformanceTable table = read.value();
      assertThat(table.projects()).as("row " + row).hasSameSizeAs(published.projects());
      Project printed = seq(published, Integer.parseInt(row));
      Project renamed =
          table.projects().stream().filter(p -> p.seq().isEmpty()).findFirst().orElseThrow();
      assertThat(renamed.unit()).contains("序号");
      assertThat(renamed.name()).isEqualTo("项目名称");
      assertThat(renamed.budget()).isEqualTo(printed.budget());
      assertThat(renamed.actual()).isEqualTo(printed.actual());
      assertThat(renamed.statedExecutionRate()).isEqualTo(printed.statedExecutionRate());
      assertThat(renamed.goal()).isEqualTo(printed.goal());
      assertThat(renamed.indicators()).isEqualTo(printed.indicators());
      for (Project p : published.projects()) {
        if (p != printed) {
          assertThat(seq(table, p.seq().getAsInt())).isEqualTo(p); // the rows below read as before
        }
      }
    }
  }

  @Test
  void aWrittenProjectWhoseUnitIsAHeaderWordReadsBackEqualWhereverItStands() {
    Project sparse = Project.builder().name("甲").unit("序号").moneyUnit(MoneyUnit.YUAN).build();
    Project labelled =
        Project.builder().name("项目名称").unit("单位名称").moneyUnit(MoneyUnit.YUAN)
            .budget(new BigDecimal("100.00")).actual(new BigDecimal("90.00")).build();
    Project plain =
        Project.builder().seq(3).name("乙").unit("局").moneyUnit(MoneyUnit.YUAN)
            .budget(new BigDecimal("50.00")).build();
    for (List<Project> projects :
        List.of(List.of(sparse, plain), List.of(labelled, plain), List.of(plain, labelled, sparse))) {
      PerformanceTable table =
          PerformanceTable.builder().moneyUnit(MoneyUnit.YUAN).title("表").projects(projects).build();
      for (TableFormat format : TableFormat.values()) {
        String written = TableWriter.builder().format(format).build().writeToString(table);
        ReadResult<PerformanceTable> back = TableReader.builder().format(format).build().read(written);
        assertThat(back.value().projects()).as(written).containsExactlyElementsOf(projects);
        assertThat(back.worstSeverity().orElse(Severity.INFO)).as(back.diagnostics().toString())
            .isEqualTo(Severity.INFO);
      }
    }
  }
}

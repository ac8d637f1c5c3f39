package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jixiao.core.money.MoneyUnit;
import org.jixiao.core.project.Project;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.JixiaoReadException;
import org.jixiao.io.ReadResult;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.api.Test;

/** Row-at-a-time reading gives what whole-table reading gives, as it goes. */
class TableStreamTest {
  private static final TableReader READER = TableReader.builder().build();

  @Test
  void streamingTheSampleGivesTheSameProjectsTableAndDiagnosticsAsReadingItWhole() throws Exception {
    ReadResult<PerformanceTable> whole = READER.read(Seed.bytes());
    List<Project> streamed = new ArrayList<>();
    try (TableStream stream = READER.stream(new ByteArrayInputStream(Seed.bytes()))) {
      assertThat(stream.header()).isEmpty();
      assertThatThrownBy(stream::table).isInstanceOf(IllegalStateException.class);
      streamed.add(stream.next());
      // Known once the first project is read: what comes before the first project row.
      assertThat(stream.title()).isEqualTo(whole.value().title());
      assertThat(stream.moneyUnit()).contains(MoneyUnit.WAN_YUAN);
      assertThat(stream.fiscalYear()).hasValue(2019);
      assertThat(stream.header()).contains("年初绩效目标", "产出目标/数量指标/年度指标内容");
      assertThat(stream.totals()).isEmpty();
      while (stream.hasNext()) {
        streamed.add(stream.next());
      }
      assertThat(stream.exhausted()).isTrue();
      assertThat(stream.totals()).isEqualTo(whole.value().totals());
      assertThat(stream.table())
          .isEqualTo(PerformanceTable.builder().from(whole.value()).projects(List.of()).build());
      assertThat(stream.diagnostics()).isEqualTo(whole.diagnostics());
    }
    assertThat(streamed).isEqualTo(whole.value().projects());
  }

  @Test
  void theStreamFormIsAnOrderedStreamOfTheSameProjects() throws Exception {
    try (TableStream stream = READER.stream(new ByteArrayInputStream(Seed.bytes()))) {
      assertThat(stream.projects().map(p -> p.seq().getAsInt()).collect(Collectors.toList()))
          .startsWith(1, 2, 3)
          .hasSize(32);
    }
  }

  @Test
  void strictStreamingStopsAtTheFirstRowThatDoesNotFit() {
    TableReader strict = TableReader.builder().strict(true).build();
    assertThatThrownBy(
            () -> {
              try (TableStream stream = strict.stream(new ByteArrayInputStream(Seed.bytes()))) {
                while (stream.hasNext()) {
                  stream.next();
                }
              }
            })
        .isInstanceOfSatisfying(
            JixiaoReadException.class, e -> assertThat(e.line()).hasValue(16));
  }

  @Test
  void streamingHasNoRowLimitButReadingWholeHas() {
    TableReader small = TableReader.builder().maxRows(5).build();
    StringBuilder table = new StringBuilder("序号\t项目名称\t项目年度预算金额\n");
    for (int i = 1; i <= 20; i++) {
      table.append(i).append("\t项目").append(i).append("\t1.00\n");
    }
    assertThatThrownBy(() -> small.read(table.toString())).isInstanceOf(JixiaoReadException.class);
    TableStream stream = small.stream(new java.io.StringReader(table.toString()));
    assertThat(stream.projects().count()).isEqualTo(20);
  }
}

package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeedRoundTripTest {
  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void readingTheSeedWritingItAndReadingItAgainGivesAnEqualTable(TableFormat format) {
    PerformanceTable seed = TableReader.builder().build().read(Seed.bytes()).value();
    String written = TableWriter.builder().format(format).build().writeToString(seed);
    ReadResult<PerformanceTable> again =
        TableReader.builder().format(format).strict(true).build().read(written);
    assertThat(again.value()).isEqualTo(seed);
    assertThat(again.diagnostics()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void theCanonicalLayoutHasOneHeaderBlockAndTheTotalsRow(TableFormat format) {
    PerformanceTable seed = TableReader.builder().build().read(Seed.bytes()).value();
    String written = TableWriter.builder().format(format).build().writeToString(seed);
    String separator = String.valueOf(format.separator());
    assertThat(written.lines().filter(l -> l.startsWith("序号" + separator))).hasSize(1);
    assertThat(written.lines().filter(l -> l.startsWith("合计" + separator))).hasSize(1);
    assertThat(written.lines().findFirst()).contains("附表：");
    assertThat(written).contains("单位：万元");
  }
}

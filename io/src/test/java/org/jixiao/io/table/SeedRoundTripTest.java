package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.internal.table.Markers;
import org.jixiao.io.testing.Seed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

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

  static Stream<Arguments> markersAndFormats() {
    List<Arguments> out = new ArrayList<>();
    for (String marker :
        List.of(Markers.NOTE, Markers.METADATA, Markers.STRAY, Markers.INDICATOR, Markers.FUND, Markers.DECLARATION)) {
      for (TableFormat format : TableFormat.values()) {
        out.add(Arguments.of(marker, format));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("markersAndFormats")
  void aTitleThatIsExactlyAMarkerIsReadAsTheTitleWrittenOrPublished(String marker, TableFormat format) {
    // The published seed (龙岗区人力资源局, 2019) with its title line replaced by a marker's text:
    // above the header nothing is a marker row (the canonical layout writes none there), and a
    // lone cell there is the title, not an empty note nor a marker with no row to go to.
    String seedText = Seed.text();
    String title = "2019年度深圳市龙岗区人力资源局部门预算项目绩效自评情况公开表";
    ReadResult<PerformanceTable> published = TableReader.builder().build().read(seedText);
    ReadResult<PerformanceTable> retitled = TableReader.builder().build().read(seedText.replace(title, marker));
    assertThat(retitled.value().title()).contains(marker);
    assertThat(retitled.value().notes()).isEqualTo(published.value().notes());
    assertThat(retitled.value().projects()).isEqualTo(published.value().projects());
    assertThat(retitled.worstSeverity()).isEqualTo(published.worstSeverity());

    // Written by TableWriter and read back, strictly, it is the same table.
    PerformanceTable table = PerformanceTable.builder().from(published.value()).title(marker).build();
    String written = TableWriter.builder().format(format).build().writeToString(table);
    ReadResult<PerformanceTable> back = TableReader.builder().format(format).strict(true).build().read(written);
    assertThat(back.value()).isEqualTo(table);
    assertThat(back.worstSeverity().orElse(Severity.INFO)).isEqualTo(Severity.INFO);
  }
}

package org.jixiao.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.jixiao.io.testing.StrayLines;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.testing.Gens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * model → TSV → model and model → CSV → model, for every table the canonical layout expresses
 * (generated with odd text, huge and tiny decimals, single-project-form indicators and funds,
 * stray cells, metadata and notes). The written text reads back in strict mode, without
 * diagnostics.
 */
class TableRoundTripPropertyTest {
  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void writingAndReadingGivesAnEqualTable(TableFormat format) {
    TableWriter writer = TableWriter.builder().format(format).build();
    TableReader reader = TableReader.builder().format(format).strict(true).build();
    qt().withExamples(300)
        .forAll(Gens.tables(true))
        .checkAssert(
            table -> {
              String written = writer.writeToString(table);
              ReadResult<PerformanceTable> read = reader.read(written);
              assertThat(read.value()).isEqualTo(table);
              assertThat(StrayLines.of(read.value())).isEqualTo(StrayLines.of(table));
              assertThat(read.diagnostics()).isEmpty();
            });
  }

  @ParameterizedTest
  @EnumSource(TableFormat.class)
  void bytesWithAByteOrderMarkReadBackEqual(TableFormat format) {
    TableWriter writer = TableWriter.builder().format(format).byteOrderMark(true).build();
    TableReader reader = TableReader.builder().format(format).build();
    qt().withExamples(50)
        .forAll(Gens.tables(true))
        .checkAssert(
            table -> {
              java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
              try {
                writer.write(table, out);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              byte[] bytes = out.toByteArray();
              assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
              assertThat(reader.read(bytes).value()).isEqualTo(table);
            });
  }
}

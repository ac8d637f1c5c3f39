package org.jixiao.io.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.StringReader;
import java.util.List;
import org.jixiao.io.testing.StrayLines;
import org.jixiao.core.evaluation.Severity;
import org.jixiao.core.table.PerformanceTable;
import org.jixiao.io.ReadResult;
import org.jixiao.io.grid.GridLayout;
import org.jixiao.io.table.TableFormat;
import org.junit.jupiter.api.Test;

/** What FormWriter writes, FormReader reads back equal: as TSV, as CSV, and as a laid-out grid. */
class FormRoundTripPropertyTest {
  private static final FormReader READER = FormReader.builder().build();

  @Test
  void aTableWrittenAsFormsInTsvReadsBackEqual() {
    qt().withExamples(200).withShrinkCycles(30).forAll(FormGens.tables()).checkAssert(t -> roundTrip(t, TableFormat.TSV));
  }

  @Test
  void aTableWrittenAsFormsInCsvReadsBackEqual() {
    qt().withExamples(100).withShrinkCycles(30).forAll(FormGens.tables()).checkAssert(t -> roundTrip(t, TableFormat.CSV));
  }

  @Test
  void aFormLaidOutWithMergedCellsReadsBackEqualAsAGrid() {
    FormWriter writer = FormWriter.builder().build();
    qt().withExamples(150).withShrinkCycles(30).forAll(FormGens.tables()).checkAssert(t -> {
      List<GridLayout> layouts = writer.layouts(t, List.of());
      assertThat(layouts).hasSameSizeAs(t.projects()); // a form a project
      for (int i = 0; i < layouts.size(); i++) {
        ReadResult<PerformanceTable> back = READER.read(layouts.get(i).asGrid("表" + i));
        assertThat(back.worstSeverity().orElse(Severity.INFO)).as(back.diagnostics().toString()).isEqualTo(Severity.INFO);
        assertThat(back.value().projects()).containsExactly(t.projects().get(i));
        assertThat(StrayLines.of(back.value().projects().get(0))).isEqualTo(StrayLines.of(t.projects().get(i)));
      }
    });
  }

  private static void roundTrip(PerformanceTable table, TableFormat format) {
    String text = FormWriter.builder().format(format).build().writeToString(table);
    ReadResult<PerformanceTable> back =
        FormReader.builder().format(format).build().read(text, "forms");
    assertThat(back.worstSeverity().orElse(Severity.INFO)).as(back.diagnostics() + "\n" + text).isEqualTo(Severity.INFO);
    assertThat(back.value().projects()).as(text).containsExactlyElementsOf(table.projects());
    assertThat(StrayLines.of(back.value())).as(text).isEqualTo(StrayLines.of(table));
    assertThat(back.value().fiscalYear()).isEqualTo(table.fiscalYear());
    assertThat(back.value().moneyUnit()).isEqualTo(table.moneyUnit());
    assertThat(back.value().title()).isEqualTo(table.title());
  }
}
